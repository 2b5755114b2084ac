"""Plain text as archives export it: an optional ` date 2024-03` header running on into the body, or
`# key = value` export header lines; then paragraphs separated by blank lines, a paragraph a line,
or hard-wrapped lines with indented paragraph starts."""

from __future__ import annotations

import dataclasses
import re

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle, SourceMeta
from .dates import DateError, match_date, parse_date

# The header's value must look like a date, so that an article opening "Date palms grow…" keeps its words.
_HEADER = re.compile(
    r"\s*date\s*:?[ \t]+(?=\d|ngày\s|tháng\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)",
    re.IGNORECASE,
)
# Corpus exports open with `# doc_id = news_world_078`, `# url = https://…`, `# date = 20210429`.
_EXPORT_FIELD = re.compile(r"#[ \t]*(?P<key>[a-z_]+)[ \t]*=[ \t]*(?P<value>.*)", re.IGNORECASE)
_BLANK = re.compile(r"^[^\S\n]*$")
# Hard-wrapped newswire: lines of at most this many characters, paragraphs opened by an indent.
_WRAP_WIDTH = 80
_INDENT = re.compile(r"^(?: {2,}|\t)\S")
_SENTENCE_END = (".", "!", "?", "…", '"', "”", ")", ":")
DATE_HINT = "write it as YYYY-MM-DD, YYYY-MM or YYYY"


def parse_plain(text: str, source: str, meta: SourceMeta = SourceMeta(), line: int = 1) -> RawArticle:
    """An article from plain text; `line` is where the text starts in its file, for messages."""
    warnings: list[Problem] = []
    date = ArticleDate()
    text, fields = _export_fields(text)
    if fields:
        meta, date = _export_meta(meta, fields, source, line, warnings)
    header = None if fields else _HEADER.match(text)
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
        message = "no text after the date header" if header or fields else "no text"
        raise ArticleError(source, line, message, "write the article's text after the date")
    return RawArticle(source, source, date, tuple(paragraphs), meta, line, tuple(warnings))


def _export_fields(text: str) -> tuple[str, dict[str, str]]:
    """The `# key = value` lines that open an export, and the text after them."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    count = 0
    for line in lines:
        found = _EXPORT_FIELD.fullmatch(line.strip())
        if not found:
            break
        fields[found.group("key").casefold()] = found.group("value").strip()
        count += 1
    return "\n".join(lines[count:]), fields


def _export_meta(meta: SourceMeta, fields: dict[str, str], source: str, line: int,
                 warnings: list[Problem]) -> tuple[SourceMeta, ArticleDate]:
    date = ArticleDate()
    value = fields.pop("date", "")
    if value:
        try:
            date = parse_date(value)
        except ValueError as error:
            warnings.append(Problem(source, line, f"{error} in the export header", DATE_HINT, "warning"))
    url = fields.pop("url", None) or meta.url
    extra = meta.extra + tuple((key, value) for key, value in fields.items())
    return dataclasses.replace(meta, url=url, extra=extra), date


def split_paragraphs(text: str) -> list[str]:
    """Blocks are separated by blank lines; inside a block, each line is a paragraph (a line opening in
    lower case goes on with the one before), unless the block is hard-wrapped, when its indented lines
    open paragraphs. White space is folded."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if _BLANK.match(line):
            paragraphs += _block_paragraphs(block)
            block = []
        else:
            block.append(line.rstrip())
    return paragraphs


def _block_paragraphs(lines: list[str]) -> list[str]:
    if not lines:
        return []
    if not _hard_wrapped(lines):
        paragraphs = []
        for line in lines:
            line = " ".join(line.split())
            # A line opening with a lower-case word goes on with the one before it: a line break, not
            # a paragraph (`iPhone 12 …` opens one).
            if paragraphs and line.split()[0].islower():
                paragraphs[-1] += "\n" + line
            else:
                paragraphs.append(line)
        return paragraphs
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or line[:1].isspace():  # wire copy signs off with ` REUTER`, one space in
            paragraphs.append([])
        paragraphs[-1].append(line)
    return [" ".join(" ".join(p).split()) for p in paragraphs]


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: short, and some opening indented paragraphs or most of them broken
    off inside a sentence."""
    inner = lines[:-1]
    if len(inner) < 2 or any(len(line) > _WRAP_WIDTH for line in inner):
        return False
    if any(_INDENT.match(line) for line in lines[1:]) and not all(_INDENT.match(line) for line in lines):
        return True
    broken = sum(not line.endswith(_SENTENCE_END) for line in inner)
    return broken * 3 >= len(inner) * 2
