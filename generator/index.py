"""Group the articles once, in a fixed order: by person and by date. Everything later only reads this."""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from .collation import name_order, title_order
from .curation import Curation
from .extract.people import names_one_person
from .lexicon import casefold, fold
from .model import Archive, Article, Month, Person, Reading, Year
from .slugs import unique_slugs

COMPANIONS_SHOWN = 12
RELATED_SHOWN = 5
# A person's articles are all weighed as related stories up to this many; past it, only those
# nearest in time, so that the cost per article stays bounded when one person is in thousands.
RELATED_SCAN = 50
RELATED_WINDOW = 12


def archive_order(article: Article) -> tuple:
    """Newest first; ties broken by title in Vietnamese dictionary order, then id, so the order never
    depends on the file system."""
    return tuple(-part for part in article.date.sort_key), title_order(article.title), article.id


def newest_first(articles: list[Article] | tuple[Article, ...]) -> list[Article]:
    return sorted(articles, key=archive_order)


def title_key(text: str) -> str:
    """Titles compared as readers see them: no case, tone marks, punctuation or trailing ellipsis."""
    return " ".join(re.findall(r"\w+", fold(text)))


@dataclass(frozen=True)
class Changes:
    """What differs from the last run's archive, by article id and by person."""

    articles: frozenset[str]  # added, changed in any way, or removed
    moved: frozenset[str]  # added, removed, or with another date or title: their places in the order change
    people: frozenset[str]  # named, or once named, by a changed article: their pages change
    # Named, or once named, by a moved article or one whose people changed: their time lines change,
    # and with them the scores of every related story through them.
    rescored: frozenset[str]

    @staticmethod
    def between(previous: Archive, articles: list[Article]) -> Changes:
        old = {article.id: article for article in previous.articles}
        new = {article.id: article for article in articles}
        changed = {id for id, article in new.items() if old.get(id) is not article and old.get(id) != article} | (old.keys() - new.keys())
        moved = {id for id in changed if id not in old or id not in new
                 or (old[id].date, old[id].title) != (new[id].date, new[id].title)}
        regrouped = moved | {id for id in changed - moved if old[id].people != new[id].people}

        def named(ids: set[str]) -> frozenset[str]:
            return frozenset(name for id in ids for version in (old.get(id), new.get(id)) if version
                             for name in version.people)

        return Changes(frozenset(changed), frozenset(moved), named(changed), named(regrouped))


def build_archive(articles: list[Article], curation: Curation = Curation(), person_pages_from: int = 2,
                  previous: Archive | None = None) -> Archive:
    """The archive of `articles`; the people file gives the aliases each person's page lists. A person
    has a page once `person_pages_from` articles name them by a name that is one person's (not a
    Vietnamese given name alone: `Thảo`), or when the people file lists them.

    `previous`, the last run's archive with the same people file, saves the work no change reaches:
    the order of the articles that kept their date and title, the people no changed article names or
    named, and the related stories whose candidates and scores no change touched. The archive is the
    same as one built afresh (tests/test_build.py builds both)."""
    changes = Changes.between(previous, articles) if previous else None
    ordered = _order(articles, previous, changes)
    people = _people(ordered, curation, person_pages_from, previous, changes)
    by_title: dict[str, Article] = {}
    for article in reversed(ordered):  # the newest of several same-titled articles wins
        by_title[title_key(article.title)] = article
    return Archive(
        articles=ordered,
        people=people,
        years=_years(ordered),
        undated=tuple(a for a in ordered if a.date.year is None),
        **_reading(ordered, people, previous, changes),
        by_title=by_title,
    )


def _order(articles: list[Article], previous: Archive | None, changes: Changes | None) -> tuple[Article, ...]:
    """The archive's order: the last run's, with the articles whose place may have changed put in
    again, when they are few; else sorted afresh."""
    if changes is None or len(changes.moved) * 20 > len(articles):
        return tuple(newest_first(articles))
    new = {article.id: article for article in articles}
    ordered = [new[a.id] for a in previous.articles if a.id in new and a.id not in changes.moved]
    for article in newest_first([new[id] for id in changes.moved if id in new]):
        insort(ordered, article, key=archive_order)
    return tuple(ordered)


def _reading(articles: tuple[Article, ...], people: tuple[Person, ...], previous: Archive | None,
             changes: Changes | None) -> dict:
    """Each article's Reading, and the articles whose related stories were told apart from others of
    equal score by their places in the archive (`Archive.placed`)."""
    position = {a.id: i for i, a in enumerate(articles)}
    lines = _TimeLines(people, position)
    prominence = [_prominence(a.people) for a in articles]
    old_position = {a.id: i for i, a in enumerate(previous.articles)} if changes else {}
    moved_from = [old_position[id] for id in changes.moved if id in old_position] if changes else []
    moved_to = [position[id] for id in changes.moved if id in position] if changes else []

    def crossed(span: tuple[str | None, str | None], places: dict[str, int], moves: list[int]) -> bool:
        """Whether a move falls strictly between the span's ends as `places` has them (an open end
        is the archive's end on that side)."""
        ends = [places.get(end) if end is not None else bound for end, bound in zip(span, (-1, len(places)))]
        return None in ends or any(ends[0] < move < ends[1] for move in moves)

    def reordered(span: tuple[str | None, str | None]) -> bool:
        # Distances between articles on one side of a move stay the same: only a move between the
        # article and its tied candidates can change how they were told apart.
        return crossed(span, old_position, moved_from) or crossed(span, position, moved_to)

    def related(article: Article) -> tuple[Article, ...]:
        # An article that shares no one with a moved or regrouped article has the same stories to
        # choose from, with the same scores; only a choice among equal scores made by place can change.
        span = previous.placed.get(article.id) if changes else None
        if (changes is not None and article.id not in changes.articles
                and (changes.rescored.isdisjoint(article.people) or added is not None and position[article.id] not in near)
                and not (span and reordered(span))):
            if span:
                placed[article.id] = span
            return tuple(current[story.id] for story in previous.reading[article.id].related)
        here = position[article.id]
        if added is not None and article.id != added.id and not (span and reordered(span)):
            old = [position[story.id] for story in previous.reading[article.id].related]
            stories = _related_with_one_more(here, old, position[added.id], lines, prominence, articles, bool(span))
            if stories is not None:
                if span:
                    placed[article.id] = span
                return stories
        stories, tied = _related(here, lines, prominence, articles)
        if tied:
            placed[article.id] = tuple(articles[end].id if 0 <= end < len(articles) else None for end in tied)
        return stories

    current = {article.id: article for article in articles}
    # One article added and nothing else changed: what a save of a new file under `mkdocs serve` is.
    added = None
    if changes is not None and len(changes.articles) == 1 and changes.moved == changes.articles:
        (id,) = changes.articles
        added = current.get(id) if id not in old_position else None
    near = _near_added(position[added.id], added.people, lines) if added is not None else set()
    placed: dict[str, tuple[str | None, str | None]] = {}
    dated = [a for a in articles if a.date.year is not None]  # newest first
    reading = {}
    for index, article in enumerate(dated):
        reading[article.id] = Reading(
            related(article),
            previous=dated[index + 1] if index + 1 < len(dated) else None,
            next=dated[index - 1] if index else None,
        )
    for article in articles[len(dated) :]:
        reading[article.id] = Reading(related(article))
    return {"reading": reading, "placed": placed}


class _TimeLines(dict):
    """Each person's time line as positions in the archive's order, made when first read: after a save
    most articles keep their stories without reading any."""

    def __init__(self, people: tuple[Person, ...], position: dict[str, int]) -> None:
        super().__init__()
        self._people = {person.name: person for person in people}
        self._position = position

    def __missing__(self, name: str) -> list[int]:
        position = self._position
        line = self[name] = [position[article.id] for article in self._people[name].articles]
        return line


@lru_cache(maxsize=1 << 16)  # the same people, in the same order, across runs and articles; read only
def _prominence(names: tuple[str, ...]) -> dict[str, float]:
    """How much an article is about each of its people: the first named (its subject, as a lead
    names it) most, one named in passing at the end least."""
    return {name: 1 / math.sqrt(1 + rank) for rank, name in enumerate(names)}


def _rarity(articles_naming: int) -> float:
    """A shared person counts less the more articles name them, in steps (1, 2–3, 4–7, … articles), so
    that an added article seldom changes what any other article's stories scored."""
    return 1 / articles_naming.bit_length()


def _window(line: list[int], here: int) -> tuple[int, int]:
    """The span of a person's time line weighed for the article at `here`: all of it, or past
    RELATED_SCAN articles the RELATED_WINDOW nearest each side."""
    if len(line) <= RELATED_SCAN:
        return 0, len(line)
    return _around(bisect_left(line, here), len(line))


def _around(at: int, length: int) -> tuple[int, int]:
    """The RELATED_WINDOW places each side of place `at`, in a line of `length` places."""
    return max(0, at - RELATED_WINDOW), min(length, at + RELATED_WINDOW + 1)


def _near_added(new: int, names: tuple[str, ...], lines: dict[str, list[int]]) -> set[int]:
    """The places of the articles whose stories the article added at place `new` may change: all that
    share with it someone whose rarity stepped or whose time line is weighed whole, and of a longer
    line those whose weighed span may now hold it or another article (`_related_with_one_more`
    finds the others' stories as they were, after reading each)."""
    near: set[int] = set()
    for name in names:
        line = lines[name]
        if len(line) - 1 <= RELATED_SCAN or _rarity(len(line)) != _rarity(len(line) - 1):
            near.update(line)
        else:
            at = bisect_left(line, new)
            near.update(line[max(0, at - RELATED_WINDOW - 2) : at + RELATED_WINDOW + 3])
    return near


def _related_with_one_more(here: int, old: list[int], new: int, lines: dict[str, list[int]],
                           prominence: list[dict[str, float]], articles, tied: bool) -> tuple[Article, ...] | None:
    """This article's stories once the article at `new` is added, from its last stories `old` (at their
    places now); None when `_related` must choose afresh.

    The addition leaves every other candidate's score as it was when no person they share changed in
    rarity and no weighed span lost an article: then the new article can only take a place among the
    last stories, by its own score. When equal scores were told apart by place (`tied`, the addition
    being outside the places that told them apart), only a new article scoring below them all leaves
    the choice as it was. Scores are summed as `_related` sums them, so they are equal to the bit."""
    mine, added = prominence[here], prominence[new]
    windows: dict[str, tuple[int, int]] = {}  # each person's span, read by every score
    score = 0.0
    for name, weight in mine.items():
        theirs = added.get(name)
        if theirs is None:
            continue
        line = lines[name]
        if _rarity(len(line)) != _rarity(len(line) - 1):
            return None
        lo, hi = windows[name] = _window(line, here)
        if len(line) > RELATED_SCAN:
            if len(line) - 1 <= RELATED_SCAN:
                return None
            k, at = bisect_left(line, new), bisect_left(line, here)
            old_lo, old_hi = _around(at - (k < at), len(line) - 1)  # the window in the line without the new one
            first, last = (lo + (lo == k)), (hi - 1 - (hi - 1 == k))
            if (first - (first > k), last - (last > k)) != (old_lo, old_hi - 1):
                return None
            if not lo <= k < hi:
                continue
        score += weight * theirs * _rarity(len(line))
    if not score:
        return tuple(articles[other] for other in old)
    # Most articles share no one the added article names in their span: the other spans only now.
    for name in mine.keys() - windows.keys():
        windows[name] = _window(lines[name], here)

    def scored(other: int) -> float:
        total = 0.0
        for name, weight in mine.items():
            theirs = prominence[other].get(name)
            if theirs is not None:
                line = lines[name]
                lo, hi = windows[name]
                if hi - lo == len(line) or lo <= bisect_left(line, other) < hi:
                    total += weight * theirs * _rarity(len(line))
        return total

    if tied:
        full = len(old) == RELATED_SHOWN
        return tuple(articles[other] for other in old) if full and score < scored(old[-1]) - 2e-9 else None
    scores = [scored(other) for other in old]
    if any(abs(score - other) < 2e-9 for other in scores):
        return None  # a tie, told apart by place: `_related` knows how
    # Stable: the last stories keep the order they were given among equal scores.
    ranked = sorted([*zip(scores, old), (score, new)], key=lambda pair: -round(pair[0], 9))[:RELATED_SHOWN]
    return tuple(articles[other] for _, other in ranked)


def _related(here: int, lines: dict[str, list[int]], prominence: list[dict[str, float]], articles
             ) -> tuple[tuple[Article, ...], tuple[int, int] | None]:
    """The stories most about the same people as this one: each shared person counts by how much both
    articles are about them, and less the more articles name them (an article naming a head of state
    in passing is not related to every story about them); then the nearest in time, then the newest.
    And, when equal scores left the choice to nearness in time, the span of places (this article's
    and its candidates') within which a move could change it."""
    scores: dict[int, float] = defaultdict(float)
    for name, weight in prominence[here].items():
        line = lines[name]
        rarity = _rarity(len(line))
        # Bounded cost for someone named in thousands of articles: their stories nearest in time.
        lo, hi = _window(line, here)
        for other in line[lo:hi] if hi - lo < len(line) else line:
            scores[other] += weight * prominence[other][name] * rarity
    scores.pop(here, None)
    dated = articles[here].date.year is not None

    def distance(other: int) -> int:
        # In time when both are dated; otherwise no order by place in the archive, whose undated part
        # is alphabetical: the newest first.
        return abs(other - here) if dated and articles[other].date.year is not None else other

    if not scores:
        return (), None
    # Only those scoring at least the fifth best are ordered in full (sums in another order may
    # differ in the last bits: equal scores are equal to 1e-9).
    floor = heapq.nlargest(RELATED_SHOWN, scores.values())[-1] - 1e-9
    best = [other for other, score in scores.items() if score >= floor]
    ranked = heapq.nsmallest(RELATED_SHOWN, best, key=lambda other: (-round(scores[other], 9), distance(other), other))
    stories = tuple(articles[other] for other in ranked)
    rounded = {round(scores[other], 9) for other in best}
    if not dated or len(rounded) == len(best):
        return stories, None  # told apart by score, or by place alone, which moves elsewhere keep
    if any(articles[other].date.year is None for other in best):
        return stories, (-1, len(articles))  # distances in time beside places: any move may count
    return stories, (min(here, *best), max(here, *best))


def _people(articles: tuple[Article, ...], curation: Curation, pages_from: int, previous: Archive | None,
            changes: Changes | None) -> tuple[Person, ...]:
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
    with_pages = [name for name in names
                  if len(by_person[name]) >= pages_from and names_one_person(name) or curation.lists(name)]
    slugs = dict(zip(with_pages, unique_slugs(with_pages, with_pages)))
    # A person no changed article names or named has the same articles, companions and aliases: the
    # companions' order among equal counts is by name, which a new name does not change.
    kept = {p.name: p for p in previous.people if p.name not in changes.people} if changes else {}
    people = []
    for name in names:
        if name in kept and kept[name].slug == slugs.get(name, ""):
            people.append(kept[name])
            continue
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
