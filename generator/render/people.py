"""The A–Z page of people and one page per person: their articles by year and month, and who appears with them."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from ..lexicon import fold
from ..locale import LABELS, format_month
from ..model import Archive, OutputPage, Person
from . import paths
from .feeds import feed_anchors, feed_links
from .listing import article_item
from .markdown import escape_text, front_matter, link


def render_people_index(archive: Archive, lang: str) -> OutputPage:
    labels = LABELS[lang]
    parts = [front_matter({"title": labels["people"]}), f"# {labels['people']}\n"]
    if not archive.people:
        parts.append(labels["no_people"] + "\n")
    parts.append(labels["people_count"].format(n=len(archive.people)) + "\n")
    for letter, people in groupby(archive.people, key=lambda p: _initial(p.name)):
        lines = [
            f"- {link(p.name, paths.PEOPLE, paths.person(p.slug))} · {labels['articles_count'].format(n=len(p.articles))}"
            for p in people
        ]
        parts.append(f"## {escape_text(letter)}\n\n" + "\n".join(lines) + "\n")
    return OutputPage(Path(paths.PEOPLE), "\n".join(parts))


def _initial(name: str) -> str:
    letter = fold(name)[:1].upper()
    return letter if letter.isalpha() else "#"


def render_person(person: Person, archive: Archive, lang: str, site_url: str | None = None) -> OutputPage:
    labels = LABELS[lang]
    path = paths.person(person.slug)
    meta: dict = {"title": person.name, "person": person.name, "article_count": len(person.articles)}
    line = f"{labels['articles_count'].format(n=len(person.articles))} · {link(labels['all_people'], path, paths.PEOPLE)}"
    if site_url:
        meta["feeds"] = feed_links(site_url, paths.person_feed(person.slug))
        line += f" · {labels['follow']}: {feed_anchors(paths.person_feed(person.slug), path)}"
    parts = [front_matter(meta), f"# {escape_text(person.name)}\n", line + "\n"]
    if person.companions:
        companions = " · ".join(
            f"{link(name, path, paths.person(archive.person_slugs[name]))} ({count})" for name, count in person.companions
        )
        parts.append(f"## {labels['mentioned_with']}\n\n{companions}\n")
    for year, in_year in groupby(person.articles, key=lambda a: a.date.year):
        parts.append(f"## {year if year is not None else labels['no_date']}\n")
        for month, in_month in groupby(in_year, key=lambda a: a.date.month):
            if year is not None:
                heading = format_month(year, month, lang) if month else labels["no_month"]
                parts.append(f"### {heading}\n")
            parts.append("\n".join(article_item(a, path, lang) for a in in_month) + "\n")
    return OutputPage(Path(path), "\n".join(parts))
