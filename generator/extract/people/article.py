"""The people of one article: its paragraphs read, the byline set aside, what the article says elsewhere
applied (a first word it uses alone, a place, a team or a firm, a listed firm's stock code), and each
mention resolved."""

from __future__ import annotations

import re

from ...curation import Curation, person_key
from ...lexicon import casefold, fold
from .bylines import _byline_start
from .lists import _List, lists_settled_by_article
from .mentions import find_mentions
from .records import Mention, NearMiss, article_words
from .resolve import _parts, _resolve
from .rules import _SIDE_RULES
from .tokens import _composed, _is_vietnamese_full_name


def extract_people(paragraphs: tuple[str, ...], curation: Curation) -> tuple[str, ...]:
    """Canonical names of the people in the article, in the order they are first mentioned."""
    return find_people(paragraphs, curation)[0]


def find_people(paragraphs: tuple[str, ...], curation: Curation) -> tuple[tuple[str, ...], tuple[NearMiss, ...]]:
    """The people, and the names set aside by a rule that the curated file does not settle."""
    mentions: list[Mention] = []
    near: list[NearMiss] = []
    standalone: set[str] = set()
    pending: list[_List] = []  # lists of names that the whole article may settle
    # Decomposed tone marks split a word in two (`Hồ` as `Hô` and a mark): words are read composed,
    # and the look-alike Ð (eth) is read as Đ.
    paragraphs = tuple(map(_composed, paragraphs))
    words = article_words(paragraphs)
    for offset, text in _offsets(paragraphs):
        found_here, alone = find_mentions(text, offset, near, words, pending)
        mentions += found_here
        standalone |= alone
    if pending:
        mentions = sorted(mentions + lists_settled_by_article(pending, mentions), key=lambda m: m.position)
    byline = _byline_start(paragraphs)
    for mention in [m for m in mentions if m.position >= byline]:
        near.append(NearMiss(mention.name, "the byline, the article's author", mention.position, "byline"))
    mentions = _strip_known_non_names([m for m in mentions if m.position < byline], frozenset(standalone), near)
    mentions = _without_listed_firms(mentions, _stock_coded(paragraphs), near)
    mentions = _without_places_named_here(mentions, near)
    mentions = _without_sides_named_here(mentions, near)
    full_names = {fold(m.name): m for m in mentions if len(m.tokens) > 1}
    by_word: dict[str, list[Mention]] = {}
    for mention in full_names.values():
        for word in {w for t in mention.tokens for w in _parts(fold(t))}:  # `al-Assad` under `assad` too
            by_word.setdefault(word, []).append(mention)
    found: dict[str, int] = {}  # canonical name -> first position
    for mention in mentions:
        name = _resolve(mention, full_names, by_word, curation, near)
        if name and not curation.is_never(name):
            found.setdefault(name, mention.position)
    # The curated file promotes a name a rule set aside: one line makes it a person.
    for miss in near:
        name = curation.canonical(miss.name)
        if name and not curation.is_never(name):
            found.setdefault(name, miss.position)
    people = tuple(sorted(found, key=found.__getitem__))
    settled = {person_key(n) for n in people} | curation.never
    unsettled = {person_key(m.name): m for m in reversed(near) if person_key(m.name) not in settled}
    return people, tuple(sorted(unsettled.values(), key=lambda m: m.position))


def _strip_known_non_names(mentions: list[Mention], standalone: frozenset[str], near: list[NearMiss]) -> list[Mention]:
    """`CEO Nvidia Jensen Huang`: a first word the article uses alone elsewhere is not part of the name."""
    result = []
    addressed = {fold(m.tokens[-1]) for m in mentions if m.after_title}
    for mention in mentions:
        tokens = mention.tokens
        if mention.rule == "stage-name":  # `Jovin` alone elsewhere is the same singer
            result.append(mention)
            continue
        # A family name is used alone in headings and lists (`Phạm`): it still opens a full name.
        while len(tokens) > 2 and casefold(tokens[0]) in standalone and not _is_vietnamese_full_name(tokens):
            tokens = tokens[1:]
        # Unless an office goes with it here or elsewhere in the article (`ông Taneja`), what
        # follows a company's name is the company's own unit: `Reliance Jio Infocomm`.
        if len(tokens) < len(mention.tokens) and not mention.after_title and fold(tokens[-1]) not in addressed:
            near.append(NearMiss(mention.name, f"after `{mention.tokens[0]}`, which the article uses alone",
                                 mention.position, "unit-of-standalone"))
            continue
        result.append(mention if tokens is mention.tokens else  # most mentions: kept whole
                      Mention(tokens, mention.after_title, mention.after_honorific, mention.position, mention.rule))
    return result


def _without_places_named_here(mentions: list[Mention], near: list[NearMiss]) -> list[Mention]:
    """`TP Hồ Chí Minh` earlier, `Hồ Chí Minh` alone later: a name the article gives as a place, with
    no cue of its own where it stands alone, keeps that sense; so does an edition's name (`Miss Lens 2030`)."""
    places = {fold(m.name) for m in near if m.rule.startswith("place-")}
    editions = {fold(m.name) for m in near if m.rule == "event-year"}
    characters = {fold(m.name) for m in near if m.rule == "role-in-fiction"}
    if not places and not editions and not characters:
        return mentions
    kept = []
    for mention in mentions:
        # `vai Hà Dorval` once, `Hà Dorval` with no cue after: the character still.
        if fold(mention.name) in characters and not (mention.after_honorific or mention.after_title):
            near.append(NearMiss(mention.name, "a character the article names by a part or a work",
                                 mention.position, "character-in-article"))
            continue
        # `Miss Lens 2030` once, `Miss Lens` after: the contest, whatever stands before it.
        if fold(mention.name) in editions:
            near.append(NearMiss(mention.name, "a contest or a show the article names with its year",
                                 mention.position, "event-in-article"))
            continue
        # Streets and schools are named after people of three or four syllables: those stay people.
        if (mention.rule == "capitalised-run" and fold(mention.name) in places
                and not (len(mention.tokens) > 2 and _is_vietnamese_full_name(mention.tokens))):
            near.append(NearMiss(mention.name, "a place elsewhere in the article", mention.position,
                                 "place-in-article"))
        else:
            kept.append(mention)
    return kept


# `Tổng công ty Bia Nam Hà - Kessco (Mã CK: KSC)`, `(HoSE: KSC)`: Vietnamese news gives a listed firm's
# stock code, and its exchange, in brackets after the firm's name.
_STOCK_CODE = re.compile(r" \((?:[Mm]ã (?:CK|chứng khoán|CP|cổ phiếu)|MCK|HOSE|HoSE|HSX|HNX|UPCoM|UPCOM) ?: ?[A-Z0-9]{2,5}\)")


def _stock_coded(paragraphs: tuple[str, ...]) -> list[NearMiss]:
    """The firms named before their stock codes: set aside whether or not a rule read them as a person,
    so that the archive takes the name for a firm wherever it stands alone (people_merge.firm_keys)."""
    found = []
    for offset, text in _offsets(paragraphs):
        for code in _STOCK_CODE.finditer(text):
            words = text[: code.start()].split(" ")
            size = next((n for n, word in enumerate(reversed(words)) if not (word[:1].isupper() and word.isalnum())), len(words))
            if size:
                name = " ".join(words[-size:])
                found.append(NearMiss(name, "a listed firm, by its stock code after it", offset + code.start() - len(name),
                                      "stock-code"))
    return found


def _without_listed_firms(mentions: list[Mention], firms: list[NearMiss], near: list[NearMiss]) -> list[Mention]:
    """The mentions, but for a listed firm's name written elsewhere in the article (`của Kessco`); a full
    name after an honorific or an office is still a person's. The firms are set aside."""
    if not firms:
        return mentions
    near += firms
    names = {fold(firm.name) for firm in firms}
    return [m for m in mentions
            if fold(m.name) not in names or len(m.tokens) > 1 and (m.after_honorific or m.after_title)]


def _without_sides_named_here(mentions: list[Mention], near: list[NearMiss]) -> list[Mention]:
    """`Riverside Rovers 2 Hillside 1` in the results, `Riverside Rovers` in the report above them:
    a team or a firm the article names as one, by its results or its legal form, stays one."""
    sides = {fold(m.name) for m in near if m.rule in _SIDE_RULES}
    if not sides:
        return mentions
    kept = []
    for mention in mentions:
        # An honorific or an office before the name vouches for the person: `chairman Jan Kowal` of `Jan Kowal & Co`.
        if len(mention.tokens) > 1 and fold(mention.name) in sides and not (mention.after_honorific
                                                                            or mention.after_title):
            near.append(NearMiss(mention.name, "a team or a firm elsewhere in the article", mention.position,
                                 "side-in-article"))
        else:
            kept.append(mention)
    return kept


def _offsets(paragraphs: tuple[str, ...]):
    offset = 0
    for text in paragraphs:
        yield offset, text
        offset += len(text) + 2
