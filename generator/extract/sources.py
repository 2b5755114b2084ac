"""The sources an article credits: agencies in photo credits and in the text, and newspapers it cites."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import casefold, entries
from ..model import Kind, Paragraph

# `theo báo The Times of Israel`, `nói với tờ Tuổi Trẻ`: the cited title runs on in capitals.
# (It opens with the verbs' first letters and looks behind from there, which lets the expression engine
# skip ahead to those letters: `\b(?:theo|dẫn|…)` is tried at every character.)
_CITED = re.compile(
    r"[tdvc](?<!\w[tdvc])(?:(?<=t)heo|(?<=d)ẫn|(?<=t)rích|(?<=v)ới|(?<=c)ho|(?<=t)rên|(?<=c)ủa)\s+(?:lời\s+)?(?:báo|tờ|hãng tin|hãng thông tấn|kênh|đài|tạp chí)\s+"
    r"(?P<name>[^\W\d_][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*(?:\s+(?:of|the|de|and|[^\W\d_][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*)){0,6})",
)


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(entries("agencies"), key=len, reverse=True))
    # The first letters of the names, tested first, turn away most places before the names are tried.
    first = "".join(sorted({re.escape(n[0]) for n in entries("agencies")}))
    return re.compile(rf"(?=[{first}])(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agency_names() -> dict[str, str]:
    return {_agency_key(name): name for name in entries("agencies")}


def _agency_key(word: str) -> str:
    """A name as the case-blind pattern matches it (`XİNHUA` is `Xinhua`)."""
    return _as_the_pattern_reads(casefold(word))


def _as_the_pattern_reads(folded: str) -> str:
    """Case-folded text with `İ` and `ı` as `i`, which the case-blind pattern takes them for (`İ` folds
    to `i` and a combining dot)."""
    return folded.replace("ı", "i").replace("\u0307", "")


@lru_cache(maxsize=1)
def _folded_agencies() -> tuple[str, ...]:
    return tuple({name.casefold() for name in entries("agencies")})


def _may_name_agency(text: str) -> bool:
    """Whether the case-blind pattern above can match: each agency's name looked for in the folded text,
    faster than the pattern, which most paragraphs fail. Every letter it matches folds as the name's does,
    but `İ` and `ı` for `i`: those are folded to `i` here too."""
    folded = _as_the_pattern_reads(text.casefold())
    return any(name in folded for name in _folded_agencies())


def extract_sources(paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        text = f"{paragraph.text} {paragraph.credit or ''}"
        for match in _agency_pattern().finditer(text) if _may_name_agency(text) else ():
            word = match.group()
            # Agencies in running text are written as their own name (`AFP`, `Reuters`); a lower-case
            # `ap` or `efe` is some other word.
            if word[0].isupper() or paragraph.kind is Kind.CAPTION:
                name = _agency_names()[_agency_key(word)]
                found.setdefault(casefold(name), name)
        for match in _CITED.finditer(paragraph.text):
            name = _trim_cited(match.group("name"))
            if name:
                found.setdefault(casefold(name), name)
    return tuple(found.values())


def _trim_cited(name: str) -> str:
    """The whole title and nothing after it: capitalised words with `of`, `the`, `de`, `and` between
    them (`The Times of Israel cho biết` -> `The Times of Israel`); none when it opens in lower case
    (`theo báo cáo của …` cites no title)."""
    words = []
    for word in name.split():
        if not word[0].isupper() and word not in _TITLE_JOINS:
            break
        words.append(word)
    while words and not words[-1][0].isupper():
        words.pop()
    return " ".join(words)


_TITLE_JOINS = frozenset({"of", "the", "de", "and"})
