"""Turn a raw article into an Article record: each extractor below is a small pure function."""

from __future__ import annotations

from ..curation import Curation
from ..model import Article, RawArticle
from .language import detect_language
from .paragraphs import classify
from .people import extract_people
from .sources import extract_sources
from .summary import extract_summary
from .text import count_words
from .title import extract_title


def extract_article(raw: RawArticle, slug: str, curation: Curation) -> Article:
    paragraphs = classify(raw.paragraphs)
    text = "\n\n".join(raw.paragraphs)
    return Article(
        id=raw.source,
        slug=slug,
        source=raw.source,
        title=extract_title(paragraphs),
        date=raw.date,
        language=detect_language(text),
        paragraphs=paragraphs,
        people=extract_people(raw.paragraphs, curation),
        sources=extract_sources(paragraphs),
        word_count=count_words(text),
        summary=extract_summary(paragraphs),
    )
