"""Tell body text from the photo captions, related-story headlines and headline mixed into it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import entries
from ..model import Kind, Paragraph
from .text import count_words

_MAX_CAPTION_WORDS = 50
_MAX_HEADLINE_WORDS = 25
_MIN_HEADLINE_WORDS = 3
_CREDIT_TAIL = 80
# A sentence ends with one of these; a headline or a related-story line does not.
_CLOSING = (".", "!", "…", ":", ";", ",", '"', "”", "»", ")", "'", "’")


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    agency = "|".join(re.escape(name) for name in sorted(entries("agencies"), key=len, reverse=True))
    return re.compile(
        rf"[\s(\[–—-]*(?P<label>(?:ảnh|photo|nguồn|source)\s*:\s*)?"
        rf"(?P<credit>(?:{agency})(?:\s*[/,]\s*(?:{agency}))*)\s*[)\]]?\.?$",
        re.IGNORECASE,
    )


def caption_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when `text` is a short line ending in an agency credit, else None."""
    if "\n" in text or count_words(text) > _MAX_CAPTION_WORDS:
        return None
    # A credit is short: look only at the end of the line, which keeps long paragraphs cheap.
    tail_start = max(0, len(text) - _CREDIT_TAIL)
    match = _credit_pattern().search(text, tail_start)
    if not match or match.start() == 0:
        return None
    credit = match.group("credit")
    # `REUTERS` or `Ảnh: Reuters` is a credit; `… said Reuters` inside a sentence is not.
    if credit != credit.upper() and not match.group("label"):
        return None
    return text[: match.start()].rstrip(), text[match.start() :].strip()


def is_headline(text: str) -> bool:
    """A short stand-alone line that does not end like a sentence."""
    words = count_words(text)
    return "\n" not in text and _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS and not text.endswith(_CLOSING)


def classify(paragraphs: tuple[str, ...]) -> tuple[Paragraph, ...]:
    result = []
    for index, text in enumerate(paragraphs):
        caption = caption_credit(text)
        if caption:
            result.append(Paragraph(Kind.CAPTION, caption[0], credit=caption[1]))
        elif is_headline(text) and len(paragraphs) > 1:
            # The first line of an article that opens with a headline is its title; later ones
            # are the related-story links a news site sets between paragraphs.
            result.append(Paragraph(Kind.TITLE if index == 0 else Kind.RELATED, text))
        else:
            result.append(Paragraph(Kind.BODY, text))
    return tuple(result)
