"""JSON Lines exports: one article per line, with `title`, `date`, `text` or `html`, `url`, `author`;
unknown fields are kept. A bad line is reported with its number; the other lines still build."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from functools import partial

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle
from .fields import FieldError, meta_from_fields
from .html_text import fragment_to_paragraphs
from .decode import looks_utf16
from .plain import split_paragraphs


def parse_jsonl(text: str, source: str) -> tuple[list[RawArticle], list[Problem]]:
    records = ((number, partial(_record, line, source, number))
               for number, line in enumerate(text.split("\n"), start=1) if line.strip())
    return export_articles(records, source, "record", (1, "write one JSON object per line"))


def export_articles(records: Iterable[tuple[int, Callable[[], RawArticle]] | Problem], source: str, unit: str,
                    empty: tuple[int, str]) -> tuple[list[RawArticle], list[Problem]]:
    """The articles of an export (JSON Lines, CSV) and what was wrong: `records` gives each record's
    first line and how to read it, or the problem of one that cannot be read; `unit` names a record
    (`record`, `row`) and `empty` says where and how to write one, for an export with none."""
    articles, problems = [], []
    first_line: dict[str, int] = {}  # by id: each record's id must be its own
    for record in records:
        if isinstance(record, Problem):
            problems.append(record)
            continue
        number, read = record
        try:
            article = read()
        except ArticleError as error:
            problems.append(error.problem)
            continue
        if article.id in first_line:
            problems.append(Problem(source, number, f"the same id as line {first_line[article.id]}; built with the id "
                                    f"line-{number}", f"give each {unit} an id of its own", "warning"))
            article = dataclasses.replace(article, id=f"{source}#line-{number}")
        first_line.setdefault(article.id, number)
        articles.append(article)
        problems.extend(article.warnings)
    if not articles and not problems:
        problems.append(Problem(source, empty[0], "no articles in the export", empty[1]))
    return articles, problems


def binary_lines(data: bytes, source: str) -> tuple[bytes, list[Problem]]:
    """The export with each line of binary data (a NUL byte) blanked and reported: one such line
    must not make the whole export look like a binary file. Line numbers stay as they were."""
    if b"\x00" not in data or looks_utf16(data):
        return data, []
    lines = data.split(b"\n")
    problems = [
        Problem(source, number, "binary data, not a JSON record; not read", "delete the line or export it again",
                "warning")
        for number, line in enumerate(lines, start=1)
        if b"\x00" in line
    ]
    return b"\n".join(b"" if b"\x00" in line else line for line in lines), problems


def _record(line: str, source: str, number: int) -> RawArticle:
    try:
        fields = json.loads(line)
    except json.JSONDecodeError as error:
        raise ArticleError(source, number, f"not valid JSON ({error.msg} at column {error.colno})",
                           "write one JSON object per line") from None
    except RecursionError:
        raise ArticleError(source, number, "nested too deep to read", "flatten the record's fields") from None
    if not isinstance(fields, dict):
        raise ArticleError(source, number, "not a JSON object", "write one JSON object per line")
    return record_from_fields(fields, source, number)


def record_from_fields(fields: dict, source: str, number: int) -> RawArticle:
    """One export record (a JSON object, a CSV row) as an article; `number`, the line it starts on."""
    try:
        meta, date, field_problems = meta_from_fields(fields, text_keys=("text", "html", "id"))
    except FieldError as error:
        raise ArticleError(source, number, str(error), "correct that field") from None
    warnings = tuple(Problem(source, number, message, hint, "warning") for message, hint in field_problems)
    text, html = fields.get("text"), fields.get("html")
    if isinstance(text, str) and text.strip():
        paragraphs = split_paragraphs(text)
    elif isinstance(html, str) and html.strip():
        paragraphs = fragment_to_paragraphs(html)
    else:
        raise ArticleError(source, number, "no `text` or `html` field with the article's text", "add one")
    if not paragraphs:
        raise ArticleError(source, number, "no text in the record", "add the article's text")
    key = fields.get("id")
    record = str(key) if isinstance(key, (str, int)) and str(key).strip() else str(number)
    return RawArticle(f"{source}#{record}", source, date or ArticleDate(), tuple(paragraphs), meta, number, warnings)
