"""Turn a raw article into an Article record: each extractor below is a small pure function."""

from __future__ import annotations

from ..curation import Curation
from ..model import Article, Kind, RawArticle
from .language import detect_language
from .paragraphs import classify, credits
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
    meta = raw.meta
    paragraphs = classify(raw.paragraphs, meta.title)
    text = "\n\n".join(raw.paragraphs)
    set_aside = ()
    if meta.people is not None:
        people = tuple(dict.fromkeys(curation.canonical(name) or name for name in meta.people))
    else:
        # Bylines and photo credits name who wrote and who photographed, not whom the story is about.
        named = tuple(p.text for p in paragraphs if p.kind not in (Kind.BYLINE, Kind.DATE) and p.text)
        people, near = find_people(named, curation)
        set_aside = tuple((miss.name, miss.reason, miss.rule) for miss in near)
    authors, credited = credits(paragraphs)
    return Article(
        id=raw.id,
        slug=slug,
        source=raw.source,
        title=cut_at_word(meta.title or extract_title(paragraphs), TITLE_LIMIT),
        date=raw.date,
        language=meta.language or detect_language(text),
        paragraphs=paragraphs,
        people=people,
        sources=tuple(dict.fromkeys((*credited, *extract_sources(paragraphs)))),
        word_count=count_words(text),
        summary=extract_summary(paragraphs),
        author=meta.author or (", ".join(authors) if authors else None),
        url=meta.url,
        extra=meta.extra,
        set_aside=set_aside,
    )
