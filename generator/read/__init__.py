"""Read the articles folder: one reader per input format, every one returning RawArticle records.

An editor's override file beside an article (same name, `.yml`) corrects what the file says.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle
from .csv_export import parse_csv
from .dates import parse_date, text_date
from .decode import clean_text, decode
from .fields import FieldError, key_line, load_yaml, meta_from_fields
from .html_text import fragment_to_paragraphs, page_to_article
from .jsonl import binary_lines, parse_jsonl
from .markdown_file import parse_markdown
from .plain import parse_plain
from .references import resolve_references

FORMATS = {".txt": "plain text", ".md": "Markdown", ".markdown": "Markdown", ".jsonl": "JSON Lines", ".csv": "CSV",
           ".html": "HTML", ".htm": "HTML"}
OVERRIDE_SUFFIXES = (".yml", ".yaml")


def read_file(path: Path, root: Path) -> tuple[list[RawArticle], list[Problem]]:
    """The articles in one input file and what was wrong with it; raises ArticleError when none can be read."""
    source = path.relative_to(root).as_posix()
    suffix = path.suffix.lower()
    data, problems = path.read_bytes(), []
    if suffix == ".jsonl":
        data, problems = binary_lines(data, source)
    decoded = decode(data, source)
    if decoded.encoding != "UTF-8":
        problems.append(Problem(source, 0, f"decoded as {decoded.encoding}, not UTF-8", "save it as UTF-8", "note"))
    if decoded.repaired:
        problems.append(decoded.repaired)
    if decoded.replaced:
        plural = "s" if decoded.replaced > 1 else ""
        problems.append(Problem(source, decoded.line, f"{decoded.replaced} stray byte{plural} (not UTF-8) shown as �",
                                "retype the character there and save the file as UTF-8", "warning"))
    elif decoded.controls_removed:
        removed = f"{decoded.controls_removed} invisible control characters removed"
        problems.append(Problem(source, decoded.line, removed, "none needed", "note"))
    if suffix in (".jsonl", ".csv"):
        parse = parse_jsonl if suffix == ".jsonl" else parse_csv
        articles, more = parse(decoded.text, source)  # a record's warnings are among `more`
        kept = []
        for article in articles:
            try:
                kept.append(_dated(_as_text(article)))
            except ArticleError as error:
                more.append(error.problem)
        return kept, problems + more
    if suffix in (".md", ".markdown"):
        article = parse_markdown(decoded.text, source)
    elif suffix in (".html", ".htm"):
        article = _parse_html(decoded.text, source)
    else:
        text, note = resolve_references(decoded.text, source)
        problems += [note] if note else []
        article = parse_plain(text, source)
    article = _dated(article)
    override = override_file(path, root)
    if override:
        article = apply_override(article, override, override.relative_to(root).as_posix())
    return [_as_text(article)], problems + list(article.warnings)


def _dated(article: RawArticle) -> RawArticle:
    """An article whose input states no date gets the one its text or its folders give."""
    if article.date.year is not None:
        return article
    return dataclasses.replace(article, date=text_date(article.paragraphs, article.source))


def _as_text(article: RawArticle) -> RawArticle:
    """The article with nothing a page or a feed cannot hold, from whichever field it came."""
    paragraphs = tuple(text for text in map(clean_text, article.paragraphs) if text.strip())
    if not paragraphs:
        raise ArticleError(article.source, article.line, "no text", "write the article's text")
    meta = article.meta
    texts = {f.name: _cleaned(getattr(meta, f.name)) for f in dataclasses.fields(meta)}
    return dataclasses.replace(article, paragraphs=paragraphs, meta=dataclasses.replace(meta, **texts))


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_cleaned(item) for item in value)
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    return value


def _parse_html(text: str, source: str) -> RawArticle:
    paragraphs, meta, date_text = page_to_article(text)
    warnings = []
    if not paragraphs:
        # No main text found (an index page, or one nested deeper than trafilatura's parser reads):
        # the page's whole text is kept, and the editor told.
        paragraphs = fragment_to_paragraphs(text)
        if not paragraphs:
            raise ArticleError(source, 1, "no text in the page", "save the article's page, not an index")
        warnings.append(Problem(source, 1, "no main text found: all the page's text was taken", "check its page, "
                                "or save the article's own page rather than an index", "warning"))
    date = None
    if date_text:
        try:
            date = parse_date(date_text)
        except ValueError as error:
            warnings.append(Problem(source, 1, f"{error} in the page's metadata", "add a .yml override with the date", "warning"))
    return RawArticle(source, source, date or ArticleDate(), tuple(paragraphs), meta, 1, tuple(warnings))


def override_file(path: Path, root: Path) -> Path | None:
    """The editor's file beside an article; a link to a file outside the articles folder is not one."""
    return next((candidate for candidate in (path.with_suffix(s) for s in OVERRIDE_SUFFIXES)
                 if candidate.is_file() and inside(candidate, root)), None)


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, its links followed, is in the folder `root`."""
    return path.resolve().is_relative_to(root.resolve())


def apply_override(article: RawArticle, path: Path, source: str) -> RawArticle:
    """The article with an editor's corrections: title, date, people, slug, author, language. An
    impossible date is reported and the article built undated, as with a date in the article itself."""
    try:
        text = path.read_text("utf-8")
        fields = load_yaml(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ArticleError(source, mark.line + 1 if mark else 1, "not valid YAML", "fix the override file") from None
    except (FieldError, UnicodeDecodeError) as error:
        raise ArticleError(source, 1, f"not read: {error}", "write it as UTF-8 `key: value` lines") from None
    if not isinstance(fields, dict):
        raise ArticleError(source, 1, "not a mapping of keys", "write it as `key: value` lines")
    try:
        meta, date, field_problems = meta_from_fields(fields)
    except FieldError as error:
        raise ArticleError(source, 1, str(error), "correct that key") from None
    changed = {f.name: getattr(meta, f.name) for f in dataclasses.fields(meta) if getattr(meta, f.name)}
    merged = dataclasses.replace(article.meta, **changed)
    undated = date is None and fields.get("date") not in (None, "")
    warnings = article.warnings + tuple(
        Problem(source, key_line(text, message), message, hint, "warning") for message, hint in field_problems
    )
    return dataclasses.replace(article, meta=merged, date=ArticleDate() if undated else date or article.date,
                               warnings=warnings)
