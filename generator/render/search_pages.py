"""What each article's page gives the search, from the generator's records: the same title, date,
summary, people and text that reading the built page back gives (search_index.read_article), known
before MkDocs has written a page, so that the index can be built beside the rest of the build."""

from __future__ import annotations

import html
import re

from ..extract.text import cut_at_word
from ..model import Archive, Article
from ..search_index import Page
from . import paths
from .article import DESCRIPTION_MAX, RELATED_LABEL, body_blocks, shown_date

_TAG = re.compile(r"<[^>]+>")
_LABEL = re.compile(re.escape(RELATED_LABEL) + "[^<]*</p>")


def search_pages(archive: Archive, lang: str, site_description: str) -> list[Page]:
    return [_search_page(article, archive, lang, site_description) for article in archive.articles]


def _search_page(article: Article, archive: Archive, lang: str, site_description: str) -> Page:
    title = " ".join(article.title.split())
    people = [archive.people_by_name[name] for name in article.people]
    blocks = body_blocks(article, archive, lang)
    return Page(
        url=paths.url(paths.article(article.slug)),
        title=title,
        date=shown_date(article, lang) if article.date.iso else "",
        iso=article.date.iso or "",
        # The theme's description: the article's own, else the site's.
        summary=cut_at_word(article.summary, DESCRIPTION_MAX) or site_description,
        people=[person.name for person in people],
        # The page's text opens with its title, its heading.
        text=" ".join([title, *(html.unescape(_TAG.sub(" ", _LABEL.sub("", block))) for block in blocks)]),
        people_pages=[(paths.url(paths.person(person.slug)), person.name) for person in people if person.has_page],
    )
