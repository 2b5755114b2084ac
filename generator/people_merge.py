"""One person, one page, across the archive: spellings that differ only in case, tone marks or
spacing become one name, and a bare family name joins the one full name the archive gives it."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from .lexicon import fold
from .model import Article, Problem


def unify_people(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for name in article.people:
            spellings[fold(name)][name] += 1
    # The most used spelling names everyone who folds alike; ties go to the alphabetically first.
    canonical = {key: min(counts, key=lambda n: (-counts[n], n)) for key, counts in spellings.items()}
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for key, name in canonical.items():
        if " " in key:
            full_by_last[key.rsplit(" ", 1)[1]].add(name)
    notes, mapping = [], {}
    for key, name in canonical.items():
        if " " not in key:
            matches = full_by_last.get(key, set())
            if len(matches) == 1:
                name = next(iter(matches))
            elif matches:
                notes.append(Problem("people", 0, f"'{name}' could be any of {', '.join(sorted(matches))}; kept apart",
                                     "add it as an alias in people.yml", "note"))
        mapping[key] = name
    unified = []
    for article in articles:
        people = tuple(dict.fromkeys(mapping[fold(name)] for name in article.people))
        unified.append(article if people == article.people else dataclasses.replace(article, people=people))
    return unified, notes
