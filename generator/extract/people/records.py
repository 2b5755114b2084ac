"""The records the extractor's stages pass: a possible person and a name set aside, a run as the rules of
`_RULES` read it, and what the whole article says of its words, read before any run of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ...lexicon import vietnamese_marks


@dataclass(frozen=True)
class NearMiss:
    """A name that looks like a person's, set aside by a rule: listed for an editor to promote."""

    name: str
    reason: str
    position: int
    rule: str  # the id of the rule that set it aside, to count what each rule decides


class Mention(NamedTuple):  # tens of them an article: a tuple is built the fastest
    tokens: tuple[str, ...]
    after_title: bool  # an office or an honorific stands right before it
    after_honorific: bool  # `ông`, `bà`, `Mr`: only people are addressed so
    position: int
    rule: str  # the id of the evidence that made it a name

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


# The three below read whole articles: each opens with a letter and looks behind only from there,
# which lets the regular-expression engine skip ahead to the letters it wants (twice as fast).
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z]{2,}(?![\w'’-])")
_CAPITAL_INSIDE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]{2,}(?![\w'’-])")
# A capitalised word before a number names a product line or an edition (`Nova 5`, `Zeta S21`).
_NUMBERED = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]{2,}) (?:\d|[A-Z]\d)")


@dataclass(frozen=True)
class ArticleWords:
    """What the whole article says of its words, read before any run of it."""

    text: str = ""  # the article's paragraphs, one a line
    # In Vietnamese text, words written before a model number somewhere: `Nova Compact` is a
    # product where the article also writes `Nova 5` (English news writes players so in tables).
    numbered: frozenset[str] = frozenset()

    @cached_property
    def lower(self) -> frozenset[str]:
        """English words written in lower case and never with a capital inside a sentence: one of them
        opening a sentence (`Although Smith…`, `Key Jones aide…`) is no part of the name after it
        (but `bill` and `President Bill Smith` leave `Bill Smith` whole). Read the first time a run
        asks, which in Vietnamese text few do."""
        return self.written_lower.difference(map(str.lower, _CAPITAL_INSIDE.findall(self.text)))

    @cached_property
    def written_lower(self) -> frozenset[str]:
        """English words the article writes in lower case somewhere: a run of capitalised words each of
        them (`Gift Box`, `Paper Cups`) is a heading, a label or a thing, no name."""
        return frozenset(_LOWER_WORD.findall(self.text))


def article_words(paragraphs: tuple[str, ...]) -> ArticleWords:
    text = "\n".join(paragraphs)
    # Marks counted in a part of the text are as many as in the whole at most: the start usually settles it.
    vietnamese = vietnamese_marks(text[:300]) > 1 or vietnamese_marks(text[:2000]) > 1
    return ArticleWords(text, frozenset(_NUMBERED.findall(text)) if vietnamese else frozenset())


class Candidate(NamedTuple):  # one for most runs: a tuple is built the fastest
    """A run that looks like a name, with what the rules of `_RULES` read around it."""

    tokens: tuple[str, ...]
    words: tuple[str, ...]  # case-folded, tone marks kept
    before: str  # the text right before the run
    after: str  # the rest of its line
    front: tuple[str, ...]  # the case-folded words stripped from its front (`đường`, `trường thpt`)
    owner: bool = False  # its last word is a possessive: `Kowal's party` is his, not a party called Kowal
