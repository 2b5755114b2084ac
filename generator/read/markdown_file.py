"""Markdown files with YAML front matter: hand-written or corrected articles. The body is read as
text, like every article, so that it can never turn into HTML on the page."""

from __future__ import annotations

import re

import yaml

from ..errors import ArticleError
from ..model import ArticleDate, Problem, RawArticle
from .fields import FieldError, key_line, load_yaml, meta_from_fields
from .plain import split_paragraphs

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def parse_markdown(text: str, source: str) -> RawArticle:
    fields: dict = {}
    body_line = 1
    found = _FRONT_MATTER.match(text)
    if found:
        try:
            fields = load_yaml(found.group(1) or "") or {}
        except FieldError as error:
            raise ArticleError(source, 2, f"front matter {error}", "write it as flat `key: value` lines") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            raise ArticleError(source, line, f"front matter is not valid YAML ({getattr(error, 'problem', error)})",
                               "fix the YAML between the --- lines") from None
        if not isinstance(fields, dict):
            raise ArticleError(source, 2, "front matter is not a mapping of keys", "write it as `key: value` lines")
        body_line = found.group().count("\n") + 1
        text = text[found.end() :]
    try:
        meta, date, field_problems = meta_from_fields(fields)
    except FieldError as error:
        raise ArticleError(source, 2, f"front matter {error}", "correct that key") from None
    warnings = tuple(Problem(source, 1 + key_line(found.group(1) or "", message), f"front matter {message}", hint,
                             "warning") for message, hint in field_problems)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ArticleError(source, body_line, "no text after the front matter", "write the article below it")
    return RawArticle(source, source, date or ArticleDate(), tuple(paragraphs), meta, 1, warnings)
