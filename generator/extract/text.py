"""Small text measures shared by the extractors: words, sentences, cutting at a word boundary."""

from __future__ import annotations

import re
from itertools import islice

_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")
# A sentence ends at . ! ? … followed by a space and a capital or an opening quote. `25.3.` inside
# a sentence has no space after its dots, so dates and numbers never end one.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’)]?\s+(?=[\"“«‘(]?[^\W\d_])")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def more_words_than(text: str, limit: int) -> bool:
    """`count_words(text) > limit`, reading no further than the word past the limit."""
    return next(islice(_WORD.finditer(text), limit, None), None) is not None


def sentences(text: str) -> list[str]:
    parts = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end()]
        if following.isalpha() and not following.isupper():
            continue
        parts.append(text[start : match.start() + len(match.group().rstrip())].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, ending at a word boundary, with `…` when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > 0 else text[:limit]
    return cut.rstrip(" ,;:–—-") + "…"
