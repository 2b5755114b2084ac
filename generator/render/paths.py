"""Where each generated page lives under docs/: one place, so links and the writer always agree."""

from __future__ import annotations

import unicodedata

from ..collation import OTHER
from ..model import Person

HOME = "index.md"
ARTICLES = "articles"
PEOPLE = "people/index.md"
DATES = "dates/index.md"
UNDATED = "dates/undated.md"
# Wholly the generator's: anything in it may be replaced or removed.
FEEDS_DIR = "feeds"
SITE_FEED = f"{FEEDS_DIR}/all"


def article(slug: str) -> str:
    return f"{ARTICLES}/{slug}.md"


def person(slug: str) -> str:
    return f"people/{slug}.md"


def person_page(someone: Person) -> str | None:
    """A person's page, or None for one named too seldom to have a page (shown as text, not linked)."""
    return person(someone.slug) if someone.has_page else None


def people_letter(letter: str) -> str:
    # In a folder of its own, so that no person's slug can ever take its place.
    return f"people/by-letter/{letter_slug(letter)}.md"


def letter_slug(letter: str) -> str:
    """A letter of the A–Z in ASCII, for its page and its anchor: `A` -> `a`, `Đ` -> `d-stroke`
    (from its Unicode name, LATIN CAPITAL LETTER D WITH STROKE), `Ơ` -> `o-horn`, `#` -> `other`."""
    if letter == OTHER:
        return "other"
    return unicodedata.name(letter).split(" LETTER ", 1)[1].lower().replace(" with ", "-")


def year(year: int) -> str:
    return f"dates/{year}/index.md"


def month(year: int, month: int) -> str:
    return f"dates/{year}/{month:02d}.md"


def person_feed(slug: str) -> str:
    return f"{FEEDS_DIR}/people/{slug}"


def url(page: str) -> str:
    """The URL path of a page, relative to the site's root, as MkDocs makes it (`people/x.md` -> `people/x/`)."""
    if page == HOME:
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"
