"""The A–Z of people and one page per person: their articles by year and month, and who appears with them.
Long lists go over several pages (pagination.py)."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from ..lexicon import fold
from ..locale import LABELS, format_month
from ..model import Archive, OutputPage, Person
from . import paths
from .feeds import PERSON_FEEDS, feed_anchors, feed_links
from .listing import article_list, html_list
from .markdown import escape_text, front_matter, html_link, link
from .pagination import chunks, page_path, page_title, pager

# Up to this many people the A–Z is one page; beyond, one page per letter.
PEOPLE_ON_ONE_PAGE = 1000
PEOPLE_PER_PAGE = 500


def render_people_index(archive: Archive, lang: str) -> list[OutputPage]:
    labels = LABELS[lang]
    letters = [(letter, list(people)) for letter, people in groupby(archive.people, key=lambda p: _initial(p.name))]
    parts = [front_matter({"title": labels["people"]}), f"# {labels['people']}\n"]
    parts.append((labels["people_count"].format(n=len(archive.people)) if archive.people else labels["no_people"]) + "\n")
    if len(archive.people) <= PEOPLE_ON_ONE_PAGE:
        parts += [f"## {escape_text(letter)}\n\n{_people_list(people, paths.PEOPLE, labels)}\n" for letter, people in letters]
        return [OutputPage(Path(paths.PEOPLE), "\n".join(parts))]
    # A large archive: the A–Z links to a page per letter, itself split when long.
    lines = [
        f"- {link(letter, paths.PEOPLE, paths.people_letter(letter))} · {labels['people_count'].format(n=len(people))}"
        for letter, people in letters
    ]
    parts.append(f"## {labels['by_letter']}\n\n" + "\n".join(lines) + "\n")
    pages = [OutputPage(Path(paths.PEOPLE), "\n".join(parts))]
    for letter, people in letters:
        first = paths.people_letter(letter)
        groups = chunks(people, PEOPLE_PER_PAGE)
        for number, group in enumerate(groups, start=1):
            here = page_path(first, number)
            title = page_title(f"{labels['people']}: {letter}", number, lang)
            body = [front_matter({"title": title}), f"# {escape_text(title)}\n", link(labels["all_people"], here, paths.PEOPLE) + "\n"]
            body += [_people_list(group, here, labels) + "\n", pager(first, number, len(groups), lang)]
            pages.append(OutputPage(Path(here), "\n".join(part for part in body if part)))
    return pages


def _people_list(people: list[Person], source: str, labels: dict[str, str]) -> str:
    return html_list([
        f"<li>{html_link(p.name, source, paths.person(p.slug))} · {labels['articles_count'].format(n=len(p.articles))}</li>"
        for p in people
    ]).rstrip("\n")


def _initial(name: str) -> str:
    letter = fold(name)[:1].upper()
    return letter if letter.isalpha() and letter.isascii() else "#"


def render_person(person: Person, archive: Archive, lang: str, site_url: str | None = None) -> list[OutputPage]:
    labels = LABELS[lang]
    first = paths.person(person.slug)
    groups = chunks(person.articles)
    pages = []
    for number, articles in enumerate(groups, start=1):
        here = page_path(first, number)
        meta: dict = {"title": page_title(person.name, number, lang), "person": person.name,
                      "article_count": len(person.articles)}
        line = f"{labels['articles_count'].format(n=len(person.articles))} · {link(labels['all_people'], here, paths.PEOPLE)}"
        if site_url:
            meta["feeds"] = feed_links(site_url, paths.person_feed(person.slug), PERSON_FEEDS)
            line += f" · {labels['follow']}: {feed_anchors(paths.person_feed(person.slug), here, PERSON_FEEDS)}"
        parts = [front_matter(meta), f"# {escape_text(meta['title'])}\n", line + "\n"]
        if person.companions and number == 1:
            companions = " · ".join(
                f"{link(name, here, paths.person(archive.person_slugs[name]))} ({count})" for name, count in person.companions
            )
            parts.append(f"## {labels['mentioned_with']}\n\n{companions}\n")
        for year, in_year in groupby(articles, key=lambda a: a.date.year):
            parts.append(f"## {year if year is not None else labels['no_date']}\n")
            for month, in_month in groupby(in_year, key=lambda a: a.date.month):
                if year is not None:
                    heading = format_month(year, month, lang) if month else labels["no_month"]
                    parts.append(f"### {heading}\n")
                parts.append(article_list(list(in_month), here, lang))
        parts.append(pager(first, number, len(groups), lang))
        pages.append(OutputPage(Path(here), "\n".join(part for part in parts if part)))
    return pages
