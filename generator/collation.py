"""Names in Vietnamese alphabetical order, the order of Vietnamese dictionaries: ă, â, đ, ê, ô, ơ
and ư are letters of their own, each right after its plain letter (`Dương` < `Đặng` < `Em`), and
tone marks only break ties between names that are otherwise the same (`Anh` < `Ánh` < `Ăn`).
Accents other languages use (`Ö`, `ñ`) break ties like tones, after the plain letter's names."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Tones in dictionary order (no mark first): grave, hook above, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Letters weigh more than every code point, so digits, signs and other scripts come before `a`.
_LETTER_WEIGHT = {letter: 0x110000 + rank for rank, letter in enumerate(ALPHABET)}
OTHER = "#"  # the group of names that do not start with a letter of the alphabet


def _graphemes(name: str) -> list[tuple[str, str]]:
    """Each character of the folded name with its combining marks: `Đặng` -> đ, (a, dot below + breve)…"""
    graphemes: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFD", " ".join(name.casefold().split())):
        if unicodedata.combining(char) and graphemes:
            base, marks = graphemes[-1]
            graphemes[-1] = (base, marks + char)
        else:
            graphemes.append((char, ""))
    return graphemes


def _letter(base: str, marks: str) -> tuple[str, tuple[int, str]]:
    """The letter a character counts as, and what is left to break ties: its tone, then other marks."""
    tone = next((_TONES[m] for m in marks if m in _TONES), 0)
    others = "".join(m for m in marks if m not in _TONES)
    letter = unicodedata.normalize("NFC", base + others)
    if letter in _LETTER_WEIGHT:
        return letter, (tone, "")
    return base, (tone, others)


@lru_cache(maxsize=1 << 16)
def name_order(name: str) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...], str]:
    """The sort key: letters in alphabet order first, then tone and other marks, then the name itself
    (case, spacing), so that no two different names ever tie."""
    letters = [_letter(base, marks) for base, marks in _graphemes(name)]
    primary = tuple(_LETTER_WEIGHT.get(letter, ord(letter)) for letter, _ in letters)
    return primary, tuple(marks for _, marks in letters), name


def initial(name: str) -> str:
    """The letter a name is listed under in the A–Z: `Ánh` under A, `Đặng` under Đ, `42` under #."""
    graphemes = _graphemes(name)
    letter = _letter(*graphemes[0])[0] if graphemes else OTHER
    return letter.upper() if letter in _LETTER_WEIGHT else OTHER


def title_order(title: str) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...], str]:
    """A title's sort key: as `name_order`, but from its first letter or digit, so that a title
    opening with a quote mark or a dash is listed under its first word."""
    return name_order(_from_first_word(title))


def title_initial(title: str) -> str:
    """The letter a title is listed under, from its first letter or digit as `title_order` sorts it."""
    return initial(_from_first_word(title))


def _from_first_word(title: str) -> str:
    start = next((i for i, char in enumerate(title) if char.isalnum()), 0)
    return title[start:]
