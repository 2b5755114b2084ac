"""Group the articles once, in a fixed order: by person and by date. Everything later only reads this."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import groupby

from .lexicon import fold
from .model import Archive, Article, Month, Person, Year
from .slugs import unique_slugs

COMPANIONS_SHOWN = 12


def newest_first(articles: list[Article] | tuple[Article, ...]) -> list[Article]:
    # Ties broken by title then id, so the order never depends on the file system.
    by_name = sorted(articles, key=lambda a: (a.title.casefold(), a.id))
    return sorted(by_name, key=lambda a: a.date.sort_key, reverse=True)


def name_order(name: str) -> tuple[str, str]:
    """Alphabetical order that ignores tone marks and case first, then uses them to break ties."""
    return (fold(name), name)


def build_archive(articles: list[Article]) -> Archive:
    ordered = tuple(newest_first(articles))
    return Archive(
        articles=ordered,
        people=_people(ordered),
        years=_years(ordered),
        undated=tuple(a for a in ordered if a.date.year is None),
    )


def _people(articles: tuple[Article, ...]) -> tuple[Person, ...]:
    by_person: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for name in article.people:
            by_person[name].append(article)
    names = sorted(by_person, key=name_order)
    slugs = unique_slugs(names)
    people = []
    for name in names:
        together = Counter(other for a in by_person[name] for other in a.people if other != name)
        companions = sorted(together.items(), key=lambda item: (-item[1], name_order(item[0])))
        people.append(Person(name, slugs[name], tuple(by_person[name]), tuple(companions[:COMPANIONS_SHOWN])))
    return tuple(people)


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
