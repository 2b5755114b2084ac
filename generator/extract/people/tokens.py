"""Words and their shapes: initials, particles, capitals, Vietnamese syllables and
family names, Korean names, and a lower-case word after a run."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...lexicon import casefold, fold, folded_keys, keys


_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}[^\W\d_]?$")
# Particles that may stand inside a name without a capital: `Ludwig van Beethoven`, `Osama bin Laden`.
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "der", "den", "du", "bin", "ibn", "al", "el", "la", "le",
                        "ter", "dos", "das"})
_VN_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
_VN_NAME_LENGTH = range(2, 5)


# Middle names that say a name is a woman's or a man's; a name never starts with them.
_VN_MIDDLE_NAMES = frozenset({"thị", "văn"})


_LOOK_ALIKES = str.maketrans("Ðð", "Đđ")


def _composed(text: str) -> str:
    # Most text is composed already and has no eth: checking is cheaper than rewriting.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_LOOK_ALIKES) if "Ð" in text or "ð" in text else text


@lru_cache(maxsize=1 << 16)  # words recur across runs and articles
def _token(word: str) -> str:
    """A word of a run as a name holds it: initials whole, without a possessive or a stop."""
    if "." in word and _INITIALS.match(word):  # initials hold stops: most words have none
        return word
    return (word[:-2] if word.endswith(("'s", "’s")) else word).rstrip(".")


@lru_cache(maxsize=1 << 16)  # words recur across runs and articles
def _is_capitalised(word: str) -> bool:
    if not word[0].isupper():
        return False
    if _INITIALS.match(word):
        return True
    bare = word.rstrip(".")
    # Acronyms (AFP, REUTERS, NATO) are agencies and organisations, not names.
    return bool(bare) and bare[0].isupper() and not (len(bare) > 1 and bare.isupper())


_LOWER_NEXT = re.compile(r" [a-zà-ỹđ]")
_LOWER_AFTER = re.compile(r" ([a-zà-ỹđ]+)(?![\w-])")


# A syllable of Korean as news romanises it: `Min`, `Hyung`, `Joon`, `Seo` (not `Lane`, `Hotel`).
_KOREAN_SYLLABLE = re.compile(r"^(?:ch|kk|pp|ss|tt|jj|sh|[bcdghjkmnprstwy])?"
                              r"(?:yeo|wae|yae|wa|wo|we|wi|ya|yo|yu|ye|eo|eu|ae|oe|ui|oo|[aeiou])(?:ng|[klmnpt])?$")


def _is_korean_name(tokens) -> bool:
    """A family name of the list followed by two romanised Korean syllables: `Park Sun Woo`, `Park Min-jae`."""
    syllables = "-".join(tokens[1:]).lower().split("-")
    return (len(tokens) in (2, 3) and len(syllables) == 2 and _is_vietnamese_surname(tokens[0])
            and all(_KOREAN_SYLLABLE.match(s) for s in syllables))


def _is_vietnamese_full_name(tokens) -> bool:
    return len(tokens) in _VN_NAME_LENGTH and _is_vietnamese_surname(tokens[0]) and _looks_vietnamese(tokens)


@lru_cache(maxsize=1 << 16)
def _is_vietnamese_surname(word: str) -> bool:
    # Tone marks tell `Tống` (a family name) from `Tổng` (as in `Tổng Bí thư`); only a name
    # written without them is compared without them.
    if word.isascii():
        return fold(word) in folded_keys("surnames_vi")
    return casefold(word) in keys("surnames_vi")


@lru_cache(maxsize=1 << 16)
def _is_syllable(word: str) -> bool:
    return bool(_VN_SYLLABLE.match(fold(word)))


def _looks_vietnamese(tokens: list[str]) -> bool:
    """Every word a Vietnamese syllable, or the first one, marked."""
    if not tokens:
        return True
    if not _is_syllable(tokens[0]):
        return False
    return not tokens[0].isascii() or all(map(_is_syllable, tokens[1:]))
