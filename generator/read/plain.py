"""The plain-text format of the sample: an optional ` date 2024-03` header running on into the body,
paragraphs separated by blank lines."""

from __future__ import annotations

import re

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle, SourceMeta
from .dates import DateError, match_date

# The header's value must look like a date, so that an article opening "Date palms grow…" keeps its words.
_HEADER = re.compile(
    r"\s*date\s*:?[ \t]+(?=\d|ngày\s|tháng\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)",
    re.IGNORECASE,
)
_BLANK = re.compile(r"^[^\S\n]*$")
DATE_HINT = "write it as YYYY-MM-DD, YYYY-MM or YYYY"


def parse_plain(text: str, source: str, meta: SourceMeta = SourceMeta(), line: int = 1) -> RawArticle:
    """An article from plain text; `line` is where the text starts in its file, for messages."""
    warnings: list[Problem] = []
    date = ArticleDate()
    header = _HEADER.match(text)
    if header:
        try:
            matched = match_date(text, header.end())
        except DateError as error:
            # Reported, and taken out of the text: it was the header, not the article.
            warnings.append(Problem(source, line, f"{error} in the date header", DATE_HINT, "warning"))
            text = text[error.end :]
        else:
            if matched:
                date, end = matched
                text = text[end:]
            else:
                value = text[header.end() :].split(maxsplit=1)[0]
                warnings.append(Problem(source, line, f"unreadable date {value!r} in the date header", DATE_HINT, "warning"))
                text = text[header.end() + len(value) :]
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        message = "no text after the date header" if header else "no text"
        raise ArticleError(source, line, message, "write the article's text after the date")
    return RawArticle(source, source, date, tuple(paragraphs), meta, line, tuple(warnings))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; white space inside a line is folded to one space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if _BLANK.match(line):
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        current.append(" ".join(line.split()))
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs
