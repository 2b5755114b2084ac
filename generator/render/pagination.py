"""Long lists split over pages that stay as they are when the list grows at its newest end: a page's
address holds the same rows for good, which is what an archive is cited by, and an added article
rewrites one page of each list it joins. Full pages are numbered from the oldest. A list read
newest first (a person's articles) has its oldest hundred at `people/x/1.md`, the next at
`people/x/2.md`…, and its newest rows above them on its own page, `people/x.md`; a list read oldest
first (a month's) has its first hundred at `dates/2024/03.md`, then `dates/2024/03/2.md`…, the last
page filling up. A list sorted by title or name grows anywhere, and is cut from its top."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from ..locale import LABELS, format_number
from .markdown import relative_path

PAGE_SIZE = 100  # articles on one page of a person, a month or the undated articles
# Page numbers shown around the current one.
PAGER_REACH = 2

# Where a list grows, which says how it is cut.
NEWEST_FIRST = "newest first"  # at its top: a person's articles
OLDEST_FIRST = "oldest first"  # at its bottom: a month's articles
SORTED = "sorted"  # anywhere: by title or by name


@dataclass(frozen=True)
class ListPage:
    path: str
    number: int | None  # counted from the oldest page; None for the top page of a list read newest first
    items: Sequence


@dataclass(frozen=True)
class Paging:
    pages: tuple[ListPage, ...]  # in reading order
    grows: str

    def settled(self, index: int) -> range:
        """The pages whose rows and addresses page `index` may name and stay as it is while the list
        grows: itself and the pages older than it; every page for a sorted list or the growing page."""
        if self.grows == NEWEST_FIRST:
            return range(index, len(self.pages))
        if self.grows == OLDEST_FIRST:
            return range(index + 1)
        return range(len(self.pages))


def paginate(first: str, items: Sequence, grows: str, size: int = PAGE_SIZE) -> Paging:
    """`items` over pages of `size`, the first at `first`; always at least one page, so that an empty
    list still has its page. Read newest first, the top page keeps from `size` to `2 * size - 1` rows
    (fewer only when the list is shorter): a page of one row would head the list after every
    hundredth article."""
    if grows == NEWEST_FIRST:
        full = max(len(items) // size - 1, 0)
        top = len(items) - full * size
        pages = [ListPage(first, None, items[:top])]
        pages += [ListPage(_numbered(first, n), n, items[len(items) - n * size : len(items) - (n - 1) * size])
                  for n in range(full, 0, -1)]
        return Paging(tuple(pages), grows)
    groups = [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]
    return Paging(tuple(ListPage(first if n == 1 else _numbered(first, n), n, group)
                        for n, group in enumerate(groups, start=1)), grows)


def _numbered(first: str, number: int) -> str:
    return f"{first[: -len('.md')]}/{number}.md"


def row_span(paging: Paging, index: int, lang: str, noun: str = "articles") -> str:
    """`Articles 101–200`: where page `index` is, counted from the top, for a list that does not grow there."""
    start = sum(len(page.items) for page in paging.pages[:index]) + 1
    return LABELS[lang][f"{noun}_range"].format(
        first=format_number(start, lang), last=format_number(start + len(paging.pages[index].items) - 1, lang))


def pagers(paging: Paging, index: int, lang: str, where: str) -> tuple[str, str]:
    """`where` page `index` is in the list (its rows' span) and links to the other pages: the first,
    the oldest, those within reach; the navigation above the list and the one below it, named apart
    (a screen reader lists landmarks by name). Nothing that the list's growth changes: no total, no
    count of pages; the numbers next to the growing page are the only ones to appear when a page
    fills. Two empty strings when the list has one page."""
    pages = paging.pages
    if len(pages) == 1:
        return "", ""
    labels = LABELS[lang]
    here = pages[index].path

    def anchor(text: str, n: int, rel: str = "") -> str:
        return f'<a href="{html.escape(relative_path(here, pages[n].path))}"{rel}>{html.escape(text)}</a>'

    def name(page: ListPage) -> str:
        return labels["newest_page"] if page.number is None else str(page.number)

    # A list growing at its bottom does not show its last page: that is the growing one, whose number changes.
    ends = {0} if paging.grows == OLDEST_FIRST else {0, len(pages) - 1}
    shown = sorted(ends | set(range(max(index - PAGER_REACH, 0), min(index + PAGER_REACH + 1, len(pages)))))
    numbers, last = [], -1
    for n in shown:
        if n > last + 1:
            numbers.append("…")
        numbers.append(f'<strong aria-current="page">{html.escape(name(pages[n]))}</strong>' if n == index
                       else anchor(name(pages[n]), n))
        last = n
    if last < len(pages) - 1:
        numbers.append("…")
    steps = []
    if index > 0:
        steps.append(anchor(labels["previous_page"], index - 1, ' rel="prev"'))
    if index < len(pages) - 1:
        steps.append(anchor(labels["next_page"], index + 1, ' rel="next"'))
    line = f"<p>{html.escape(where)} · {html.escape(labels['pages'])}: {' '.join(numbers)} · {' · '.join(steps)}</p>"
    return tuple(
        f'<nav class="archive-pager" aria-label="{html.escape(labels[landmark])}">\n{line}\n</nav>\n'
        for landmark in ("pager_above", "pager_below")
    )


def page_title(title: str, paging: Paging, index: int, lang: str) -> str:
    """The list's own page is titled as the list; the others say their number."""
    return title if index == 0 else f"{title} ({LABELS[lang]['page'].format(n=paging.pages[index].number)})"
