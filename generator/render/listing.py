"""A list line for an article, the same wherever articles are listed."""

from __future__ import annotations

from ..locale import format_date
from ..model import Article
from . import paths
from .markdown import escape_text, link


def article_item(article: Article, source: str, lang: str, with_date: bool = True) -> str:
    item = f"- {link(article.title, source, paths.article(article.slug))}"
    if with_date:
        item += f" · {format_date(article.date, lang)}"
    if article.people:
        item += f" · {escape_text(', '.join(article.people[:4]))}"
    return item
