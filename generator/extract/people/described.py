"""What only a person has, written beside a run, which vouches for a name with no cue before it: an age,
a goal's minute, a scorer's or a batsman's line, a real name or a part in brackets (a player's act and a
goal's verb after a run are patterns of `mentions`, which alone reads them)."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys
from .cues import _is_person
from .records import Mention
from .tokens import _looks_vietnamese


# What only a person has, written right after the name: an age (`Yến Nhi, 23 tuổi`, `(SN 1990)`), the
# minute of a goal (`Trung Hậu (75')`, `(số 9, phút 53)`). It vouches for given names alone.
# A shirt number in brackets says the same (`Lan Chi (số 12)`), and so does a minute written after a
# space in a list of scorers (`Lan Chi 40', Quốc Bảo 81'`), and where a photo shows them (`Thu Hà (trái)`).
_PERSON_AFTER = re.compile(r"(?:,\s*|\s*\(\s*)(?:\d{1,3}\s*tuổi|(?:sinh năm|SN)\s*\d{4}\b|(?:số \d{1,2},\s*)?phút\s*\d|\d{1,3}['’]"
                           r"|số \d{1,2}\))| \d{1,3}['’](?!\w)| ?\((?:ảnh|trái|phải|giữa)\)")
# A minute opening the sentence before a run names the player of that minute: `Phút 31, Quốc Bảo`,
# `5 phút sau, Lan Chi`.
_MINUTE_BEFORE = re.compile(r"(?:^|[\n.] ?)(?:[Pp]hút(?: thứ)? \d{1,3}(?:\+\d)?|\d{1,3} phút sau), $")
# A scorer's minute in a result (`Riverside 1 (Kowal 66th, Rossi 70th)`) and a batting line
# (`Amir Sadiq c Hollis b Crane 46`): only players are written so.
_SCORER_AFTER = re.compile(r" \d{1,3}(?:st|nd|rd|th)\b")
_SCORER_CLOSING = re.compile(r" \d{1,3}(?:st|nd|rd|th)\b[^()\n]{0,20}\)")
_BOWLED_BEFORE = (" c ", " b ", " st ")  # and `lbw b `, `c and b `
_BATSMAN_AFTER = re.compile(r" (?:c [^\n]{2,30}? b|c and b|lbw b|st [^\n]{2,30}? b|b|run out|not out)\b[^\n]{0,30}? \d{1,3}\s*$")
_BATTING_AFTER = re.compile(r"(?: b [^\n]{2,30}?)? \d{1,3}\s*$")
# A full name in brackets after one word (`Tâm (Lê Văn An)`, `Hạnh (NSƯT Kim Lan)`): the word is a part
# or a stage name, and its player another person.
_PLAYER_IN_BRACKETS = re.compile(r" \((?:NSND |NSƯT )?([^\W\d_]+(?: [^\W\d_]+){1,3})\)")


def _described(before: str, text: str, end: int) -> bool:
    """What only a person has, written right after the run (an age, a goal's minute), a scorer's minute in a
    result, or a batting line."""
    if _PERSON_AFTER.match(text, end):
        return True
    # A line may break inside the brackets: `(Kowal 45th, Nowak 90th and` / `Bauer 85th)`.
    if before.rstrip().endswith(("(", ",")):
        if _SCORER_AFTER.match(text, end):
            return True
    elif not before.strip() and (_SCORER_CLOSING.match(text, end) or _BATSMAN_AFTER.match(text, end)):
        return True
    return ("hút" in before and bool(_MINUTE_BEFORE.search(before))
            or before.endswith(_BOWLED_BEFORE) and bool(_BATTING_AFTER.match(text, end)))


_BRACKET_OPENS = re.compile(r" \((?:còn có )?([^\W\d_]+(?: [^\W\d_]+){0,3})")
_ALIAS_OPENERS = frozenset({"tên thật", "nghệ danh", "biệt danh", "tên khai sinh"})


def _other_name_in_brackets(text: str, end: int) -> bool:
    """`Thu Hà (tên thật Lê Thu Hà)`, `Thu Hà (còn có nghệ danh là …)`: only a person has a real name or a
    stage name besides the one written."""
    opened = _BRACKET_OPENS.match(text, end)
    if not opened:
        return False
    words = opened[1].casefold().split()
    return " ".join(words[:2]) in _ALIAS_OPENERS or " ".join(words[:3]) in _ALIAS_OPENERS


def _player_of_a_part(mentions: list[Mention], run: list[re.Match], text: str) -> bool:
    """`Tâm (Lê Văn An)`, `Hạnh (Jan Kowal)`: in Vietnamese text, a full name in brackets after one word
    is the actor of a part or the person behind a stage name, a second person (`Lý Gia Siêu (John Lee)`
    is one; English results write a player's club so: `Kowal (Riverside Rovers)`)."""
    start = run[0].start()
    return len(mentions[-1].tokens) == 1 and len(run) > 1 and not text[max(0, start - 80) : start].isascii()


def _part_of_a_player(text: str, end: int) -> bool:
    """`Tâm (Lê Văn An)`: one word before a Vietnamese full name in brackets, not a place's, names a
    part or a stage name; the alias rule keeps the player as a second person."""
    player = _PLAYER_IN_BRACKETS.match(text, end)
    if not player:
        return False
    words = player[1].split()
    return (all(w[0].isupper() for w in words) and _looks_vietnamese(words) and casefold(player[1]) not in keys("places")
            and _is_person(words, False, False))
