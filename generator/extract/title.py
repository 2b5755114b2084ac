"""A readable title for an article that has none: its headline line, or its first sentence, shortened."""

from __future__ import annotations

import re

from ..model import Kind, Paragraph
from .text import cut_at_word, sentences

TITLE_MIN = 60
TITLE_MAX = 100
# Where a long first sentence may be cut without the title reading as broken off.
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\s[–—-]\s")
# Words a title must not end on: they announce more to come.
_DANGLING = frozenset(
    "của và với trong về cho tại ở từ để là các những một khi sau trước theo "
    "the of and or to in on at for with from by as".split()
)


def extract_title(paragraphs: tuple[Paragraph, ...]) -> str:
    headline = next((p.text for p in paragraphs if p.kind is Kind.TITLE), None)
    if headline:
        return " ".join(headline.split())
    # A credit-only caption (`Ảnh minh họa`) has no text of its own: its credit stands in.
    texts = [p.text or p.credit or "" for p in paragraphs]
    first = next((p.text for p in paragraphs if p.kind is Kind.BODY and p.text), next(filter(None, texts), "…"))
    sentence = " ".join(sentences(first)[0].split())
    if len(sentence) <= TITLE_MAX:
        return sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
    clauses = [m.start() for m in _CLAUSE_BREAK.finditer(sentence) if TITLE_MIN <= m.start() <= TITLE_MAX]
    if clauses:
        return sentence[: clauses[-1]] + "…"
    return _cut_between_names(sentence, TITLE_MAX)


def _cut_between_names(sentence: str, limit: int) -> str:
    """Cut at a word boundary, but not inside a name (`…Liên` of `Liên Hiệp Quốc`) nor after `của`."""
    words = sentence.split()
    kept = cut_at_word(sentence, limit).rstrip("…").split()
    following = words[len(kept)] if len(kept) < len(words) else ""
    while len(kept) > 1 and (
        (kept[-1][0].isupper() and following[:1].isupper()) or kept[-1].casefold() in _DANGLING
    ):
        following = kept.pop()
    return " ".join(kept).rstrip(" ,;:–—-") + "…"
