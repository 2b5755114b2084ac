"""Group the articles once, in a fixed order: by person and by date. Everything later only reads this."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import groupby

from .collation import name_order
from .curation import Curation
from .lexicon import casefold, fold
from .model import Archive, Article, Month, Person, Reading, Year
from .slugs import unique_slugs

COMPANIONS_SHOWN = 12
RELATED_SHOWN = 5
# How far along a person's time line related stories are looked for: keeps the cost per article
# bounded when one person is in thousands of articles.
RELATED_WINDOW = 12


def newest_first(articles: list[Article] | tuple[Article, ...]) -> list[Article]:
    # Ties broken by title then id, so the order never depends on the file system.
    by_name = sorted(articles, key=lambda a: (a.title.casefold(), a.id))
    return sorted(by_name, key=lambda a: a.date.sort_key, reverse=True)


def title_key(text: str) -> str:
    """Titles compared as readers see them: no case, tone marks, punctuation or trailing ellipsis."""
    return " ".join(re.findall(r"\w+", fold(text)))


def build_archive(articles: list[Article], curation: Curation = Curation()) -> Archive:
    """The archive of `articles`; the people file gives the aliases each person's page lists."""
    ordered = tuple(newest_first(articles))
    people = _people(ordered, curation)
    by_title: dict[str, Article] = {}
    for article in reversed(ordered):  # the newest of several same-titled articles wins
        by_title[title_key(article.title)] = article
    return Archive(
        articles=ordered,
        people=people,
        years=_years(ordered),
        undated=tuple(a for a in ordered if a.date.year is None),
        reading=_reading(ordered, people),
        by_title=by_title,
    )


def _reading(articles: tuple[Article, ...], people: tuple[Person, ...]) -> dict[str, Reading]:
    position = {a.id: i for i, a in enumerate(articles)}
    # Each person's time line as positions in the archive's order: counting shared people is then
    # counting integers, which Counter does in C (3 million of them at 10,000 articles).
    lines = {p.name: [position[a.id] for a in p.articles] for p in people}
    dated = [a for a in articles if a.date.year is not None]  # newest first
    reading = {}
    for index, article in enumerate(dated):
        reading[article.id] = Reading(
            _related(position[article.id], article.people, lines, articles),
            previous=dated[index + 1] if index + 1 < len(dated) else None,
            next=dated[index - 1] if index else None,
        )
    for article in articles[len(dated) :]:
        reading[article.id] = Reading(_related(position[article.id], article.people, lines, articles))
    return reading


def _related(here: int, names: tuple[str, ...], lines: dict[str, list[int]], articles) -> tuple[Article, ...]:
    shared: Counter[int] = Counter()
    for name in names:
        line = lines[name]
        at = bisect_left(line, here)
        shared.update(line[max(0, at - RELATED_WINDOW) : at + RELATED_WINDOW + 1])
    del shared[here]
    # Most people in common first, then nearest in time.
    ranked = heapq.nsmallest(RELATED_SHOWN, ((-count, abs(other - here), other) for other, count in shared.items()))
    return tuple(articles[other] for _, _, other in ranked)


def _people(articles: tuple[Article, ...], curation: Curation) -> tuple[Person, ...]:
    by_person: dict[str, list[Article]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for name in article.people:
            by_person[name].append(article)
        for spelling, name in article.spellings:
            spellings[name].add(spelling)
    names = sorted(by_person, key=name_order)
    rank = {name: index for index, name in enumerate(names)}
    slugs = dict(zip(names, unique_slugs(names, names)))
    people = []
    for name in names:
        together: Counter[str] = Counter()
        for article in by_person[name]:
            together.update(article.people)
        del together[name]
        companions = heapq.nsmallest(COMPANIONS_SHOWN, together.items(), key=lambda item: (-item[1], rank[item[0]]))
        aliases = _aliases(name, [*curation.aliases_of(name), *sorted(spellings[name], key=name_order)])
        people.append(Person(name, slugs[name], tuple(by_person[name]), tuple(companions), aliases))
    return tuple(people)


def _aliases(name: str, candidates: list[str]) -> tuple[str, ...]:
    """Each other name once, in the order given; spellings differing only in case or spacing are one."""
    seen = {casefold(name)}
    aliases = []
    for alias in candidates:
        if casefold(alias) not in seen:
            seen.add(casefold(alias))
            aliases.append(alias)
    return tuple(aliases)


def _years(articles: tuple[Article, ...]) -> tuple[Year, ...]:
    dated = [a for a in articles if a.date.year is not None]
    years = []
    for year, in_year in groupby(dated, key=lambda a: a.date.year):
        in_year = list(in_year)
        months = []
        with_month = sorted((a for a in in_year if a.date.month), key=lambda a: a.date.month, reverse=True)
        for month, in_month in groupby(with_month, key=lambda a: a.date.month):
            oldest_first = sorted(in_month, key=lambda a: a.date.sort_key)
            months.append(Month(year, month, tuple(oldest_first)))
        only_year = tuple(a for a in in_year if a.date.month is None)
        years.append(Year(year, tuple(months), only_year))
    return tuple(years)
