"""Find the people an article names, each once, under their full name.

Rules, not a model: a person is a run of capitalised words that, once the titles, places and
function words in front of it are stripped, is neither an organisation nor a place. A lone family
or given name (`ông Biden`, `ông Trọng`) is resolved to the full name the same article gives, then
to the curated people file; an editor's word in that file always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..curation import Curation
from ..lexicon import casefold, fold, folded_keys, keys, longest_entry

_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# Particles that may stand inside a name without a capital: `Ludwig van Beethoven`, `Osama bin Laden`.
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "der", "den", "du", "bin", "ibn", "al", "el", "la", "le"})
_VN_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
# Words after which a capitalised run names a place or an organisation, not a person
# (`tại Hà Nội`, `chợ Đồng Xuân`, `báo Tuổi Trẻ`, `the Federal Reserve`).
_PLACE_CUES = re.compile(
    r"(?:^|\s)(?:tại|ở|đến|tới|từ|thành phố|tp\.?|tỉnh|huyện|quận|xã|phường|thôn|làng|chợ|phố|đường|cầu|"
    r"sân|sân bay|cảng|ga|bến|hồ|sông|núi|đảo|vịnh|biển|báo|tờ|hãng|hãng tin|đài|"
    r"công ty|tập đoàn|đảng|ngân hàng|trường|đại học|bệnh viện|in|at|from|near|the)\s$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    tokens: tuple[str, ...]
    after_title: bool  # an office or an honorific stands right before it
    after_honorific: bool  # `ông`, `bà`, `Mr`: only people are addressed so
    position: int

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def extract_people(paragraphs: tuple[str, ...], curation: Curation) -> tuple[str, ...]:
    """Canonical names of the people in the article, in the order they are first mentioned."""
    mentions = [m for offset, text in _offsets(paragraphs) for m in find_mentions(text, offset)]
    full_names = {fold(m.name): m for m in mentions if len(m.tokens) > 1}
    by_last_word: dict[str, set[str]] = {}
    for key, mention in full_names.items():
        by_last_word.setdefault(fold(mention.tokens[-1]), set()).add(key)

    found: dict[str, int] = {}  # canonical name -> first position
    for mention in mentions:
        name = _resolve(mention, full_names, by_last_word, curation)
        if name and not curation.is_never(name):
            found.setdefault(name, mention.position)
    return tuple(sorted(found, key=found.__getitem__))


def _resolve(
    mention: Mention, full_names: dict[str, Mention], by_last_word: dict[str, set[str]], curation: Curation
) -> str | None:
    canonical = curation.canonical(mention.name)
    if canonical:
        return canonical
    if len(mention.tokens) > 1:
        return mention.name
    matches = by_last_word.get(fold(mention.tokens[0]), set())
    if len(matches) == 1:
        full = full_names[next(iter(matches))].name
        return curation.canonical(full) or full
    # Offices are often followed by an organisation (`Bộ trưởng Quốc phòng`), honorifics only by
    # names: a lone name after one is a person even when the article never gives the full name.
    return mention.name if mention.after_honorific and not matches else None


def _offsets(paragraphs: tuple[str, ...]):
    offset = 0
    for text in paragraphs:
        yield offset, text
        offset += len(text) + 2


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    mentions = []
    for run in _capitalised_runs(text):
        start = run[0].start()
        tokens = [_POSSESSIVE.sub("", m.group()) for m in run]
        before = text[max(0, start - 40) : start]
        honorific = _ends_with(before, "honorifics")
        title = honorific or _ends_with(before, "titles")
        tokens, stripped = _strip_front(tokens)
        honorific = honorific or stripped == "honorifics"
        title = title or stripped is not None
        if not tokens or not _is_person(tokens, before, title):
            continue
        mentions.append(Mention(tuple(tokens), title, honorific, offset + start))
    return mentions


def _capitalised_runs(text: str) -> list[list[re.Match]]:
    """Maximal runs of capitalised words separated by single spaces; punctuation ends a run."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    previous_end = -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        joined = current and text[previous_end : match.start()] == " "
        if _is_capitalised(word) or (joined and word in _PARTICLES):
            if not joined:
                current = _flush(runs, current)
            current.append(match)
        else:
            current = _flush(runs, current)
        previous_end = match.end()
    _flush(runs, current)
    return runs


def _flush(runs: list[list[re.Match]], run: list[re.Match]) -> list[re.Match]:
    while run and run[-1].group() in _PARTICLES:
        run = run[:-1]
    if run:
        runs.append(run)
    return []


def _is_capitalised(word: str) -> bool:
    # Acronyms (AFP, REUTERS, NATO) are agencies and organisations, not names.
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def _strip_front(tokens: list[str]) -> tuple[list[str], str | None]:
    """Drop titles, places and function words from the front; say which kind of title came last."""
    last_title = None
    while tokens:
        for lexicon in ("honorifics", "titles", "places", "function_words"):
            size = _phrase_at_front(tokens, lexicon)
            if size:
                break
        if not size:
            break
        if lexicon in ("honorifics", "titles"):
            last_title = lexicon
        tokens = tokens[size:]
    return tokens, last_title


def _phrase_at_front(tokens: list[str], lexicon: str) -> int:
    for size in range(min(len(tokens), longest_entry(lexicon)), 0, -1):
        if casefold(" ".join(tokens[:size])) in keys(lexicon):
            return size
    return 0


def _ends_with(before: str, lexicon: str) -> bool:
    """Whether the text before a run ends with an entry of `lexicon` (a title right before a name)."""
    if not before.endswith(" "):
        return False
    words = casefold(before).split()
    longest = min(len(words), longest_entry(lexicon))
    return any(" ".join(words[-size:]) in keys(lexicon) for size in range(1, longest + 1))


def _is_person(tokens: list[str], before: str, after_title: bool) -> bool:
    if _contains_organisation(tokens):
        return False
    if casefold(" ".join(tokens)) in keys("places"):
        return False
    if not after_title and _PLACE_CUES.search(before):
        return False
    if _looks_vietnamese(tokens):
        # Vietnamese organisations and places are capitalised runs of syllables too
        # (`Lầu Năm Góc`); a Vietnamese full name starts with a family name.
        return len(tokens) == 1 or _is_vietnamese_surname(tokens[0])
    return len(tokens) <= 5


def _is_vietnamese_surname(word: str) -> bool:
    # Tone marks tell `Tống` (a family name) from `Tổng` (as in `Tổng Bí thư`); only a name
    # written without them is compared without them.
    if word.isascii():
        return fold(word) in folded_keys("surnames_vi")
    return casefold(word) in keys("surnames_vi")


def _contains_organisation(tokens: list[str]) -> bool:
    words = [casefold(t) for t in tokens]
    if _looks_vietnamese(tokens):
        # Single Vietnamese organisation words (`Quân`, `Bộ`) are also given names: only a whole
        # phrase counts inside a name, and the family-name rule catches the rest.
        longest = longest_entry("organisations")
        return any(
            " ".join(words[i : i + size]) in keys("organisations")
            for size in range(2, longest + 1)
            for i in range(len(words) - size + 1)
        )
    return any(word in keys("organisations") for word in words)


def _looks_vietnamese(tokens: list[str]) -> bool:
    syllables = [bool(_VN_SYLLABLE.match(fold(t))) for t in tokens]
    first_has_marks = not tokens[0].isascii()
    return all(syllables) or (syllables[0] and first_has_marks)
