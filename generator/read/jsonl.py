"""JSON Lines exports: one article per line, with `title`, `date`, `text` or `html`, `url`, `author`;
unknown fields are kept. A bad line is reported with its number; the other lines still build."""

from __future__ import annotations

import json

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle
from .fields import FieldError, meta_from_fields
from .html_text import fragment_to_paragraphs
from .plain import DATE_HINT, split_paragraphs


def parse_jsonl(text: str, source: str) -> tuple[list[RawArticle], list[Problem]]:
    articles, problems = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            article = _record(line, source, number)
        except ArticleError as error:
            problems.append(error.problem)
            continue
        articles.append(article)
        problems.extend(article.warnings)
    if not articles and not problems:
        problems.append(Problem(source, 1, "no articles in the export", "write one JSON object per line"))
    return articles, problems


def _record(line: str, source: str, number: int) -> RawArticle:
    try:
        fields = json.loads(line)
    except json.JSONDecodeError as error:
        raise ArticleError(source, number, f"not valid JSON ({error.msg} at column {error.colno})",
                           "write one JSON object per line") from None
    if not isinstance(fields, dict):
        raise ArticleError(source, number, "not a JSON object", "write one JSON object per line")
    try:
        meta, date, date_problem = meta_from_fields(fields, text_keys=("text", "html", "id"))
    except FieldError as error:
        raise ArticleError(source, number, str(error), "correct that field") from None
    warnings = (Problem(source, number, date_problem, DATE_HINT, "warning"),) if date_problem else ()
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
