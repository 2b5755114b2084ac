"""Turn a raw article into an Article record: each extractor below is a small pure function."""

from __future__ import annotations

from ..curation import Curation
from ..model import Article, RawArticle
from .language import detect_language
from .paragraphs import classify
from .people import find_people
from .sources import extract_sources
from .summary import extract_summary
from .text import count_words, cut_at_word
from .title import extract_title


# A title goes into headings, lists, feeds and the page's head: one longer than this (a headline line
# of thousands of characters) is cut at a word, and the line itself stays in the text.
TITLE_LIMIT = 300


def extract_article(raw: RawArticle, slug: str, curation: Curation) -> Article:
    """What the input says (front matter, export fields, an override file) wins over extraction."""
    paragraphs = classify(raw.paragraphs)
    text = "\n\n".join(raw.paragraphs)
    meta = raw.meta
    set_aside = ()
    if meta.people is not None:
        people = tuple(dict.fromkeys(curation.canonical(name) or name for name in meta.people))
    else:
        people, near = find_people(raw.paragraphs, curation)
        set_aside = tuple((miss.name, miss.reason) for miss in near)
    return Article(
        id=raw.id,
        slug=slug,
        source=raw.source,
        title=cut_at_word(meta.title or extract_title(paragraphs), TITLE_LIMIT),
        date=raw.date,
        language=meta.language or detect_language(text),
        paragraphs=paragraphs,
        people=people,
        sources=extract_sources(paragraphs),
        word_count=count_words(text),
        summary=extract_summary(paragraphs),
        author=meta.author,
        url=meta.url,
        extra=meta.extra,
        set_aside=set_aside,
    )
