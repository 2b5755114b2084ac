"""Text that was UTF-8, read once as Windows-1252 or Latin-1 and saved again (`Viá»‡t Nam` for `Việt Nam`,
`Â£` for `£`): repaired by ftfy, which undoes exactly that when the result is better text, and noted
with the line of the first repair. Text whose letters only look alike (`NGÃ BA`, all in capitals) stays as written."""

from __future__ import annotations

import re

from ..model import Problem

# A UTF-8 lead byte read as Windows-1252 (`Â`–`ß`, `à`–`ï`) before what a continuation byte reads as: the
# mark of every such text, looked for first at C speed (most texts hold none, and ftfy costs a millisecond).
_SIGN = re.compile("[\u00c2-\u00df\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                   "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(text: str, source: str) -> tuple[str, Problem | None]:
    """The text repaired, and a note naming the line of the first repair; the text and None when
    there is nothing to repair."""
    first = _SIGN.search(text)
    if first is None:
        return text, None
    import ftfy  # here, not at the top: only the few texts with the mark need it

    repaired, steps = ftfy.fix_encoding_and_explain(text)
    if not steps or repaired == text:
        return text, None
    changed = next((i for i, (a, b) in enumerate(zip(text, repaired)) if a != b), min(len(text), len(repaired)))
    line = text.count("\n", 0, changed) + 1
    word = _WORD_END.split(repaired[changed : changed + 24], 1)[0] or repaired[changed : changed + 1]
    return repaired, Problem(
        source, line, f"text saved as UTF-8 after being read in another encoding, repaired (`{word}` and the like)",
        "none needed; if the page should read otherwise, save the article from its source as UTF-8", "note")


_WORD_END = re.compile(r"[\s,.;:!?]")
