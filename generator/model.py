"""The immutable records that flow from one stage to the next.

read -> RawArticle -> extract -> Article -> index -> Archive -> render -> OutputPage -> write.
Records hold tuples, never lists, so a stage can never change what an earlier one produced.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


class Precision(str, enum.Enum):
    """How much of an article's date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class Kind(str, enum.Enum):
    """What a paragraph of a raw article is."""

    TITLE = "title"
    BODY = "body"
    CAPTION = "caption"
    RELATED = "related"
    BYLINE = "byline"  # the writer's name or the publication credited, closing the article
    DATE = "date"  # a line that is only the publication date: `Thứ tư, 10/9/2025, 16:30 (GMT+7)`


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file, said so that an editor can fix it."""

    path: str
    line: int  # 1-based; 0 when the problem is with the whole file
    message: str
    hint: str = ""
    level: str = "error"  # error: not built; warning: built with a caveat; note: for information

    @property
    def fails_strict(self) -> bool:
        return self.level != "note"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


@dataclass(frozen=True)
class ArticleDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.year is not None:
            return Precision.YEAR
        return Precision.UNKNOWN

    @property
    def iso(self) -> str | None:
        """`2024`, `2024-03` or `2024-03-25`: as precise as what is known, never more."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # Unknown parts sort before known ones of the same period: a month-only article comes
        # before that month's dated ones when listed oldest first.
        return (self.year or 0, self.month or 0, self.day or 0)


@dataclass(frozen=True)
class SourceMeta:
    """What the input itself says about an article, beyond its text: front matter, export fields,
    HTML metadata, or an editor's override file. Each field, when set, wins over extraction."""

    title: str | None = None
    author: str | None = None
    url: str | None = None
    people: tuple[str, ...] | None = None
    slug: str | None = None
    language: str | None = None
    extra: tuple[tuple[str, object], ...] = ()  # fields no reader knows, kept for the front matter


@dataclass(frozen=True)
class RawArticle:
    """One article read from an input file, decoded and normalised to NFC, not yet understood."""

    id: str  # stable across rebuilds: the file's path, with `#N` for the Nth record of an export
    source: str  # path of the file relative to the articles folder, POSIX separators
    date: ArticleDate
    paragraphs: tuple[str, ...]
    meta: SourceMeta = SourceMeta()
    line: int = field(default=1, compare=False)  # where the article starts in its file
    warnings: tuple[Problem, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Paragraph:
    kind: Kind
    text: str
    credit: str | None = None  # the credit that ends a caption; the marker (`>>`, `Xem thêm:`) of a related line


@dataclass(frozen=True)
class Article:
    id: str
    slug: str
    source: str
    title: str
    date: ArticleDate
    language: str
    paragraphs: tuple[Paragraph, ...]
    people: tuple[str, ...]
    sources: tuple[str, ...]
    word_count: int
    summary: str
    author: str | None = None
    url: str | None = None
    extra: tuple[tuple[str, object], ...] = ()
    # Names that looked like people but that a rule set aside: (name, why, the rule's id), for the
    # editor's report and for the archive-wide steps that read a rule's verdict (people_merge).
    set_aside: tuple[tuple[str, str, str], ...] = ()
    # (name as the article wrote it, the person it is) for each name the archive-wide unification
    # changed: what the person's page lists as their other spellings.
    spellings: tuple[tuple[str, str], ...] = ()

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / 220))


@dataclass(frozen=True)
class Person:
    name: str
    slug: str  # of their page and feed; "" for one named too seldom to have a page
    articles: tuple[Article, ...]  # newest first
    companions: tuple[tuple[str, int], ...]  # people named alongside, most often first
    aliases: tuple[str, ...] = ()  # other names for them: the people file's, then spellings merged into theirs

    @property
    def has_page(self) -> bool:
        return bool(self.slug)


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]  # oldest first, month-only articles before dated ones


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]
    undated_in_year: tuple[Article, ...]  # articles known only by their year

    @property
    def count(self) -> int:
        return sum(len(m.articles) for m in self.months) + len(self.undated_in_year)


@dataclass(frozen=True)
class Reading:
    """Where a reader can go from one article: stories sharing its people, and its neighbours in time."""

    related: tuple[Article, ...] = ()
    previous: Article | None = None  # the next older article
    next: Article | None = None  # the next newer article


@dataclass(frozen=True)
class Archive:
    articles: tuple[Article, ...]  # newest first
    people: tuple[Person, ...]  # in alphabetical order
    years: tuple[Year, ...]  # newest first
    undated: tuple[Article, ...]
    reading: dict[str, Reading] = field(default_factory=dict)  # by article id
    by_title: dict[str, Article] = field(default_factory=dict)  # by folded title, for related headlines
    # Articles whose related stories were chosen among equal scores by nearness in time, with the
    # newest and oldest article of the span that choice spanned (None: open on that side): when an
    # article moves within it, theirs are chosen again (index.build_archive).
    placed: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    @cached_property
    def people_by_name(self) -> dict[str, Person]:
        return {p.name: p for p in self.people}

    @cached_property
    def people_with_pages(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.has_page)


@dataclass(frozen=True)
class OutputPage:
    """A page to write under the docs folder: its path relative to it and its full text, or None
    for a page whose inputs did not change, to keep as the last run wrote it."""

    path: Path
    content: str | None
