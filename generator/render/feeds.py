"""Atom and RSS feeds of the newest articles: the whole archive's, and one per person to follow."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from feedgen.feed import FeedGenerator

from ..locale import LABELS
from ..model import Archive, Article, OutputPage, Person
from . import paths
from .markdown import relative_path

FEED_SIZE = 50
PERSON_FEED_SIZE = 20
# A person in fewer articles gets no feed: there is little to follow, and a large archive would
# otherwise carry two feeds for every name mentioned once.
PERSON_FEED_MIN_ARTICLES = 3


def has_feed(person: Person) -> bool:
    return len(person.articles) >= PERSON_FEED_MIN_ARTICLES


def feed_links(site_url: str, base: str) -> list[dict]:
    """The `feeds` front-matter entries a page links in its head (`base` is the feed's path without suffix)."""
    return [
        {"type": "application/atom+xml", "title": "Atom", "href": site_url + base + ".atom.xml"},
        {"type": "application/rss+xml", "title": "RSS", "href": site_url + base + ".rss.xml"},
    ]


def feed_anchors(base: str, source: str) -> str:
    """Visible links to a feed pair from the page at `source`."""
    return " · ".join(
        f"[{name}]({relative_path(source, base + suffix)})" for name, suffix in (("Atom", ".atom.xml"), ("RSS", ".rss.xml"))
    )


def render_feeds(archive: Archive, lang: str, site_name: str, site_url: str) -> list[OutputPage]:
    labels = LABELS[lang]
    title = labels["feed_title_all"].format(site=site_name)
    pages = _feed_pair(
        archive.articles[: FEED_SIZE * 2], paths.SITE_FEED, title, site_url, site_url, lang, FEED_SIZE, categories=True
    )
    for person in filter(has_feed, archive.people):
        title = labels["feed_title_person"].format(site=site_name, name=person.name)
        home = site_url + paths.url(paths.person(person.slug))
        pages += _feed_pair(
            person.articles[: PERSON_FEED_SIZE * 2], paths.person_feed(person.slug), title, home, site_url, lang,
            PERSON_FEED_SIZE,
        )
    return pages


def _feed_pair(
    articles, base: str, title: str, home: str, site_url: str, lang: str, size: int, categories: bool = False
) -> list[OutputPage]:
    """An Atom and an RSS feed; the site's feed tags each entry with its people, a person's needs not."""
    dated = [a for a in articles if a.date.year is not None][:size]
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
        entry.title(article.title)
        entry.link(href=url)
        entry.summary(article.summary)
        entry.published(_published(article))
        entry.updated(_published(article))
        for name in article.people if categories else ():
            entry.category(term=name)
        if article.author:
            entry.author(name=article.author)
    return [
        OutputPage(Path(base + ".atom.xml"), feed.atom_str(pretty=True).decode("utf-8")),
        OutputPage(Path(base + ".rss.xml"), feed.rss_str(pretty=True).decode("utf-8")),
    ]


def _published(article: Article) -> datetime:
    # An article known only by its month is placed on the month's first day.
    date = article.date
    return datetime(date.year, date.month or 1, date.day or 1, tzinfo=timezone.utc)
