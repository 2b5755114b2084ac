"""Long lists split over numbered pages, so that no page grows with the archive: `people/x.md`,
then `people/x/2.md`, `people/x/3.md`…"""

from __future__ import annotations

from ..locale import LABELS
from .markdown import link

PAGE_SIZE = 100  # articles on one page of a person, a month or the undated articles


def chunks(items: list | tuple, size: int = PAGE_SIZE) -> list:
    """The items in pages of `size`; always at least one page, so that an empty list still has its page."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]


def page_path(first: str, number: int) -> str:
    """Where page `number` of the list whose first page is `first` lives."""
    return first if number == 1 else f"{first[: -len('.md')]}/{number}.md"


def pager(first: str, number: int, count: int, lang: str) -> str:
    """Links to the other pages of a list, as a paragraph; nothing when it has one page."""
    if count == 1:
        return ""
    labels = LABELS[lang]
    here = page_path(first, number)
    numbers = [
        f"**{n}**" if n == number else link(str(n), here, page_path(first, n)) for n in range(1, count + 1)
    ]
    steps = []
    if number > 1:
        steps.append(link(labels["newer_page"], here, page_path(first, number - 1)))
    if number < count:
        steps.append(link(labels["older_page"], here, page_path(first, number + 1)))
    return f"{labels['pages']}: {' '.join(numbers)} · {' · '.join(steps)}\n{{ .archive-pager }}\n"


def page_title(title: str, number: int, lang: str) -> str:
    return title if number == 1 else f"{title} ({LABELS[lang]['page'].format(n=number)})"
