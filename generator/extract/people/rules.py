"""The ordered table of rules that set a run aside (`_RULES`: the first that holds decides), with the
predicates of no larger family; and the sets of rule ids read again over the article (sides, places and
firms) and the archive (firms)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import entries, keys
from .cues import _ends_with, _is_nationality_plural, _opens_sentence, _title_near
from .firms import (_BANK_HEADS, _after_elided_head, _after_romance_head, _body_of, _company_form_after,
                    _employer_after_holder, _firm_has, _firm_object, _form_after_insert, _in_firm_list,
                    _is_joint_nationality, _is_legal_form, _kind_after, _market_move, _office_in_firm,
                    _partner_and_form_after, _partners_after, _ticker, _underwriter)
from .places import (_after_house_number, _compass_place, _ends_with_place, _is_demonym, _named_after, _opens_with_kind,
                     _places_after, _province_after, _state_after)
from .records import Candidate
from .runs import _REGNAL
from .sports import (_athlete_of, _club_joined, _heads_scorers, _heads_standings, _is_broken_score_line, _is_score_line,
                     _is_versus, _result_against, _score_and_scorers_after, _team_result, _two_legs)
from .works import (_after_work_kind, _closes_with_title_word, _holds_title_word, _opens_with_question_word,
                    _opens_with_the)
from .tokens import _LOWER_NEXT, _is_vietnamese_full_name, _looks_vietnamese


# The sixty years of the lunar calendar are named stem + branch: `Đinh Dậu` is 2017, not a person.
_STEMS = frozenset("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
_BRANCHES = frozenset("tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())


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
                         "result-against", "work-kind-before", "title-word-inside"})


# Rules that set a run aside as a place, a firm or a work: what follows it in brackets is its other name
# (`the song Kowal Jawani (Rising Dorval)`, a translation).
_PLACE_OR_FIRM_RULES = frozenset({"place-head", "place-suffix", "company-form", "firm-ending", "kind-after",
                                  "form-closing", "after-legal-form", "work-kind-before"})


def _is_lunar_year(words: tuple[str, ...]) -> bool:
    return not _STEMS.isdisjoint(words) and any(a in _STEMS and b in _BRANCHES for a, b in zip(words, words[1:]))


_MODEL_BEFORE = re.compile(r"(?:^|\s)(?=\S*\d)(?=\S*[A-Z])[A-Z0-9][\w-]*\d[\w-]* $")
_DIGIT = re.compile(r"\d")  # looked for first, at C speed: most text before a run has none
_GLUED_ACRONYM = re.compile(r"(?:^| )[A-Z]{2,}[a-z]{2,}")  # read over a run's words joined by spaces
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\d/.,:-]?\d)")
_VESSEL_ROW = re.compile(r" (?:\d{1,3}(?:[.,]\d+)? \d{1,2}/\d{1,2}\b|[^\n]*?(?:\(built \d{4}\)|\bdwt\b))")
_COMPOUND_LAST = re.compile(r"-[a-z]{2,}ed$")  # `Nowak-ordered`, `Bank-led`; no romanised syllable ends so


_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,8}) ?(?:\(|[-–:] )$")
_ACRONYM_AFTER = re.compile(r"^ ?(?:\(|[-–] )([A-Z]{2,8})\b")
# How the two above end and begin (`$` also matches before a last line break).
_ACRONYM_OPENERS = tuple(opener + end for opener in ("(", "- ", "– ", ": ") for end in ("", "\n"))
_ACRONYM_CLOSERS = ("(", " (", "- ", "– ", " - ", " – ")
# `Frozen Kowal Juice, FKJ, …`: the acronym set beside the words by a comma.
_ACRONYM_APPOSED = re.compile(r", ([A-Z]{2,8})\b")


def _spells_acronym_beside(run: Candidate) -> bool:
    # (Many runs end before a comma: only a capital after it is read further.)
    apposed = run.after[2:3].isupper() and _ACRONYM_APPOSED.match(run.after)
    if not (run.before.endswith(_ACRONYM_OPENERS) or run.after.startswith(_ACRONYM_CLOSERS) or apposed):
        return False  # most runs: no bracket nor dash beside them
    # With the words stripped from its front: `(Vietnam Hill Race - VHR)`.
    initials = "".join(token[0] for token in run.tokens)
    spelt = {initials, "".join(word[0] for word in run.front).upper() + initials}
    ticker = _ACRONYM_AFTER.match(run.after)
    if any(found and found.group(1) in spelt for found in (_ACRONYM_BEFORE.search(run.before[-12:]), ticker, apposed)):
        return True
    # `Địa ốc Hoàng Lộc (HLC)`: the initials and one letter more, a firm's ticker or its `Corporation`.
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
    ("versus", "a side of a fixture", _is_versus),
    ("standings-row", "a team heading a row of standings", _heads_standings),
    ("broken-score-line", "a team in a line of results broken in two",
     lambda r: _is_broken_score_line(r.before, r.after)),
    ("score-and-scorers", "a team, by its score and its scorers after it", _score_and_scorers_after),
    ("side-scorers", "a team heading a line of its scorers", _heads_scorers),
    ("two-legs", "a team, by a result on aggregate or on penalties", _two_legs),
    ("team-result", "a team beating another by points or at half-time", _team_result),
    # `khoác áo Riverside Rovers`, `đầu quân cho Hillside United`: what a player plays for, joins or comes to is a club.
    ("club-joined", "a club, by a player's joining or playing for it", _club_joined),
    # `thua Riverside Rovers 0-2`, `hạ Hillside United 3-1, Lakeside City 1-0`: who a result is against, its score after it.
    ("result-against", "a team, by a result against it with the score after", _result_against),
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
    ("company-form", "a company, by the legal form written after it", _company_form_after),
    # `Sea Falcon 48 14/10 Lagos / Oslo`, `Sea Falcon - (built 1990) 45,000 dwt`: a ship in a line of
    # chartering or sales, by its cargo and date or its year of building and tonnage.
    # `Elm Falls, Wisc.`, `Oak Vale, N.J.,`: a town, by its state or province abbreviated after it, closing
    # the line or followed by a comma (not `Jr.` nor `M.D.`, which follow a person's name; not `, U.S. envoy`).
    ("state-after", "a town, by its state written short after it", _state_after),
    ("vessel-row", "a ship, in a line of charters or sales",
     lambda r: ("dwt" in r.after or "(built " in r.after or r.after[1:2].isdigit()) and bool(_VESSEL_ROW.match(r.after))),
    ("kind-after", "a paper, a party, a firm's unit, a building or a security, by the kind written after it",
     lambda r: not r.owner and _kind_after(r.after)),
    # `Kowal Nowak fell 1.5 percent to 395`, `Hollis Marten shares were down`: a share price moves.
    ("market-move", "a firm, by its share price moving", _market_move),
    # `Kowal Nowak & Co`, `Hollis and Co`, `Kowal Nowak & Petrov`: the partners of a firm.
    ("firm-partners", "a firm, by the partner or the `& Co` written after it", _partners_after),
    ("firm-and-partner", "a firm, by a partner and a legal form written after it", _partner_and_form_after),
    ("firm-list", "a firm, in a list of firms", _in_firm_list),
    ("ticker", "a company, in angle brackets or by its ticker after it", _ticker),
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
    ("elided-head", "the end of a name whose head follows an elided article", _after_elided_head),
    # `Federation of Kowal Industries`, `Commission on Nowak Policy`: the rest of a body's name.
    ("body-of", "the end of a body's name, by the head written before it", _body_of),
    ("office-in-firm", "a firm, by an office and its holder written after it", lambda r: _office_in_firm(r.after)),
    ("employer-after-holder", "a firm, by its employee named before it", _employer_after_holder),
    ("form-after-insert", "a firm, by its legal form after a bracketed or abbreviated word", _form_after_insert),
    # `for Bank Kowal Dorval`: a bank named after its founders (`Bank Governor Jan Kowal` strips an office last).
    ("bank-head", "a bank, by the word `bank` opening its name", lambda r: bool(r.front) and r.front[-1] in _BANK_HEADS),
    ("form-closing", "a firm, by the legal form closing its name",
     lambda r: _is_legal_form(r.tokens[-1])),
    ("joint-nationality", "a joint firm or body, by two nations joined by a hyphen opening its name",
     lambda r: len(r.tokens) > 2 and _is_joint_nationality(r.words[0])),
    ("romance-head", "the rest of an institution's name, after its head and a Romance preposition or `d'`",
     _after_romance_head),
    ("firm-object", "a firm, by its being acquired or merged with", _firm_object),
    ("firm-has", "a firm, by its board, its shareholders or its unit written after it", _firm_has),
    ("underwriter", "a bank or a broker, in a list of underwriters", _underwriter),
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
    ("work-kind-before", "the title of a work, by the kind of work written right before it", _after_work_kind),
    ("title-word-inside", "a title, by a pronoun, an auxiliary or a negation inside it", _holds_title_word),
    ("title-word-last", "a title cut short, by the preposition or the conjunction closing it", _closes_with_title_word),
    ("title-word-first", "a title or a question, by the question word opening it", _opens_with_question_word),
    ("the-inside-sentence", "a title, a band or a paper, by `The` with a capital inside a sentence", _opens_with_the),
)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The words of the English offices in the lexicon (`chief executive`, `vice president`)."""
    return frozenset(word for title in keys("titles") if title.isascii() for word in title.split())


def _set_aside(run: Candidate) -> tuple[str, str] | None:
    """The rule id and the reason that set a run aside, if any does."""
    for reason, holds in _RULE_TESTS:  # in their order, up to the first that holds
        if holds(run):
            return reason
    return None


_RULE_TESTS = tuple(((rule, reason), holds) for rule, reason, holds in _RULES)


# Every id a rule gives what it decides (`Mention.rule`, `NearMiss.rule`), spread over the package's modules.
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
stage-name standings-row state-after stock-code table-header tale-title team-result the-inside-sentence ticker time-phrase two-legs
title-word-first title-word-inside title-word-last underwriter unit-of-standalone versus vessel-row work-kind-before
""".split())
