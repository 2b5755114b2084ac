"""HTML character references that exports leave in plain text, cut from their `;` (`tin&nbsptức`,
`T&ampT Group`): read as the characters they stand for, as a browser reads them, and reported. Only
the forms no writer types: a no-break space's, and HTML's own marks glued to the word after them.
`&amp;`, `AT&T` and `&copy;` stay as written: text may mean them."""

from __future__ import annotations

import html
import re

from ..model import Problem

_REFERENCE = re.compile(r"&nbsp;?|&(?:amp|quot|lt|gt)(?=[^\W_])")


def resolve_references(text: str, source: str, line: int = 1) -> tuple[str, Problem | None]:
    """The text with its references read, and a note naming how many and the line of the first."""
    found: list[re.Match[str]] = []

    def read(match: re.Match[str]) -> str:
        found.append(match)
        return html.unescape(match.group().rstrip(";") + ";")

    resolved = _REFERENCE.sub(read, text)  # one pass: most texts hold none
    if not found:
        return text, None
    first = line + text.count("\n", 0, found[0].start())
    kinds = ", ".join(dict.fromkeys(match.group().rstrip(";") for match in found))
    count = f"{len(found)} HTML character references ({kinds}) read as the characters they stand for"
    if len(found) == 1:
        count = f"1 HTML character reference ({kinds}) read as the character it stands for"
    note = Problem(source, first, count, "none needed; an export without them would keep the text as written", "note")
    return resolved, note
