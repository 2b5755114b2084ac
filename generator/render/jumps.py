"""Rows of links to where each letter or year of a sorted list begins, on whichever of the list's
pages that is (of those a page may name, pagination.py): a reader jumps to `Đ` or to 2019 instead
of paging through."""

from __future__ import annotations

import html
from collections.abc import Callable

from .markdown import relative_path
from .pagination import Paging


def jump_row(targets: list[tuple[str, str]], label: str, current: str | None = None) -> str:
    """A row of links (text, `href`); the text of the page itself, `current`, is not a link."""
    items = [
        f'<strong aria-current="page">{html.escape(text)}</strong>' if text == current
        else f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        for text, href in targets
    ]
    return f'<nav class="archive-letters" aria-label="{html.escape(label)}">\n' + "\n".join(items) + "\n</nav>\n"


def list_jumps(paging: Paging, index: int, key: Callable, anchor: Callable[[str], str], label: str) -> str:
    """The row for page `index` of a list over pages: each `key` of the items (a letter, a year) on
    the pages it may name (`Paging.settled`: itself and the older ones) links to the first of them it
    is on, at `#anchor(key)`. Nothing when there is one key."""
    pages = paging.pages
    starts: dict[str, int] = {}
    for n in paging.settled(index):
        for item in pages[n].items:
            starts.setdefault(key(item), n)
    if len(starts) < 2:
        return ""
    here = pages[index].path
    targets = [
        (text, ("" if n == index else relative_path(here, pages[n].path)) + f"#{anchor(text)}")
        for text, n in starts.items()
    ]
    return jump_row(targets, label)
