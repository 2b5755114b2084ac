"""The fields an input may give beside the text (front matter, export columns, override files),
checked and turned into SourceMeta; anything unknown is kept, never dropped."""

from __future__ import annotations

from ..model import ArticleDate, SourceMeta
from .dates import parse_date

KNOWN = ("title", "date", "author", "url", "people", "slug", "language")


class FieldError(ValueError):
    """A field with a value of the wrong kind; the message names the field."""


def meta_from_fields(
    fields: dict, text_keys: tuple[str, ...] = ()
) -> tuple[SourceMeta, ArticleDate | None, str | None]:
    """SourceMeta, the date (None when not given) and what is wrong with the date, from a mapping of fields.

    A bad date does not stop the article: it is built undated, and the caller reports the problem.
    `text_keys` are the fields that hold the article's text itself, which are neither metadata nor extra.
    """
    people = fields.get("people")
    if people is not None and (not isinstance(people, list) or not all(isinstance(p, str) for p in people)):
        raise FieldError(f"'people' must be a list of names, not {people!r}")
    for key in ("title", "author", "url", "slug", "language"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            raise FieldError(f"'{key}' must be text, not {value!r}")
    date, date_problem = None, None
    if fields.get("date") not in (None, ""):
        try:
            date = parse_date(str(fields["date"]))
        except ValueError as error:
            date_problem = f"'date': {error}"
    extra = tuple((k, v) for k, v in fields.items() if k not in KNOWN and k not in text_keys)
    meta = SourceMeta(
        title=_text(fields.get("title")),
        author=_text(fields.get("author")),
        url=_text(fields.get("url")),
        people=tuple(" ".join(p.split()) for p in people) if people is not None else None,
        slug=_text(fields.get("slug")),
        language=_text(fields.get("language")),
        extra=extra,
    )
    return meta, date, date_problem


def _text(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None
