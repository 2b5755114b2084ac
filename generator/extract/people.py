"""Find the people an article names, each once, under their full name.

Rules, not a model: a person is a run of capitalised words that, once the titles, places,
organisations and function words in front of it are stripped, is neither an organisation nor a
place, and that no rule of `_RULES` sets aside (a lunar year, a street after a house number, a team
in a line of results, a product by a common word in it…); each rule has an id, and what it set
aside is listed for the editor. A team or a firm that a rule finds by where it stands (in a line of
results, before a legal form) is one wherever else the article writes it. Photo credits and the
byline name the article's author, not a person it names. A lone family or given name (`ông Biden`,
`ông Trọng`, `ông Tập`) is resolved to the one full name in the same article that holds it, then to
the curated people file; an editor's word in that file always wins.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import call
from typing import NamedTuple

from ..curation import Curation, person_key
from ..lexicon import (casefold, entries, first_words, fold, folded_keys, keys, longest_entry, sizes_by_first_word,
                       sizes_by_last_word, vietnamese_marks)

# Words, and dotted initials (`N.V.T.`, `H.T.P`) as one word.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}(?:[^\W\d_](?![\w.]))?|\w+(?:['’\-]\w+)*\.?")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}[^\W\d_]?$")
# Particles that may stand inside a name without a capital: `Ludwig van Beethoven`, `Osama bin Laden`.
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "der", "den", "du", "bin", "ibn", "al", "el", "la", "le",
                        "ter", "dos", "das"})
_VN_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
# Words after which a capitalised run names a place or an organisation, not a person
# (`tại Hà Nội`, `chợ Đồng Xuân`, `báo Tuổi Trẻ`, `người Do Thái`, `the Federal Reserve`).
# Not `from`: `a pass from Ernest Faber`, `taking over from Jack Charlton` name people as often as places.
# Verbs of motion that take no person after them (`chuyển sang Dinh Thanh Vân`, `xuống Trần Văn Khương`);
# not `về` (about), `ra`, `vào`, `qua`, which do.
_PLACE_PREPOSITIONS = frozenset("tại ở đến tới từ lên xuống sang in at near the".split())
# Legal forms written in capitals after a company's name, which end its run: `Koninklijke Boskalis NV`.
_COMPANY_FORM = re.compile(rf" (?:{'|'.join(map(re.escape, entries('legal_forms')))})\b")
# How many words before a run a kind of place reaches: a Vietnamese word is one syllable or more, so
# Vietnamese text reaches further (`viện nghiên cứu hạt nhân X`; English: `the town named after X`).
_CUE_REACH = 4
_CUE_REACH_VI = 6
# Words a place noun does not reach across: what follows them is whose or whom (`ca khúc của X`, `phạt đền
# cho X`, `tập tại khách sạn cùng X`).
_CUE_OWNERS = frozenset({"của", "by", "cho", "cùng", "khi"})
_LIST_OPENERS = frozenset({"gồm", "là", "như", "including"})
_QUANTIFIERS = frozenset({"các", "những", "một"})
_LIST_NEXT = re.compile(r",? và |, ")
_ROLE_MODIFIERS = frozenset({"trẻ", "trái", "phải", "cánh", "trung tâm", "kỳ cựu", "tài năng", "nổi tiếng", "điển trai",
                             "xinh đẹp"})
# `cô gái tên Thu Loan`, `người thợ tên Kowar`: what someone is called, after a word for them, is a
# person's name; what a thing bears or has (`mang tên`, `có tên`, `cái tên`, `dưới tên`) may be anything.
_NAMED_SO = re.compile(r"(?<=\w)(?<!\bmang)(?<!\bcó)(?<!\bcùng)(?<!\bdưới)(?<!\bcái)(?<!\bđặt)(?<!\blấy) tên:? $", re.IGNORECASE)
# Punctuation after a cue word ends what it speaks of: the next run is something else.
_CUE_BREAKS = frozenset(";:)]\"'”!?")
# Another name for someone just named is not another person: `Xuân Son, tên khai sinh Rafaelson
# Bezerra Fernandes`, `Lê Trí Anh, hay Jimmy Lai`, `Lý Gia Siêu (John Lee)`.
_ALIAS_JOINS = frozenset({" (", ", hay ", ", or ", ", tức "})
_ALIAS_ENDINGS = ("sinh", "thật", "là", "danh", "born", "as", "né", "née")  # what the cues end with: a cheap test first
_ALIAS_CUES = re.compile(r"(?:tên khai sinh|tên thật|tên tiếng \w+ là|còn gọi là|biệt danh|born|also known as|né|née)\s*$",
                         re.IGNORECASE)
# Joins that carry a place on to the next name of a list: `phố Trần Khát Chân - Đại Cồ Việt`.
_AND_JOINS = frozenset({" và ", " - ", " – ", " hoặc ", " and ", " or ", "/"})
_LIST_JOINS = _AND_JOINS | {", "}
_NUMBER_FIRST = re.compile(r"^ \d{1,3}(?=\W)")
_JOIN_REACH = max(map(len, _ALIAS_JOINS | _LIST_JOINS)) + 4  # and a number before it: ` 2, `
# A run that is all of a quotation is a title of a work: `"Saturday Night Live"`, `“Emilia Pérez”`.
_OPENING_QUOTES = ('"', "“", "‘", "«", "'")
_QUOTE_CLOSED = re.compile(r"""[^a-zà-ỹ"”’»']{0,12}["”’»']""")
# `"Pork - The `: a quotation's first words and a dash or a colon before its subtitle.
_SUBTITLE_JOINS = frozenset({"- ", "– ", ": "})
_QUOTED_FRONT = re.compile(r"[\"“](?:[A-Z][\w'’]* )*[A-Z][\w'’]*(?: [-–]|:) $")
# Photo credits (`Ảnh: Nhật Bắc`) name the photographer: the article's credit, not a person it names.
_CREDIT_LABEL = re.compile(r"(?:ảnh|photo|nguồn|đồ họa|đồ hoạ|minh họa|minh hoạ|video|clip)\s*:\s*$", re.IGNORECASE)
_CREDIT_WORD = frozenset({"ảnh", "photo"})  # `(Ảnh Đỗ Linh)`: a credit in brackets without a colon
# The last line of an article that holds only names and credit words is its byline
# (`Hà Dương - Thể thao Việt Nam | 18:59 22/09/2017`, `Theo Thu Trang/GĐVN`, `Đỗ Quyên`).
_BYLINE_WORDS = 12
_WEB_ADDRESS = re.compile(r"\S+\.(?:vn|com|net|org)\b\S*", re.IGNORECASE)
_SOURCE = re.compile(r" [-–|] |/| Theo ")  # `Văn Long Theo Đời sống`: the source after `Theo`
_WORD = re.compile(r"[^\W\d_]+")
_STAMP = re.compile(r"\d{1,2}[:/]\d{1,2}(?:[:/]\d{2,4})?")
_BRACKETED = re.compile(r"\([^)]*\)")
# The sixty years of the lunar calendar are named stem + branch: `Đinh Dậu` is 2017, not a person.
_STEMS = frozenset("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
_BRANCHES = frozenset("tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())
# A house number before a name makes it a street: `60 Hồ Hảo Hớn`, `số 2-5 Nguyễn Trãi`, `489/57/11 Lê Lợi`.
_HOUSE_NUMBER = re.compile(r"(?:^|[\s(,])(?:số\s+)?\d{1,4}[A-Z]?\d?(?:[/-]\d{1,4}[A-Za-z]?){0,3}\s$")  # not `200m`
_NOT_HOUSE = frozenset("phút năm ngày tháng tuổi lúc giờ hiệp vòng lần áo minute".split())  # `phút 53`, `số áo 10`
_VN_NAME_LENGTH = range(2, 5)
# What only a person has, written right after the name: an age (`Yến Nhi, 23 tuổi`, `(SN 1990)`), the
# minute of a goal (`Trung Hậu (75')`, `(số 9, phút 53)`). It vouches for given names alone.
# A shirt number in brackets says the same (`Lan Chi (số 12)`), and so does a minute written after a
# space in a list of scorers (`Lan Chi 40', Quốc Bảo 81'`), and where a photo shows them (`Thu Hà (trái)`).
_PERSON_AFTER = re.compile(r"(?:,\s*|\s*\(\s*)(?:\d{1,3}\s*tuổi|(?:sinh năm|SN)\s*\d{4}\b|(?:số \d{1,2},\s*)?phút\s*\d|\d{1,3}['’]"
                           r"|số \d{1,2}\))| \d{1,3}['’](?!\w)| ?\((?:ảnh|trái|phải|giữa)\)")
# A goal's verb after two words or more (`Quốc Bảo nâng tỷ số`, `Lan Chi lập cú đúp`) is a player's, and
# a verb of a life's events (`Thu Hà kết hôn`, `Minh Khôi bật khóc`) a person's; one word may be a club
# (`Riverside nâng tỷ số`).
_SCORING_AFTER = re.compile(r" (?:(?:đã|tiếp tục|lại) )?(?:(?:nâng|mở|gỡ|rút ngắn|quân bình) (?:tỷ|tỉ) số|lập (?:công|cú đúp|hat-trick|poker)"
                            r"|ghi bàn|ghi tới|đá hỏng|bỏ lỡ|tỏa sáng|kết hôn|hẹn hò|ly hôn|chia tay|qua đời|sinh con|mang thai|mang bầu|bật khóc|khóc|khoe|tái xuất)\b")
# What only a player does, right after one foreign word (`Kowal đánh đầu`, `Kowal nhận thẻ vàng`), or a
# player's act before it (`cú sút của Kowal`): a club scores, wins and misses chances too, but never heads
# a ball. (A Vietnamese word opening a sentence is no name: `Cú dứt điểm`, `Pha đi bóng`.)
_PLAYER_ACT_AFTER = re.compile(r" (?:kiến tạo|đánh đầu|dứt điểm|đi bóng|rê bóng|đệm bóng|chuyền bóng|tung cú sút|vô lê"
                               r"|nhận thẻ|dính chấn thương|lập cú đúp|lập hat-trick|băng xuống)\b")
_PLAYER_ACT_BEFORE = re.compile(r"(?:cú sút|cú dứt điểm|pha dứt điểm|pha kiến tạo|đường chuyền|pha đánh đầu|cú đánh đầu"
                                r"|pha đi bóng|cú vô lê|cú đúp|pha cứu thua) của $")
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
    """What only a person has, written right after the run (an age, a goal's minute), or a batting line."""
    return (bool(_PERSON_AFTER.match(text, end)) or _is_scorer(before, text, end)
            or "hút" in before and bool(_MINUTE_BEFORE.search(before))
            or before.endswith(_BOWLED_BEFORE) and bool(_BATTING_AFTER.match(text, end))
            or not before.strip() and bool(_BATSMAN_AFTER.match(text, end)))


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


def _is_scorer(before: str, text: str, end: int) -> bool:
    # A line may break inside the brackets: `(Kowal 45th, Nowak 90th and` / `Bauer 85th)`.
    if before.rstrip().endswith(("(", ",")):
        return bool(_SCORER_AFTER.match(text, end))
    return not before.strip() and bool(_SCORER_CLOSING.match(text, end))


# Middle names that say a name is a woman's or a man's; a name never starts with them.
_VN_MIDDLE_NAMES = frozenset({"thị", "văn"})


_LOOK_ALIKES = str.maketrans("Ðð", "Đđ")


def _composed(text: str) -> str:
    # Most text is composed already and has no eth: checking is cheaper than rewriting.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_LOOK_ALIKES) if "Ð" in text or "ð" in text else text


@dataclass(frozen=True)
class NearMiss:
    """A name that looks like a person's, set aside by a rule: listed for an editor to promote."""

    name: str
    reason: str
    position: int
    rule: str  # the id of the rule that set it aside, to count what each rule decides


@dataclass(frozen=True)
class Mention:
    tokens: tuple[str, ...]
    after_title: bool  # an office or an honorific stands right before it
    after_honorific: bool  # `ông`, `bà`, `Mr`: only people are addressed so
    position: int
    rule: str  # the id of the evidence that made it a name

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


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


def _byline_start(paragraphs: tuple[str, ...]) -> int:
    """Where the byline starts, if the article's last line is one; else past the end."""
    end = sum(len(p) + 2 for p in paragraphs)
    if len(paragraphs) < 2:
        return end
    last = paragraphs[-1].rstrip()
    line_start = last.rfind("\n") + 1
    line = _STAMP.sub(" ", _BRACKETED.sub(" ", _WEB_ADDRESS.sub(" ", last[line_start:]))).strip()
    if any(c.isdigit() for c in line):  # scores and tables end sports reports with names and figures
        return end
    words = _WORD.findall(line)
    if not words or len(words) > _BYLINE_WORDS or line.endswith((".", "?", "!", ":", '"', "”")):
        return end
    names = _SOURCE.split(line, maxsplit=1)[0]  # `Hà Dương - Thể thao Việt Nam`: the source may be any words
    if not all(w[0].isupper() or casefold(w) in keys("credit_words") for w in _WORD.findall(names)):
        return end
    start = end - len(paragraphs[-1]) - 2 + line_start
    # `Theo Trần Vy` on the line before the source's name (`Dân Việt`) is the byline too.
    before = paragraphs[-2].rstrip() if line_start == 0 else last[: line_start - 1].rstrip()
    credited = before[before.rfind("\n") + 1 :]
    if (credited.startswith("Theo ") and len(credited.split()) <= 6
            and all(w[0].isupper() for w in _WORD.findall(credited))):
        return start - len(credited) - 2
    return start


def _note(near: list[NearMiss] | None, run: list[re.Match], reason: str, offset: int, rule: str) -> None:
    if near is None or len(run) < 2:
        return
    tokens = [m.group().rstrip(".,") for m in run]
    if _is_person(tokens, False, False):  # which also turns away known places and agencies
        near.append(NearMiss(" ".join(tokens), reason, offset + run[0].start(), rule))


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


# Rules that set a name aside as a firm by what is written with it (a legal form, a ticker, a partner,
# an office of the firm), or as a club by what players do with it: that name is no person anywhere in
# the archive (people_merge.firm_keys). Not a list of firms, which often names a firm's owner beside it
# (`Jan Kowal and Kowal Holdings Inc`: 3 of the 9 pages it would take from Reuters-21578's even half are
# people), nor a side of a score line, which may be a player (tennis), a place, a product.
FIRM_RULES = frozenset({"firm-ending", "company-form", "market-move", "firm-partners", "firm-and-partner", "ticker", "stock-code",
                        "office-in-firm", "employer-after-holder", "firm-object", "firm-has", "underwriter",
                        "form-after-insert", "bank-head", "form-closing", "joint-nationality", "club-joined",
                        "result-against"})

# Rules that find a team or a firm by where it stands (in a line of results, before a legal form):
# the words they set aside name the same team or firm wherever else the article writes them.
_SIDE_RULES = frozenset({"score-line", "versus", "standings-row", "broken-score-line", "score-and-scorers",
                         "side-scorers", "two-legs", "team-result", "company-form", "firm-partners",
                         "firm-ending", "kind-after", "market-move", "firm-and-partner", "ticker", "stock-code",
                         "office-in-firm", "firm-list", "firm-object", "firm-has", "underwriter",
                         "form-after-insert", "bank-head", "form-closing", "joint-nationality", "club-joined",
                         "result-against"})


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
            (full,) = longer.values()
            # `Kim Thanh` may be a family and a given name, but not beside `Trần Thị Kim Thanh`. Where the
            # full name carries its marks, so does a family name: `Phi Hải` beside `Lê Phi Hải` is no `Phí`.
            marked = not full.name.isascii()
            surname = casefold(mention.tokens[0]) in keys("surnames_vi") if marked else _is_vietnamese_surname(mention.tokens[0])
            if not surname or len(full.tokens) > len(mention.tokens) + 1:
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
    for position in (-1, None):
        matches = [m for m in by_word.get(word, ()) if _holds(m.tokens, word, position)]
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


def _offsets(paragraphs: tuple[str, ...]):
    offset = 0
    for text in paragraphs:
        yield offset, text
        offset += len(text) + 2


_NUMBER_NEXT = re.compile(r" [A-Z]?\d")  # `Helio Zeta 5`, `Helio Zeta G70`
_MODIFIER = re.compile(r"^[A-Z][a-z]+-[a-z]{3,}$")
# The three below read whole articles: each opens with a letter and looks behind only from there,
# which lets the regular-expression engine skip ahead to the letters it wants (twice as fast).
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z]{2,}(?![\w'’-])")
_CAPITAL_INSIDE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]{2,}(?![\w'’-])")
# A capitalised word before a number names a product line or an edition (`Nova 5`, `Zeta S21`).
_NUMBERED = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]{2,}) (?:\d|[A-Z]\d)")


@dataclass(frozen=True)
class ArticleWords:
    """What the whole article says of its words, read before any run of it."""

    text: str = ""  # the article's paragraphs, one a line
    # In Vietnamese text, words written before a model number somewhere: `Nova Compact` is a
    # product where the article also writes `Nova 5` (English news writes players so in tables).
    numbered: frozenset[str] = frozenset()

    @cached_property
    def lower(self) -> frozenset[str]:
        """English words written in lower case and never with a capital inside a sentence: one of them
        opening a sentence (`Although Smith…`, `Key Jones aide…`) is no part of the name after it
        (but `bill` and `President Bill Smith` leave `Bill Smith` whole). Read the first time a run
        asks, which in Vietnamese text few do."""
        text = self.text
        return frozenset(_LOWER_WORD.findall(text)).difference(map(str.lower, _CAPITAL_INSIDE.findall(text)))

    @cached_property
    def written_lower(self) -> frozenset[str]:
        """English words the article writes in lower case somewhere: a run of capitalised words each of
        them (`Buy Now`, `Compact Discs`, `Writers Guild`) is a heading, a label or a thing, no name."""
        return frozenset(_LOWER_WORD.findall(self.text))


def article_words(paragraphs: tuple[str, ...]) -> ArticleWords:
    text = "\n".join(paragraphs)
    # Marks counted in a part of the text are as many as in the whole at most: the start usually settles it.
    vietnamese = vietnamese_marks(text[:300]) > 1 or vietnamese_marks(text[:2000]) > 1
    return ArticleWords(text, frozenset(_NUMBERED.findall(text)) if vietnamese else frozenset())


def find_mentions(text: str, offset: int = 0, near: list[NearMiss] | None = None,
                  article: ArticleWords = ArticleWords(), pending: list[_List] | None = None,
                  ) -> tuple[list[Mention], set[str]]:
    """The possible people in `text`, and the capitalised words it uses on their own with no title
    before them (companies, places, teams), which tell a name from what stands in front of it.
    Names that look like people but that a rule set aside go to `near`, when given; `article` says
    what the whole article does with its words."""
    mentions, standalone = [], set()
    previous_end = -1  # where the last person found ends: `Lý Gia Siêu (John Lee)` is one person
    place_end = -1  # where the last place ends: `đường Trường Chinh, Cộng Hòa và Hoàng Văn Thụ`
    nationality = False  # whether that place followed `người`, as a nationality does
    joins = _LIST_JOINS
    slash_after = -1  # where a name after a known place and a slash starts: `Đà Nẵng/Tân Mỹ`
    thing_end = -1  # where the last place or organisation ends: `Công ty X (X Consumer)` names it again
    items: list[_Item] = []  # every run, to read lists of names once the text is read
    vietnamese = not text.isascii()
    for run in _capitalised_runs(text):
        # `Bạn Quí Kowal nói`, `Diva Hà Dorval`: a role of one word opening a sentence (or a list's item) is
        # written with a capital and joins the run; the name is the rest, after the role.
        if vietnamese and _role_opens(run):
            run = run[1:]
        start = run[0].start()
        items.append(_Item(start, run[-1].end(), "other", ()))
        # What stands since the last person or place matters only as a join, a few characters long:
        # longer, it is not read (slicing and hashing a paragraph for every run costs the most in long ones).
        since = max(previous_end, place_end)
        between = text[since:start] if since >= 0 and start - since <= _JOIN_REACH else ""
        tail = text[max(0, start - 30) : start]
        # Two Vietnamese full names are two people: `Hà Văn Nam (Lê Thị Hoa)`, a client and a lawyer.
        if previous_end >= 0 and between in _ALIAS_JOINS and not _two_vietnamese_names(mentions, run) and not (
                between == " (" and _player_of_a_part(mentions, run, text)) or (
            tail.rstrip().endswith(_ALIAS_ENDINGS) and _ALIAS_CUES.search(tail)
        ):
            _note(near, run, "another name for the person just named", offset, "alias")
            continue
        if (text[start - 2 : start] == " (" and text[run[-1].end() : run[-1].end() + 1] == ")"
                and (thing_end == start - 2 or _after_named_kind(text, start - 2))
                and not _is_vietnamese_full_name([m.group() for m in run])):
            _note(near, run, "another name for the place or organisation just named", offset, "alias-of-place")
            continue
        thing_end = -1
        # (`"Tea - The Morning Cup"`: a subtitle opening with an article, after a dash or a colon.)
        if (text[start - 1 : start] in _OPENING_QUOTES and _QUOTE_CLOSED.match(text, run[-1].end())
                or text[start - 2 : start] in _SUBTITLE_JOINS and casefold(run[0].group()) in keys("function_words")
                and _QUOTE_CLOSED.match(text, run[-1].end()) and _QUOTED_FRONT.search(text, max(0, start - 40), start)):
            _note(near, run, "the whole of a quotation, as a title is", offset, "quoted-title")
            continue
        # `Tân Mỹ 1, Tân Mỹ 2, Đông Hòa`: a number may close a place of the list.
        in_list = place_end >= 0 and (between in joins or _NUMBER_FIRST.sub("", between, 1) in joins) or start == slash_after
        # `người Ba Lan - Anna Kowal`, `người Pháp, Jan Kowal`: a nationality goes on to other places only.
        if in_list and nationality and casefold(text[start : run[-1].end()].rstrip(".")) not in keys("places"):
            in_list = False
        place_end = -1
        run = _owner_or_owned(run) if len(run) > 1 else run
        tokens = list(map(_token, map(re.Match.group, run)))
        if len(tokens) > 1 and len(tokens[0]) == 1 and run[0].group().endswith(".") and not _is_syllable(tokens[1]):
            tokens[0] += "."  # `A. Stewart`: an initial, not the article `A`
        if run[-1].group().endswith(".") and len(tokens[-1]) == 1:
            tokens[-1] += "."  # `Trần Văn T.`: an initial keeps its stop
        before = text[max(0, start - 40) : start]
        # `Ngân (NSND Diệu Vân)`, `Ngân (ca sĩ Diệu Vân)`: a role that opens brackets is read as one.
        lowered = before.casefold().replace("(", " ").split() if before.endswith(" ") else []
        after_honorific, after_title = _ends_with(lowered, "honorifics"), _ends_with(lowered, "titles")
        # `các ca sĩ như A, B, C`, `hai tiền đạo là A và B`: a role speaks of the list it opens, and of
        # the name after a word saying what kind of player it is (`tiền vệ trái A`, `tiền đạo trẻ B`).
        after_role = _ends_with(lowered, "roles") or (
            len(lowered) > 1 and (lowered[-1].rstrip(":") in _LIST_OPENERS or lowered[-1] in _ROLE_MODIFIERS)
            and _ends_with(lowered[:-1], "roles")) or (
            len(lowered) > 2 and " ".join(lowered[-2:]) in _ROLE_MODIFIERS and _ends_with(lowered[:-2], "roles"))
        if len(run) == 1 and not after_honorific and not after_title and not after_role:
            # Tone marks kept: `Nguyên đơn` opening a sentence says nothing about `Nguyễn`.
            standalone.add(casefold(run[0].group()))
        if (":" in before[-3:] and _CREDIT_LABEL.search(before)
                or before[-1:] == "(" and len(tokens) > 1 and casefold(tokens[0]) in _CREDIT_WORD):
            _note(near, run, "a photo credit", offset, "credit")
            continue
        # A role vouches for a name, but not for one Vietnamese word (`ca sĩ Phía sau một cô gái`), for
        # one common word, its field (`vận động viên Judo`), nor for one word after a counted role,
        # the team (`các cầu thủ Riverside`, `một cầu thủ Riverside`), unless a list of them follows
        # (`các điệp viên A, B, C`).
        if text.count("-", start, run[-1].end()) > 1 and _is_joined_line_up(run):
            _note(near, run, "names joined by hyphens: a line-up, not one person", offset, "joined-line-up")
            if after_honorific or after_title or after_role:
                mentions += _line_up_parts(run, offset)
            continue
        named = "tên" in before[-6:] and bool(_NAMED_SO.search(before))
        # `các cầu thủ Riverside Rovers`, `ban lãnh đạo Riverside Rovers`: after a counted role or a board,
        # a run that no list goes on from is their team or their firm (`các nhân vật như X` gives an example).
        side_of_people = ((after_role and not _QUANTIFIERS.isdisjoint(lowered[-4:])
                           or bool(lowered) and lowered[-1] in _BOARD_ENDS and _after_board(lowered))
                          and lowered[-1].rstrip(":") not in _LIST_OPENERS and not _list_goes_on(text, run[-1].end()))
        addressed = after_honorific or named or after_role and not (
            len(tokens) == 1 and (_is_syllable(tokens[0]) or casefold(tokens[0]) in keys("common_words")
                                  or side_of_people))
        part = (not addressed and len(run) == 1 and _part_of_a_player(text, run[-1].end())
                and _after_place_cue(before) is None)
        end = run[-1].end()
        other_name = not addressed and text.startswith(" (", end) and _other_name_in_brackets(text, end)
        player = not addressed and len(run) == 1 and (
            bool(_PLAYER_ACT_AFTER.match(text, end))
            or before.endswith(" của ") and bool(_PLAYER_ACT_BEFORE.search(before))) and not _is_syllable(tokens[0])
        described = not addressed and (part or other_name or player or _described(before, text, end)
                                       or len(run) > 1 and bool(_SCORING_AFTER.match(text, end)))
        honorific = addressed or described
        title = honorific or after_title or after_role
        written = tokens
        country_given = office_family = False
        given_truong = _is_given_truong(tokens, text, end)
        if len(tokens) > 1 and (_is_given_anh(tokens, before) or _is_given_word_in_list(tokens, before) or given_truong):
            stripped = None
        else:
            tokens, stripped = _strip_front(tokens, after_honorific or after_role or described)
            # (Not where it is called, before a comma or a stop: `Thank you, Mr President.`)
            office_family = (not tokens and text[end : end + 1] not in ",.!?"
                             and _is_family_name_of_office(lowered[-1:] + written, article.text))
            if office_family:
                tokens, stripped = written[-1:], "honorifics"
            # `Nhật Lâm Vy`, `Mỹ Lê Hà`: with no cue before it, a country of one word opening a Vietnamese
            # run of three is a given name when a family and a given name follow.
            country_given = (stripped == "places" and len(written) == 3 and len(tokens) == 2 and not title
                             and _looks_vietnamese(written) and _is_vietnamese_surname(tokens[0]))
            if country_given:
                tokens, stripped = written, None
            # `Tổng thống Chile Santiago Kowal`: after an office, of two places before a lone foreign
            # word the second is its given name.
            if (stripped == "places" and after_title and len(tokens) == 1 and len(written) > 2
                    and not _is_syllable(tokens[0])
                    and casefold(written[-2]) in keys("places") and casefold(written[-3]) in keys("places")):
                tokens = written[-2:]
        # A capital that only opens the sentence: the word is written lower case elsewhere (a particle
        # already written so, `Bà von der …`, stays the name's).
        if (len(tokens) > 1 and tokens[0].isascii() and tokens[0][0].isupper() and _opens_sentence(before)
                and not _looks_vietnamese(tokens) and tokens[0].lower() in article.lower):
            tokens = tokens[1:]
        # `Third-seeded Pablo Ruiz`, `Lagos-based Goldrock`: a compound modifier opens no name.
        while len(tokens) > 1 and _MODIFIER.match(tokens[0]):
            tokens = tokens[1:]
        if len(tokens) == len(written) and "-" in before[-2:] and _COMPOUND_PREFIX.search(before):
            tokens = tokens[1:]  # `sub-Saharan Africa`, `fellow-American Anne Kowal`: the rest of a compound word
        front = tuple(map(casefold, written[: len(written) - len(tokens)]))
        tokens = _before_glued_hyphen(tokens)
        # `Trang The Ledger`: an English article inside a run opens a title or a paper.
        if "The" in tokens[1:]:
            tokens = tokens[: tokens.index("The", 1)]
        # `Trần Huyền Trân Công Chúa`: an office of two words, capitalised, closing the run is no part of the name.
        if (len(tokens) > 3 and casefold(" ".join(tokens[-2:])) in keys("titles")
                and _is_vietnamese_full_name(tokens[:-2])):
            tokens = tokens[:-2]
        tokens = _without_title_after(tokens, text[run[-1].end() : run[-1].end() + 40])
        # `… Le Van Kowal Tôi nghĩ…`: where the break after a name was lost, the next sentence's first word
        # closes the run. Only after three words or a name written without its marks: such a word may
        # be a given name too (`Tôn Ngộ Không`).
        if (len(tokens) > 1 and casefold(tokens[-1]) in keys("sentence_openers") and _LOWER_NEXT.match(text, end)
                and (len(tokens) > 3 or all(map(str.isascii, tokens[:-1])))):
            tokens = tokens[:-1]
        # `…, Jan Kowal Thanh Hóa: Lê Văn An, …`: two line-ups run together, the next side's place and its colon
        # close the last player's name.
        if len(tokens) > 2 and _COLON_NEXT.match(text, end):
            tokens = _without_place_at_end(tokens)
        # `Dear Mr. President`: an honorific closing the run (its stop ended it) speaks of what comes next.
        if len(tokens) > 1 and casefold(tokens[-1]) in _ENGLISH_HONORIFICS:
            tokens = tokens[:-1]
        if len(tokens) > 1 and casefold(tokens[-1]) in _MONTHS and _DAY_NEXT.match(text, run[-1].end()):
            tokens = tokens[:-1]  # `Yeltsin Sept 7`, `Emnid May 26`: a date follows the name
        # `Ông Chiunói`, `Peter Novakcủa Cơ quan`: a common word glued to a word ends the name there.
        for index, token in enumerate(tokens):
            unglued = _unglued(token)
            if unglued != token:
                tokens = tokens[:index] + [unglued]
                break
        # `phố Bà Triệu`, `rạch Bà Rựa`: an honorific inside the run does not stop a place cue before it.
        # (`người Anh William Harvey`: `Anh` is a nationality there, and the cue is the nationality's.)
        blocks_cue = title or stripped == "titles" or stripped == "honorifics" and not keys("places").isdisjoint(front)
        honorific = honorific or stripped == "honorifics"
        title = title or stripped in ("honorifics", "titles")
        tokens, titled = _after_last_title_word(tokens)
        title = title or titled
        tokens = _after_nationality(tokens)
        tokens = _after_a_vietnamese_word(tokens, _opens_sentence(before) and len(tokens) == len(written))
        # `châu Âu Kowalski`: after `châu` the first word names the continent.
        if len(tokens) > 1 and before.endswith(" châu ") and len(tokens) == len(written):
            tokens = tokens[1:]
        # (`Đền Bạch Vân`: a run that opens with the head of a place's name is the place, whatever ends it.)
        opens_place = bool(tokens) and (casefold(tokens[0]) in keys("place_heads") or _opens_with_kind(tokens))
        stage = len(tokens) == len(written) and _is_stage_name(tokens)
        name, inner = (tokens, False) if country_given or opens_place or stage else _vietnamese_name_at_end(tokens)
        # `trường Chuyên Lê Quý Đôn`: a school's type written with a capital is no organisation before a
        # person; the kind of place before the run still names the school.
        if inner and keys("school_types").issuperset(map(casefold, tokens[: len(tokens) - len(name)])):
            inner = False
        tokens = name
        # `Tổng thống Kowalski`, `Thủ tướng Ba Lan Kowalski`: a lone foreign name after an office only a
        # person holds is a person, whether or not the article gives the full name.
        sole_office = (len(tokens) == 1 and (after_title or stripped == "titles") and not _is_syllable(tokens[0])
                       and _ends_with(lowered + list(front) if stripped == "titles" else lowered, "offices_of_people"))
        honorific = honorific or sole_office or country_given
        # After an office the company the run opens with is the employer: `ông chủ Facebook Jan Kowal`.
        if title and len(tokens) > 2 and (casefold(tokens[0]) in keys("common_words") or casefold(tokens[0]) in keys("brands")):
            tokens = tokens[1:]
        # `Phan Minh quý giành…`: a headline writing the last given name in lower case, where the article
        # writes the whole name elsewhere, names that whole name.
        lower_given = (len(tokens) == 2 and len(written) == 2
                       and (found_lower := _WORD_NEXT.match(text, end)) is not None and found_lower.group(1).islower()
                       and _is_vietnamese_surname(tokens[0])
                       and f"{tokens[0]} {tokens[1]} {found_lower.group(1).capitalize()}" in article.text)
        if lower_given:
            tokens = tokens + [found_lower.group(1).capitalize()]
        # A lone word is only ever a person through a full name or an honorific: no rule needed.
        line_after = text[run[-1].end() : run[-1].end() + 60].split("\n", 1)[0] if len(tokens) > 1 else ""
        owner = run[-1].group().endswith(("'s", "’s"))
        rejected = len(tokens) > 1 and _set_aside(Candidate(tuple(tokens), tuple(map(casefold, tokens)), before,
                                                            line_after, front, owner))
        if (not rejected and len(tokens) > 1 and not _looks_vietnamese(tokens)
                and (tokens[0] in article.numbered or tokens[-1] in article.numbered and _NUMBER_NEXT.match(text, run[-1].end()))):
            rejected = ("product-line", "a product, by a line the article also writes with a model number")
        # (Not Vietnamese syllables, which are words as often as given names: `Minh Anh`.)
        if (not rejected and len(tokens) > 1 and not (title or honorific) and all(map(str.isascii, tokens))
                and not _looks_vietnamese(tokens) and article.written_lower.issuperset(t.lower() for t in tokens)):
            rejected = ("lower-case-words", "ordinary words, each written in lower case elsewhere in the article")
        if len(tokens) == 1 and _YEAR_AFTER.match(text, run[-1].end()):  # `Miss Lens 2030`: after an honorific
            rejected = ("event-year", "a contest, a show or a product, by the year after it")
        # `cựu huấn luyện viên Riverside, Kowalski thừa nhận`: one word after an office or a role, with a
        # name set beside it by a comma (no list: a verb follows), is the employer; the name is the person.
        if len(tokens) == 1 and (after_title or after_role) and _APPOSED_NAME.match(text, run[-1].end()):
            rejected = ("employer-before-name", "a team or a firm, by the person named beside it after an office")
        # `Walt Kowal Co's Dorval Vista`: what a firm owns, named after its possessive, is a unit or a brand.
        if (not rejected and run[0].start() != start
                and _FIRM_OWNER_BEFORE.search(text, max(0, run[0].start() - 12), run[0].start())):
            rejected = ("firm-owned", "a unit or a brand, after the possessive of a firm's legal form")
        # `Kowal General Corp`: an office's word inside a firm's name left its legal form alone.
        if not rejected and len(tokens) < 2 < len(written) and _is_legal_form(written[-1]):
            rejected = ("form-closing", "a firm, by the legal form closing its name")
        # `Cong ty TNHH Kowal Dorval`, `Công ty TNHH thủy sản liên hiệp Kowal Việt`: after a Vietnamese legal form
        # in the clause, the run is the firm's name, where its kind is written without tone marks or beyond its reach.
        if (not rejected and vietnamese and not (inner or title or honorific)
                and (not _VN_LEGAL_FORMS.isdisjoint(front) or _after_legal_form(before))):
            rejected = ("after-legal-form", "a firm, after a Vietnamese legal form in its clause")
        if not rejected and len(tokens) > 1 and _ends_as_tale(tokens):
            rejected = ("tale-title", "the title of a tale or a legend, by its last word")
        # `quanh Hồ Xuân Kowal`, `ven Hồ Văn Dorval`: the way round or the shore of a lake (`hồ`, also a family name).
        if not rejected and len(tokens) > 1 and tokens[0] == "Hồ" and lowered and lowered[-1] in _LAKESIDE:
            rejected = ("place-lakeside", "a lake, by its shore or the way round it written before")
        # `Dinh Độc Lập`: `dinh`, a palace, before marked words, where the family name would be written `Đinh`.
        if not rejected and len(tokens) > 1 and tokens[0] == "Dinh" and vietnamese_marks(" ".join(tokens[1:])):
            rejected = ("palace", "a palace, by `Dinh` before Vietnamese words, where the family name is `Đinh`")
        # `UBND P. Tân Kowal, TP Dorval`, `(P.Tân Kowal, Q.3, …)`: a ward or a district, its kind written short
        # before it, in an address that goes on to another.
        if (not rejected and tokens and not after_honorific and text[end : end + 1] == ","
                and _ADDRESS_NEXT.match(text, end) and _kind_written_short(text, start)):
            rejected = ("address-kind", "a ward or a district, by its kind written short, in an address")
        # `Hội KTS Kowal`, `Đoàn TNCS Hà Văn Kowal`: after the head of an organisation's name and its acronym the
        # run ends that name (not after an office, whose holder it names: `Giám đốc Sở GTVT Hà Văn Kowal`).
        if (not rejected and tokens and before[-2:-1].isupper() and (acronym := _HEAD_ACRONYM.search(before))
                and casefold(acronym.group(1)) in _heads()
                and not _ends_with(before[: acronym.start()].casefold().split(), "titles")):
            rejected = ("head-acronym", "the end of an organisation's name, after its head and its acronym")
        # `tiếng Anh Kowal`, `báo Anh Dorval`: after a language or a paper `Anh` is England, not the word of
        # address; the run names a kind of English or the paper.
        if not rejected and len(written) > 1 and written[0] == "Anh" and lowered and lowered[-1] in _ENGLISH_OF:
            rejected = ("english-of", "a kind of English or an English paper, after `tiếng` or `báo`")
        # `chị Hội trưởng`, `con gái Phó Bí thư xã`: after a word of address or a role, the capitals end
        # inside an office written on in lower case.
        if (not rejected and (after_honorific or after_role) and _LOWER_NEXT.match(text, end)
                and _office_written_on(written, text, end)):
            rejected = ("office-written-on", "an office, by the lower-case word that ends it after the run")
        if not rejected and len(tokens) > 1 and before.endswith(" ") and _is_character(before, text, end):
            rejected = ("role-in-fiction", "a character of a film or a novel, by the part played or the work beside it")
        if (not rejected and side_of_people and len(written) > 1 and len(tokens) == len(written)
                and not _is_vietnamese_full_name(written)):
            rejected = ("side-of-its-people", "a team or a firm, after a counted role or a board")
        # `Núi Bà Hương`, `Đền Ông Lụa`: an honorific after a kind of place is part of the place's name.
        if (not rejected and len(tokens) == 1 and len(front) > 1 and front[-1] in keys("honorifics")
                and _named_after(front[:-1])):
            rejected = ("named-after", "a street, a school or a building named after someone")
        if not rejected and front and stripped != "places" and _after_house_number(Candidate(tuple(written), (), before, "", ())):
            rejected = ("house-number", "a street, after a house number")  # `38 Bà Hom`: whatever is stripped
        if rejected:
            if rejected[0] in _PLACE_OR_FIRM_RULES:
                thing_end = run[-1].end()
            if near is not None:
                # (The firm a closing legal form names is the words before it and before the kind of firm
                # ahead of it: `Kowal Dorval Airways Ltd` is `Kowal Dorval said` elsewhere.)
                named = (_firm_before_form((tokens if len(tokens) > 1 else written)[:-1]) if rejected[0] == "form-closing"
                         else tokens[1:] if rejected[0] == "joint-nationality"
                         else written if rejected[0] == "office-written-on" else []) or tokens
                near.append(NearMiss(" ".join(named), rejected[1], offset + start, rejected[0]))
            continue
        # `UBND tỉnh Cà Mau Nguyễn Tiến Hải`: the kind of place before the run is the stripped place's.
        # So does a place before a foreign name: `tại Chile Jonah Whitfield`, `người Ý Marco Bellandi`.
        # ... but after a club and its country, a foreign name is the club's: `CLB Nhật Bản Riverside Rovers`.
        club_of_place = (stripped == "places" and bool(tokens) and not _is_vietnamese_surname(tokens[0])
                         and _CLUB_BEFORE.search(before) is not None)
        past_place = bool(tokens) and not club_of_place and stripped in ("places", "organisations") and (
            _is_vietnamese_surname(tokens[0])
            or stripped == "places" and len(tokens) > 1 and not _looks_vietnamese(tokens) and not before.isascii()
            and casefold(tokens[0]) not in _PARTICLES)  # `Toronto Blue Jays`, `Liban Al Mayadeen`
        cue = None if blocks_cue or titled or inner or past_place else "list" if in_list else (
            _after_place_cue(before) or ("noun" if club_of_place else None)
            or _leading_place(before, front, text[run[-1].end() : run[-1].end() + 1])
            or _counted_kind_before(before, text, start))
        if cue:
            # A kind of place goes on to the next names of a list; `tại`, `at` only through `and`
            # (`at Goldman Sachs and Morgan Stanley`, but `In Washington, Biden said`).
            place_end = run[-1].end()
            thing_end = place_end if cue != "preposition" else -1
            joins = _LIST_JOINS if cue != "preposition" else _AND_JOINS
            nationality = nationality if cue == "list" else before.casefold().endswith("người ")
            if near is not None and len(tokens) > 1 and _is_person(tokens, False, honorific):
                reason = "in a list of places" if cue == "list" else f"after `{before.split()[-1]}`, as places are"
                near.append(NearMiss(" ".join(tokens), reason, offset + start, f"place-{cue}"))
            continue
        # `Kowal Mining Ltd`: the words before a firm's ending name the firm wherever the article writes them.
        firm = _without_firm_endings(tokens)
        if near is not None and 1 < len(firm) < len(tokens) and not honorific and _is_person(firm, False, False):
            near.append(NearMiss(" ".join(firm), "a firm, by the ending of its name", offset + start, "firm-ending"))
        if not tokens or not _is_person(tokens, title or inner, honorific):
            # A name after a place and a slash is a place too.
            if casefold(" ".join(written)) in keys("places"):
                slash_after = run[-1].end() + 1 if text[run[-1].end() : run[-1].end() + 1] == "/" else -1
            # Given names alone (`Minh Đan`) are a name only among names: see `_names_in_lists`.
            if tokens and len(tokens) < 4 and _is_person(tokens, False, True):
                items[-1] = _Item(start, run[-1].end(), "maybe", _given_names(written, tokens, stripped))
                if (not title and len(tokens) == len(written)
                        and _given_names_in_use(tokens, lowered, before, text, end, article.text)):
                    mentions.append(Mention(tuple(tokens), False, False, offset + start, "given-name-shape"))
            continue
        rule = ("named-so" if named else "office-word-family-name" if office_family else "given-truong" if given_truong
                else "after-honorific" if addressed or stripped == "honorifics"
                else "after-office-of-a-person" if sole_office else "country-given-name" if country_given
                else "lower-case-given-name" if lower_given
                else "part-before-player" if part else "other-name-after" if other_name else "player-act" if player
                else "age-or-minute-after" if described
                else "after-title" if title
                else "name-ending-run" if inner else "stage-name" if stage else "capitalised-run")
        mentions.append(Mention(tuple(tokens), title or inner, honorific, offset + start, rule))
        # `Văn Toàn` alone is the middle of a name, unless a list of names holds it.
        middle = len(tokens) == 2 and casefold(tokens[0]) in _VN_MIDDLE_NAMES
        sure = len(tokens) > 1 and not middle or honorific or title
        kind = "addressed" if addressed else "person" if sure else "maybe"
        items[-1] = _Item(start, run[-1].end(), kind, _given_names(written, tokens, stripped))
        previous_end = run[-1].end()
    listed = _names_in_lists(text, items, offset, pending) + _foreign_pair(text, items, offset)
    if text.count(" (") > 2 and not text.isascii():  # a cast written as pairs (English lists players' clubs so)
        listed += _cast_list(text, offset)
    mentions = _without_listed_things(text, items, mentions, offset, near)
    if listed:
        promoted = {m.position for m in listed}
        mentions = sorted([m for m in mentions if m.position not in promoted] + listed, key=lambda m: m.position)
    return mentions, standalone


@lru_cache(maxsize=1 << 16)  # words recur across runs and articles
def _token(word: str) -> str:
    """A word of a run as a name holds it: initials whole, without a possessive or a stop."""
    if "." in word and _INITIALS.match(word):  # initials hold stops: most words have none
        return word
    return (word[:-2] if word.endswith(("'s", "’s")) else word).rstrip(".")


# Rules that set a run aside as a place or a firm: what follows it in brackets is its other name.
_PLACE_OR_FIRM_RULES = frozenset({"place-head", "place-suffix", "company-form", "firm-ending", "kind-after",
                                  "form-closing", "after-legal-form"})
def _without_firm_endings(tokens: list[str]) -> list[str]:
    """`Kowal Stone Group Plc` without `Group Plc`."""
    while tokens and casefold(tokens[-1]) in keys("firm_endings"):
        tokens = tokens[:-1]
    return tokens


def _firm_before_form(tokens: list[str]) -> list[str]:
    """`Kowal Dorval Trust Airways` (its legal form cut) is `Kowal Dorval`: without its firm endings and
    the words of firms' kinds closing it, while two words at least are left."""
    tokens = _without_firm_endings(tokens)
    firm = tokens
    while len(firm) > 2 and (casefold(firm[-1]) in keys("organisations") or casefold(firm[-1]) in keys("common_words")):
        firm = firm[:-1]
    return firm


def _without_place_at_end(tokens: list[str]) -> list[str]:
    # A Vietnamese name keeps three words, and a last word that is a country's (`Lê Thị Nga`, `Lê Văn Đức`)
    # is a given name: its side is a province of two words.
    vietnamese = _is_vietnamese_surname(tokens[0])
    for size in (2,) if vietnamese else (2, 1):
        if len(tokens) - size >= (3 if vietnamese else 2) and casefold(" ".join(tokens[-size:])) in keys("places"):
            return tokens[:-size]
    return tokens


def _leading_place(before: str, front: tuple[str, ...], next_char: str) -> str | None:
    """`At Riverside, Jan Kowal homered`: `At` or `In` opening a sentence, then a run and a comma, sets
    the scene (a cue word is otherwise written in lower case, before the run)."""
    if next_char == "," and front in (("at",), ("in",)) and _opens_sentence(before):
        return "preposition"
    return None


def _two_vietnamese_names(mentions: list[Mention], run: list[re.Match]) -> bool:
    return (bool(mentions) and len(mentions[-1].tokens) > 2 and _is_vietnamese_full_name(mentions[-1].tokens)
            and _is_vietnamese_full_name([m.group() for m in run]))


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


class _Item(NamedTuple):  # one for every run of every text: a tuple is built the fastest
    start: int
    end: int
    kind: str  # "addressed" (after a role or an honorific), "person", "maybe" (a lone word, given names alone), "other"
    tokens: tuple[str, ...]


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

# Vietnamese legal forms (of `legal_forms.txt`), written in capitals: before the run, the form, a capitalised
# kind of business perhaps (`Thủy sản`), then lower-case words: what the firm does.
_VN_LEGAL_FORMS = frozenset({"tnhh", "tmcp", "cp", "mtv"})
_VN_LEGAL_FORM_BEFORE = re.compile(r"\b(?:TNHH|TMCP|CP|MTV)(?: [A-ZĐ][^\W\d_]*)?((?: [a-zà-ỹđ]+)*) $")
_JOINS_ANOTHER = _TAKES_A_PERSON | {"do", "và", "là", "hay", "hoặc", "gồm", "như", "tại", "ở"}


def _after_legal_form(before: str) -> bool:
    """`Công ty TNHH thủy sản Kowal`, not `Công ty TNHH Kowal do Lê Văn Dorval`: after a Vietnamese legal
    form and the words of its trade, with no word between that joins another name."""
    if "TNHH" not in before and "CP" not in before and "MTV" not in before:  # most runs: a cheap test first
        return False
    found = _VN_LEGAL_FORM_BEFORE.search(before)
    return found is not None and _JOINS_ANOTHER.isdisjoint(found.group(1).split())


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


# What joins the names of a list: `Thanh Lam, Tùng Dương và Mỹ Linh`, `Kowal, Nowak hay Rossi`. Not a
# dash: `Goalkeepers - …`, `Nếp Xanh - Lê Văn An` (a brand and its designer).
_NAME_LIST_JOINS = frozenset({", ", " và ", ", và ", " hay ", " and ", ", and "})
_LINE_UP = 5  # names after a colon, none of them anything else: a team's line-up


def _names_in_lists(text: str, items: list[_Item], offset: int, pending: list[_List] | None = None) -> list[Mention]:
    """In a list of names, two of them people's full names and none anything else, or in a line-up
    after a colon, the lone words and given names are people too: `Danilo, Sterling, De Bruyne`.
    A role or an honorific before the first name of a list of three speaks of all of them:
    `ca sĩ Tùng Lâm, Bảo Anh, Minh Thư`. Lists that the rest of the article may settle go to `pending`."""
    found: list[Mention] = []
    group: list[_Item] = []
    for item in items + [_Item(-1, -1, "other", ())]:
        if group and item.start >= 0 and text[group[-1].end : item.start] in _NAME_LIST_JOINS:
            group.append(item)
            continue
        kinds = [g.kind for g in group] if len(group) > 1 else ()  # one run alone is no list
        if "other" not in kinds and "maybe" in kinds and (
            len(kinds) - kinds.count("maybe") >= 2 and len(group) >= 3
            or kinds[0] == "addressed" and len(group) >= 3
            or len(group) >= _LINE_UP and text[max(0, group[0].start - 2) : group[0].start] == ": "
        ):
            found += [Mention(g.tokens, True, True, offset + g.start, "list-of-names")
                      for g in group if g.kind == "maybe"]
        elif (pending is not None and len(group) > 1 and "other" not in kinds and "maybe" in kinds
              and (len(group) > 2 or _a_pair(text, group))):
            pending.append(_List(offset, tuple(group), not text.isascii()))
        group = [item]
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


def _without_listed_things(text: str, items: list[_Item], mentions: list[Mention], offset: int,
                           near: list[NearMiss] | None) -> list[Mention]:
    """`Google, Apple, Kowal Moreno và Dorval Rock`: a run that no cue vouches for, in a list of three
    or more beside two that the lexicon knows as places, firms or brands, is one of their kind (unless a
    role opens the list: `các ca sĩ A, B, C`)."""
    if len(items) < 3:
        return mentions
    suspects = {m.position - offset for m in mentions if m.rule == "capitalised-run"}
    if not suspects:
        return mentions
    things: set[int] = set()
    group: list[_Item] = []
    for item in items + [_Item(-1, -1, "other", ())]:
        if group and item.start >= 0 and text[group[-1].end : item.start] in _NAME_LIST_JOINS:
            group.append(item)
            continue
        listed = {g.start for g in group} & suspects if len(group) >= 3 and group[0].kind != "addressed" else set()
        if listed and sum(_is_known_thing(casefold(text[g.start : g.end].rstrip("."))) for g in group) >= 2:
            things |= listed
        group = [item]
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


# Stretches of text made of capitalised words (and particles) separated by spaces, found in one
# regular-expression pass; only these are then read word by word. Most of a text is lower case.
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x2000)) if c.isupper())
_UPPER += "".join(re.escape(c) for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
# Not from inside a word that opens with a figure: `12/34B Lê Văn Tám` is a street, `4K Studio` a product.
_STRETCH = re.compile(rf"[{_UPPER}](?<!\d\w)(?<!\d\w\w)(?<!\d\w\w\w)\S*(?: (?:(?:{'|'.join(sorted(_PARTICLES))}) )*(?:(?:al|el|ad|as|ash|bin|ibn)-)?[{_UPPER}]\S*)*")
# A regnal or generational number closes a name: `Elizabeth II`, `John Paul II`, `Henry Walker III`.
_REGNAL = frozenset("II III IV VI VII VIII".split())
# A particle joined to the family name by a hyphen: `Bashar al-Assad`, `Abdel Fattah el-Sisi`.
_JOINED_PARTICLE = re.compile(rf"^(?:al|el|ad|as|ash|bin|ibn)-[{_UPPER}]")


_CLAUSE_BREAK = re.compile(r"[,.;:()\n\"“”!?]")
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


def _after_named_kind(text: str, end: int) -> bool:
    """`Công ty Cổ phần Hàng tiêu dùng Hoa Mai (…)`: a capitalised kind of place or firm heads the name
    that runs, unbroken by punctuation, to the brackets at `end`."""
    words = _CLAUSE_BREAK.split(text[max(0, end - 80) : end])[-1].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    folded = [casefold(w) for w in words]
    return any(w[:1].isupper() and (folded[i] in keys("place_kinds") or f"{folded[i]} {folded[i + 1]}" in keys("place_kinds"))
               for i, w in enumerate(words[:-1]))


def _is_known_thing(folded: str) -> bool:
    return any(folded in keys(kind) for kind in ("places", "organisations", "brands", "common_words"))


def _capitalised_runs(text: str) -> list[list[re.Match]]:
    """Maximal runs of capitalised words separated by single spaces; punctuation ends a run."""
    runs: list[list[re.Match]] = []
    for stretch in _STRETCH.finditer(text):
        start, end = stretch.span()
        first = _TOKEN.match(text, start, end)
        if first and first.end() == end:  # most stretches: one word, read here
            if _is_capitalised(first.group()):
                runs.append([first])
        else:
            runs += _runs_in(text, start, end)
    return runs


def _runs_in(text: str, start: int, end: int) -> list[list[re.Match]]:
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    previous_end = -1
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        joined = False
        if current and text[previous_end : match.start()] == " ":
            previous = current[-1].group()
            # (Both tests below read a stop after the previous word: most words have none.)
            joined = not previous.endswith(".") or _continues(previous) and not _sentence_after_initial(previous, word)
        if _is_capitalised(word) or (joined and (word in _PARTICLES or _JOINED_PARTICLE.match(word)
                                                 or word in _REGNAL and _is_capitalised(previous))):
            if not joined and current:
                current = _flush(runs, current)
            current.append(match)
        elif current:
            current = _flush(runs, current)
        previous_end = match.end()
    if current:
        _flush(runs, current)
    return runs


def _sentence_after_initial(previous: str, word: str) -> bool:
    """`Liga B. Nhiều đội`: a Vietnamese word after a lone initial opens a sentence (a
    Vietnamese name writes its initials last: `Trần Văn T.`)."""
    return len(previous) == 2 and previous[1] == "." and not word.isascii()


def _continues(previous: str) -> bool:
    # A stop ends a run, except after initials: `George W. Bush`, `J. Scott Applewhite`, `F.W. de Klerk`.
    return not previous.endswith(".") or (len(previous) == 2 and previous[0].isupper()) or bool(_INITIALS.match(previous))


def _flush(runs: list[list[re.Match]], run: list[re.Match]) -> list[re.Match]:
    while run and run[-1].group() in _PARTICLES:
        run = run[:-1]
    if run:
        runs.append(run)
    return []


@lru_cache(maxsize=1 << 16)  # words recur across runs and articles
def _is_capitalised(word: str) -> bool:
    if not word[0].isupper():
        return False
    if _INITIALS.match(word):
        return True
    bare = word.rstrip(".")
    # Acronyms (AFP, REUTERS, NATO) are agencies and organisations, not names.
    return bool(bare) and bare[0].isupper() and not (len(bare) > 1 and bare.isupper())


class Candidate(NamedTuple):  # one for most runs: a tuple is built the fastest
    """A run that looks like a name, with what the rules below read around it."""

    tokens: tuple[str, ...]
    words: tuple[str, ...]  # case-folded, tone marks kept
    before: str  # the text right before the run
    after: str  # the rest of its line
    front: tuple[str, ...]  # the case-folded words stripped from its front (`đường`, `trường thpt`)
    owner: bool = False  # its last word is a possessive: `Kowal's party` is his, not a party called Kowal


def _is_lunar_year(words: tuple[str, ...]) -> bool:
    return not _STEMS.isdisjoint(words) and any(a in _STEMS and b in _BRANCHES for a, b in zip(words, words[1:]))


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


# `Quả Bóng Vàng 2021 Lê Văn Kowal`: a year closing a title or an award before a name, no house number.
_TITLE_YEAR = re.compile(r"[^\W\d_]*[A-ZÀ-Ỹ][^\W\d_]* (?:19|20)\d\d $")


# `Aston Villa 2 Leeds 1`: each side of a result; `Aston Villa 10 6 2 2 18 9 20`: a row of standings.
# A side may carry its country in brackets, and a result its scorers: `Riverside (Albania) 2 Hillside
# (Malta) 1 (Smith 30th)`, `Riverside 1 F.C. Hillside 0`.
_SCORE_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} \D+ \d{1,2}(?: \(.*\))?\.?\s*$")
_SCORE_BEFORE = re.compile(r"(?:^|\n)\D+ \d{1,2} (?:[A-Z.]{2,5} )?$")
_SCORE_NEXT = re.compile(r"(?: \([^)]{2,30}\))? \d{1,2}\b")
# `AEK Athens (Greece) v Chemlon Humenne (Slovakia)`: the sides of a fixture.
_VERSUS_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?v ")
_VERSUS_BEFORE = re.compile(r"\S v $")
_MODEL_BEFORE = re.compile(r"(?:^|\s)(?=\S*\d)(?=\S*[A-Z])[A-Z0-9][\w-]*\d[\w-]* $")
_DIGIT = re.compile(r"\d")  # looked for first, at C speed: most text before a run has none
_GLUED_ACRONYM = re.compile(r"(?:^| )[A-Z]{2,}[a-z]{2,}")  # read over a run's words joined by spaces
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\d/.,:-]?\d)")
_STANDINGS = re.compile(r"(?: \d{1,3}){6,}\s*$")
_STATE_AFTER = re.compile(r", (?!(?:Jr|Sr|Esq|M\.D)\.)(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.(?:,|\s*$)")
_VESSEL_ROW = re.compile(r" (?:\d{1,3}(?:[.,]\d+)? \d{1,2}/\d{1,2}\b|[^\n]*?(?:\(built \d{4}\)|\bdwt\b))")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# A price that moves to a price (not to a share of the vote: `rose five points to 38 percent`), or shares.
_MARKET_VERBS = "rose|fell|gained|lost|added|shed|eased|firmed|climbed|slipped|dropped|jumped|slid"
_MARKET_MOVE = re.compile(rf"(?:,? which)? (?:(?:{_MARKET_VERBS}) [\w.,/-]+(?: percent| pct| cents| pence)?"
                          r" to \d[\d.,/-]*(?! ?(?:percent|pct|%))"
                          rf"|shares (?:were|was|are|closed|ended|edged|traded|{_MARKET_VERBS})\b)")


def _kind_after(after: str) -> bool:
    word = _WORD_AFTER.match(after)
    return bool(word) and word.group(1) in keys("kinds_after")


_FIRM_PARTNERS = re.compile(r" (?:& [A-Z]|and Co\b)")
# The legal forms written after a firm's name (`Inc`, `NV`, `S.A`); `&` opens a partner's (above).
_FIRM_FORMS = "|".join(re.escape(form) for form in entries("legal_forms") if form != "&")
# `Kowal Nowak and Sons Inc`, `Hollis Mill and Loom Co`: a partner or a line of trade, then the legal form.
_PARTNER_AND_FORM = re.compile(rf" and (?:Sons\b|[A-Z][\w'-]+ (?:{_FIRM_FORMS})\b)")
# `Kowal Nowak <KNW.L>`: a newswire writes a company's ticker after it, or the company in angle brackets.
_TICKER_AFTER = re.compile(r" ?<[A-Z][A-Z0-9.]*>")
# `Kowal Bros Inc and Nowak Hollis`, `Hollis Marten and Kowal Nowak Ltd`: the next item of a list of firms
# (not an office's holder: `Kowal Corp, Chairman Jan Nowak`).
_FIRM_BEFORE = re.compile(rf"\b(?:{_FIRM_FORMS})\.?(?: <[A-Z][A-Z0-9.]*>)?(?:,| and|, and) $")
_FIRM_NEXT = re.compile(rf"(?:,|,? and) (?:[A-Z][\w'.-]* ){{1,3}}(?:{_FIRM_FORMS})\b")
_BODY_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|for|on|into) $")
_ELIDED_ARTICLE = re.compile(r"\b[dlDL]['’]$")
# How the text before a run ends where the two above can match (`$` also before a last line break):
# tested first, as searching the text costs more.
_FIRM_BEFORE_ENDS = (", ", " and ", ", \n", " and \n")
_BODY_BEFORE_ENDS = tuple(f" {word} {end}" for word in ("of", "for", "on", "into") for end in ("", "\n"))
_COMPOUND_PREFIX = re.compile(r"\b(?:sub|fellow|pro|anti|non|pan|trans)-$")  # not `ex-`: `ex-West German Chancellor`
_COMPOUND_LAST = re.compile(r"-[a-z]{2,}ed$")  # `Nowak-ordered`, `Bank-led`; no romanised syllable ends so
# `Kowal Dorval (Securities) Ltd`, `Kowal Dorval EC SpA`: a bracketed line of trade or letters between
# the name and its legal form.
_FORM_AFTER_INSERT = re.compile(rf"(?: [A-Z]{{2,4}}| \([A-Z][\w ]*\))+ (?:{_FIRM_FORMS})\b")
# `Kowal Co's Dorval Vista`: what a firm owns, named after its possessive, is a unit or a brand.
_FIRM_OWNER_BEFORE = re.compile(rf"\b(?:{_FIRM_FORMS})['’]s $")
# `Kowal Dorval S.A.`, `Kowal N.V.`: a legal form closing the run (dotted forms are one word to the
# tokenizer, so they stay inside it); written with its stops or exactly, not `Sa`, a given name.
_LEGAL_FORMS = frozenset(form for form in entries("legal_forms") if form != "&")
_DOTLESS_FORMS = frozenset(form.replace(".", "").upper() for form in _LEGAL_FORMS)
# `Anglo-Dutch Kowal`, `Franco-Swiss Dorval`: two nations joined by a hyphen describe a joint firm or
# body, not a person; the combining forms written only so, and nationalities.
_JOINT_FORMS = frozenset({"anglo", "franco", "sino", "italo", "russo", "indo", "afro", "austro", "hispano", "nippo"})
# `Istituto per la Kowal`, `Caisse d'Amortissement de la Dorval`: after a capitalised head, a Romance
# preposition (with its article) or an elided `d'` goes on with the rest of an institution's name
# (a person's particles stand inside the run: `Jan de la Kowal`).
_ROMANCE_HEAD_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ (?:(?:per|pour|para|por|sur|pela|pelo|nella|sulla)(?: la| le| les| il| lo| el| l['’])? "
                                  r"|d['’])$")
_ROMANCE_ENDS = tuple(f"{word} " for word in ("per", "pour", "para", "por", "sur", "pela", "pelo", "nella", "sulla", " la",
                                              " le", " les", " il", " lo", " el")) + ("l'", "l’", "d'", "d’")
_BANK_HEADS = frozenset({"bank", "banque", "banco", "banca", "bankhaus"})
# `to acquire Kowal Dorval`, `its merger with Kowal Dorval`: what is bought or merged with is a firm
# (not `bought by`, `bid by`: a buyer may be a person).
_FIRM_OBJECT = re.compile(r"\b(?:to acquire|to buy out|acquisition of|takeover of|merger with|merge with|"
                          r"tender offer for|takeover bid for) $")
_FIRM_OBJECT_ENDS = (" of ", " with ", " for ", " acquire ", " out ")
# `Kowal Dorval's board`, `Kowal Dorval's subsidiary`: what only a firm has (not `shares` nor `stake`,
# which a person holds).
_FIRM_HAS = re.compile(r" (?:board|directors|shareholders|stockholders|subsidiary|subsidiaries|unit|units)\b")
# `underwriters are Kowal Dorval and Brannick Hart`, `managed by Kowal Dorval, Brannick Hart and …`:
# the names a syndicate of underwriters lists are its banks and brokers.
# (A manager of a team is a person: `lead managers are` only.)
_UNDERWRITERS = re.compile(r"(?:[Uu]nderwriters?|\bunderwritten by|\bmanaged by|lead managers? (?=are|is|were|was)"
                           r"|[Cc]o-managers?)"
                           r"(?: ?(?:are|is|were|was|include|included|will be))?:? "
                           r"(?:[A-Z][\w.'&-]*(?:,| and|, and)? )*$")
# ... or the list before what it did: `Kowal Dorval, Brannick Hart and Co Nowak co-managed the offering`.
_UNDERWRITERS_AFTER = re.compile(r"(?:(?:,| and|, and) [A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}){0,8},? (?:will |are |were )?"
                                 r"(?:co-managed|co-manage|co-managing|underwrote|underwrite|underwriting)\b"
                                 r"|(?:(?:,| and|, and) [A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}){0,8} managed the "
                                 r"(?:deal|offering|issue|sale|placement)\b")


# `Jan Kowal of Hollis Marten said`, `an analyst with Hollis Marten`: the employer after its employee.
_HOLDER_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+) ([A-Z][a-z'’]+)|\b([a-z]+)) (?:of|with|at) $")
_CLAUSE_AFTER = re.compile(r"(?: said\b|[,.]|\s*$)")
_HOLDER_ENDS = tuple(f" {word} {end}" for word in ("of", "with", "at") for end in ("", "\n"))


def _is_legal_form(word: str) -> bool:
    return word in _LEGAL_FORMS or "." in word and word.replace(".", "").upper() in _DOTLESS_FORMS


def _is_joint_nationality(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in _JOINT_FORMS | keys("places") and parts[1] in keys("places")


def _employer_after_holder(run: Candidate) -> bool:
    if not run.before.endswith(_HOLDER_ENDS):  # most runs: searching the text before them costs more
        return False
    found = _HOLDER_BEFORE.search(run.before[-40:])
    if not found or not _CLAUSE_AFTER.match(run.after):
        return False
    if found.group(3):
        return found.group(3) in keys("firm_offices")
    # Not an office, a body or a place before `of`: `Minister of Finance`, `Bank of Japan`.
    return not any(casefold(w) in keys(lexicon) for w in found.group(1, 2)
                   for lexicon in ("titles", "organisations", "places", "common_words"))


def _office_in_firm(after: str) -> bool:
    """`Kowal Nowak analyst Jan Petrov`: an office of a firm, then its holder's name."""
    word = _WORD_AFTER.match(after)
    return bool(word) and word.group(1) in keys("firm_offices") and after[word.end() : word.end() + 2].strip()[:1].isupper()


def _is_score_line(before: str, after: str) -> bool:
    return bool(_SCORE_AFTER.match(after) and (len(before) < 40 and "\n" not in before or before.endswith("\n"))
                or (not after.strip() or _SCORE_NEXT.match(after)) and _SCORE_BEFORE.search(before))


# A line of results broken in two, each side's score on the other line: `Riverside (Albania) 0 Hillside`
# over `(Malta) 2`, `In Kato: Hillside (Malta)` over `0 (2-0)`.
_SCORE_THEN_SIDE = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} [A-Z][^\d\n]*$")
_COUNTRY_ONLY = re.compile(r" \([^)]{2,30}\)\s*$")


def _is_broken_score_line(before: str, after: str) -> bool:
    opens_line = len(before) < 40 and "\n" not in before or before.endswith("\n")
    return bool(opens_line and _SCORE_THEN_SIDE.match(after)
                or _COUNTRY_ONLY.match(after) and _SCORE_BEFORE.search(before))


# `Riverside 3 (Kowal 27th, Nowak 60th)`: a side's score, then its scorers with their minutes.
_SCORE_AND_SCORERS = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} \([^()]*?\d{1,3}(?:st|nd|rd|th)\b")
# `Riverside - Jan Kowal (27th), Piet Nowak (60th)`: a side heading a line of its scorers.
_SIDE_SCORERS = re.compile(r" [-–] [A-Z][^\n]*?\(\d{1,3}(?:st|nd|rd|th)\b")
# `Riverside win 3-1 on aggregate`, `won 4-3 on penalties`: only a side plays two legs or a shoot-out.
_TWO_LEGS = re.compile(r" (?:\([^)]{2,30}\) )?(?:win|won|lose|lost|draw|drew|go through|went through|qualif\w+)\b"
                       r"[^\n.]{0,30}\bon (?:aggregate|penalties|away goals)\b")
# Sides beating each other where a point score or a half-time says it is a team game: `Riverside beat
# Hillside 98-91`, `Riverside beat 3-1 (halftime 2-1) Hillside`; a tennis or a squash result has neither.
_RESULT_VERB_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?(?:beat|drew with|lost to)\b")
_RESULT_VERB_BEFORE = re.compile(r"\b(?:beat|drew with|lost to) (?:\d{1,3}-\d{1,3} (?:\([^)]*\) )?)?$")
_RESULT_VERBS = ("beat", "drew with", "lost to")


_COLON_NEXT = re.compile(r" ?:")
_CLUB_BEFORE = re.compile(r"(?:\bCLB|[Cc]âu lạc bộ|đội bóng) $")
_CLUB_JOINED = re.compile(r"\b(?:khoác áo|gia nhập|đầu quân cho|thi đấu cho|chơi cho|đá cho|cập bến|lò đào tạo"
                          r"|trưởng thành từ lò) (?:CLB |đội bóng |đội )?$")
# A score right after the run (not a minute, `2-1'`), and a verb of a result earlier in its sentence.
# (Not a score of sets, another after it: `thắng Jan Kowal 6-4, 6-3` names a tennis player.)
_SCORE_RIGHT_AFTER = re.compile(r" \d{1,2} ?- ?\d{1,2}(?![\d'’]|,? \d)")
# `ấn định chiến thắng 2-1 cho Riverside Rovers`: a score for a side.
_SCORE_FOR = re.compile(r"\b\d{1,2} ?- ?\d{1,2} cho $")
_RESULT_AGAINST = re.compile(r"\b(?:thua|thắng|hòa|hoà|hạ|đánh bại|vượt qua|gặp|đè bẹp|cầm hòa|cầm hoà|trước)"
                             r" (?:[^.!?\n]{0,80}, )?$")


def _names_result(before: str) -> bool:
    # Searching the text for the words is faster than the expression, which most runs fail.
    return any(map(before.__contains__, _RESULT_VERBS))


_HALF_TIME = re.compile(r"\bhalf[- ]?time\b", re.IGNORECASE)
_POINTS = re.compile(r"\b(\d{1,3})-(\d{1,3})\b")


def _team_result(run: Candidate) -> bool:
    if not (_RESULT_VERB_AFTER.match(run.after) or _names_result(run.before) and _RESULT_VERB_BEFORE.search(run.before)):
        return False
    line = run.before[run.before.rfind("\n") + 1 :] + run.after
    return bool(_HALF_TIME.search(line)) or any(max(int(a), int(b)) >= 30 for a, b in _POINTS.findall(line))


_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,8}) ?(?:\(|[-–:] )$")
_ACRONYM_AFTER = re.compile(r"^ ?(?:\(|[-–] )([A-Z]{2,8})\b")
# How the two above end and begin (`$` also matches before a last line break).
_ACRONYM_OPENERS = tuple(opener + end for opener in ("(", "- ", "– ", ": ") for end in ("", "\n"))
_ACRONYM_CLOSERS = ("(", " (", "- ", "– ", " - ", " – ", ", ")
# `Frozen Kowal Juice, FKJ, …`: the acronym set beside the words by a comma.
_ACRONYM_APPOSED = re.compile(r", ([A-Z]{2,8})\b")


def _spells_acronym_beside(run: Candidate) -> bool:
    if not (run.before.endswith(_ACRONYM_OPENERS) or run.after.startswith(_ACRONYM_CLOSERS)):
        return False  # most runs: no bracket nor dash beside them
    # With the words stripped from its front: `(Vietnam Hill Race - VHR)`.
    initials = "".join(token[0] for token in run.tokens)
    spelt = {initials, "".join(word[0] for word in run.front).upper() + initials}
    if any(found and found.group(1) in spelt
           for found in (_ACRONYM_BEFORE.search(run.before[-12:]), _ACRONYM_AFTER.match(run.after),
                         _ACRONYM_APPOSED.match(run.after))):
        return True
    # `Địa ốc Hoàng Lộc (HLC)`: the initials and one letter more, a firm's ticker or its `Corporation`.
    ticker = _ACRONYM_AFTER.match(run.after)
    return bool(ticker) and len(initials) > 1 and len(ticker.group(1)) == len(initials) + 1 and ticker.group(1).startswith(initials)


def _addressed(run: Candidate) -> bool:
    """An honorific or an office stands right before the run, inside it or outside."""
    return (bool(run.front) and run.front[-1] in keys("honorifics")
            or _ends_with(run.before.casefold().split(), "honorifics") or _title_near(run.before))


_SHIP_PREFIXES = frozenset(entries("ship_prefixes"))


def _after_ship_prefix(before: str) -> bool:
    if not before.endswith(" "):
        return False
    words = before[-8:].split()
    return bool(words) and words[-1] in _SHIP_PREFIXES  # case counts: `MS`, not `Ms`


_ROMANCE_ARTICLES = frozenset("le la el los las il lo der die das het".split())  # not `Les` (Ferdinand)


# What a run that looks like a name may still be, checked in order; the first that holds sets it aside.
_RULES = (
    # `W L T`, `W D L Pts`; a name's initials end with the name (`J R Tolkien`).
    ("table-header", "letters heading a table's columns",
     lambda r: len(r.words) > 1 and len(r.words[0]) == 1 and all(len(w) == 1 for w in r.words[:-1])
     and len(r.words[-1]) <= 3),
    ("lunar-year", "the name of a lunar year", lambda r: _is_lunar_year(r.words)),
    # After an office the maker is the employer: `CEO Airbus Guillaume Faury`.
    ("model-number", "a product, by a model number in it or right before it (`XR-200K Silver Hawk`)",
     lambda r: not (letters := "".join(r.words)).isalpha() and any(map(str.isdigit, letters))  # letters: no digit
     or _DIGIT.search(r.before) is not None and bool(_MODEL_BEFORE.search(r.before)) and not _looks_vietnamese(r.tokens)),  # `BSCK1 Trần Văn An`: a degree
    ("brand-model", "a product or a company, by the maker it opens with",
     lambda r: (r.words[0] in keys("brands") or not keys("brands").isdisjoint(r.front)) and not _title_near(r.before)),
    # `Le Monde`, `El Mundo`, `Las Vegas`, `Los Blancos`: an article opens a paper, a place or a club;
    # inside a name it follows the given name (`Marine Le Pen`), and a word of address or an office may
    # stand before the family name (`bà Le Pen`); a place or a word stripped from the front leaves the
    # article opening the run (`báo Pháp Le Monde`, `Theo Le Monde`).
    ("opens-with-article", "a paper, a place or a club, by the article it opens with",
     lambda r: r.words[0] in _ROMANCE_ARTICLES and not _looks_vietnamese(r.tokens) and (
         not r.front or keys("honorifics").isdisjoint(r.front) and keys("titles").isdisjoint(r.front))),
    # A regnal number ends a name: inside a run it names a club or a ship (`Willem II Riverside`).
    ("number-inside", "a club or a thing, by a regnal number inside its name",
     lambda r: any(t in _REGNAL for t in r.tokens[:-1])),
    # `VPBank`, `FPTShop`: an acronym glued to a word names a company or a product.
    ("glued-acronym", "a company or a product, by an acronym glued to a word",
     lambda r: bool(_GLUED_ACRONYM.search(" ".join(r.tokens)))),
    # `Serie A`, `Group B`, `Vitamin C`: a lone capital closing the run names a series or a grade, also
    # with the stop that ends a sentence of Vietnamese text (`… Serie A. Mùa sau`; a Vietnamese name ends with an
    # initial, `Trần Văn T.`, and English text writes one after a given name, `Jan K.`).
    ("letter-last", "a series, a group or a grade, by the letter it ends with",
     lambda r: r.tokens[-1][0].isupper() and (len(r.tokens[-1]) == 1 and not _looks_vietnamese(r.tokens) or (
         r.tokens[-1][1:] == "." and not r.before.isascii() and not _looks_vietnamese(r.tokens[:-1])))),
    # `SRU (Speech Recognition Unit)`, `(SRU - Speech Recognition Unit)`, `Speech Recognition
    # Unit (SRU)`: words whose initials spell the acronym beside them are what it stands for.
    ("acronym-expansion", "what an acronym beside it stands for", _spells_acronym_beside),
    # `MV Sea Falcon`, `USS Lake Erie`: a ship's prefix, in capitals, before its name.
    ("ship-prefix", "a ship, by the prefix before its name",
     lambda r: _after_ship_prefix(r.before)),
    ("time-phrase", "a time phrase", lambda r: not keys("time_words").isdisjoint(r.words)),
    # `Miss Lens 2030`, `Hoa hậu Biển Xanh 2030`, `Expo Lagos 2030`: a year written after names an edition.
    ("event-year", "a contest, a show or a product, by the year after it", lambda r: bool(_YEAR_AFTER.match(r.after))),
    # ... not a country between: `cung thủ số 1 Việt Nam Lê Thị Hoa` ranks her first.
    ("house-number", "a street, after a house number",
     lambda r: _after_house_number(r) and " ".join(r.front) not in keys("places")),
    ("score-line", "a team in a line of results", lambda r: _is_score_line(r.before, r.after)),
    ("versus", "a side of a fixture", lambda r: bool(_VERSUS_AFTER.match(r.after) or r.before.endswith((" v ", " v \n"))
                                                     and _VERSUS_BEFORE.search(r.before))),
    ("standings-row", "a team heading a row of standings", lambda r: bool(_STANDINGS.match(r.after))),
    ("broken-score-line", "a team in a line of results broken in two",
     lambda r: _is_broken_score_line(r.before, r.after)),
    ("score-and-scorers", "a team, by its score and its scorers after it",
     lambda r: bool(_SCORE_AND_SCORERS.match(r.after))),
    ("side-scorers", "a team heading a line of its scorers",
     lambda r: bool(_SIDE_SCORERS.match(r.after)) and not r.before[r.before.rfind("\n") + 1 :].strip()),
    ("two-legs", "a team, by a result on aggregate or on penalties", lambda r: bool(_TWO_LEGS.match(r.after))),
    ("team-result", "a team beating another by points or at half-time", _team_result),
    # `khoác áo Riverside Rovers`, `đầu quân cho Hillside United`: what a player plays for, joins or comes to is a club.
    ("club-joined", "a club, by a player's joining or playing for it", lambda r: bool(_CLUB_JOINED.search(r.before))),
    # `thua Riverside Rovers 0-2`, `hạ Hillside United 3-1, Lakeside City 1-0`: who a result is against, its score after it.
    ("result-against", "a team, by a result against it with the score after",
     lambda r: bool(_SCORE_RIGHT_AFTER.match(r.after)) and bool(_RESULT_AGAINST.search(r.before))
     or r.before.endswith(" cho ") and bool(_SCORE_FOR.search(r.before))),
    ("named-after", "a street, a school or a building named after someone", lambda r: bool(r.front) and _named_after(r.front)),
    # ... but after an honorific or an office a family name and two given names that spell a
    # province are a person: `Phó Thủ tướng Lê Thái Bình` (not a team of four: `Hoàng Long Nghệ An`).
    ("place-suffix", "a company or a team of a place",
     lambda r: _ends_with_place(r.words) and not (len(r.tokens) == 3 and _is_vietnamese_full_name(r.tokens)
                                                   and _addressed(r))),
    # `Sierra Leonean`, `Costa Rican`: the people of a place of two words.
    ("demonym", "the people of a place", lambda r: _is_demonym(r.words)),
    ("place-head", "a place or a club, by the word it opens with", lambda r: r.words[0] in keys("place_heads") and not r.front),
    ("kind-opens", "a place, by the kind of place its name opens with",
     lambda r: not r.front and _opens_with_kind(r.tokens) and not _addressed(r)
     and not _ends_with(r.before.casefold().split(), "roles")),
    # `Đoàn Thanh niên`, `Đoàn Thanh tra`: a family name that heads organisations, one capitalised word
    # and a lower-case one after them make an organisation cut short (a person is not cut so, after `ông`).
    ("head-cut", "an organisation cut at its lower-case syllable",
     lambda r: len(r.words) == 2 and r.words[0] in keys("surname_heads") and bool(_LOWER_NEXT.match(r.after))
     and not _addressed(r)),
    ("company-form", "a company, by the legal form written after it", lambda r: bool(_COMPANY_FORM.match(r.after))),
    # `Sea Falcon 48 14/10 Lagos / Oslo`, `Sea Falcon - (built 1990) 45,000 dwt`: a ship in a line of
    # chartering or sales, by its cargo and date or its year of building and tonnage.
    # `Elm Falls, Wisc.`, `Oak Vale, N.J.,`: a town, by its state or province abbreviated after it, closing
    # the line or followed by a comma (not `Jr.` nor `M.D.`, which follow a person's name; not `, U.S. envoy`).
    ("state-after", "a town, by its state written short after it", lambda r: bool(_STATE_AFTER.match(r.after))),
    ("vessel-row", "a ship, in a line of charters or sales",
     lambda r: ("dwt" in r.after or "(built " in r.after or r.after[1:2].isdigit()) and bool(_VESSEL_ROW.match(r.after))),
    ("kind-after", "a paper, a party, a firm's unit, a building or a security, by the kind written after it",
     lambda r: not r.owner and _kind_after(r.after)),
    # `Kowal Nowak fell 1.5 percent to 395`, `Hollis Marten shares were down`: a share price moves.
    ("market-move", "a firm, by its share price moving",
     lambda r: not r.owner and bool(_MARKET_MOVE.match(r.after))),
    # `Kowal Nowak & Co`, `Hollis and Co`, `Kowal Nowak & Petrov`: the partners of a firm.
    ("firm-partners", "a firm, by the partner or the `& Co` written after it",
     lambda r: bool(_FIRM_PARTNERS.match(r.after))),
    ("firm-and-partner", "a firm, by a partner and a legal form written after it",
     lambda r: bool(_PARTNER_AND_FORM.match(r.after))),
    ("firm-list", "a firm, in a list of firms",
     lambda r: not r.front and bool(r.before.endswith(_FIRM_BEFORE_ENDS) and _FIRM_BEFORE.search(r.before[-30:])
                                    or r.after.startswith((",", " and ")) and _FIRM_NEXT.match(r.after))),
    ("ticker", "a company, in angle brackets or by its ticker after it",
     lambda r: r.before.endswith("<") or bool(_TICKER_AFTER.match(r.after))),
    # `<Banque du Kowal et des Nowak Dorval>`: the run closes a company's name opened in angle brackets.
    ("angle-bracket-end", "the end of a company's name in angle brackets",
     lambda r: r.after.startswith(">") and r.before.rfind("<") > r.before.rfind(">")),
    # `Deutsche Kowal`, `Norsk Nowak`: a nationality in another language opens a firm's or a body's name.
    ("foreign-nationality", "a firm or a body, by a nationality in another language opening its name",
     lambda r: r.words[0] in keys("foreign_nationalities")),
    # `F/H April`, `S/P Kowal`: a letter after a letter and a slash is half of an abbreviation.
    ("slashed-letter", "a letter of an abbreviation written with a slash, and what follows it",
     lambda r: len(r.tokens[0]) == 1 and r.before[-1:] == "/" and r.before[-2:-1].isupper()),
    # `told Reuters Kowal would…`: a news agency does not open a name.
    ("agency-first", "a news agency, by its name opening the run", lambda r: r.words[0] in keys("agencies")),
    # `l'Union de Kowal`: after an elided article, a head stripped from the front (`Union`) leaves a
    # particle opening the run: an institution's name (a family name keeps its given name: `Jan de Kowal`).
    ("elided-head", "the end of a name whose head follows an elided article",
     lambda r: r.tokens[0] in _PARTICLES and bool(_ELIDED_ARTICLE.search(r.before))),
    # `Federation of Kowal Industries`, `Commission on Nowak Policy`: the rest of a body's name.
    ("body-of", "the end of a body's name, by the head written before it",
     lambda r: r.before.endswith(_BODY_BEFORE_ENDS) and (found := _BODY_BEFORE.search(r.before[-30:])) is not None
     and found.group(1).casefold() in keys("bodies")),
    ("office-in-firm", "a firm, by an office and its holder written after it", lambda r: _office_in_firm(r.after)),
    ("employer-after-holder", "a firm, by its employee named before it", _employer_after_holder),
    ("form-after-insert", "a firm, by its legal form after a bracketed or abbreviated word",
     lambda r: (r.after[:2] == " (" or r.after[1:2].isupper()) and bool(_FORM_AFTER_INSERT.match(r.after))),
    # `for Bank Kowal Dorval`: a bank named after its founders (`Bank Governor Jan Kowal` strips an office last).
    ("bank-head", "a bank, by the word `bank` opening its name", lambda r: bool(r.front) and r.front[-1] in _BANK_HEADS),
    ("form-closing", "a firm, by the legal form closing its name",
     lambda r: _is_legal_form(r.tokens[-1])),
    ("joint-nationality", "a joint firm or body, by two nations joined by a hyphen opening its name",
     lambda r: len(r.tokens) > 2 and _is_joint_nationality(r.words[0])),
    ("romance-head", "the rest of an institution's name, after its head and a Romance preposition or `d'`",
     lambda r: r.before.endswith(_ROMANCE_ENDS) and bool(_ROMANCE_HEAD_BEFORE.search(r.before))),
    ("firm-object", "a firm, by its being acquired or merged with",
     lambda r: not r.owner and r.before.endswith(_FIRM_OBJECT_ENDS) and bool(_FIRM_OBJECT.search(r.before))),
    ("firm-has", "a firm, by its board, its shareholders or its unit written after it",
     lambda r: r.owner and bool(_FIRM_HAS.match(r.after))),
    ("underwriter", "a bank or a broker, in a list of underwriters",
     lambda r: not r.front and (("nder" in r.before or "anage" in r.before) and bool(_UNDERWRITERS.search(r.before))
                                or ("nder" in r.after or "anage" in r.after) and bool(_UNDERWRITERS_AFTER.match(r.after)))),
    # `Nowak Electricite de France`: a place after the particle that closes the name.
    ("particle-place", "a firm or a place, by a place after the particle that closes its name",
     lambda r: len(r.tokens) > 2 and r.tokens[-2] in ("de", "del", "du", "do", "di", "da") and r.words[-1] in keys("places")),
    # `Kowal Nowak-ordered`: a compound modifier closing the run, which describes what follows.
    ("compound-modifier", "a compound modifier, by the participle joined to its last word",
     lambda r: bool(_COMPOUND_LAST.search(r.tokens[-1]))),
    # `(Hoàng Mai, Hà Nội)`: a district before its city in brackets. A full name of three is a person
    # (`(Lê Văn An, Nam Định)`, signing a letter).
    ("place-in-brackets", "a place before a larger place, in brackets",
     lambda r: r.before.endswith("(") and _places_after(r.after) and not (len(r.words) > 2 and _is_vietnamese_full_name(r.tokens))),
    # `trở về Quế Lâm, Bắc Ninh`: where someone goes back to, before its province, is a place too.
    ("place-before-province", "a place gone back to, before a larger place",
     lambda r: r.before.endswith(" về ") and _province_after(r.after)
     and not (len(r.words) > 2 and _is_vietnamese_full_name(r.tokens))),
    # `Atheist China bans…`, `Leftist Mexican group…`: a word opening a sentence before a place or a
    # nationality (inside a sentence, `Michael Jordan`).
    ("before-place", "a place or a nationality with a word before it",
     lambda r: len(r.words) == 2 and r.words[1] in keys("places") and _opens_sentence(r.before)
     and not _looks_vietnamese(r.tokens) and not r.after.startswith(" (")),  # `Malivai Washington (U.S.) beat`
    ("nationality-plural", "the people of a place", lambda r: _is_nationality_plural(r.tokens[-1])),
    # `S. Korea`, `N. Ireland`: a point of the compass cut to its letter before a place.
    ("compass-place", "a place, by a point of the compass written as a letter before it",
     lambda r: _compass_place(r.words)),
    # Even after a role: `tiền vệ Man Utd` names the club. Words that are also family names stay out of the list.
    # ... but not a player followed by a country and a result: `Tom Mills (U.S.) 45.90`, `Jon
    # Power (Canada) beat` (a team there has its score: see score-line).
    ("common-word", "a product, a company or a team, by a common word in it",
     lambda r: not keys("common_words").isdisjoint(r.words) and not _athlete_of(r.after)),
    # `Executive Vice President`, `Prime Minister`: every word an office's is the office itself (a
    # family name that is also an office's word, `Mr Bishop`, stands alone after its honorific).
    ("office-words", "an office, every word of it an office's",
     lambda r: len(r.words) > 1 and r.words[0].isascii() and _office_words().issuperset(r.words)),
)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The words of the English offices in the lexicon (`chief executive`, `vice president`)."""
    return frozenset(word for title in keys("titles") if title.isascii() for word in title.split())


_APPOSED_NAME = re.compile(rf", [{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,3}} (?!và |hay |and |or )[a-zà-ỹđ]")
_BRACKETED_PLACE = re.compile(r"^, ([^,()]{2,30})\)")


_LOWER_NEXT = re.compile(r" [a-zà-ỹđ]")
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


_COUNTRY_AND_RESULT = re.compile(r"^ \(([^()]{2,20})\) (?:beat\b|\d{1,2}[.:]\d|\d{1,3}-\d{1,3}\b)")


def _athlete_of(after: str) -> bool:
    found = _COUNTRY_AND_RESULT.match(after)
    return bool(found) and casefold(found.group(1)) in keys("places")


_COMPASS = {"n.": "north", "s.": "south", "e.": "east", "w.": "west"}


def _compass_place(words: tuple[str, ...]) -> bool:
    point = _COMPASS.get(words[0])
    return bool(point) and (f"{point} {words[1]}" in keys("places") or words[1] in keys("places"))


def _is_demonym(words: tuple[str, ...]) -> bool:
    whole = " ".join(words)
    return whole.endswith("n") and (whole[:-1] in keys("places") or whole[:-2] in keys("places"))


def _opens_sentence(before: str) -> bool:
    """A headline or a sentence starts here: an adjective or a participle may open it capitalised."""
    return not before.strip(' "“') or before.endswith(("\n", ". ", '" ', "- ", '. "', ". “"))


def _title_near(before: str) -> bool:
    """An office ends within the last three words: `Giám đốc tài chính Tesla …`."""
    words = before.casefold().split()
    return any(_ends_with(words[: len(words) - drop], "titles") for drop in range(min(3, len(words))))



def _set_aside(run: Candidate) -> tuple[str, str] | None:
    """The rule id and the reason that set a run aside, if any does."""
    # The rules in their order, up to the first that holds, called from C: a Python loop over them costs
    # more than most of them.
    return next(compress(_RULE_REASONS, map(call, _RULE_TESTS, repeat(run))), None)


_RULE_REASONS = tuple((rule, reason) for rule, reason, _ in _RULES)
_RULE_TESTS = tuple(holds for _, _, holds in _RULES)


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


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_NEXT = re.compile(r" \d{1,2}\b")


# Common Vietnamese words that the source text sometimes glues to the name before them
# (`Ông Chiunói rằng`, `Dean Burnettgiải thích`); all carry marks, so `Camacho` keeps its `cho`.
_GLUED = re.compile(r"^(\w{2,}?)(nói|thị|giải|là|và|của|được|đã|có|cũng|sẽ|tại)$")


def _unglued(word: str) -> str:
    if word.isascii() or _is_syllable(word):
        return word
    glued = _GLUED.match(word)
    return glued.group(1) if glued else word


def _strip_front(tokens: list[str], after_honorific: bool = False) -> tuple[list[str], str | None]:
    """Drop titles, places, organisations and function words from the front; say which kind came last.
    Right after an honorific a place or an organisation word is a given name: `bà Park Geun-hye`."""
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


def _is_nationality_plural(word: str) -> bool:
    """`Belgians`, `Iraqis`: the people of a place, a nationality (not a country: `Chiles` is a family
    name) with an s."""
    return word.endswith(("ans", "is")) and casefold(word[:-1]) in keys("places")


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


# `Sở Kiều Truyện`, `Vũ Lạc Truyền Kỳ`: a tale's or a legend's title (of a drama, a novel) ends so; no name does.
_TALE_ENDINGS = frozenset({"truyện", "truyền kỳ"})


def _ends_as_tale(tokens: list[str]) -> bool:
    return casefold(tokens[-1]) in _TALE_ENDINGS or casefold(" ".join(tokens[-2:])) in _TALE_ENDINGS


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
_LOWER_AFTER = re.compile(r" ([a-zà-ỹđ]+)(?![\w-])")


def _office_written_on(written: list[str], text: str, end: int) -> bool:
    """Whether the run's last words and the lower-case word after it spell an office (`Phó Bí` `thư`),
    no more than a word before it (`Phó`): not a full name before an office written after it."""
    found = _LOWER_AFTER.match(text, end)
    sizes = sizes_by_last_word("titles").get(found.group(1)) if found else None
    if not sizes:  # most runs: no office ends with the word after them
        return False
    words = [casefold(word) for word in written] + [found.group(1)]
    return any(1 < size <= len(words) < size + 2 and " ".join(words[-size:]) in keys("titles") for size in sizes)

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
_WORD_NEXT = re.compile(r" ([^\W\d_]+)(?![\w-])")
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


_BOARDS = frozenset({"ban lãnh đạo", "ban điều hành", "ban giám đốc", "ban huấn luyện", "ban quản trị",
                     "hội đồng quản trị"})
_BOARD_ENDS = frozenset(board.split()[-1] for board in _BOARDS)


def _after_board(lowered: list[str]) -> bool:
    """`ban lãnh đạo`, `ban huấn luyện`: the board or the staff of the team or the firm named next (read
    only after a board's last word: most runs have none before them)."""
    return " ".join(lowered[-3:]) in _BOARDS or " ".join(lowered[-4:]) in _BOARDS


def _list_goes_on(text: str, end: int) -> bool:
    """A join, then a name: `các cầu thủ A, B`, not `các cầu thủ X, cũng …` (X is their team)."""
    join = _LIST_NEXT.match(text, end)
    return bool(join) and text[join.end() : join.end() + 1].isupper()


def _ends_with(words: list[str], lexicon: str) -> bool:
    """Whether the words right before a run (lower case) end with an entry of `lexicon`."""
    sizes = sizes_by_last_word(lexicon).get(words[-1]) if words else None
    if not sizes:  # most runs: no entry ends with the word before them
        return False
    return any(size <= len(words) and " ".join(words[-size:]) in keys(lexicon) for size in sizes)


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
    for reach in range(min(_CUE_REACH if before.isascii() else _CUE_REACH_VI, len(words))):
        word = words[-1 - reach]
        pair = f"{words[-2 - reach]} {word}" if len(words) > reach + 1 else ""
        # `cầu thủ trẻ X`: a kind of place (`cầu`) that opens a role is the role's.
        if reach and f"{word} {words[-reach]}" in keys("roles"):
            return None
        # `trường hợp X`, `vào sân thay X`: a kind of place inside a word of another meaning.
        if reach and (f"{word} {words[-reach]}" in keys("kind_compounds") or pair in keys("kind_compounds")):
            continue
        # `Trên sân khách, thầy trò X`: a kind of place reaches no further than its clause.
        if reach and written[-1 - reach][-1] in ",;:":
            return None
        # `trường TH-THCS X`, `trường THCS&THPT X`: kinds of school joined in one word.
        if not word.isalpha():
            word = next((part for part in _JOINED_KINDS.split(word) if part in keys("place_kinds")), word)
        # `Thành Miếu vốn là nơi thờ X`: a kind closing a capitalised name is that name's, no cue.
        if reach + 1 < len(written) and written[-1 - reach].istitle() and written[-2 - reach].isalpha() and (
                written[-2 - reach].istitle()) and (
                word in keys("place_kinds") and pair not in keys("place_kinds")):
            return None
        if word in keys("place_kinds") or pair in keys("place_kinds"):
            # Capitalised words reach only from a capitalised kind, the head of a name: `Văn phòng
            # Công chứng X`, `Trung tâm Y tế X`.
            # Not after an office, whose organisation it names: `Chánh Văn phòng Bộ X`.
            size = 2 if pair in keys("place_kinds") else 1
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
    # After an honorific the first word is a name even where it also names a thing (`bà Park`), and so is
    # a Korean family name (`Park Min Ho`).
    if _contains_organisation(tokens[1:] if after_honorific else tokens) and (
            after_honorific or not _is_korean_name(tokens) or _contains_organisation(tokens[1:])):
        return False
    whole = casefold(" ".join(tokens)).rstrip(".")  # `châu Á.` ends a sentence
    # (`Fannie Mae`: an organisation's whole name of the list, whose words alone name people too.)
    if whole in keys("places") or whole in keys("agencies") or len(tokens) > 1 and whole in keys("organisations"):
        return False
    if len(tokens) == 1 or _INITIALS.match(tokens[0]):
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


# A syllable of Korean as news romanises it: `Min`, `Hyung`, `Joon`, `Seo` (not `Lane`, `Hotel`).
_KOREAN_SYLLABLE = re.compile(r"^(?:ch|kk|pp|ss|tt|jj|sh|[bcdghjkmnprstwy])?"
                              r"(?:yeo|wae|yae|wa|wo|we|wi|ya|yo|yu|ye|eo|eu|ae|oe|ui|oo|[aeiou])(?:ng|[klmnpt])?$")


def _is_korean_name(tokens) -> bool:
    """A family name of the list followed by two romanised Korean syllables: `Park Sun Woo`, `Park Min-jae`."""
    syllables = "-".join(tokens[1:]).lower().split("-")
    return (len(tokens) in (2, 3) and len(syllables) == 2 and _is_vietnamese_surname(tokens[0])
            and all(_KOREAN_SYLLABLE.match(s) for s in syllables))


def _is_vietnamese_full_name(tokens) -> bool:
    return len(tokens) in _VN_NAME_LENGTH and _is_vietnamese_surname(tokens[0]) and _looks_vietnamese(tokens)


@lru_cache(maxsize=1 << 16)
def _is_vietnamese_surname(word: str) -> bool:
    # Tone marks tell `Tống` (a family name) from `Tổng` (as in `Tổng Bí thư`); only a name
    # written without them is compared without them.
    if word.isascii():
        return fold(word) in folded_keys("surnames_vi")
    return casefold(word) in keys("surnames_vi")


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


@lru_cache(maxsize=1 << 16)
def _is_syllable(word: str) -> bool:
    return bool(_VN_SYLLABLE.match(fold(word)))


def _looks_vietnamese(tokens: list[str]) -> bool:
    """Every word a Vietnamese syllable, or the first one, marked."""
    if not tokens:
        return True
    if not _is_syllable(tokens[0]):
        return False
    return not tokens[0].isascii() or all(map(_is_syllable, tokens[1:]))


# Every id a rule gives what it decides (`Mention.rule`, `NearMiss.rule`), spread over the code above.
RULE_IDS = frozenset("""
acronym-expansion address-kind after-honorific after-legal-form after-office-of-a-person after-title age-or-minute-after
agency-first alias alias-of-place ambiguous-short angle-bracket-end bank-head before-place body-of brand-model
broken-score-line byline capitalised-run cast-list character-in-article club-joined common-word company-form compass-place
compound-modifier country-given-name credit demonym elided-head employer-after-holder employer-before-name
english-of event-in-article event-year firm-and-partner firm-ending firm-has firm-list firm-object firm-owned
firm-partners foreign-in-list foreign-nationality foreign-pair form-after-insert form-closing given-name-shape
given-truong glued-acronym head-acronym head-cut house-number joined-line-up joint-nationality kind-after
kind-opens letter-last list-of-names list-of-things list-with-named-people lone-after-office
lower-case-given-name lower-case-words lunar-year market-move model-number name-ending-run named-after named-so
nationality-plural number-inside office-in-firm office-word-family-name office-words office-written-on
opens-with-article other-name-after pair-with-person palace part-before-player particle-place
place-before-province place-head place-in-article place-in-brackets place-lakeside place-list place-noun
place-preposition place-suffix player-act product-line quoted-title result-against role-in-fiction romance-head
score-and-scorers score-line ship-prefix side-in-article side-of-its-people side-scorers slashed-letter
stage-name standings-row state-after stock-code table-header tale-title team-result ticker time-phrase two-legs
underwriter unit-of-standalone versus vessel-row
""".split())
