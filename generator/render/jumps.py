"""Rows of links to where each letter or year of a sorted list begins, on whichever of the list's
pages that is: a reader jumps to `Đ` or to 2019 instead of paging through."""

from __future__ import annotations

import html
from collections.abc import Callable

from .markdown import relative_path
from .pagination import page_path


def jump_row(targets: list[tuple[str, str]], label: str, current: str | None = None) -> str:
    """A row of links (text, `href`); the text of the page itself, `current`, is not a link."""
    items = [
        f'<strong aria-current="page">{html.escape(text)}</strong>' if text == current
        else f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        for text, href in targets
    ]
    return f'<nav class="archive-letters" aria-label="{html.escape(label)}">\n' + "\n".join(items) + "\n</nav>\n"


def list_jumps(pages: list, key: Callable, anchor: Callable[[str], str], first: str, number: int, label: str) -> str:
    """The row for page `number` of a list split into `pages` (pagination.chunks): each `key` of its
    items (a letter, a year) links to its first page at `#anchor(key)`. Nothing when there is one key."""
    starts: dict[str, int] = {}
    for n, items in enumerate(pages, start=1):
        for item in items:
            starts.setdefault(key(item), n)
    if len(starts) < 2:
        return ""
    here = page_path(first, number)
    targets = [
        (text, ("" if n == number else relative_path(here, page_path(first, n))) + f"#{anchor(text)}")
        for text, n in starts.items()
    ]
    return jump_row(targets, label)
