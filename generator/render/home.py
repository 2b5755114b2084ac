"""The home page: what the archive holds, and its newest articles."""

from __future__ import annotations

from pathlib import Path

from ..locale import LABELS, format_date
from ..model import Archive, OutputPage
from . import paths
from .feeds import feed_anchors, feed_links
from .listing import article_list
from .markdown import escape_text, front_matter, link


def render_home(archive: Archive, lang: str, site_name: str, newest: int, site_url: str | None = None) -> OutputPage:
    labels = LABELS[lang]
    meta: dict = {"title": site_name}
    if site_url:
        meta["feeds"] = feed_links(site_url, paths.SITE_FEED)
    parts = [front_matter(meta), f"# {escape_text(site_name)}\n"]
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
    sections = f"{link(labels['people'], paths.HOME, paths.PEOPLE)} · {link(labels['dates'], paths.HOME, paths.DATES)}"
    if site_url:
        sections += f" · {labels['follow']}: {feed_anchors(paths.SITE_FEED, paths.HOME)}"
    parts.append(sections + "\n{ .archive-sections }\n")
    parts.append(f"## {labels['newest']}\n\n{article_list(archive.articles[:newest], paths.HOME, lang)}")
    return OutputPage(Path(paths.HOME), "\n".join(parts))
