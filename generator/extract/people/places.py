"""Places by what is written with them: a kind of place opening the run or heading its name, a house
number, a larger place after a comma or in brackets, a state or a ward written short, a point of the
compass, a counted kind of place heading a list."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import casefold, first_words, keys, sizes_by_last_word
from .cues import _opens_sentence
from .records import Candidate
from .runs import _UPPER
from .tokens import _is_vietnamese_surname, _looks_vietnamese


# A house number before a name makes it a street: `60 Hồ Hảo Hớn`, `số 2-5 Nguyễn Trãi`, `489/57/11 Lê Lợi`.
_HOUSE_NUMBER = re.compile(r"(?:^|[\s(,])(?:số\s+)?\d{1,4}[A-Z]?\d?(?:[/-]\d{1,4}[A-Za-z]?){0,3}\s$")  # not `200m`
_NOT_HOUSE = frozenset("phút năm ngày tháng tuổi lúc giờ hiệp vòng lần áo minute".split())  # `phút 53`, `số áo 10`


def _leading_place(before: str, front: tuple[str, ...], next_char: str) -> str | None:
    """`At Riverside, Jan Kowal homered`: `At` or `In` opening a sentence, then a run and a comma, sets
    the scene (a cue word is otherwise written in lower case, before the run)."""
    if next_char == "," and front in (("at",), ("in",)) and _opens_sentence(before):
        return "preposition"
    return None


_CLAUSE_BREAK = re.compile(r"[,.;:()\n\"“”!?]")


def _after_named_kind(text: str, end: int) -> bool:
    """`Công ty Cổ phần Hàng tiêu dùng Hoa Mai (…)`: a capitalised kind of place or firm heads the name
    that runs, unbroken by punctuation, to the brackets at `end`."""
    words = _CLAUSE_BREAK.split(text[max(0, end - 80) : end])[-1].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    folded = [casefold(w) for w in words]
    return any(w[:1].isupper() and (folded[i] in keys("place_kinds") or f"{folded[i]} {folded[i + 1]}" in keys("place_kinds"))
               for i, w in enumerate(words[:-1]))


def _ends_with_place(words: tuple[str, ...]) -> bool:
    """`Lixil Việt Nam`, `Running Man Trung Quốc`: a place of two words or more closing a longer run
    names a company's or a team's branch there."""
    if words[-1] == "vietnam":  # `Ambition Vietnam`: the country's own name, written in English
        return True
    sizes = sizes_by_last_word("places").get(words[-1], ()) if len(words) > 2 else ()
    return bool(sizes) and any(" ".join(words[-size:]) in keys("places") for size in sizes if 1 < size < len(words))


def _named_after(front: tuple[str, ...]) -> bool:
    """`Đường Nguyễn Văn Cừ`, `Trường Lê Quý Đôn`: a kind of place stripped from the front of the run."""
    return any(w in keys("place_kinds") for w in front) or any(f"{a} {b}" in keys("place_kinds") for a, b in zip(front, front[1:]))


def _after_house_number(run: Candidate) -> bool:
    if not run.before[-2:-1].isdigit() and not run.before[-3:-2].isdigit():  # most runs: no figure before
        return False
    return (_looks_vietnamese(run.tokens) and bool(_HOUSE_NUMBER.search(run.before))
            and not _NOT_HOUSE & set(run.before.casefold().split()[-2:]) and not _TITLE_YEAR.search(run.before))


# `Quả Bóng Vàng Riverside 2021 Lê Văn Kowal`: a year closing a title or an award before a name, no house number.
_TITLE_YEAR = re.compile(r"[^\W\d_]*[A-ZÀ-Ỹ][^\W\d_]* (?:19|20)\d\d $")


_STATE_AFTER = re.compile(r", (?!(?:Jr|Sr|Esq|M\.D)\.)(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.(?:,|\s*$)")
_BRACKETED_PLACE = re.compile(r"^, ([^,()]{2,30})\)")
# Kinds of place that are also given names: `Trường Lâm` is a person.
_GIVEN_KINDS = frozenset({"trường"})


def _opens_with_kind(tokens) -> bool:
    """`Ga Hòa Lạc`, `Sân Lê Hòa`, `Vương Quốc Anh`: a Vietnamese run opening with a kind of place,
    capitalised as the first word of the place's name: a place. Not a kind that is also a family name
    (`Hồ`, `Đường`) or a given name (`Trường`); a kind of two words only before a known place."""
    if len(tokens) < 2 or casefold(tokens[0]) not in first_words("place_kinds") or not _looks_vietnamese(tokens):
        return False  # most runs: no kind of place opens them
    words = [casefold(t) for t in tokens]
    if len(words) > 2 and f"{words[0]} {words[1]}" in keys("place_kinds"):
        return " ".join(words[2:]) in keys("places")
    return words[0] in keys("place_kinds") and words[0] not in _GIVEN_KINDS and not _is_vietnamese_surname(tokens[0])


_COMMA_PLACE = re.compile(rf"^, ([{_UPPER}]\w*(?: [{_UPPER}]\w*){{0,3}})(?![\w-])")


def _province_after(after: str) -> bool:
    found = _COMMA_PLACE.match(after)
    return bool(found) and casefold(found.group(1)) in keys("places")


def _places_after(after: str) -> bool:
    found = _BRACKETED_PLACE.match(after)
    return bool(found) and casefold(found.group(1)) in keys("places")


_COMPASS = {"n.": "north", "s.": "south", "e.": "east", "w.": "west"}


def _compass_place(words: tuple[str, ...]) -> bool:
    point = _COMPASS.get(words[0])
    return bool(point) and (f"{point} {words[1]}" in keys("places") or words[1] in keys("places"))


def _is_demonym(words: tuple[str, ...]) -> bool:
    whole = " ".join(words)
    return whole.endswith("n") and (whole[:-1] in keys("places") or whole[:-2] in keys("places"))


# (Not `nhóm`, a group, which may be of people.)
_COUNTED = re.compile(r"(?:^|\s)(?:\d+|các|những|một số|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?!nhóm\b)(\w+) ?(\w*)")
_CLAUSE_START = re.compile(r"[.;:!?\n]")


def _counted_kind_before(before: str, text: str, start: int) -> str | None:
    """`5 trường … trên địa bàn tỉnh, gồm X, Y`: a counted kind of place earlier in the
    clause heads the list after `gồm`."""
    if not before.endswith(" gồm "):
        return None
    clause = _CLAUSE_START.split(text[max(0, start - 240) : start])[-1]
    counted = _COUNTED.findall(clause)  # the last one counts: `các huyện X có 4 ứng cử viên gồm`
    if not counted:
        return None
    word, pair = counted[-1][0], " ".join(counted[-1])  # `2 cầu thủ`: a role, not a bridge
    return "noun" if pair in keys("place_kinds") or word in keys("place_kinds") and pair not in keys("roles") else None


_LAKESIDE = frozenset({"quanh", "ven", "bờ"})
_ENGLISH_OF = frozenset({"tiếng", "báo", "tờ"})
_ADDRESS_NEXT = re.compile(r",\s*(?:TP|TX|Q|P|H)\b")


def _kind_written_short(text: str, start: int) -> bool:
    """`P. Tân Kowal`, `(P.Tân Kowal`, `Q. Tân Kowal`: a ward or a district written short opens the run or
    stands right before it."""
    at = start if text[start + 1 : start + 2] == "." else start - 2 if text[start - 1 : start] == "." else start - 3
    return at >= 0 and text[at : at + 2] in ("P.", "Q.") and (at == 0 or not text[at - 1].isalnum())


_HEAD_ACRONYM = re.compile(r"(?:^|[\s(])([A-ZĐ][a-zà-ỹđ]+) [A-ZĐ]{2,}[A-ZĐ&]* $")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Words that head an organisation's or a place's name: `Hội`, `Đoàn`, `Sở`, `Trường`."""
    kinds = frozenset(kind for kind in keys("place_kinds") if " " not in kind and kind.isalpha())
    return keys("name_heads") | keys("surname_heads") | kinds


# Tests of `_RULES` (rules.py) that read the patterns above, in the table's order.

def _state_after(run: Candidate) -> bool:
    return bool(_STATE_AFTER.match(run.after))
