"""The home page: what the archive holds, and its newest articles."""

from __future__ import annotations

from pathlib import Path

from ..locale import LABELS, format_date
from ..model import Archive, OutputPage
from . import paths
from .listing import article_item
from .markdown import escape_text, front_matter, link


def render_home(archive: Archive, lang: str, site_name: str, newest: int) -> OutputPage:
    labels = LABELS[lang]
    parts = [front_matter({"title": site_name}), f"# {escape_text(site_name)}\n"]
    dated = [a for a in archive.articles if a.date.year is not None]
    if dated:
        counts = labels["archive_counts"].format(
            articles=len(archive.articles),
            people=len(archive.people),
            first=format_date(dated[-1].date, lang),
            last=format_date(dated[0].date, lang),
        )
    else:
        counts = labels["archive_counts_undated"].format(articles=len(archive.articles), people=len(archive.people))
    parts.append(counts + "\n")
    parts.append(
        f"{link(labels['people'], paths.HOME, paths.PEOPLE)} · {link(labels['dates'], paths.HOME, paths.DATES)}\n"
        "{ .archive-sections }\n"
    )
    items = "\n".join(article_item(a, paths.HOME, lang) for a in archive.articles[:newest])
    parts.append(f"## {labels['newest']}\n\n{items}\n")
    return OutputPage(Path(paths.HOME), "\n".join(parts))
