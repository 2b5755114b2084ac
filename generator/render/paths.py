"""Where each generated page lives under docs/: one place, so links and the writer always agree."""

from __future__ import annotations

HOME = "index.md"
PEOPLE = "people/index.md"
DATES = "dates/index.md"
UNDATED = "dates/undated.md"
GENERATED_DIRS = ("articles", "people", "dates")


def article(slug: str) -> str:
    return f"articles/{slug}.md"


def person(slug: str) -> str:
    return f"people/{slug}.md"


def year(year: int) -> str:
    return f"dates/{year}/index.md"


def month(year: int, month: int) -> str:
    return f"dates/{year}/{month:02d}.md"
