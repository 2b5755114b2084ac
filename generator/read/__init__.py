"""Read the articles folder: one reader per input format, every one returning RawArticle records.

An editor's override file beside an article (same name, `.yml`) corrects what the file says.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle
from .dates import parse_date, text_date
from .decode import decode
from .fields import FieldError, meta_from_fields
from .html_text import page_to_article
from .jsonl import parse_jsonl
from .markdown_file import parse_markdown
from .plain import DATE_HINT, parse_plain

FORMATS = {".txt": "plain text", ".md": "Markdown", ".markdown": "Markdown", ".jsonl": "JSON Lines",
           ".html": "HTML", ".htm": "HTML"}
OVERRIDE_SUFFIXES = (".yml", ".yaml")


def read_file(path: Path, root: Path) -> tuple[list[RawArticle], list[Problem]]:
    """The articles in one input file and what was wrong with it; raises ArticleError when none can be read."""
    source = path.relative_to(root).as_posix()
    decoded = decode(path.read_bytes(), source)
    problems: list[Problem] = []
    if decoded.encoding != "UTF-8":
        problems.append(Problem(source, 0, f"decoded as {decoded.encoding}, not UTF-8", "save it as UTF-8", "note"))
    if decoded.controls_removed:
        problems.append(
            Problem(source, 0, f"{decoded.controls_removed} invisible control characters removed", "none needed", "note")
        )
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        articles, more = parse_jsonl(decoded.text, source)  # a record's warnings are among `more`
        return [_dated(article) for article in articles], problems + more
    if suffix in (".md", ".markdown"):
        article = parse_markdown(decoded.text, source)
    elif suffix in (".html", ".htm"):
        article = _parse_html(decoded.text, source)
    else:
        article = parse_plain(decoded.text, source)
    article = _dated(article)
    override = _override_file(path)
    if override:
        article = apply_override(article, override, override.relative_to(root).as_posix())
    return [article], problems + list(article.warnings)


def _dated(article: RawArticle) -> RawArticle:
    """An article whose input states no date gets the one its text or its folders give."""
    if article.date.year is not None:
        return article
    return dataclasses.replace(article, date=text_date(article.paragraphs, article.source))


def _parse_html(text: str, source: str) -> RawArticle:
    paragraphs, meta, date_text = page_to_article(text)
    if not paragraphs:
        raise ArticleError(source, 1, "no article text found in the page", "save the article's page, not an index")
    warnings = []
    date = None
    if date_text:
        try:
            date = parse_date(date_text)
        except ValueError as error:
            warnings.append(Problem(source, 1, f"{error} in the page's metadata", "add a .yml override with the date", "warning"))
    return RawArticle(source, source, date or ArticleDate(), tuple(paragraphs), meta, 1, tuple(warnings))


def _override_file(path: Path) -> Path | None:
    return next((path.with_suffix(s) for s in OVERRIDE_SUFFIXES if path.with_suffix(s).is_file()), None)


def apply_override(article: RawArticle, path: Path, source: str) -> RawArticle:
    """The article with an editor's corrections: title, date, people, slug, author, language."""
    try:
        fields = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ArticleError(source, mark.line + 1 if mark else 1, "not valid YAML", "fix the override file") from None
    if not isinstance(fields, dict):
        raise ArticleError(source, 1, "not a mapping of keys", "write it as `key: value` lines")
    try:
        meta, date, date_problem = meta_from_fields(fields)
    except FieldError as error:
        raise ArticleError(source, 1, str(error), "correct that key") from None
    if date_problem:
        raise ArticleError(source, 1, date_problem, DATE_HINT)
    changed = {f.name: getattr(meta, f.name) for f in dataclasses.fields(meta) if getattr(meta, f.name)}
    merged = dataclasses.replace(article.meta, **changed)
    return dataclasses.replace(article, meta=merged, date=date or article.date)
