"""ASCII slugs for URLs: stable across rebuilds, unique across the archive."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# A folder's own page (`people/index.md`, the A–Z): no article or person may take its place.
RESERVED = frozenset({"index"})
# Long enough for any headline's words; short enough that a page's file name, with the writer's
# temporary suffix, stays within the 255 bytes file systems allow.
MAX_LENGTH = 100


@lru_cache(maxsize=1 << 17)  # every article's and person's, again at each save under `mkdocs serve`
def slugify(text: str) -> str:
    """`Nguyễn Phú Trọng` -> `nguyen-phu-trong`; never empty, at most MAX_LENGTH characters."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-") or "untitled"
    if len(slug) > MAX_LENGTH:
        cut = slug.rfind("-", 0, MAX_LENGTH + 1)
        slug = slug[: cut if cut > MAX_LENGTH // 2 else MAX_LENGTH].strip("-")
    return slug


def unique_slugs(names: list[str], keys: list[str]) -> list[str]:
    """A slug for each name, in order; `keys` (file paths, names) are unique and stable.

    When names share a slug, a name already written as that slug (`tin` of `tin.txt`) keeps it, else
    the first in code-point order; every other one gets a short code made from its own key
    (`tin-3f2a`), so that adding or removing a file never moves the URL of the one that keeps it,
    and a coded URL never depends on which other files there are. A reserved slug is always coded.
    """
    bases = [slugify(name) for name in names]
    claims: dict[str, list[int]] = {}
    for index, base in enumerate(bases):
        claims.setdefault(base, []).append(index)
    taken = set(claims) - RESERVED
    result = list(bases)
    for base, indexes in claims.items():
        if base in RESERVED:
            coded = indexes
        elif len(indexes) > 1:
            keeper = min(indexes, key=lambda i: (names[i].replace("/", "-") != base, names[i], keys[i]))
            coded = [i for i in indexes if i != keeper]
        else:
            continue
        for index in coded:
            result[index] = _coded(base, keys[index], taken)
            taken.add(result[index])
    return result


def _coded(base: str, key: str, taken: set[str]) -> str:
    digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
    length = 4
    while f"{base}-{digest[:length]}" in taken:
        length += 2
    return f"{base}-{digest[:length]}"
