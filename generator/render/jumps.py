"""Rows of links to where each letter or year of a sorted list begins, on whichever of the list's
pages that is (of those a page may name, pagination.py): a reader jumps to `Đ` or to 2019 instead
of paging through."""

from __future__ import annotations

import html
from collections.abc import Callable

from .markdown import relative_path
from .pagination import NEWEST_FIRST, OLDEST_FIRST, Paging


def jump_row(targets: list[tuple[str, str]], label: str, current: str | None = None) -> str:
    """A row of links (text, `href`); the text of the page itself, `current`, is not a link."""
    items = [
        f'<strong aria-current="page">{html.escape(text)}</strong>' if text == current
        else f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        for text, href in targets
    ]
    return f'<nav class="archive-letters" aria-label="{html.escape(label)}">\n' + "\n".join(items) + "\n</nav>\n"


def list_jumps(paging: Paging, key: Callable, anchor: Callable[[str], str], label: str) -> list[str]:
    """The row of each page of a list over pages: each `key` of the items (a letter, a year) on the
    pages a page may name (`Paging.settled`) links to the first of them it is on, at `#anchor(key)`.
    Nothing when there is one key."""
    pages = paging.pages
    rows = []
    for index, starts in enumerate(_first_pages(paging, key)):
        if len(starts) < 2:
            rows.append("")
            continue
        here = pages[index].path
        targets = [
            (text, ("" if n == index else relative_path(here, pages[n].path)) + f"#{anchor(text)}")
            for text, n in starts.items()
        ]
        rows.append(jump_row(targets, label))
    return rows


def _first_pages(paging: Paging, key: Callable) -> list[dict[str, int]]:
    """For each page, each key on the pages it may name, with the first of those pages it is on, as
    reading them in order meets it. Made in one pass over the items rather than one per page: a person
    named in thousands of articles has a page of rows for every fifty."""
    own = []
    for n, page in enumerate(paging.pages):
        keys: dict[str, int] = {}
        for item in page.items:
            keys.setdefault(key(item), n)
        own.append(keys)
    if paging.grows == NEWEST_FIRST:  # a page and the older ones after it
        starts = [own[-1]]
        for keys in reversed(own[:-1]):
            starts.append({**keys, **{k: n for k, n in starts[-1].items() if k not in keys}})
        return starts[::-1]
    if paging.grows == OLDEST_FIRST:  # the older pages before a page, and itself
        starts = [own[0]]
        for keys in own[1:]:
            starts.append({**starts[-1], **{k: n for k, n in keys.items() if k not in starts[-1]}})
        return starts
    every: dict[str, int] = {}
    for keys in own:
        every.update((k, n) for k, n in keys.items() if k not in every)
    return [every] * len(own)
