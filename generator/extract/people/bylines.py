"""The byline and photo credits, which name the article's author or photographer, not a person it names:
the last line when it holds only names and credit words, a name after a credit's label."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys


# Photo credits (`Ảnh: Nhật Bắc`) name the photographer: the article's credit, not a person it names.
_CREDIT_LABEL = re.compile(r"(?:ảnh|photo|nguồn|đồ họa|đồ hoạ|minh họa|minh hoạ|video|clip)\s*:\s*$", re.IGNORECASE)
_CREDIT_WORD = frozenset({"ảnh", "photo"})  # `(Ảnh Đỗ Linh)`: a credit in brackets without a colon
# The last line of an article that holds only names and credit words is its byline
# (`Hà Dương - Thể thao Việt Nam | 18:59 22/09/2017`, `Theo Thu Trang/GĐVN`, `Đỗ Quyên`).
_BYLINE_WORDS = 12
_WEB_ADDRESS = re.compile(r"\S+\.(?:vn|com|net|org)\b\S*", re.IGNORECASE)
_SOURCE = re.compile(r" [-–|] |/| Theo ")  # `Hà Dorval Theo Tin tức X`: the source after `Theo`
_WORD = re.compile(r"[^\W\d_]+")
_STAMP = re.compile(r"\d{1,2}[:/]\d{1,2}(?:[:/]\d{2,4})?")
_BRACKETED = re.compile(r"\([^)]*\)")


def _byline_start(paragraphs: tuple[str, ...]) -> int:
    """Where the byline starts, if the article's last line is one; else past the end."""
    end = sum(map(len, paragraphs)) + 2 * len(paragraphs)
    if len(paragraphs) < 2:
        return end
    last = paragraphs[-1].rstrip()
    line_start = last.rfind("\n") + 1
    line = _STAMP.sub(" ", _BRACKETED.sub(" ", _WEB_ADDRESS.sub(" ", last[line_start:]))).strip()
    if any(map(str.isdigit, line)):  # scores and tables end sports reports with names and figures
        return end
    words = _WORD.findall(line)
    if not words or len(words) > _BYLINE_WORDS or line.endswith((".", "?", "!", ":", '"', "”")):
        return end
    names = _SOURCE.split(line, maxsplit=1)[0]  # `Hà Dương - Thể thao Việt Nam`: the source may be any words
    if not all(w[0].isupper() or casefold(w) in keys("credit_words") for w in _WORD.findall(names)):
        return end
    start = end - len(paragraphs[-1]) - 2 + line_start
    # `Theo Trần Vy` on the line before the source's name (`Dân Việt`) is the byline too.
    before = paragraphs[-2].rstrip() if line_start == 0 else last[: line_start - 1].rstrip()
    credited = before[before.rfind("\n") + 1 :]
    if (credited.startswith("Theo ") and len(credited.split()) <= 6
            and all(w[0].isupper() for w in _WORD.findall(credited))):
        return start - len(credited) - 2
    return start
