"""A run cut down to the name it holds: titles, places, organisations and function words stripped from its
front; a role, an office, a nationality or a Vietnamese word before the name; an office, a date or a
glued word after it; a Vietnamese name ending a longer run."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import casefold, entries, first_words, keys, sizes_by_first_word
from .cues import _is_known_thing, _is_nationality_plural
from .tokens import (_VN_MIDDLE_NAMES, _VN_NAME_LENGTH, _is_korean_name, _is_syllable, _is_vietnamese_surname,
                     _looks_vietnamese)


@lru_cache(maxsize=1)
def _one_word_roles() -> frozenset[str]:
    return frozenset(role for role in keys("roles") if " " not in role)


def _role_opens(run: list[re.Match]) -> bool:
    """`Bạn Thanh Kowal`, `Diva Jan Dorval`: a role of one word, then two words or more of a name: a foreign
    word, or a syllable of Vietnamese names (`Bạn Trên Mây` is a film's title)."""
    if len(run) < 3 or casefold(run[0].group()) not in _one_word_roles():
        return False
    first = run[1].group()
    return first.isascii() or casefold(first) in keys("given_names_vi") or _is_vietnamese_surname(first)


_COMPOUND_PREFIX = re.compile(r"\b(?:sub|fellow|pro|anti|non|pan|trans)-$")  # not `ex-`: `ex-West German Chancellor`


def _before_glued_hyphen(tokens: list[str]) -> list[str]:
    """`Lê Văn An-Phó chủ tịch`, `Trần Văn Bình-Thượng tá Lê Văn Cường`: a Vietnamese name has no
    hyphen, so a hyphen before a capital ends it (a Korean one goes on in lower case: `Jong-un`).
    So does a hyphen before a marked Vietnamese word after a foreign name (`Jonah Kowalski-Trường
    THCS X`): a double family name joins two foreign words (`Kowal-Nowak`)."""
    for index, token in enumerate(tokens):
        if "-" not in token:  # most words: nothing to split
            continue
        left, hyphen, right = token.partition("-")
        first = right.split("-")[0]
        if hyphen and right[:1].isupper() and _is_syllable(first) and (
                not first.isascii() or _is_syllable(left) and not "".join(tokens[: index + 1]).isascii()):
            return tokens[:index] + [left]
    return tokens


def _without_title_after(tokens: list[str], after: str) -> list[str]:
    """`Nguyễn Văn Tiến Chủ tịch xã`: a capitalised word that opens an office written after the name
    belongs to the office, not to the name; and so do the words before it that the office goes on
    from (`ông Phó Thủ tướng`: `phó thủ tướng`)."""
    if not tokens or not after[1:2].islower() or after[:1] != " ":
        return tokens
    if not sizes_by_first_word("titles").get(casefold(tokens[-1])):  # most runs: the loop below stops at once
        return tokens
    words = [w.rstrip(",.;:") for w in after.split()[:3]]
    while tokens:
        last = casefold(tokens[-1])
        sizes = sizes_by_first_word("titles").get(last)
        if not sizes:  # most runs: no office can start with their last word
            return tokens
        if not any(casefold(f"{last} {' '.join(words[: size - 1])}") in keys("titles")
                   for size in sizes if 1 < size <= len(words) + 1):
            return tokens
        words = [tokens[-1], *words]
        tokens = tokens[:-1]
    return tokens


def _without_place_at_end(tokens: list[str]) -> list[str]:
    # A Vietnamese name keeps three words, and a last word that is a country's (`Kiều Thị Nga`, `Lê Văn Đức`)
    # is a given name: its side is a province of two words.
    vietnamese = _is_vietnamese_surname(tokens[0])
    for size in (2,) if vietnamese else (2, 1):
        if len(tokens) - size >= (3 if vietnamese else 2) and casefold(" ".join(tokens[-size:])) in keys("places"):
            return tokens[:-size]
    return tokens


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_NEXT = re.compile(r" \d{1,2}\b")


# Common Vietnamese words that the source text sometimes glues to the name before them
# (`Ông Chiunói rằng`, `Dean Burnettgiải thích`); all carry marks, so `Camacho` keeps its `cho`.
_GLUED = re.compile(r"^(\w{2,}?)(nói|thị|giải|là|và|của|được|đã|có|cũng|sẽ|tại)$")


@lru_cache(maxsize=1 << 16)  # words recur across runs and articles
def _unglued(word: str) -> str:
    if word.isascii() or _is_syllable(word):
        return word
    glued = _GLUED.match(word)
    return glued.group(1) if glued else word


def _strip_front(tokens: list[str], after_honorific: bool = False) -> tuple[list[str], str | None]:
    """Drop titles, places, organisations and function words from the front; say which kind came last.
    Right after an honorific a place or an organisation word is a given name: `bà Park Geun-hye`."""
    if len(tokens) == 1:  # most runs: one word, whose answer is looked up again
        kept, last = _stripped_word(tokens[0], after_honorific)
        return list(kept), last
    return _stripped(tokens, after_honorific)


@lru_cache(maxsize=1 << 16)  # bounded: words recur across runs and articles
def _stripped_word(word: str, after_honorific: bool) -> tuple[tuple[str, ...], str | None]:
    kept, last = _stripped([word], after_honorific)
    return tuple(kept), last


def _stripped(tokens: list[str], after_honorific: bool) -> tuple[list[str], str | None]:
    last = None
    while tokens:
        first = casefold(tokens[0])
        lexicons = _front_lexicons().get(first)
        if not lexicons:  # most runs: no entry of any of them starts here
            break
        for lexicon in lexicons:  # in order, those with an entry that starts so: the others find none
            size = _phrase_at_front(tokens, lexicon)
            if not size:
                continue
            # An acronym is no capitalised word: `SA` the company form is not `Sa`, a family name.
            if size == 1 and first in _acronyms(lexicon) and not tokens[0].isupper():
                size = 0
            # ... but a place of two words or more is no given name: `VĐV Trung Quốc Zhang`.
            if (lexicon in ("places", "organisations") and size and after_honorific
                    and (size < 2 or size == len(tokens))):
                continue
            # `Bà Rịa` is a province, not `bà` before a name: the longer phrase wins.
            if lexicon == "honorifics" and size and first in first_words("places") and _phrase_at_front(tokens, "places") > size:
                continue
            # ... nor is a Korean family name that names things in English: `Park Min Ho`.
            if lexicon == "organisations" and size == 1 and _is_korean_name(tokens):
                continue
            if size and not (lexicon in ("organisations", "brands") and size == len(tokens)):
                break
        else:
            break
        last = lexicon
        tokens = tokens[size:]
    return tokens, last


_FRONT_LEXICONS = ("honorifics", "titles", "places", "organisations", "brands", "function_words")


@lru_cache(maxsize=1)
def _front_lexicons() -> dict[str, tuple[str, ...]]:
    """For each first word of an entry, the lexicons of `_FRONT_LEXICONS` with an entry it opens."""
    found: dict[str, tuple[str, ...]] = {}
    for lexicon in _FRONT_LEXICONS:
        for word in first_words(lexicon):
            found[word] = (*found.get(word, ()), lexicon)
    return found


_ENGLISH_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _is_family_name_of_office(words: list[str], text: str) -> bool:
    """`Mr Bishop`, `Mrs Judge`: an office's word after an English honorific (the last two of `words`, the
    word before the run and the run) is a family name where the article never writes it as an office: in
    lower case or before a name (`the president`, `President Kowal`)."""
    if not (len(words) > 1 and casefold(words[-2]) in _ENGLISH_HONORIFICS and words[-1][1:].islower()
            and casefold(words[-1]) in keys("titles")):
        return False
    word = re.escape(words[-1])
    return not re.search(rf"\b{word.lower()}\b|\b{word} [A-Z]", text)


def _after_last_title_word(tokens: list[str]) -> tuple[list[str], bool]:
    """`Fed Chair Jerome Powell`, `Health Secretary Wes Streeting`: a title word inside a run ends
    what stands before the name. A title word last in the run is part of the name (`Martin Luther King`)."""
    for index in range(len(tokens) - 2, -1, -1):
        word = casefold(tokens[index])
        if word in _title_words() or "-" in word and word.replace("-", " ") in keys("titles"):  # `Attorney-General`
            return tokens[index + 1 :], True
    return tokens, False


def _owner_or_owned(run: list[re.Match]) -> list[re.Match]:
    """`Tottenham's Darren Anderton`: a name after an owner; `Nelson Mandela's Xhosa tribe`: the owner."""
    for index, match in enumerate(run[:-1]):
        if match.group()[-2:] in ("'s", "’s"):
            return run[index + 1 :] if len(run) - index > 2 else run[: index + 1]
    return run


def _after_nationality(tokens: list[str]) -> list[str]:
    """`Second-ranked Austrian Thomas Muster`: a nationality inside a foreign run ends what stands
    before the name. Vietnamese runs are left alone: `Mỹ`, `Anh` are also given names there."""
    if len(tokens) < 3 or _looks_vietnamese(tokens):
        return tokens
    for index in range(len(tokens) - 3, -1, -1):
        if casefold(tokens[index]) in keys("places") or _is_nationality_plural(tokens[index]):
            return tokens[index + 1 :]
    return tokens


def _after_a_vietnamese_word(tokens: list[str], opens_sentence: bool) -> list[str]:
    """`châu Âu Jan Kowal`, `Thái Bình Dương Anna Nowak`: inside a sentence, one marked
    Vietnamese word before a foreign given and family name ends what stands before the name (`Mai
    Daisy`, a stage name of two, stays whole; `Món Salad Riga` opening a sentence is a dish)."""
    if (len(tokens) > 2 and not tokens[0].isascii() and _is_syllable(tokens[0]) and not opens_sentence
            and not any(_is_syllable(t) for t in tokens[1:])):
        return tokens[1:]
    return tokens


@lru_cache(maxsize=None)
def _acronyms(lexicon: str) -> frozenset[str]:
    return frozenset(casefold(entry) for entry in entries(lexicon) if entry.isupper() and len(entry) > 1)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    # One-word titles only, and only those written with a capital inside English runs; Vietnamese
    # one-word titles (`ông`, `bà`) are handled before the run.
    return frozenset(k for k in keys("titles") if " " not in k and k.isascii())


def _is_stage_name(tokens: list[str]) -> bool:
    """`Jovin Hoàng Sơn`, `Tomi Hoàng Dương`: one foreign word that no lexicon knows, before two marked
    Vietnamese words, is a stage name whole (a firm before a full name is written before three)."""
    return (len(tokens) == 3 and tokens[0].isascii() and tokens[0][1:].islower() and not _is_syllable(tokens[0])
            and all(not t.isascii() and _is_syllable(t) for t in tokens[1:]) and not _is_known_thing(casefold(tokens[0])))


def _vietnamese_name_at_end(tokens: list[str]) -> tuple[list[str], bool]:
    """`Hồ Chí Minh Bùi Hòa An`, `Vingroup Phạm Nhật Vượng`: a Vietnamese name ending a longer run
    is the name; what stands before it is its organisation or place. Says whether it split."""
    if len(tokens) <= 2 or (_looks_vietnamese(tokens) and len(tokens) in _VN_NAME_LENGTH and _is_vietnamese_surname(tokens[0])):
        return tokens, False
    for start in range(1, len(tokens) - 1):
        name = tokens[start:]
        # Unmarked words only look Vietnamese: `Le Pen` in `Marine Le Pen` is not `Lê Pen`.
        if (len(name) in _VN_NAME_LENGTH and _is_vietnamese_surname(name[0]) and all(_is_syllable(t) for t in name)
                and not " ".join(name).isascii()):
            # `Hoa hậu Đại Dương Đặng Thu Thảo`: of two family names in a row after what was cut, the
            # second opens a name of three.
            if len(name) == 4 and _is_vietnamese_surname(name[1]):
                return name[1:], True
            # `Đại tá Sa Văn Lực`: a middle name follows the family name, however rare that is.
            if (len(name) < 4 and casefold(name[0]) in _VN_MIDDLE_NAMES and _is_syllable(tokens[start - 1])
                    and tokens[start - 1][0].isupper()):
                return tokens[start - 1 :], True
            return name, True
    return tokens, False


def _phrase_at_front(tokens: list[str], lexicon: str) -> int:
    """How many words at the front make an entry of `lexicon`; the caller has checked the first."""
    for size in sizes_by_first_word(lexicon).get(casefold(tokens[0]), ()):
        if size <= len(tokens) and casefold(" ".join(tokens[:size])) in keys(lexicon):
            return size
    return 0
