"""Read one raw article file: decode it, normalise it, split off the date header and the paragraphs."""

from __future__ import annotations

import calendar
import re
import unicodedata
from pathlib import Path

from .errors import ArticleError
from .model import ArticleDate, Problem, RawArticle

# ` date 2024-03 Body text…`, `date: 2024-03-25 …`: the header shares its line with the body.
_HEADER = re.compile(r"^\s*date\s*:?[ \t]+(\S+)[ \t]*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_BLANK = re.compile(r"^[^\S\n]*$")


def read_article(path: Path, root: Path) -> RawArticle:
    """Read `path` (inside `root`); raise ArticleError when it cannot be an article."""
    source = path.relative_to(root).as_posix()
    text = decode(path.read_bytes(), source)
    return parse_article(text, source)


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ArticleError(source, 1, "empty file", "write the article's text into it or delete it")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise ArticleError(source, line, "binary file, not text", "remove it from the articles folder")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise ArticleError(
                source,
                line,
                f"not valid UTF-8 (byte 0x{data[error.start]:02x})",
                "convert the file to UTF-8, for example with iconv",
            ) from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def parse_article(text: str, source: str) -> RawArticle:
    warnings: list[Problem] = []
    date = ArticleDate()
    header = _HEADER.match(text)
    if header:
        value = header.group(1)
        try:
            date = parse_iso_date(value)
        except ValueError as error:
            warnings.append(
                Problem(source, 1, f"{error} in the date header", "write it as YYYY, YYYY-MM or YYYY-MM-DD", fatal=False)
            )
        text = text[header.end() :]
    paragraphs, lines = split_paragraphs(text)
    if not paragraphs:
        raise ArticleError(source, 1, "no text after the date header", "write the article's text after the date")
    return RawArticle(source, date, tuple(paragraphs), 1, tuple(lines), tuple(warnings))


def parse_iso_date(value: str) -> ArticleDate:
    """`2024`, `2024-03` or `2024-03-25` as a date; ValueError naming what is wrong otherwise."""
    match = _ISO_DATE.match(value)
    if not match:
        raise ValueError(f"unreadable date {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"impossible date {value} (month {month})")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"impossible date {value} (day {day})")
    return ArticleDate(year, month, day)


def split_paragraphs(text: str) -> tuple[list[str], list[int]]:
    """Paragraphs are separated by blank lines; returns them with the line each starts on."""
    paragraphs: list[str] = []
    starts: list[int] = []
    current: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if _BLANK.match(line):
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        if not current:
            starts.append(number)
        current.append(" ".join(line.split()))
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs, starts
