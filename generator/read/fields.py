"""The fields an input may give beside the text (front matter, export columns, override files),
checked and turned into SourceMeta; anything unknown is kept, never dropped."""

from __future__ import annotations

import json
import re

import yaml

from ..model import ArticleDate, SourceMeta
from .dates import parse_date
from .plain import DATE_HINT

KNOWN = ("title", "date", "author", "url", "people", "slug", "language")
# Deeper values of unknown fields are kept as their JSON text: the page's front matter is read again
# by MkDocs' YAML parser, which recurses once per level.
MAX_DEPTH = 20
# A language tag as BCP 47 writes one (`vi`, `en`, `zh-Hant`): anything else is not put on a page.
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")
LANGUAGE_HINT = "write a language code such as vi or en, or leave it out"
MAX_NAME = 100  # a person's name; a longer one is a paragraph given as a name


class FieldError(ValueError):
    """A field with a value of the wrong kind; the message names the field."""


class _TextLoader(yaml.SafeLoader):
    """YAML whose dates stay the text they are written as: `date: 2024-02-30` is then reported like
    any impossible date, instead of raising inside the YAML library."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> object:
    """Raises yaml.YAMLError when it is not YAML, FieldError when it nests too deep to read."""
    try:
        return yaml.load(text, Loader=_TextLoader)  # noqa: S506 (a safe loader)
    except RecursionError:
        raise FieldError("nested too deep to read") from None


def meta_from_fields(
    fields: dict, text_keys: tuple[str, ...] = ()
) -> tuple[SourceMeta, ArticleDate | None, tuple[tuple[str, str], ...]]:
    """SourceMeta, the date (None when not given) and what is wrong with the date or the language
    as (message, what to do), from a mapping of fields.

    A bad date or language does not stop the article: it is built without it, and the caller reports
    the problem. `text_keys` are the fields that hold the article's text itself, which are neither
    metadata nor extra.
    """
    problems = []
    people = fields.get("people")
    if people is not None and (not isinstance(people, list) or not all(isinstance(p, str) for p in people)):
        raise FieldError(f"'people' must be a list of names, not {_short(people)}")
    if people and any(len(name) > MAX_NAME for name in people):
        problems.append((f"'people': names longer than {MAX_NAME} characters left out", "give each name alone"))
        people = [name for name in people if len(name) <= MAX_NAME]
    for key in ("title", "author", "url", "slug", "language"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            raise FieldError(f"'{key}' must be text, not {_short(value)}")
    date = None
    if fields.get("date") not in (None, ""):
        try:
            date = parse_date(str(fields["date"]))
        except ValueError as error:
            problems.append((f"'date': {error}", DATE_HINT))
    language = _text(fields.get("language"))
    if language and not _LANGUAGE.fullmatch(language.lower()):
        problems.append((f"'language': {language!r} is not a language code", LANGUAGE_HINT))
        language = None
    extra = tuple((k, _shallow(v)) for k, v in fields.items() if k not in KNOWN and k not in text_keys)
    meta = SourceMeta(
        title=_text(fields.get("title")),
        author=_text(fields.get("author")),
        url=_text(fields.get("url")),
        people=tuple(" ".join(p.split()) for p in people) if people is not None else None,
        slug=_text(fields.get("slug")),
        language=language.lower() if language else None,
        extra=extra,
    )
    return meta, date, tuple(problems)


def key_line(text: str, message: str) -> int:
    """The line of `text` (YAML) holding the key a message of meta_from_fields names, else 1."""
    key = message.split("'")[1]
    return next((number for number, line in enumerate(text.split("\n"), start=1) if line.startswith(f"{key}:")), 1)


def _text(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:80] + "…"


def _shallow(value: object) -> object:
    return json.dumps(value, ensure_ascii=False, default=str) if _too_deep(value) else value


def _too_deep(value: object) -> bool:
    """Whether lists and mappings nest more than MAX_DEPTH levels in `value`, looked at without recursion."""
    todo = [(value, 1)]
    while todo:
        item, level = todo.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        nested = [child for child in children if isinstance(child, (dict, list))]
        if nested and level >= MAX_DEPTH:
            return True
        todo += [(child, level + 1) for child in nested]
    return False
