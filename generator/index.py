"""Group the articles once, in a fixed order: by person and by date. Everything later only reads this."""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import groupby

from .collation import name_order, title_order
from .curation import Curation
from .lexicon import casefold, fold
from .model import Archive, Article, Month, Person, Reading, Year
from .slugs import unique_slugs

COMPANIONS_SHOWN = 12
RELATED_SHOWN = 5
# A person's articles are all weighed as related stories up to this many; past it, only those
# nearest in time, so that the cost per article stays bounded when one person is in thousands.
RELATED_SCAN = 50
RELATED_WINDOW = 12


def newest_first(articles: list[Article] | tuple[Article, ...]) -> list[Article]:
    # Ties broken by title in Vietnamese dictionary order, then id, so the order never depends on
    # the file system.
    by_name = sorted(articles, key=lambda a: (title_order(a.title), a.id))
    return sorted(by_name, key=lambda a: a.date.sort_key, reverse=True)


def title_key(text: str) -> str:
    """Titles compared as readers see them: no case, tone marks, punctuation or trailing ellipsis."""
    return " ".join(re.findall(r"\w+", fold(text)))


def build_archive(articles: list[Article], curation: Curation = Curation(), person_pages_from: int = 2) -> Archive:
    """The archive of `articles`; the people file gives the aliases each person's page lists. A person
    has a page once `person_pages_from` articles name them, or when the people file lists them."""
    ordered = tuple(newest_first(articles))
    people = _people(ordered, curation, person_pages_from)
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
    # Each person's time line as positions in the archive's order.
    lines = {p.name: [position[a.id] for a in p.articles] for p in people}
    prominence = [_prominence(a.people) for a in articles]
    dated = [a for a in articles if a.date.year is not None]  # newest first
    reading = {}
    for index, article in enumerate(dated):
        reading[article.id] = Reading(
            _related(position[article.id], lines, prominence, articles),
            previous=dated[index + 1] if index + 1 < len(dated) else None,
            next=dated[index - 1] if index else None,
        )
    for article in articles[len(dated) :]:
        reading[article.id] = Reading(_related(position[article.id], lines, prominence, articles))
    return reading


def _prominence(names: tuple[str, ...]) -> dict[str, float]:
    """How much an article is about each of its people: the first named (its subject, as a lead
    names it) most, one named in passing at the end least."""
    return {name: 1 / math.sqrt(1 + rank) for rank, name in enumerate(names)}


def _related(here: int, lines: dict[str, list[int]], prominence: list[dict[str, float]], articles) -> tuple[Article, ...]:
    """The stories most about the same people as this one: each shared person counts by how much both
    articles are about them, and less the more articles name them (an article naming a head of state
    in passing is not related to every story about them); then the nearest in time, then the newest."""
    scores: dict[int, float] = defaultdict(float)
    for name, weight in prominence[here].items():
        line = lines[name]
        rarity = 1 / math.log2(1 + len(line))
        if len(line) > RELATED_SCAN:
            # Bounded cost for someone named in thousands of articles: their stories nearest in time.
            at = bisect_left(line, here)
            line = line[max(0, at - RELATED_WINDOW) : at + RELATED_WINDOW + 1]
        for other in line:
            scores[other] += weight * prominence[other][name] * rarity
    scores.pop(here, None)
    dated = articles[here].date.year is not None

    def distance(other: int) -> int:
        # In time when both are dated; otherwise no order by place in the archive, whose undated part
        # is alphabetical: the newest first.
        return abs(other - here) if dated and articles[other].date.year is not None else other

    if not scores:
        return ()
    # Only those scoring at least the fifth best are ordered in full (sums in another order may
    # differ in the last bits: equal scores are equal to 1e-9).
    floor = heapq.nlargest(RELATED_SHOWN, scores.values())[-1] - 1e-9
    best = [other for other, score in scores.items() if score >= floor]
    ranked = heapq.nsmallest(RELATED_SHOWN, best, key=lambda other: (-round(scores[other], 9), distance(other), other))
    return tuple(articles[other] for other in ranked)


def _people(articles: tuple[Article, ...], curation: Curation, pages_from: int) -> tuple[Person, ...]:
    by_person: dict[str, list[Article]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for name in article.people:
            by_person[name].append(article)
        for spelling, name in article.spellings:
            spellings[name].add(spelling)
    names = sorted(by_person, key=name_order)
    rank = {name: index for index, name in enumerate(names)}
    # Slugs among those with a page only: one named once never takes a page's address from another.
    with_pages = [name for name in names if len(by_person[name]) >= pages_from or curation.lists(name)]
    slugs = dict(zip(with_pages, unique_slugs(with_pages, with_pages)))
    people = []
    for name in names:
        together: Counter[str] = Counter()
        for article in by_person[name]:
            together.update(article.people)
        del together[name]
        companions = heapq.nsmallest(COMPANIONS_SHOWN, together.items(), key=lambda item: (-item[1], rank[item[0]]))
        aliases = _aliases(name, [*curation.aliases_of(name), *sorted(spellings[name], key=name_order)])
        people.append(Person(name, slugs.get(name, ""), tuple(by_person[name]), tuple(companions), aliases))
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
