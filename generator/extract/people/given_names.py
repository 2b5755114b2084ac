"""Vietnamese given names without the family name, and the capitalised words that open a given name
rather than stand before it (`Anh`, `Trường`, a function word before a foreign name)."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys
from .cues import _after_board, _after_place_cue, _ends_with, _is_known_thing
from .tokens import _LOWER_AFTER, _is_syllable, _looks_vietnamese


_SENTENCE_ENDS = frozenset(".!?:\n\"“”'‘’(–-")


def _is_given_anh(tokens: list[str], before: str) -> bool:
    """`ca sĩ Anh Thơ`, `NSND Anh Tú`, `Việt Hoàn, Anh Thơ`: inside a sentence an honorific is written lower case,
    so a capital `Anh` there opens a given name (`Anh` the country stands before its name, not in it)."""
    return (len(tokens) == 2 and tokens[0] == "Anh" and _is_syllable(tokens[1]) and not tokens[1].isascii()
            and len(before) > 1 and before[-1] == " " and before[-2] not in _SENTENCE_ENDS)


def _is_given_word_in_list(tokens: list[str], before: str) -> bool:
    """`Jan Kowal, Theo Nowak`: inside a list in Vietnamese text a Vietnamese word (`theo`, `do`) is
    written lower case, so one with a capital before a foreign name opens the name (`The` opens a title)."""
    return (len(tokens) > 1 and before.endswith((", ", " và ")) and tokens[0] != "The" and not before.isascii()
            and casefold(tokens[0]) in keys("function_words") and not _looks_vietnamese(tokens[1:]))


def _is_given_truong(tokens: list[str], text: str, end: int) -> bool:
    """`Trường Bắc`, `danh hài Trường Kowal`: `Trường` (a school) and one syllable are a given name where no
    kind of school follows (`Trường Cao đẳng`, `Trường THPT`) and the two name no place (`Trường Sa`)."""
    if len(tokens) != 2 or tokens[0] != "Trường" or tokens[1].isupper() or not _is_syllable(tokens[1]):
        return False
    second = casefold(tokens[1])
    found = _LOWER_AFTER.match(text, end)
    return (second not in keys("place_kinds") and (found is None or f"{second} {found.group(1)}" not in keys("place_kinds"))
            and f"trường {second}" not in keys("places"))


# A word that takes a person after it (`cùng Thanh Tùng`, `thay Hữu Thắng`), or a verb of saying or of a
# person's life after the run (`Hồng Anh chia sẻ`, `Thanh Tùng đã gặp`), adverbs between; not `nói riêng`,
# `nói chung` (in particular, in general), said of anything.
_TAKES_A_PERSON = frozenset({"với", "cùng", "thay", "bởi", "của", "cho"})
_PERSON_VERB_AFTER = re.compile(r" (?:(?:đã|cũng|vẫn|thì|lại|còn|sẽ|từng|không|chưa|mới) )?"
                                r"(?:nói(?! riêng| chung)|cho biết|cho hay|chia sẻ|kể|tâm sự|thổ lộ|bộc bạch|tiết lộ"
                                r"|thừa nhận|thú nhận|khẳng định|nhận định|trả lời|viết|hỏi|giải thích|bày tỏ|nhớ lại"
                                r"|cười|khóc|hát|xuất hiện|gặp|qua đời|chết|yêu|thích|muốn|mong|cảm thấy)(?![\w-])")
_ACRONYM_LAST = re.compile(r"(?:^|\s)[A-ZĐ]{2,}[A-ZĐ&]* $")
_FIGURE_NEXT = re.compile(r" \d")


def _given_names_in_use(tokens: list[str], lowered: list[str], before: str, text: str, end: int, article: str) -> bool:
    """`cùng Thanh Tùng`, `Hồng Anh chia sẻ`: two or three syllables that Vietnamese given names are made of
    (generator/data/given_names_vi.txt), the whole run and no known place, firm or thing, are a person called
    by given names where a word before takes a person or a verb after is a person's. Without such a word
    these runs are as often places, firms and festivals (`Trung Thu`, `Phú Quốc`) as people; with it, a
    firm's or a place's name still reads so by what the article writes with it."""
    if len(tokens) not in (2, 3) or not all(casefold(t) in keys("given_names_vi") for t in tokens):
        return False
    if not (lowered and lowered[-1] in _TAKES_A_PERSON or _PERSON_VERB_AFTER.match(text, end)):
        return False
    name = " ".join(tokens)
    if _is_known_thing(casefold(name)):
        return False
    # `Bệnh viện ĐKQT Hồng Lam`: an acronym before it is the kind of its firm or school; `Hồng Lam 2` is
    # a line or an edition.
    if _ACRONYM_LAST.search(before) or _FIGURE_NEXT.match(text, end):
        return False
    # `thị xã Hồng Lam`, `Tập đoàn Hồng Lam`, `ban lãnh đạo Hồng Lam`, `Chủ tịch Hồng Lam` elsewhere in the
    # article: the place, the firm or the team.
    at = article.find(name)
    while at >= 0:
        window = article[max(0, at - 60) : at]
        words = window.casefold().split()
        if _after_place_cue(window) or _after_board(words) or _ends_with(words, "titles"):
            return False
        at = article.find(name, at + len(name))
    return True


def _given_name_shape(tokens: tuple[str, ...]) -> bool:
    """Two or three syllables that Vietnamese given names are made of, and no known place, firm or thing."""
    return (len(tokens) in (2, 3) and all(casefold(t) in keys("given_names_vi") for t in tokens)
            and not _is_known_thing(casefold(" ".join(tokens))))


def _given_names(written: list[str], tokens: list[str], stripped: str | None) -> tuple[str, ...]:
    """`Đức Lương`, `Anh Đức`: among names, a Vietnamese given name that is also a place is a name."""
    if stripped == "places" and len(written) in (2, 3) and _looks_vietnamese(written):
        return tuple(written)
    return tuple(tokens)
