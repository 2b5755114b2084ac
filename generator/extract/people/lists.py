"""Lists of names: the given names and lone words a list of people speaks for, pairs, casts, line-ups
joined by hyphens, lists of places, firms and brands, and the lists the whole article settles."""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from ...lexicon import casefold, fold
from .cues import _is_known_thing, _is_person
from .given_names import _ACRONYM_LAST, _given_name_shape
from .records import Mention, NearMiss
from .runs import _UPPER
from .tokens import _is_syllable, _is_vietnamese_full_name, _looks_vietnamese


_LIST_NEXT = re.compile(r",? và |, ")


class _Item(NamedTuple):  # one for every run of every text: a tuple is built the fastest
    start: int
    end: int
    kind: str  # "addressed" (after a role or an honorific), "person", "maybe" (a lone word, given names alone), "other"
    tokens: tuple[str, ...]


# An item built from C (`_new_item((start, end, kind, tokens))`), not through the Python `__new__` a named
# tuple is given: one for every run.
_new_item = partial(tuple.__new__, _Item)


# What joins the names of a list: `Thanh Lam, Tùng Dương và Mỹ Linh`, `Kowal, Nowak hay Rossi`. Not a
# dash: `Goalkeepers - …`, `Nếp Xanh - Lê Văn An` (a brand and its designer).
_NAME_LIST_JOINS = frozenset({", ", " và ", ", và ", " hay ", " and ", ", and "})
_LINE_UP = 5  # names after a colon, none of them anything else: a team's line-up


def _joined_runs(text: str, items: list[_Item]) -> list[list[_Item]]:
    """The runs of a text in lists, each list as its runs (two or more) joined by commas or conjunctions:
    read once for the readers of lists below (one run alone is no list)."""
    groups: list[list[_Item]] = []
    group: list[_Item] = []
    for item in items:
        if group and text[group[-1].end : item.start] in _NAME_LIST_JOINS:
            group.append(item)
            continue
        if len(group) > 1:
            groups.append(group)
        group = [item]
    if len(group) > 1:
        groups.append(group)
    return groups


def _names_in_lists(text: str, groups: list[list[_Item]], offset: int,
                    pending: list[_List] | None = None) -> list[Mention]:
    """In a list of names, two of them people's full names and none anything else, or in a line-up
    after a colon, the lone words and given names are people too: `Danilo, Sterling, De Bruyne`.
    A role or an honorific before the first name of a list of three speaks of all of them:
    `ca sĩ Tùng Lâm, Bảo Anh, Minh Thư`. Lists that the rest of the article may settle go to `pending`."""
    found: list[Mention] = []
    for group in groups:
        kinds = [g.kind for g in group]
        if "other" not in kinds and "maybe" in kinds and (
            len(kinds) - kinds.count("maybe") >= 2 and len(group) >= 3
            or kinds[0] == "addressed" and len(group) >= 3
            or len(group) >= _LINE_UP and text[max(0, group[0].start - 2) : group[0].start] == ": "
        ):
            found += [Mention(g.tokens, True, True, offset + g.start, "list-of-names")
                      for g in group if g.kind == "maybe"]
        elif (pending is not None and "other" not in kinds and "maybe" in kinds
              and (len(group) > 2 or _a_pair(text, group))):
            pending.append(_List(offset, tuple(group), not text.isascii()))
    return found


_PAIR_JOINS = frozenset({" và ", " hay "})


def _a_pair(text: str, group: list[_Item]) -> bool:
    """`Lê Văn Kowal và Thanh Dorval`: two names joined by `và`, neither after an acronym
    (`KVB Thanh Dorval`, a bank's branch). A comma joins a name to what it stands beside (`CEO của Kowal, Jan
    Kowal`), not to another of its kind."""
    first, second = group
    return text[first.end : second.start] == " và " and not any(
        _ACRONYM_LAST.search(text, max(0, g.start - 12), g.start) for g in group)


def _foreign_pair(text: str, items: list[_Item], offset: int) -> list[Mention]:
    """`Kowal và Nowak`, `Kowal hay Nowak`: in Vietnamese text, two lone foreign words that no lexicon
    knows, joined as a pair and in no longer list of names, are two people (places and firms come in
    lists, or are known)."""
    found: list[Mention] = []
    if " và " not in text and " hay " not in text:  # most texts: no pair to read
        return found
    for index in range(len(items) - 1):
        first, second = items[index], items[index + 1]
        if (text[first.end : second.start] in _PAIR_JOINS and _lone_foreign(first) and _lone_foreign(second)
                and not (index and text[items[index - 1].end : first.start] in _NAME_LIST_JOINS)
                and not (index + 2 < len(items) and text[second.end : items[index + 2].start] in _NAME_LIST_JOINS)
                and not text[max(0, first.start - 80) : first.start].isascii()):
            found += [Mention(g.tokens, True, True, offset + g.start, "foreign-pair") for g in (first, second)]
    return found


def _lone_foreign(item: _Item) -> bool:
    """One foreign word that no lexicon knows, written alone (`Toyota Dorval`: a brand's model is no name)."""
    word = item.tokens[0] if len(item.tokens) == 1 and item.end - item.start <= len(item.tokens[0]) + 2 else ""
    return (item.kind == "maybe" and word.isascii() and word.isalpha() and word[1:].islower() and len(word) > 2
            and not _is_syllable(word) and not _is_known_thing(casefold(word)))


def _cast_list(text: str, offset: int) -> list[Mention]:
    """`Minh Thư (Lan), Bảo Anh (Hạnh), Jan Kowal (Tom)…`: three pairs or more in a row, a name and a
    name in brackets, a full name on one side at least, are players and their parts (or parts and their
    players), all people (`Mind (Tâm), Body (Thân), …` glosses words); not
    where a place, a firm or an acronym stands on either side (`Hà Đông (Hà Nội), …` lists districts,
    `Văn Kowal (HNFC), …` players and their clubs); in Vietnamese text only: English results write
    players with their clubs so."""
    found: list[Mention] = []
    row: list[re.Match] = []
    for pair in list(_CAST_PAIR.finditer(text)) + [None]:
        if pair and row and text[row[-1].end() : pair.start()] in _CAST_JOINS:
            row.append(pair)
            continue
        names = [(p.start(g), p.group(g).split()) for p in row for g in (1, 2)]
        if (len(row) >= _CAST and all(p.group(1).count(" ") or p.group(2).count(" ") for p in row)
                and all(_is_person(words, False, True) and not any(w.isupper() and len(w) > 1 for w in words)
                        for _, words in names)):
            found += [Mention(tuple(words), True, True, offset + at, "cast-list") for at, words in names]
        row = [pair] if pair else []
    return found


def _without_listed_things(text: str, groups: list[list[_Item]], mentions: list[Mention], offset: int,
                           near: list[NearMiss] | None) -> list[Mention]:
    """`Google, Apple, Kowal Moreno và Dorval Rock`: a run that no cue vouches for, in a list of three
    or more beside two that the lexicon knows as places, firms or brands, is one of their kind (unless a
    role opens the list: `các ca sĩ A, B, C`)."""
    groups = [group for group in groups if len(group) >= 3 and group[0].kind != "addressed"]
    if not groups:
        return mentions
    suspects = {m.position - offset for m in mentions if m.rule == "capitalised-run"}
    if not suspects:
        return mentions
    things: set[int] = set()
    for group in groups:
        listed = {g.start for g in group} & suspects
        if listed and sum(_is_known_thing(casefold(text[g.start : g.end].rstrip("."))) for g in group) >= 2:
            things |= listed
    if not things:
        return mentions
    for mention in mentions:
        if mention.position - offset in things and near is not None:
            near.append(NearMiss(mention.name, "listed beside places, firms or brands", mention.position, "list-of-things"))
    return [m for m in mentions if m.position - offset not in things]


class _List(NamedTuple):
    offset: int  # of the text the list stands in
    items: tuple[_Item, ...]
    vietnamese: bool  # the text is: a lone foreign word listed there is no English firm or place


def lists_settled_by_article(pending: list[_List], mentions: list[Mention]) -> list[Mention]:
    """`Minh Khôi, Thu Hà và Lan Chi` with `ca sĩ Thu Hà` elsewhere in the article: a given name the
    article names as a person counts as one in a list too, and a list of three with one person speaks
    for the Vietnamese given names in it (an English list of lone words holds firms and places), and
    in Vietnamese text for the lone foreign words no lexicon knows (`Jan Kowal, Nowak, Rossi`).
    A lone word that no honorific vouches for is no person of the list: it may be the firm of one
    (`ông chủ Facebook`: an office stands before firms too). In Vietnamese text a person vouched for (a
    Vietnamese full name, or a name after a word of address or a role) joined by `và` to given-name
    syllables or a lone foreign word speaks for them too (`Lê Văn Kowal và Thục Kiều`): a firm or a place
    stands beside such a person so less often than in a list, and then in a lexicon."""
    known = ({fold(m.name) for m in mentions if len(m.tokens) > 1 or m.after_honorific}
             | {fold(" ".join(m.tokens[-2:])) for m in mentions if len(m.tokens) > 2})
    vouched = {fold(m.name) for m in mentions if m.after_honorific}
    found = []
    for listed in pending:
        kinds = ["person" if g.kind == "maybe" and fold(" ".join(g.tokens)) in known else g.kind for g in listed.items]
        if "maybe" not in kinds or kinds.count("maybe") == len(kinds):
            continue
        if len(kinds) == 2:
            # (A run of capitalised words alone is as often a firm or a place: `Kowal Group và Dorval`.)
            if listed.vietnamese and all(kind == "maybe" or kind == "addressed" or _is_vietnamese_full_name(g.tokens)
                                         or fold(" ".join(g.tokens)) in vouched
                                         for g, kind in zip(listed.items, kinds)):
                found += [Mention(g.tokens, True, True, listed.offset + g.start, "pair-with-person")
                          for g, kind in zip(listed.items, kinds)
                          if kind == "maybe" and (_given_name_shape(g.tokens) or _lone_foreign(g))]
            continue
        for g, kind in zip(listed.items, kinds):
            if kind == "maybe" and _looks_vietnamese(g.tokens):
                found.append(Mention(g.tokens, True, True, listed.offset + g.start, "list-with-named-people"))
            elif kind == "maybe" and listed.vietnamese and _lone_foreign(g):
                found.append(Mention(g.tokens, True, True, listed.offset + g.start, "foreign-in-list"))
    return found


# `Kowal-Marek-Jonas`: three or more capitalised words (or `De Vreeland`) joined by hyphens without spaces.
_JOINED_PART = rf"(?:(?:De|Van|Di|Da|Del|Le|La|Dos|Dal) )?[{_UPPER}][^\W\d_]+"
_JOINED_LINE_UP = re.compile(rf"{_JOINED_PART}(?:-{_JOINED_PART}){{2,}}")
_HYPHEN_CAPITAL = re.compile(rf"-[{_UPPER}]")
# `Minh Thư (Lan), Bảo Anh (Hạnh)`: a name and a name in brackets, in a row of pairs.
_CAST_NAME = rf"[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,3}}"
_CAST_PAIR = re.compile(rf"({_CAST_NAME}) \(({_CAST_NAME})\)")
_CAST_JOINS = frozenset({", ", " - ", " – ", " và ", ", và "})
_CAST = 3  # pairs in a row


def _is_joined_line_up(run: list[re.Match]) -> bool:
    """`bộ ba Kowal-Marek-Jonas`, `liên minh Mỹ-NATO-EU`: three names or more joined by hyphens in one
    word are a line-up, never one person (a double given or family name has one hyphen a word:
    `Jean-Pierre Kowal-Nowak`)."""
    return any(m.group().count("-") > 1 and len(_HYPHEN_CAPITAL.findall(m.group())) > 1 for m in run)


def _line_up_parts(run: list[re.Match], offset: int) -> list[Mention]:
    """After a role, an honorific or an office each name of a line-up is a person, when all are names
    in form and none is a place, a firm, a brand or a common word, nor a Vietnamese word."""
    written = " ".join(m.group() for m in run).rstrip(".")
    if not _JOINED_LINE_UP.fullmatch(written):
        return []
    parts = written.split("-")
    if any(not p.split()[-1][1:].islower() or _is_syllable(p) or _is_known_thing(casefold(p)) for p in parts):
        return []
    start = offset + run[0].start()
    return [Mention(tuple(p.split()), True, True, start, "joined-line-up") for p in parts]


def _list_goes_on(text: str, end: int) -> bool:
    """A join, then a name: `các cầu thủ A, B`, not `các cầu thủ X, cũng …` (X is their team)."""
    join = _LIST_NEXT.match(text, end)
    return bool(join) and text[join.end() : join.end() + 1].isupper()
