"""The home page: what the archive holds and how to go through it: its newest dated articles, the
people most in the news lately (or of all, without dates), its years and months, and how many articles
have no date."""

from __future__ import annotations

from pathlib import Path

from ..locale import LABELS, format_number, format_span, month_name
from ..model import Archive, OutputPage
from . import paths
from .feeds import feed_anchors, feed_links
from .listing import article_list
from .markdown import escape_text, front_matter, link

# "Lately": the months up to the newest article's, so that an archive of old news has a recent past too.
RECENT_MONTHS = 6
TOP_PEOPLE = 12
# Named in one article is no coverage: once some are named in more, the people named once (the
# first names of the alphabet, in a list ordered by count then name) are left out.
COVERED = 2


def render_home(
    archive: Archive, lang: str, site_name: str, newest: int, site_url: str | None = None, description: str | None = None
) -> OutputPage:
    labels = LABELS[lang]
    meta: dict = {"title": site_name}
    if site_url:
        meta["feeds"] = feed_links(site_url, paths.SITE_FEED)
    parts = [front_matter(meta), f"# {escape_text(site_name)}\n"]
    if description:  # the site's own word on what it covers, then what it holds
        parts.append(escape_text(description) + "\n{ .archive-lead }\n")
    dated = [a for a in archive.articles if a.date.year is not None]
    if dated:
        counts = labels["archive_counts"].format(
            articles=format_number(len(archive.articles), lang),
            people=format_number(len(archive.people), lang),
            span=format_span(dated[-1].date, dated[0].date, lang),
        )
    else:
        counts = labels["archive_counts_undated"].format(articles=format_number(len(archive.articles), lang),
                                                         people=format_number(len(archive.people), lang))
    parts.append(counts + "\n")
    sections = f"{link(labels['people'], paths.HOME, paths.PEOPLE)} · {link(labels['dates'], paths.HOME, paths.DATES)}"
    if site_url:
        sections += f" · {labels['follow']}: {feed_anchors(paths.SITE_FEED, paths.HOME)}"
    parts.append(sections + "\n{ .archive-sections }\n")
    # Undated articles have no place among the newest: they are counted and linked instead.
    if dated:
        parts.append(f"## {labels['newest']}\n\n{article_list(dated[:newest], paths.HOME, lang)}")
    if archive.undated:
        undated = labels["articles_count"].format(n=len(archive.undated))
        parts.append(f"{link(labels['undated_title'], paths.HOME, paths.UNDATED)}: {undated}.\n")
    parts += _recent_people(archive, lang) + _years(archive, lang)
    return OutputPage(Path(paths.HOME), "\n".join(parts))


def _recent_people(archive: Archive, lang: str) -> list[str]:
    """The people named in the most articles of the archive's last months, most first; in the most
    articles of all when no article says its month (an archive without dates has no lately)."""
    labels = LABELS[lang]
    newest = next((a.date for a in archive.articles if a.date.month is not None), None)
    counts = []
    if newest is None:
        counts = [(-len(person.articles), rank, person) for rank, person in enumerate(archive.people_with_pages)]
    else:
        since = newest.year * 12 + newest.month - RECENT_MONTHS
        for rank, person in enumerate(archive.people_with_pages):
            recent = 0
            for article in person.articles:  # newest first: past the first older month, all are older
                if article.date.month is not None:
                    if article.date.year * 12 + article.date.month <= since:
                        break
                    recent += 1
            if recent:
                counts.append((-recent, rank, person))
    if any(-count >= COVERED for count, _, _ in counts):
        counts = [item for item in counts if -item[0] >= COVERED]
    if not counts:
        return []
    lines = [
        f"- {link(person.name, paths.HOME, paths.person(person.slug))} · {labels['articles_count'].format(n=-count)}"
        for count, _, person in sorted(counts)[:TOP_PEOPLE]
    ]
    return [f"## {labels['recent_people' if newest else 'most_mentioned']}\n", "\n".join(lines) + "\n"]


def _years(archive: Archive, lang: str) -> list[str]:
    """Each year with its count, then its months with theirs, newest first."""
    labels = LABELS[lang]
    lines = []
    for year in archive.years:
        months = ", ".join(
            f"{link(month_name(m.month, lang), paths.HOME, paths.month(m.year, m.month))} ({len(m.articles)})"
            for m in year.months
        )
        line = f"- {link(str(year.year), paths.HOME, paths.year(year.year))} · {labels['articles_count'].format(n=year.count)}"
        lines.append(f"{line}: {months}" if months else line)
    return [f"## {labels['years']}\n", "\n".join(lines) + "\n"] if lines else []
