"""ASCII slugs for URLs: stable across rebuilds, unique across the archive."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """`Nguyễn Phú Trọng` -> `nguyen-phu-trong`; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-") or "untitled"


def unique_slugs(names: list[str]) -> dict[str, str]:
    """A slug for each name; names whose slugs collide get -2, -3… in the order given."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for name in names:
        base = slugify(name)
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        result[name] = slug
    return result
