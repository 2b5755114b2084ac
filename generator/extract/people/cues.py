"""Lexicon-backed tests of what stands before a run or inside it: an entry of a lexicon ending the words
before it, a place cue (`tại`, `đường`, `at`), an office within reach, a board; and whether its words
could be a person's name at all."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import casefold, first_words, keys, longest_entry, sizes_by_last_word
from .tokens import (_INITIALS, _LOWER_AFTER, _VN_MIDDLE_NAMES, _VN_NAME_LENGTH, _is_korean_name,
                     _is_vietnamese_surname, _looks_vietnamese)


# Words after which a capitalised run names a place or an organisation, not a person
# (`tại Hà Nội`, `chợ Đồng Xuân`, `báo Tuổi Trẻ`, `người Do Thái`, `the Federal Reserve`).
# Not `from`: `a pass from Ernest Faber`, `taking over from Jack Charlton` name people as often as places.
# Verbs of motion that take no person after them (`chuyển sang Dinh Thanh Vân`, `xuống Trần Văn Khương`);
# not `về` (about), `ra`, `vào`, `qua`, which do.
_PLACE_PREPOSITIONS = frozenset("tại ở đến tới từ lên xuống sang in at near the".split())
# How many words before a run a kind of place reaches: a Vietnamese word is one syllable or more, so
# Vietnamese text reaches further (`viện nghiên cứu hạt nhân X`; English: `the town named after X`).
_CUE_REACH = 4
_CUE_REACH_VI = 6
# Words a place noun does not reach across: what follows them is whose or whom (`ca khúc của X`, `phạt đền
# cho X`, `tập tại khách sạn cùng X`).
_CUE_OWNERS = frozenset({"của", "by", "cho", "cùng", "khi"})
_LIST_OPENERS = frozenset({"gồm", "là", "như", "including"})
# Punctuation after a cue word ends what it speaks of: the next run is something else.
_CUE_BREAKS = frozenset(";:)]\"'”!?")


def _is_known_thing(folded: str) -> bool:
    return any(folded in keys(kind) for kind in ("places", "organisations", "brands", "common_words"))


def _opens_sentence(before: str) -> bool:
    """A headline or a sentence starts here: an adjective or a participle may open it capitalised."""
    return not before.strip(' "“') or before.endswith(("\n", ". ", '" ', "- ", '. "', ". “"))


def _title_near(before: str) -> bool:
    """An office ends within the last three words: `Giám đốc tài chính Tesla …`."""
    words = before.casefold().split()
    return any(_ends_with(words[: len(words) - drop], "titles") for drop in range(min(3, len(words))))


def _is_nationality_plural(word: str) -> bool:
    """`Belgians`, `Iraqis`: the people of a place, a nationality (not a country: `Chiles` is a family
    name) with an s."""
    return word.endswith(("ans", "is")) and casefold(word[:-1]) in keys("places")


def _office_written_on(written: list[str], text: str, end: int) -> bool:
    """Whether the run's last words and the lower-case word after it spell an office (`Phó Bí` `thư`),
    no more than a word before it (`Phó`): not a full name before an office written after it."""
    found = _LOWER_AFTER.match(text, end)
    sizes = sizes_by_last_word("titles").get(found.group(1)) if found else None
    if not sizes:  # most runs: no office ends with the word after them
        return False
    words = [casefold(word) for word in written] + [found.group(1)]
    return any(1 < size <= len(words) < size + 2 and " ".join(words[-size:]) in keys("titles") for size in sizes)


_BOARDS = frozenset({"ban lãnh đạo", "ban điều hành", "ban giám đốc", "ban huấn luyện", "ban quản trị",
                     "hội đồng quản trị"})
_BOARD_ENDS = frozenset(board.split()[-1] for board in _BOARDS)


def _after_board(lowered: list[str]) -> bool:
    """`ban lãnh đạo`, `ban huấn luyện`: the board or the staff of the team or the firm named next (read
    only after a board's last word: most runs have none before them)."""
    return " ".join(lowered[-3:]) in _BOARDS or " ".join(lowered[-4:]) in _BOARDS


def _ends_with(words: list[str], lexicon: str) -> bool:
    """Whether the words right before a run (lower case) end with an entry of `lexicon`."""
    sizes = sizes_by_last_word(lexicon).get(words[-1]) if words else None
    if not sizes:  # most runs: no entry ends with the word before them
        return False
    return any(size <= len(words) and " ".join(words[-size:]) in keys(lexicon) for size in sizes)


@lru_cache(maxsize=1)
def _address_ends() -> frozenset[str]:
    """The words that end an honorific, an office or a role: the only words before a run that
    `_ends_with` can find one of them ending with."""
    return frozenset().union(*(sizes_by_last_word(lexicon) for lexicon in ("honorifics", "titles", "roles")))


@lru_cache(maxsize=1 << 16)  # words recur: one look-up instead of a strip and a case-fold
def _cue_word(written: str) -> str:
    return casefold(written.strip("()[]\"'“”,;:"))


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The words that end a kind of place or a head of a name: what the loop below can stop at."""
    return frozenset(sizes_by_last_word("place_kinds")) | frozenset(sizes_by_last_word("name_heads"))


_JOINED_KINDS = re.compile(r"[-&]")


def _after_place_cue(before: str) -> str | None:
    """Whether a place cue stands before a run, and which: "preposition" or "noun"."""
    written = before.split()[-_CUE_REACH_VI - 1 :]
    # `ba trường THPT (Lê Văn Hưu, Kim Sơn)`: a kind of place before a bracket heads the list in it.
    if written and written[-1] == "(":
        return "noun" if _after_place_cue(before.rstrip()[:-1]) == "noun" else None
    # `4 người: Nguyễn Việt Hà`; `Vũng Tàu, Nguyễn Minh Đạo`: a cue is a lower-case word (or TP) right before.
    if written and written[-1][-1] == ":" and (
            casefold(written[-1][:-1]) in keys("place_kinds")
            or casefold(written[-1][:-1]) in _LIST_OPENERS and len(written) > 1
            and casefold(written[-2].rstrip(",")) in keys("place_kinds")):
        return "noun"  # `các huyện: Quế Phong, Quỳ Châu`, `9 phường, gồm: Tân Mỹ, Đông Hòa`
    if not written or written[-1][-1] in _CUE_BREAKS or written[-1].istitle() and written[-1][-1] != ".":
        return None
    # The word before the run settles most runs: the others are folded only where a test reads them.
    last = _cue_word(written[-1])
    # (`hiện tại, X`: an adverb closed by a comma is no preposition before the run.)
    if last in _PLACE_PREPOSITIONS and written[-1][-1] != ",":
        # ... but not after a phrase that takes a person as often: `quan tâm đến X`, `bàn thắng từ X`.
        if not before.isascii() and _ends_with([_cue_word(w) for w in written[-4:]], "person_prepositions"):
            return None
        return "preposition"
    # ... but `vào sân thay người X` is a substitution in a match, not a nationality.
    if last == "người" and len(written) > 1 and _cue_word(written[-2]) == "thay":
        return None
    words = [_cue_word(w) for w in written] if last in sizes_by_last_word("place_cues") else []
    if words and _ends_with(words, "place_cues"):  # `báo X`, `tạp chí X`
        return "noun"
    if written[-1][-1] == ",":  # `ở mảng truyền hình, Chung Hán Lương`: the noun closed a phrase
        return None
    if _cue_words().isdisjoint(map(_cue_word, written)):  # most runs: no kind of place nor head of a name before them
        return None
    words = words or [_cue_word(w) for w in written]
    capital_between = False
    roles, compounds, kinds = keys("roles"), keys("kind_compounds"), keys("place_kinds")  # each read once, tested often
    for reach in range(min(_CUE_REACH if before.isascii() else _CUE_REACH_VI, len(words))):
        word = words[-1 - reach]
        pair = f"{words[-2 - reach]} {word}" if len(words) > reach + 1 else ""
        if reach:
            opened = f"{word} {words[-reach]}"
            # `cầu thủ trẻ X`: a kind of place (`cầu`) that opens a role is the role's.
            if opened in roles:
                return None
            # `trường hợp X`, `vào sân thay X`: a kind of place inside a word of another meaning.
            if opened in compounds or pair in compounds:
                continue
        # `Trên sân khách, thầy trò X`: a kind of place reaches no further than its clause.
        if reach and written[-1 - reach][-1] in ",;:":
            return None
        # `trường TH-THCS X`, `trường THCS&THPT X`: kinds of school joined in one word.
        if not word.isalpha():
            word = next((part for part in _JOINED_KINDS.split(word) if part in kinds), word)
        # `Thành Miếu vốn là nơi thờ X`: a kind closing a capitalised name is that name's, no cue.
        if word in kinds and pair not in kinds and reach + 1 < len(written) and written[-1 - reach].istitle() and (
                written[-2 - reach].isalpha() and written[-2 - reach].istitle()):
            return None
        if word in kinds or pair in kinds:
            # Capitalised words reach only from a capitalised kind, the head of a name: `Văn phòng
            # Công chứng X`, `Trung tâm Y tế X`.
            # Not after an office, whose organisation it names: `Chánh Văn phòng Bộ X`.
            size = 2 if pair in kinds else 1
            if not capital_between:
                return "noun"
            office = _ends_with(before.casefold().split()[: -reach - size], "titles")
            head = written[-reach - size]  # a word, not an abbreviation: `P. Strang b M. Waugh`
            return "noun" if head.istitle() and head.isalpha() and len(head) > 2 and not office else None
        # `Hội khỏe Phù Đổng`, `Quỹ bảo trợ X`: a name of an organisation capitalises its first word;
        # written lower case these words close other words too (`cơ hội`, `phạt đền`).
        if word in keys("name_heads") and (reach == 0 or written[-1 - reach].istitle()) and not capital_between:
            return "noun"
        # A place noun reaches the name across lower-case words only, and not across `của`: `ca
        # khúc của Mỹ Tâm` names the singer.
        # ... and legal forms in capitals: `công ty TNHH thủy sản X`, `Công ty CP X`.
        if word in _CUE_OWNERS or not word.isalpha():
            return None
        if not (written[-1 - reach].islower() or word in keys("legal_forms")):
            if not written[-1 - reach].istitle():
                return None
            capital_between = True
    return None


def _is_person(tokens: list[str], after_title: bool, after_honorific: bool) -> bool:
    if len(tokens) == 1:  # most runs: one word, whose answer is looked up again
        return _is_person_word(tokens[0], after_honorific)
    return _is_person_of(tokens, after_honorific)


@lru_cache(maxsize=1 << 16)  # bounded: words recur across runs and articles
def _is_person_word(word: str, after_honorific: bool) -> bool:
    return _is_person_of([word], after_honorific)


def _is_person_of(tokens: list[str], after_honorific: bool) -> bool:
    # After an honorific the first word is a name even where it also names a thing (`bà Park`), and so is
    # a Korean family name (`Park Min Ho`).
    if _contains_organisation(tokens[1:] if after_honorific else tokens) and (
            after_honorific or not _is_korean_name(tokens) or _contains_organisation(tokens[1:])):
        return False
    whole = casefold(" ".join(tokens)).rstrip(".")  # `châu Á.` ends a sentence
    # (`Fannie Mae`: an organisation's whole name of the list, whose words alone name people too.)
    if whole in keys("places") or whole in keys("agencies") or len(tokens) > 1 and whole in keys("organisations"):
        return False
    if len(tokens) == 1 or "." in tokens[0] and _INITIALS.match(tokens[0]):  # initials hold stops: most words have none
        return True
    if _looks_vietnamese(tokens):
        # Vietnamese organisations and places are capitalised runs of syllables too
        # (`Lầu Năm Góc`); a Vietnamese full name starts with a family name, unless a child or a
        # friend is called by given names after an honorific (`bé Minh Khang`).
        if _is_vietnamese_surname(tokens[0]):
            return len(tokens) in _VN_NAME_LENGTH
        # A middle name second says the first word is a family name, however rare: `Sa Văn Lực`.
        if len(tokens) in (3, 4) and casefold(tokens[1]) in _VN_MIDDLE_NAMES:
            return True
        return after_honorific and len(tokens) <= 3
    return len(tokens) <= 5


def _contains_organisation(tokens: list[str]) -> bool:
    words = list(map(casefold, tokens))
    if _looks_vietnamese(tokens):
        # Single Vietnamese organisation words (`Quân`, `Bộ`) are also given names: only a whole
        # phrase counts inside a name, and the family-name rule catches the rest.
        # A phrase opens with the first word of an entry: most runs hold none.
        if first_words("organisations").isdisjoint(words[:-1]):
            return False
        longest = longest_entry("organisations")
        return any(
            " ".join(words[i : i + size]) in keys("organisations")
            for size in range(2, longest + 1)
            for i in range(len(words) - size + 1)
        )
    return not keys("organisations").isdisjoint(words) or not keys("compass_words").isdisjoint(words[:-1])
