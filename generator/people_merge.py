"""One person, one page, across the archive: spellings that differ only in case, tone marks or
spacing become one name, and a bare family or given name (`Tùng`, `Văn Tùng`) joins the one full
name in the archive that ends with it. Where several do, it is kept apart and listed for an editor."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from .collation import name_order
from .extract.people import is_full_name
from .lexicon import fold
from .model import Article


def unify_people(articles: list[Article]) -> tuple[list[Article], list[tuple[str, tuple[str, ...]]]]:
    """The articles with their people unified, and the short names that could be several people."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for name in article.people:
            spellings[fold(name)][name] += 1
    # The most used spelling names everyone who folds alike; ties go to the alphabetically first.
    canonical = {key: min(counts, key=lambda n: (-counts[n], n)) for key, counts in spellings.items()}
    full = {key for key, name in canonical.items() if is_full_name(name)}
    by_ending: dict[str, set[str]] = defaultdict(set)
    for key in full:
        words = key.split()
        for size in range(1, len(words)):
            by_ending[" ".join(words[-size:])].add(key)
    ambiguous, mapping = [], {}
    for key, name in canonical.items():
        if key not in full:
            matches = by_ending.get(key, set())
            if len(matches) == 1:
                name = canonical[next(iter(matches))]
            elif matches:
                ambiguous.append((name, tuple(sorted((canonical[m] for m in matches), key=name_order))))
        mapping[key] = name
    unified = []
    for article in articles:
        people = tuple(dict.fromkeys(mapping[fold(name)] for name in article.people))
        if people != article.people:
            merged = tuple((name, mapping[fold(name)]) for name in article.people if name != mapping[fold(name)])
            article = dataclasses.replace(article, people=people, spellings=merged)
        unified.append(article)
    return unified, sorted(ambiguous, key=lambda item: name_order(item[0]))
