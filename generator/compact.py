"""Smaller pages: the theme indents its HTML generously, and at 10,000 pages indentation is megabytes."""

from __future__ import annotations

import re

# Text inside these keeps its white space exactly.
_KEEP = re.compile(r"(<(pre|textarea|script)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n\s+")


def compact_html(html: str) -> str:
    """The page with each line's indentation and the blank lines removed; what a browser shows is the same."""
    parts = _KEEP.split(html)
    # split() returns text, then (whole kept element, tag name) pairs.
    out = []
    for index in range(0, len(parts), 3):
        out.append(_INDENT.sub("\n", parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)
