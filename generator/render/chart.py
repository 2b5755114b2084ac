"""A person's articles by month as a small bar chart: inline SVG written by the generator, no script.
One slot per month from the first mention to the last, so that the gaps show; bars only where there
are articles, which keeps the thousands of person pages small."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from ..locale import LABELS, format_date, format_month
from ..model import Article, ArticleDate

# Below this many months the chart shows the year up to the last mention: one bar never fills the page.
MIN_MONTHS = 12
MONTH_WIDTH = 16  # pixels per month, until the chart is narrowed to the page's width
HEIGHT = 48
# The chart's first and last lines: the Markdown parser passes what is between through whole (passthrough.py).
CHART_OPEN, CHART_CLOSE = '<figure class="archive-timeline">', "</figure>"


def timeline(articles: tuple[Article, ...] | list[Article], lang: str) -> str:
    """The chart as an HTML block, with the first and last month under it and a count of the articles it
    cannot place; nothing when no article's month is known."""
    counts = Counter((a.date.year, a.date.month) for a in articles if a.date.month)
    if not counts:
        return ""
    labels = LABELS[lang]
    months = _months(min(counts), max(counts))
    bars = [(_bar_title(month, counts[month], lang), counts[month]) for month in months]
    # The spoken summary names the same span as the labels under the chart, and says what it leaves out.
    summary = labels["timeline"].format(
        first=format_date(ArticleDate(*months[0]), lang), last=format_date(ArticleDate(*months[-1]), lang),
        n=labels["articles_count"].format(n=sum(counts.values())), months=len(counts),
    )
    unplaced = len(articles) - sum(counts.values())
    note = labels["timeline_unplaced"].format(n=labels["articles_count"].format(n=unplaced)) if unplaced else ""
    januaries = [slot for slot, (_, month) in enumerate(months) if month == 1 and slot]
    ends = "".join(f"<span>{html.escape(format_month(*month, lang))}</span>" for month in (months[0], months[-1]))
    caption = f'<figcaption>{ends}</figcaption>\n'
    if note:
        summary = f"{summary}; {note}"
        caption += f'<p class="archive-timeline__unplaced">{html.escape(note)}</p>\n'
    return f"{CHART_OPEN}\n{bar_chart(summary, bars, januaries)}\n{caption}{CHART_CLOSE}\n"



def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every month up to `last`, from `first` or from MIN_MONTHS before, whichever is earlier."""
    count = max(MIN_MONTHS, (last[0] - first[0]) * 12 + last[1] - first[1] + 1)
    end = last[0] * 12 + last[1] - 1
    return [(index // 12, index % 12 + 1) for index in range(end - count + 1, end + 1)]


def _bar_title(month: tuple[int, int], count: int, lang: str) -> str:
    return f"{format_month(*month, lang)}: {LABELS[lang]['articles_count'].format(n=count)}"


def bar_chart(summary: str, bars: list[tuple[str, int]], rules: Sequence[int] = ()) -> str:
    """An SVG of one slot per (title, count), a bar where the count is not 0, and a thin line before
    each slot in `rules`. Stretched to its box, so one user unit is one slot wide and one article high.
    A bar is a line up its slot's middle, as wide as archive.css's stroke: half the bytes of a rectangle,
    on pages that may hold a hundred bars."""
    top = max((count for _, count in bars), default=0) or 1
    lines = "".join(f"M{slot} 0V{top}" for slot in rules)
    shapes = [f'<path class="archive-timeline__rule" d="{lines}"/>'] if lines else []
    shapes += [
        f'<path d="M{slot + 0.5:g} {top}V{top - count}"><title>{html.escape(title)}</title></path>'
        for slot, (title, count) in enumerate(bars)
        if count
    ]
    return (
        f'<svg viewBox="0 0 {len(bars)} {top}" width="{len(bars) * MONTH_WIDTH}" height="{HEIGHT}" '
        f'preserveAspectRatio="none" role="img" aria-label="{html.escape(summary)}">{"".join(shapes)}</svg>'
    )
