"""Titles and fiction: a quotation that is all of a run, a tale's title, a character of a film or a
novel."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys
from .records import Candidate
from .cues import _opens_sentence
from .tokens import _looks_vietnamese


# A run that is all of a quotation is a title of a work: `"Saturday Night Live"`, `“Emilia Pérez”`.
_OPENING_QUOTES = ('"', "“", "‘", "«", "'")
_QUOTE_CLOSED = re.compile(r"""[^a-zà-ỹ"”’»']{0,12}["”’»']""")
# `"Pork - The `: a quotation's first words and a dash or a colon before its subtitle.
_SUBTITLE_JOINS = frozenset({"- ", "– ", ": "})
_QUOTED_FRONT = re.compile(r"[\"“](?:[A-Z][\w'’]* )*[A-Z][\w'’]*(?: [-–]|:) $")


# `Sở Kiều Truyện`, `Vũ Lạc Truyền Kỳ`: a tale's or a legend's title (of a drama, a novel) ends so; no name does.
_TALE_ENDINGS = frozenset({"truyện", "truyền kỳ"})


def _ends_as_tale(tokens: list[str]) -> bool:
    return casefold(tokens[-1]) in _TALE_ENDINGS or casefold(" ".join(tokens[-2:])) in _TALE_ENDINGS


# `vai`, `hóa thân thành`: the part an actor plays, maybe named by a word of address or `người` and a noun
# (`vai phụ cô gái X`, `vai diễn chàng trai X`), not a shoulder (`vỗ vai`); `nhân vật` (a character, or a
# figure of the news) only with a work in the same sentence (`nhân vật X của phim Y`, a title in quotes).
# (Not a shoulder: `vỗ vai`, `khoác vai`, `dồn lên vai X`, the weight falls on X's shoulders.)
_PART_BEFORE = re.compile(r"(?:^|[\s(])(?:(?<!vỗ )(?<!khoác )(?<!kề )(?<!sánh )(?<!bá )(?<!lên )(?<!trên )(?<!gánh )"
                          r"vai(?: diễn)?(?: phụ)?"
                          r"(?: (?:nàng|chàng|lão|cậu|ông|bà|anh|chị|cô|chú|bác|cụ|em|bé|người)(?: [^\W\d_]+)?)?"
                          r"|hóa thân thành|hoá thân thành) $", re.IGNORECASE)
_CHARACTER_BEFORE = re.compile(r"(?:^|[\s(])nhân vật $", re.IGNORECASE)
_WORK = re.compile(r"\b(?:phim|truyện|tiểu thuyết|hoạt hình|series|manga|game|trò chơi|tác phẩm|vở)\b|[\"“«]",
                   re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _is_character(before: str, text: str, end: int) -> bool:
    """`vào vai Hà Dorval`, `nhân vật Hà Dorval trong phim X`, `Hà Dorval (nhân vật của anh …)`: a character
    of fiction, no person."""
    if text.startswith(" (nhân vật", end):
        return True
    reach = before[-30:]
    if "vai" not in reach and "Vai" not in reach and "thành" not in before[-7:] and "vật" not in before[-5:]:
        return False  # most runs: no such word before them
    if _PART_BEFORE.search(before):
        return True
    if not _CHARACTER_BEFORE.search(before):
        return False
    opened = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))
    closed = _SENTENCE_BREAK.search(text, end)
    return bool(_WORK.search(text, opened + 1, closed.start() if closed else len(text)))


# `the drama Kowal Street`: the words right before a run, the last a kind of work.
_KIND_BEFORE = re.compile(r"(?:^|\W)([a-z]+) $")
_ARTICLES = frozenset({"the", "a", "an"})


# `nhà sản xuất phim Kowal`, `đạo diễn phim Kowal`: who makes or plays in films, a person after them.
_FILM_MAKER = re.compile(r"(?:sản xuất|làm|đạo diễn|diễn viên|ngôi sao|biên kịch) phim $", re.IGNORECASE)


def _after_work_kind(run: Candidate) -> bool:
    # (An article cut from the run's front is the title's: `phim The Kowal Gatsby`.)
    word = _KIND_BEFORE.search(run.before[-14:])
    return (bool(word) and word.group(1) in keys("work_kinds") and _ARTICLES.issuperset(run.front)
            and all(map(str.isascii, run.tokens)) and not _FILM_MAKER.search(run.before[-24:]))


def _holds_title_word(run: Candidate) -> bool:
    return not keys("title_words").isdisjoint(run.words[1:]) and run.tokens[0].isascii()


def _opens_with_the(run: Candidate) -> bool:
    # `from The Kowal Boosh`: `The` with a capital inside a sentence opens a title, a band or a paper.
    return run.front == ("the",) and not _opens_sentence(run.before)


def _opens_with_question_word(run: Candidate) -> bool:
    return run.words[0] in keys("title_openers") and run.tokens[0].isascii()


def _closes_with_title_word(run: Candidate) -> bool:
    return run.words[-1] in keys("title_closers") and run.tokens[0].isascii() and not _looks_vietnamese(run.tokens)
