"""Lists of articles, the same wherever articles are listed: HTML, since they are the longest part
of the index pages and the Markdown parser passes HTML through without reading it."""

from __future__ import annotations

import html
from collections.abc import Callable

from ..locale import format_date
from ..model import Article, ArticleDate
from . import paths
from .markdown import html_link


DateFormat = Callable[[ArticleDate, str], str]
# People named in a row of a list: enough to tell stories apart; every row of every list carries them.
ROW_PEOPLE = 3


def article_item(article: Article, source: str, lang: str, when: DateFormat | None = format_date,
                 with_people: bool = True) -> str:
    """One row: the article's title, its date as `when` writes it, and the first of its people. A
    person's own page leaves the people out: its rows are most of the site's bytes, and the page
    already says who is named with the person most."""
    item = html_link(article.title, source, paths.article(article.slug))
    date = when(article.date, lang) if when else ""
    if date:
        item += f" · {date}"
    if with_people and article.people:
        item += f" · {html.escape(', '.join(article.people[:ROW_PEOPLE]), quote=False)}"
    return f"<li>{item}</li>"


# Each on a line of its own: the Markdown extension in passthrough.py knows the block by them.
LIST_OPEN = '<ul class="archive-list">'
LIST_CLOSE = "</ul>"
# An article page's parts that the search index reads by their class (generator/search_index.py): the
# line of facts, whose date it takes and whose text it leaves out; the people, each link or name a
# person; the related stories and neighbours, and the label over a related headline (the page's
# words, not the article's), left out.
FACTS_CLASS = "archive-meta"
PEOPLE_LINE_CLASS = "archive-people"
FURTHER_CLASS = "archive-further"
LABEL_CLASS = "admonition-title"
# An article's people, one line of HTML that starts and ends so.
PEOPLE_LINE_OPEN = f'<p class="{PEOPLE_LINE_CLASS}">'
PEOPLE_LINE_CLOSE = "</p>"
# The block of related stories and neighbours that ends an article page.
FURTHER_OPEN = f'<div class="{FURTHER_CLASS}">'
FURTHER_CLOSE = "</div>"


def html_list(items: list[str]) -> str:
    """An HTML list block; the blank line after it ends the block for the Markdown parser."""
    return LIST_OPEN + "\n" + "\n".join(items) + "\n" + LIST_CLOSE + "\n"


def article_list(articles, source: str, lang: str, when: DateFormat | None = format_date,
                 with_people: bool = True) -> str:
    return html_list([article_item(a, source, lang, when, with_people) for a in articles])
