"""Dates as archives write them: ISO, `25/03/2024`, `ngày 25 tháng 3 năm 2024`, `25 March 2024`…"""

from __future__ import annotations

import calendar
import re

from ..model import ArticleDate

_MONTHS_EN = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS_EN.update({name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTH_WORDS = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))

# Each form, anchored where a date starts; the first that matches wins, so longer forms come first.
_FORMS = [
    # 2024-03-25, 2024-03, 2024, with an optional time (`2024-03-25T10:00:00+07:00`).
    re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?(?![\d/.-])"),
    # 25/03/2024, 25-03-2024, 25.03.2024 (day first, as Vietnamese and most of the world write it).
    re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"),
    # 03/2024
    re.compile(r"(?P<m>\d{1,2})/(?P<y>\d{4})(?!\d)"),
    # ngày 25 tháng 3 năm 2024, 25 tháng 3 năm 2024, tháng 3 năm 2024, tháng 3/2024
    re.compile(
        r"(?:(?:ngày\s+)?(?P<d>\d{1,2})\s+)?tháng\s+(?P<m>\d{1,2})(?:\s*,?\s*năm\s+|\s*/\s*|\s*,\s*)(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    # 25 March 2024, March 25, 2024, March 2024
    re.compile(rf"(?:(?P<d>\d{{1,2}})\s+)?(?P<mn>{_MONTH_WORDS})\.?\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
]


class DateError(ValueError):
    """A date in one of the known forms that cannot exist; `end` is where its text ends."""

    def __init__(self, message: str, end: int) -> None:
        super().__init__(message)
        self.end = end


def match_date(text: str, start: int = 0) -> tuple[ArticleDate, int] | None:
    """The date written at `start` of `text` and where it ends; None when no form matches there.

    Raises DateError, naming the problem, for a date that matches a form but cannot exist.
    """
    for form in _FORMS:
        found = form.match(text, start)
        if found:
            return _checked(found), found.end()
    return None


def parse_date(value: str) -> ArticleDate:
    """The whole of `value` as a date; ValueError naming what is wrong otherwise."""
    value = " ".join(str(value).split())
    matched = match_date(value)
    if not matched or matched[1] != len(value):
        raise ValueError(f"unreadable date {value!r}")
    return matched[0]


def _checked(found: re.Match) -> ArticleDate:
    groups = found.groupdict()
    year = int(groups["y"])
    month = _MONTHS_EN[groups["mn"].casefold()] if groups.get("mn") else _int(groups.get("m"))
    day = _int(groups.get("d")) or _int(groups.get("d2"))
    text = found.group()
    if year == 0:  # no calendar has it, and no feed can carry it
        raise DateError(f"impossible date {text} (year 0)", found.end())
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"impossible date {text} (month {month})", found.end())
    if day is not None and (month is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
        raise DateError(f"impossible date {text} (day {day})", found.end())
    return ArticleDate(year, month, day)


def _int(value: str | None) -> int | None:
    return int(value) if value else None
