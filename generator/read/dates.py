"""Dates as archives write them: ISO, `25/03/2024`, `ngày 25 tháng 3 năm 2024`, `25 March 2024`…"""

from __future__ import annotations

import calendar
import re

from ..model import ArticleDate, Precision

_MONTHS_EN = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS_EN.update({name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTH_WORDS = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))

# Each form, anchored where a date starts; the first that matches wins, so longer forms come first.
_FORMS = [
    # 20240325: the compact form of export headers.
    re.compile(r"(?P<y>(?:1[89]|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
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


# A publication line: `Thứ tư, 10/9/2025, 16:30 (GMT+7)`, `Monday, March 25, 2024 10:00 AM`.
_WEEKDAY = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?:\s*,\s*|\s+[|-]?\s*)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:\(?(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?)?$",
                   re.IGNORECASE)


def parse_date(value: str) -> ArticleDate:
    """The whole of `value` as a date, a weekday before it and a time after it allowed; ValueError
    naming what is wrong otherwise."""
    value = " ".join(str(value).split())
    weekday = _WEEKDAY.match(value)
    value = _TIME.sub("", value[weekday.end() :] if weekday else value).rstrip(" ,")
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


# `archive/2024/03/25/slug.txt`, `2024/03/x.txt`, `1987/x.txt`: the folders an archive is filed in.
_PATH = re.compile(r"(?:^|/)(?P<y>(?:1[89]|20)\d{2})(?:/(?P<m>[01]?\d)(?:/(?P<d>[0-3]?\d))?)?/")
# A newswire dateline: `SALVADOR, Feb 26 -`, `RICHMOND, Va. Feb 26 -`, `WASHINGTON (AP) _`.
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS}){{0,2}})"
    rf"(?:,?\s+(?P<mn>(?i:{_MONTH_WORDS}))\.?\s+(?P<d>\d{{1,2}}))?\s*(?:\((?P<agency>[A-Za-z][\w ]{{0,20}})\))?\s*[-_–—]+\s"
)
# The publication line a saved page or a copied article keeps above or below the text.
_PUBLICATION_REACH = 3
_PUBLICATION_MAX = 60


def date_in_path(source: str) -> ArticleDate:
    """The date of the folders a file is filed in, as precise as they are."""
    found = None
    for found in _PATH.finditer(source):
        pass
    if not found:
        return ArticleDate()
    try:
        return _checked(found)
    except DateError:
        return ArticleDate()


def dateline(text: str) -> tuple[int | None, int | None, str | None] | None:
    """(month, day, agency) of the dateline that opens `text`, or None; a dateline names no year."""
    found = _DATELINE.match(text)
    if not found or not (found.group("mn") or found.group("agency")):
        return None
    month = _MONTHS_EN[found.group("mn").casefold()] if found.group("mn") else None
    return month, _int(found.group("d")), found.group("agency")


def is_date_line(text: str) -> bool:
    """A line that is only a date, as a publication line is: `Thứ tư, 10/9/2025, 16:30 (GMT+7)`."""
    return _date_line(text) is not None


def _date_line(text: str) -> ArticleDate | None:
    if len(text) > _PUBLICATION_MAX or not any(c.isdigit() for c in text):
        return None
    try:
        return parse_date(text)
    except ValueError:
        return None


def publication_date(paragraphs: tuple[str, ...]) -> ArticleDate | None:
    """The date of a line that is only a date, near the top or the end."""
    ends = paragraphs[:_PUBLICATION_REACH] + paragraphs[-_PUBLICATION_REACH:]
    return next(filter(None, map(_date_line, ends)), None)


def text_date(paragraphs: tuple[str, ...], source: str) -> ArticleDate:
    """What an article without a stated date says of it: a publication line, else its folders, with
    the month and day of its dateline when the folders give only the year."""
    published = publication_date(paragraphs)
    if published:
        return published
    filed = date_in_path(source)
    # The dateline opens the text, under the headline when there is one.
    line = next(filter(None, map(dateline, paragraphs[:2])), None)
    if filed.precision is Precision.YEAR and line and line[0]:
        month, day, _ = line
        if day is None or day <= calendar.monthrange(filed.year, month)[1]:
            return ArticleDate(filed.year, month, day)
    return filed
