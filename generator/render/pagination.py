"""Long lists split over numbered pages, so that no page grows with the archive: `people/x.md`,
then `people/x/2.md`, `people/x/3.md`…"""

from __future__ import annotations

import html

from ..locale import LABELS, format_number
from .markdown import relative_path

PAGE_SIZE = 100  # articles on one page of a person, a month or the undated articles
# Page numbers shown around the current one; the first and the last are always shown.
PAGER_REACH = 2


def chunks(items: list | tuple, size: int = PAGE_SIZE) -> list:
    """The items in pages of `size`; always at least one page, so that an empty list still has its page."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]


def page_path(first: str, number: int) -> str:
    """Where page `number` of the list whose first page is `first` lives."""
    return first if number == 1 else f"{first[: -len('.md')]}/{number}.md"


def pagers(first: str, number: int, count: int, lang: str, total: int, size: int = PAGE_SIZE,
           noun: str = "articles") -> tuple[str, str]:
    """Where this page is in the list (`Articles 101–200 of 1,500`) and links to the other pages: the
    navigation above the list and the one below it, named apart (a screen reader lists landmarks by
    name); two empty strings when the list has one page."""
    if count == 1:
        return "", ""
    labels = LABELS[lang]
    here = page_path(first, number)

    def anchor(text: str, n: int, rel: str = "") -> str:
        return f'<a href="{html.escape(relative_path(here, page_path(first, n)))}"{rel}>{html.escape(text)}</a>'

    numbers, last = [], 0
    for n in range(1, count + 1):
        if n in (1, count) or abs(n - number) <= PAGER_REACH:
            if n > last + 1:
                numbers.append("…")
            numbers.append(f'<strong aria-current="page">{n}</strong>' if n == number else anchor(str(n), n))
            last = n
    steps = []
    if number > 1:
        steps.append(anchor(labels["newer_page"], number - 1, ' rel="prev"'))
    if number < count:
        steps.append(anchor(labels["older_page"], number + 1, ' rel="next"'))
    start = (number - 1) * size + 1
    where = labels[f"{noun}_range"].format(
        first=format_number(start, lang), last=format_number(min(start + size - 1, total), lang),
        total=format_number(total, lang),
    )
    line = f"<p>{html.escape(where)} · {html.escape(labels['pages'])}: {' '.join(numbers)} · {' · '.join(steps)}</p>"
    return tuple(
        f'<nav class="archive-pager" aria-label="{html.escape(labels[name])}">\n{line}\n</nav>\n'
        for name in ("pager_above", "pager_below")
    )


def page_title(title: str, number: int, lang: str) -> str:
    return title if number == 1 else f"{title} ({LABELS[lang]['page'].format(n=number)})"
