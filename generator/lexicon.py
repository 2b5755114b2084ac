"""Word lists shipped with the generator (generator/data/*.txt), loaded once and matched by a folded key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A key that ignores case, tone marks, Unicode form and spacing: `Ông  Trọng` ~ `ong trong`."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


@lru_cache(maxsize=1 << 16)
def casefold(text: str) -> str:
    """A key that ignores case and spacing but keeps tone marks (`Anh` the title is not `Ánh`)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    text = resources.files("generator.data").joinpath(f"{name}.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(unicodedata.normalize("NFC", line) for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def keys(name: str) -> frozenset[str]:
    """Each entry folded, in both placements of its tone marks: the text may write either."""
    return frozenset(key for entry in entries(name) for key in _placements(casefold(entry)))


# A tone mark on a closing `oa`, `oe` or `uy` sits on either vowel (`hoà` and `hòa`, `thuý` and `thúy`), by
# the writer's habit: the decomposed mark moves between the two vowels.
_TONE_ON_SECOND = re.compile(r"(?<=[ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?=\s|$)")
_TONE_ON_FIRST = re.compile(r"(?<=[ou])([\u0300\u0301\u0303\u0309\u0323])([aey])(?=\s|$)")


def _placements(key: str) -> set[str]:
    decomposed = unicodedata.normalize("NFD", key)
    return {key, *(unicodedata.normalize("NFC", pattern.sub(r"\2\1", decomposed))
                   for pattern in (_TONE_ON_SECOND, _TONE_ON_FIRST))}


@lru_cache(maxsize=None)
def longest_entry(name: str) -> int:
    """How many words the longest entry has, to bound phrase look-ups."""
    return max(len(entry.split()) for entry in entries(name))


@lru_cache(maxsize=None)
def folded_keys(name: str) -> frozenset[str]:
    return frozenset(fold(entry) for entry in entries(name))


# Marks that Vietnamese uses all the time and Western European languages never: breve, horn, hook
# above, dot below (in decomposed form), and đ.
_VIETNAMESE_MARKS = re.compile(r"[đĐ\u0306\u031b\u0309\u0323]")


def vietnamese_marks(text: str) -> int:
    """How many Vietnamese-only marks `text` holds: tells Vietnamese from other Latin-script text."""
    return len(_VIETNAMESE_MARKS.findall(unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=None)
def first_words(name: str) -> frozenset[str]:
    """The first word of every entry: most look-ups fail on it, without building any phrase."""
    return frozenset(key.split()[0] for key in keys(name))


@lru_cache(maxsize=None)
def last_words(name: str) -> frozenset[str]:
    return frozenset(key.split()[-1] for key in keys(name))


@lru_cache(maxsize=None)
def sizes_by_first_word(name: str) -> dict[str, tuple[int, ...]]:
    """How many words the entries opening with each word have, most first: a phrase look-up
    tries only those lengths."""
    return _sizes_by(name, 0)


@lru_cache(maxsize=None)
def sizes_by_last_word(name: str) -> dict[str, tuple[int, ...]]:
    return _sizes_by(name, -1)


def _sizes_by(name: str, position: int) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for key in keys(name):
        words = key.split()
        sizes.setdefault(words[position], set()).add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}
