"""Atom and RSS feeds of the newest articles: the whole archive's, and one per person to follow."""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

from feedgen.feed import FeedGenerator

from ..locale import LABELS
from ..model import Archive, Article, OutputPage, Person
from . import paths
from .markdown import relative_path

FEED_SIZE = 50
# A reader following one person polls far more often than ten of their articles appear; a feed per
# person with a page, each of twenty entries, was 1.5 KB of site per article at 10,000 articles.
PERSON_FEED_SIZE = 10


_KINDS = {"atom": ("application/atom+xml", "Atom"), "rss": ("application/rss+xml", "RSS")}
# The site has an Atom and an RSS feed; each person one Atom feed, which every feed reader reads:
# an archive names thousands of people, and two feeds each would double that cost for nothing.
SITE_FEEDS = ("atom", "rss")
PERSON_FEEDS = ("atom",)


def feed_links(site_url: str, base: str, kinds: tuple[str, ...] = SITE_FEEDS) -> list[dict]:
    """The `feeds` front-matter entries a page links in its head (`base` is the feed's path without suffix)."""
    return [{"type": _KINDS[k][0], "title": _KINDS[k][1], "href": f"{site_url}{base}.{k}.xml"} for k in kinds]


def feed_anchors(base: str, source: str, kinds: tuple[str, ...] = SITE_FEEDS) -> str:
    """Visible links to a page's feeds from the page at `source`."""
    return " · ".join(f"[{_KINDS[k][1]}]({relative_path(source, f'{base}.{k}.xml')})" for k in kinds)


def render_site_feeds(archive: Archive, lang: str, site_name: str, site_url: str) -> list[OutputPage]:
    title = LABELS[lang]["feed_title_all"].format(site=site_name)
    return _feeds(
        archive.articles[: FEED_SIZE * 2], paths.SITE_FEED, title, site_url, site_url, lang, FEED_SIZE, categories=True
    )


def render_person_feeds(person: Person, lang: str, site_name: str, site_url: str) -> list[OutputPage]:
    title = LABELS[lang]["feed_title_person"].format(site=site_name, name=person.name)
    home = site_url + paths.url(paths.person(person.slug))
    return _feeds(
        person.articles[: PERSON_FEED_SIZE * 2], paths.person_feed(person.slug), title, home, site_url, lang,
        PERSON_FEED_SIZE, kinds=PERSON_FEEDS,
    )


def _feeds(
    articles, base: str, title: str, home: str, site_url: str, lang: str, size: int, categories: bool = False,
    kinds: tuple[str, ...] = SITE_FEEDS,
) -> list[OutputPage]:
    """The feeds of one list of articles; the site's tag each entry with its people, a person's need not."""
    dated = [a for a in articles if a.date.year is not None][:size]
    return [
        OutputPage(Path(f"{base}.{kind}.xml"), _feed(kind, dated, base, title, home, site_url, lang, categories))
        for kind in kinds
    ]


def _feed(kind: str, dated, base: str, title: str, home: str, site_url: str, lang: str, categories: bool) -> str:
    # Atom's title and summary are text; RSS readers show an item's description as HTML, and most its
    # title too: there the article's text is escaped once more, so that it reaches the reader as text.
    as_text = html.escape if kind == "rss" else str
    feed = FeedGenerator()
    feed.id(site_url + base + ".atom.xml")
    feed.title(title)
    feed.link(href=home, rel="alternate")
    feed.link(href=site_url + base + ".atom.xml", rel="self")
    feed.description(title)
    feed.language(lang)
    # Dated by the newest article, not the clock, so that an unchanged archive writes unchanged feeds.
    newest = _published(dated[0]) if dated else datetime(1970, 1, 1, tzinfo=timezone.utc)
    feed.updated(newest)
    feed.lastBuildDate(newest)
    for article in dated:
        entry = feed.add_entry(order="append")
        url = site_url + paths.url(paths.article(article.slug))
        entry.id(url)
        entry.guid(url, permalink=True)
        entry.title(as_text(article.title))
        entry.link(href=url)
        entry.summary(as_text(article.summary))
        entry.published(_published(article))
        entry.updated(_published(article))
        for name in article.people if categories else ():
            entry.category(term=name)
        if article.author:
            entry.author(name=article.author)
    write = feed.atom_str if kind == "atom" else feed.rss_str
    return write(pretty=True).decode("utf-8")


def _published(article: Article) -> datetime:
    # An article known only by its month is placed on the month's first day.
    date = article.date
    return datetime(date.year, date.month or 1, date.day or 1, tzinfo=timezone.utc)
