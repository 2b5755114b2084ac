"""A mention resolved within its article (a short name to the one full name there that holds it), then by
the curated people file; and which names stand for one person across the archive."""

from __future__ import annotations

from ...curation import Curation
from ...lexicon import casefold, fold
from .records import Mention, NearMiss
from .tokens import _INITIALS, _VN_MIDDLE_NAMES, _is_syllable, _is_vietnamese_surname, _looks_vietnamese


def _resolve(
    mention: Mention, full_names: dict[str, Mention], by_word: dict[str, list[Mention]], curation: Curation,
    near: list[NearMiss],
) -> str | None:
    canonical = curation.canonical(mention.name)
    if canonical:
        return canonical
    if len(mention.tokens) > 1:
        # `Xuân Son` for `Nguyễn Xuân Son`: the given names of one full name in the article.
        longer = {fold(m.name): m for m in by_word.get(fold(mention.tokens[-1]), ()) if len(m.tokens) > len(mention.tokens)
                  and fold(" ".join(m.tokens[-len(mention.tokens):])) == fold(mention.name)}
        if len(longer) > 1 and _one_person(list(longer.values())):
            longer = {fold(_one_person(list(longer.values())).name): _one_person(list(longer.values()))}
        if len(longer) > 1:  # `Le Pen` where the article names Marine and Jean-Marie Le Pen
            near.append(NearMiss(mention.name, "could be several people named in the article", mention.position,
                                 "ambiguous-short"))
            return None
        if longer:
            # `Hoàng Kowal` may be a family and a given name, but beside `Nguyễn Hoàng Kowal` it is the way the
            # article writes him, as `Kim Thanh` is `Trần Thị Kim Thanh`.
            (full,) = longer.values()
            return curation.canonical(full.name) or full.name
        # `Thị Tâm`, `Văn An`: the middle of a Vietnamese name, never a whole one on its own;
        # `Văn Thanh Tâm` has the family name Văn. After a role or an honorific, `Văn Khôi` is what
        # the person goes by (`thủ thành Văn Khôi`); `Thị` never follows `ông`, so it stays the middle.
        if (casefold(mention.tokens[0]) in _VN_MIDDLE_NAMES and mention.rule != "list-of-names"
                and not (mention.after_honorific and fold(mention.tokens[0]) == "van")
                and (len(mention.tokens) < 3 or fold(mention.tokens[0]) == "thi")):
            return None
        return mention.name
    word = fold(mention.tokens[0])
    # The family name is last in `Joe Biden` and `Nguyễn Phú Trọng` (given name) but first in
    # `Tập Cận Bình` and `Yoon Suk Yeol`: try the last word first, then any word.
    for position in (-1, None) if word in by_word else ():  # most lone words: no full name holds them
        matches = [m for m in by_word[word] if _holds(m.tokens, word, position)]
        if len(matches) > 1:
            matches = [_one_person(matches)] if _one_person(matches) else matches
        if len(matches) == 1:
            return curation.canonical(matches[0].name) or matches[0].name
        if matches:
            near.append(NearMiss(mention.name, "could be several people named in the article", mention.position,
                                 "ambiguous-short"))
            return None
    # Offices are often followed by an organisation (`Bộ trưởng Quốc phòng`), honorifics only by
    # names: a lone name after one is a person even when the article never gives the full name.
    # A lone initial (`anh K.`) names nobody the archive could list.
    if len(mention.tokens[0].rstrip(".")) < 2:
        return None
    if mention.after_honorific:
        return mention.name
    if mention.after_title and not _is_syllable(mention.tokens[0]):  # Vietnamese: `Bộ trưởng Quốc phòng`
        near.append(NearMiss(mention.name, "a lone name after an office, never given in full", mention.position,
                             "lone-after-office"))
    return None


def _one_person(names: list[Mention]) -> Mention | None:
    """`Minh Khải`, `Trần Khải` and `Trần Minh Khải`: names whose words all stand, in order, in the
    longest of them are that one person, so a short name that fits them all is no ambiguity."""
    longest = max(names, key=lambda m: len(m.tokens))
    words = [fold(t) for t in longest.tokens]
    for name in names:
        rest = iter(words)
        if not all(fold(t) in rest for t in name.tokens):
            return None
    return longest


def is_full_name(name: str) -> bool:
    """A name that stands for one person on its own: not a lone word, nor Vietnamese given names
    without the family name (`Văn Tùng`, `Thị Hà`)."""
    tokens = name.split()
    if len(tokens) < 2:
        return False
    return not _looks_vietnamese(tokens) or _is_vietnamese_surname(tokens[0])


def may_be_given_names(name: str) -> bool:
    """`Hà Dorval`, `Văn Kessel`: two Vietnamese words whose first is a family name, a full name on its
    own, yet how sports news writes the given names of `Nguyễn Hà Dorval` or `Trần Văn Kessel`."""
    tokens = name.split()
    return len(tokens) == 2 and _looks_vietnamese(tokens) and _is_vietnamese_surname(tokens[0])


def names_one_person(name: str) -> bool:
    """Whether a name can have a page of its own across the archive: a full name, or a lone foreign
    name (`Zidane`). Vietnamese given names without the family name (`Thảo`, `Văn Tùng`) and initials
    that keep someone anonymous (`N.V.K`) are a different person in each article that names them so."""
    if _INITIALS.match(name):
        return False
    return is_full_name(name) or not _looks_vietnamese(name.split())


def _holds(tokens: tuple[str, ...], word: str, position: int | None) -> bool:
    # `Assad` ends `Bashar al-Assad`: the words of a hyphened token count one by one.
    if position is not None:
        folded = fold(tokens[position])
        return folded == word or _parts(folded)[position] == word
    return any(word in _parts(fold(token)) for token in tokens)


def _parts(folded: str) -> list[str]:
    """The folded token and, when hyphened, each word of it."""
    return [folded, *folded.split("-")] if "-" in folded else [folded]
