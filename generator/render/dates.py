"""Browsing by date: a page of years, a page per year with its months, a page per month with its articles."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from ..collation import title_initial
from ..locale import LABELS, format_month
from ..model import Archive, Month, OutputPage, Year
from . import paths
from .jumps import list_jumps
from .listing import article_list
from .markdown import escape_text, front_matter, link
from .pagination import OLDEST_FIRST, SORTED, page_title, pagers, paginate, row_span


def render_dates_index(archive: Archive, lang: str) -> OutputPage:
    labels = LABELS[lang]
    parts = [front_matter({"title": labels["dates"]}), f"# {labels['dates']}\n"]
    lines = [
        f"- {link(str(y.year), paths.DATES, paths.year(y.year))} · {labels['articles_count'].format(n=y.count)}"
        for y in archive.years
    ]
    if archive.undated:
        count = labels["articles_count"].format(n=len(archive.undated))
        lines.append(f"- {link(labels['no_date'], paths.DATES, paths.UNDATED)} · {count}")
    parts.append(f"## {labels['years']}\n\n" + "\n".join(lines) + "\n")
    return OutputPage(Path(paths.DATES), "\n".join(parts))


def render_year(year: Year, lang: str) -> OutputPage:
    labels = LABELS[lang]
    path = paths.year(year.year)
    parts = [front_matter({"title": str(year.year)}), f"# {year.year}\n"]
    parts.append(f"{labels['articles_count'].format(n=year.count)} · {link(labels['dates'], path, paths.DATES)}\n")
    lines = [
        f"- {link(format_month(m.year, m.month, lang), path, paths.month(m.year, m.month))}"
        f" · {labels['articles_count'].format(n=len(m.articles))}"
        for m in year.months
    ]
    parts.append(f"## {labels['months']}\n\n" + "\n".join(lines) + "\n")
    if year.undated_in_year:
        parts.append(f"## {labels['no_month']}\n\n{labels['title_order']}\n\n{article_list(year.undated_in_year, path, lang)}")
    return OutputPage(Path(path), "\n".join(parts))


def render_month(month: Month, lang: str) -> list[OutputPage]:
    labels = LABELS[lang]
    paging = paginate(paths.month(month.year, month.month), month.articles, OLDEST_FIRST)
    day_of = _day_of(labels)
    jumps = list_jumps(paging, day_of, _day_anchor, labels["by_day"])
    pages = []
    for index, page in enumerate(paging.pages):
        here = page.path
        title = page_title(format_month(month.year, month.month, lang), paging, index, lang)
        parts = [front_matter({"title": title}), f"# {title}\n"]
        year = link(str(month.year), here, paths.year(month.year))
        # The count would change every page of the month with each article; the year's page has it.
        count = labels["articles_count"].format(n=len(month.articles)) + " · " if len(paging.pages) == 1 else ""
        parts.append(f"{count}{year}\n")
        above, below = pagers(paging, index, lang, row_span(paging, index, lang))
        parts.append(jumps[index])
        parts.append(above)
        for day, in_day in groupby(page.items, key=day_of):
            heading = f"{labels['date']} {day}" if day.isdigit() else labels["month_only"]
            parts.append(f"## {heading} {{ #{_day_anchor(day)} }}\n\n{article_list(list(in_day), here, lang, when=None)}")
        parts.append(below)
        pages.append(OutputPage(Path(here), "\n".join(part for part in parts if part)))
    return pages


def render_undated(archive: Archive, lang: str) -> list[OutputPage]:
    """The articles without a date, by title (index.py), under their letters, with a row that jumps
    to each letter on whichever page it begins."""
    labels = LABELS[lang]
    paging = paginate(paths.UNDATED, archive.undated, SORTED)
    jumps = list_jumps(paging, _initial, paths.letter_slug, labels["by_letter"])
    pages = []
    for index, page in enumerate(paging.pages):
        here = page.path
        title = page_title(labels["undated_title"], paging, index, lang)
        above, below = pagers(paging, index, lang, row_span(paging, index, lang))
        parts = [front_matter({"title": title}), f"# {title}\n", labels["undated_order"] + "\n"]
        parts.append(jumps[index])
        parts.append(above)
        for letter, in_letter in groupby(page.items, key=_initial):
            parts.append(f"## {escape_text(letter)} {{ #{paths.letter_slug(letter)} }}\n")
            parts.append(article_list(list(in_letter), here, lang, when=None))
        parts.append(below)
        pages.append(OutputPage(Path(here), "\n".join(part for part in parts if part)))
    return pages


def _day_of(labels: dict[str, str]):
    """The text an article has in a month's row of days: its day, or the words for a day not known."""
    return lambda article: str(article.date.day) if article.date.day else labels["no_date"]


def _day_anchor(text: str) -> str:
    """`5` -> `day-5`; the articles of no known day, whatever the language, `no-day`."""
    return f"day-{text}" if text.isdigit() else "no-day"


def _initial(article) -> str:
    return title_initial(article.title)
