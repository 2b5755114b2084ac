"""What each article's page gives the search, from the generator's records: the same title, date,
summary, people and text that reading the built page back gives (search_index.read_article), known
before MkDocs has written a page, so that the index can be built beside the rest of the build."""

from __future__ import annotations

import dataclasses
import html
import re

from ..extract.text import cut_at_word
from ..model import Archive, Article
from ..search_index import TAG, Page
from . import paths
from .article import DESCRIPTION_MAX, RELATED_LABEL, body_blocks, shown_date

_LABEL = re.compile(re.escape(RELATED_LABEL) + "[^<]*</p>")


def search_pages(archive: Archive, lang: str, site_description: str) -> list[Page]:
    return [with_people(search_text(article, lang, site_description), people_of(article, archive))
            for article in archive.articles]


# What a page shows as text does not depend on which of its lines link to other stories: links are
# not text. So an article's view is known before the archive, but for its people.
_NO_ARCHIVE = Archive(articles=(), people=(), years=(), undated=())


def search_text(article: Article, lang: str, site_description: str) -> Page:
    """An article's view without its people."""
    title = " ".join(article.title.split())
    blocks = body_blocks(article, _NO_ARCHIVE, lang)
    return Page(
        url=paths.url(paths.article(article.slug)),
        title=title,
        date=shown_date(article, lang) if article.date.iso else "",
        iso=article.date.iso or "",
        # The theme's description: the article's own, else the site's.
        summary=cut_at_word(article.summary, DESCRIPTION_MAX) or site_description,
        # The page's text opens with its title, its heading.
        text=" ".join([title, *(html.unescape(TAG.sub(" ", _LABEL.sub("", block))) for block in blocks)]),
    )


def people_of(article: Article, archive: Archive) -> tuple[tuple[str, str], ...]:
    """(name, address of their page or "") of each of the article's people, as the archive names them."""
    return tuple((person.name, paths.url(paths.person(person.slug)) if person.has_page else "")
                 for person in map(archive.people_by_name.__getitem__, article.people))


def with_people(page: Page, people: tuple[tuple[str, str], ...]) -> Page:
    """The view with the article's people (`people_of`), and the pages of those who have one."""
    return dataclasses.replace(page, people=[name for name, _ in people],
                               people_pages=[(address, name) for name, address in people if address])
