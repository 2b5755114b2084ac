"""A text's capitalised runs read one by one into possible people: each cut to its name, each cue and
rule applied in order, and what a rule set aside kept with its id."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys, sizes_by_first_word, vietnamese_marks
from .bylines import _CREDIT_LABEL, _CREDIT_WORD
from .cues import (_BOARD_ENDS, _LIST_OPENERS, _address_ends, _after_board, _after_place_cue, _ends_with, _is_person,
                   _is_person_word, _office_written_on, _opens_sentence)
from .described import _described, _other_name_in_brackets, _part_of_a_player, _player_of_a_part
from .firms import (_FIRM_OWNER_BEFORE, _VN_LEGAL_FORMS, _after_legal_form, _firm_before_form, _is_legal_form,
                    _without_firm_endings)
from .given_names import _given_names, _given_names_in_use, _is_given_anh, _is_given_truong, _is_given_word_in_list
from .lists import (_Item, _List, _cast_list, _foreign_pair, _is_joined_line_up, _joined_runs, _line_up_parts,
                    _list_goes_on, _names_in_lists, _new_item, _without_listed_things)
from .places import (_ADDRESS_NEXT, _ENGLISH_OF, _HEAD_ACRONYM, _LAKESIDE, _after_house_number, _after_named_kind,
                     _counted_kind_before, _heads, _kind_written_short, _leading_place, _named_after, _opens_with_kind)
from .records import ArticleWords, Candidate, Mention, NearMiss
from .rules import _PLACE_OR_FIRM_RULES, _YEAR_AFTER, _set_aside
from .runs import _UPPER, _capitalised_runs
from .tokens import (_LOWER_NEXT, _PARTICLES, _VN_MIDDLE_NAMES, _is_syllable, _is_vietnamese_full_name,
                     _is_vietnamese_surname, _looks_vietnamese, _token)
from .trim import (_COMPOUND_PREFIX, _DAY_NEXT, _ENGLISH_HONORIFICS, _MONTHS, _after_a_vietnamese_word,
                   _after_last_title_word, _after_nationality, _before_glued_hyphen, _front_lexicons,
                   _is_family_name_of_office, _is_stage_name, _owner_or_owned, _role_opens, _strip_front, _unglued,
                   _vietnamese_name_at_end, _without_place_at_end, _without_title_after)
from .works import _OPENING_QUOTES, _QUOTED_FRONT, _QUOTE_CLOSED, _SUBTITLE_JOINS, _ends_as_tale, _is_character


_QUANTIFIERS = frozenset({"các", "những", "một"})
# `nhiều cầu thủ Riverside như …`: many, a few, right before the role (not `nhiều lần được HLV X`, many times).
_MANY = frozenset({"nhiều", "vài", "mấy"})


def _many_before_role(lowered: list[str]) -> bool:
    return any(lowered[i] in _MANY and " ".join(lowered[i + 1 :]) in keys("roles")
               for i in range(max(0, len(lowered) - 4), len(lowered) - 1))
_ROLE_MODIFIERS = frozenset({"trẻ", "trái", "phải", "cánh", "trung tâm", "kỳ cựu", "tài năng", "nổi tiếng", "điển trai",
                             "xinh đẹp"})
# What a modifier ends with, or a list's opener: the word before a run that a role further back may speak through.
_ROLE_OR_LIST = frozenset(modifier.split()[-1] for modifier in _ROLE_MODIFIERS) | _LIST_OPENERS
# `cô gái tên Thu Loan`, `người thợ tên Kowar`: what someone is called, after a word for them, is a
# person's name; what a thing bears or has (`mang tên`, `có tên`, `cái tên`, `dưới tên`) may be anything.
_NAMED_SO = re.compile(r"(?<=\w)(?<!\bmang)(?<!\bcó)(?<!\bcùng)(?<!\bdưới)(?<!\bcái)(?<!\bđặt)(?<!\blấy) tên:? $", re.IGNORECASE)
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


def _note(near: list[NearMiss] | None, run: list[re.Match], reason: str, offset: int, rule: str) -> None:
    if near is None or len(run) < 2:
        return
    tokens = [m.group().rstrip(".,") for m in run]
    if _is_person(tokens, False, False):  # which also turns away known places and agencies
        near.append(NearMiss(" ".join(tokens), reason, offset + run[0].start(), rule))


_NUMBER_NEXT = re.compile(r" [A-Z]?\d")  # `Helio Zeta 5`, `Helio Zeta G70`
_COLON_NEXT = re.compile(r" ?:")
_CLUB_BEFORE = re.compile(r"(?:\bCLB|[Cc]âu lạc bộ|đội bóng) $")
_MODIFIER = re.compile(r"^[A-Z][a-z]+-[a-z]{3,}$")


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
        if vietnamese and len(run) > 2 and _role_opens(run):
            run = run[1:]
        start, end = run[0].start(), run[-1].end()
        items.append(_new_item((start, end, "other", ())))
        # What stands since the last person or place matters only as a join, a few characters long:
        # longer, it is not read (slicing and hashing a paragraph for every run costs the most in long ones).
        since = previous_end if previous_end > place_end else place_end
        between = text[since:start] if since >= 0 and start - since <= _JOIN_REACH else ""
        before = text[start - 40 : start] if start > 40 else text[:start]
        # Two Vietnamese full names are two people: `Hà Văn Nam (Lê Thị Hoa)`, a client and a lawyer.
        if previous_end >= 0 and between in _ALIAS_JOINS and not _two_vietnamese_names(mentions, run) and not (
                between == " (" and _player_of_a_part(mentions, run, text)) or (
            before.rstrip().endswith(_ALIAS_ENDINGS) and _ALIAS_CUES.search(before[-30:])
        ):
            _note(near, run, "another name for the person just named", offset, "alias")
            continue
        if (text[start - 2 : start] == " (" and text[end : end + 1] == ")"
                and (thing_end == start - 2 or _after_named_kind(text, start - 2))
                and not _is_vietnamese_full_name([m.group() for m in run])):
            _note(near, run, "another name for the place or organisation just named", offset, "alias-of-place")
            continue
        thing_end = -1
        # (`"Tea - The Morning Cup"`: a subtitle opening with an article, after a dash or a colon.)
        if (text[start - 1 : start] in _OPENING_QUOTES and _QUOTE_CLOSED.match(text, end)
                or text[start - 2 : start] in _SUBTITLE_JOINS and casefold(run[0].group()) in keys("function_words")
                and _QUOTE_CLOSED.match(text, end) and _QUOTED_FRONT.search(text, max(0, start - 40), start)):
            _note(near, run, "the whole of a quotation, as a title is", offset, "quoted-title")
            continue
        # `Tân Mỹ 1, Tân Mỹ 2, Đông Hòa`: a number may close a place of the list.
        in_list = place_end >= 0 and (between in joins or _NUMBER_FIRST.sub("", between, 1) in joins) or start == slash_after
        # `người Ba Lan - Anna Kowal`, `người Pháp, Jan Kowal`: a nationality goes on to other places only.
        if in_list and nationality and casefold(text[start:end].rstrip(".")) not in keys("places"):
            in_list = False
        place_end = -1
        if len(run) > 1:
            run = _owner_or_owned(run)
            end = run[-1].end()
        # A run of one word (most runs) skips below each cut and rule that reads two words or more.
        several = len(run) > 1
        tokens = list(map(_token, map(re.Match.group, run))) if several else [_token(run[0].group())]
        if several and len(tokens[0]) == 1 and run[0].group().endswith(".") and not _is_syllable(tokens[1]):
            tokens[0] += "."  # `A. Stewart`: an initial, not the article `A`
        if len(tokens[-1]) == 1 and run[-1].group().endswith("."):
            tokens[-1] += "."  # `Trần Văn T.`: an initial keeps its stop
        # `Ngân (NSND Diệu Vân)`, `Ngân (ca sĩ Diệu Vân)`: a role that opens brackets is read as one.
        lowered = before.casefold().replace("(", " ").split() if before.endswith(" ") else []
        last = lowered[-1] if lowered else ""  # the word right before the run
        after_honorific = after_title = after_role = False
        if last in _address_ends():  # most runs: no honorific, office nor role ends before them
            after_honorific, after_title = _ends_with(lowered, "honorifics"), _ends_with(lowered, "titles")
            after_role = _ends_with(lowered, "roles")
        # `các ca sĩ như A, B, C`, `hai tiền đạo là A và B`: a role speaks of the list it opens, and of
        # the name after a word saying what kind of player it is (`tiền vệ trái A`, `tiền đạo trẻ B`).
        if ((last in _ROLE_OR_LIST or last[-1:] == ":" and last.rstrip(":") in _LIST_OPENERS)
                and not after_role and len(lowered) > 1):
            after_role = (last.rstrip(":") in _LIST_OPENERS or last in _ROLE_MODIFIERS) and _ends_with(
                lowered[:-1], "roles") or (
                len(lowered) > 2 and " ".join(lowered[-2:]) in _ROLE_MODIFIERS and _ends_with(lowered[:-2], "roles"))
        if not several and not after_honorific and not after_title and not after_role:
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
        hyphens = text.count("-", start, end)
        if hyphens > 1 and _is_joined_line_up(run):
            _note(near, run, "names joined by hyphens: a line-up, not one person", offset, "joined-line-up")
            if after_honorific or after_title or after_role:
                mentions += _line_up_parts(run, offset)
            continue
        named = "tên" in before[-6:] and bool(_NAMED_SO.search(before))
        # `các cầu thủ Riverside Rovers`, `ban lãnh đạo Riverside Rovers`: after a counted role or a board,
        # a run that no list goes on from is their team or their firm (`các nhân vật như X` gives an example).
        side_of_people = ((after_role and (not _QUANTIFIERS.isdisjoint(lowered[-4:]) or _many_before_role(lowered))
                           or last in _BOARD_ENDS and _after_board(lowered))
                          and last.rstrip(":") not in _LIST_OPENERS and not _list_goes_on(text, end))
        addressed = after_honorific or named or after_role and not (
            len(tokens) == 1 and (_is_syllable(tokens[0]) or casefold(tokens[0]) in keys("common_words")
                                  or side_of_people))
        part = (not addressed and not several and text.startswith(" (", end) and _part_of_a_player(text, end)
                and _after_place_cue(before) is None)
        other_name = not addressed and text.startswith(" (", end) and _other_name_in_brackets(text, end)
        player = not addressed and not several and (
            bool(_PLAYER_ACT_AFTER.match(text, end))
            or before.endswith(" của ") and bool(_PLAYER_ACT_BEFORE.search(before))) and not _is_syllable(tokens[0])
        described = not addressed and (part or other_name or player or _described(before, text, end)
                                       or several and bool(_SCORING_AFTER.match(text, end)))
        honorific = addressed or described
        title = honorific or after_title or after_role
        written = tokens
        country_given = office_family = lower_given = False
        given_truong = several and tokens[0] == "Trường" and _is_given_truong(tokens, text, end)
        if (several and (_is_given_anh(tokens, before) or _is_given_word_in_list(tokens, before) or given_truong)
                or casefold(tokens[0]) not in _front_lexicons()):  # most runs: no entry to strip opens them
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
        if several:
            # A capital that only opens the sentence: the word is written lower case elsewhere (a particle
            # already written so, `Bà von der …`, stays the name's).
            if (len(tokens) > 1 and tokens[0].isascii() and tokens[0][0].isupper() and _opens_sentence(before)
                    and not _looks_vietnamese(tokens) and tokens[0].lower() in article.lower):
                tokens = tokens[1:]
            # `Third-seeded Pablo Ruiz`, `Lagos-based Goldrock`: a compound modifier opens no name.
            while len(tokens) > 1 and _MODIFIER.match(tokens[0]):
                tokens = tokens[1:]
        if "-" in before[-2:] and len(tokens) == len(written) and _COMPOUND_PREFIX.search(before):
            tokens = tokens[1:]  # `sub-Saharan Africa`, `fellow-American Anne Kowal`: the rest of a compound word
        front = tuple(map(casefold, written[: len(written) - len(tokens)])) if len(tokens) < len(written) else ()
        if hyphens:  # (counted over the run's words: most have none)
            tokens = _before_glued_hyphen(tokens)
        if several:
            # `Trang The Ledger`: an English article inside a run opens a title or a paper.
            if "The" in tokens[1:]:
                tokens = tokens[: tokens.index("The", 1)]
            # `Trần Huyền Trân Công Chúa`: an office of two words, capitalised, closing the run is no part of the name.
            if (len(tokens) > 3 and casefold(" ".join(tokens[-2:])) in keys("titles")
                    and _is_vietnamese_full_name(tokens[:-2])):
                tokens = tokens[:-2]
        # (Most runs: no office opens with their last word.)
        if (tokens and casefold(tokens[-1]) in sizes_by_first_word("titles")
                and text.startswith(" ", end) and text[end + 1 : end + 2].islower()):
            tokens = _without_title_after(tokens, text[end : end + 40])
        if several:
            # `… Le Van Kowal Tôi nghĩ…`: where the break after a name was lost, the next sentence's first word
            # closes the run. Only after three words or a name written without its marks: such a word may
            # be a given name too (`Hà Văn Không`).
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
            if len(tokens) > 1 and casefold(tokens[-1]) in _MONTHS and _DAY_NEXT.match(text, end):
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
        stage = titled = False
        if len(tokens) > 1:  # what follows cuts a name out of a longer run: one word is left as it is
            tokens, titled = _after_last_title_word(tokens)
            title = title or titled
            tokens = _after_nationality(tokens)
            tokens = _after_a_vietnamese_word(tokens, _opens_sentence(before) and len(tokens) == len(written))
            # `châu Âu Kowalski`: after `châu` the first word names the continent.
            if len(tokens) > 1 and before.endswith(" châu ") and len(tokens) == len(written):
                tokens = tokens[1:]
            stage = len(tokens) == len(written) and _is_stage_name(tokens)
        # (`Đền Bạch Vân`: a run that opens with the head of a place's name is the place, whatever ends it.)
        opens_place = bool(tokens) and (casefold(tokens[0]) in keys("place_heads")
                                        or several and _opens_with_kind(tokens))
        name, inner = ((tokens, False) if len(tokens) < 3 or country_given or opens_place or stage
                       else _vietnamese_name_at_end(tokens))
        # `trường Chuyên Lê Quý Đôn`: a school's type written with a capital is no organisation before a
        # person; the kind of place before the run still names the school.
        if inner and keys("school_types").issuperset(map(casefold, tokens[: len(tokens) - len(name)])):
            inner = False
        tokens = name
        # `Tổng thống Kowalski`, `Thủ tướng Ba Lan Kowalski`: a lone foreign name after an office only a
        # person holds is a person, whether or not the article gives the full name.
        sole_office = ((after_title or stripped == "titles") and len(tokens) == 1 and not _is_syllable(tokens[0])
                       and _ends_with(lowered + list(front) if stripped == "titles" else lowered, "offices_of_people"))
        honorific = honorific or sole_office or country_given
        if several:
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
        # The rules, in their order; those that read two words or more stand in blocks a run of one word skips.
        rejected = False
        if several:
            # A lone word is only ever a person through a full name or an honorific: no rule needed.
            rejected = len(tokens) > 1 and _set_aside(Candidate(
                tuple(tokens), tuple(map(casefold, tokens)), before, text[end : end + 60].split("\n", 1)[0], front,
                run[-1].group().endswith(("'s", "’s"))))
            if (not rejected and len(tokens) > 1 and not _looks_vietnamese(tokens)
                    and (tokens[0] in article.numbered or tokens[-1] in article.numbered and _NUMBER_NEXT.match(text, end))):
                rejected = ("product-line", "a product, by a line the article also writes with a model number")
            # (Not Vietnamese syllables, which are words as often as given names: `Minh Anh`.)
            if (not rejected and len(tokens) > 1 and not (title or honorific) and all(map(str.isascii, tokens))
                    and not _looks_vietnamese(tokens) and article.written_lower.issuperset(t.lower() for t in tokens)):
                rejected = ("lower-case-words", "ordinary words, each written in lower case elsewhere in the article")
        # `Miss Lens 2030`: after an honorific. (A year's first figures looked for first: most runs have none after.)
        if (text.startswith((" 19", " 20"), end) and len(tokens) == 1
                and _YEAR_AFTER.match(text, end)):
            rejected = ("event-year", "a contest, a show or a product, by the year after it")
        # `cựu huấn luyện viên Riverside, Kowalski thừa nhận`: one word after an office or a role, with a
        # name set beside it by a comma (no list: a verb follows), is the employer; the name is the person.
        if (after_title or after_role) and len(tokens) == 1 and _APPOSED_NAME.match(text, end):
            rejected = ("employer-before-name", "a team or a firm, by the person named beside it after an office")
        if several:
            # `Walt Kowal Co's Dorval Vista`: what a firm owns, named after its possessive, is a unit or a brand.
            if (not rejected and run[0].start() != start
                    and _FIRM_OWNER_BEFORE.search(text, max(0, run[0].start() - 12), run[0].start())):
                rejected = ("firm-owned", "a unit or a brand, after the possessive of a firm's legal form")
            # `Kowal General Corp`: an office's word inside a firm's name left its legal form alone.
            if not rejected and len(tokens) < 2 < len(written) and _is_legal_form(written[-1]):
                rejected = ("form-closing", "a firm, by the legal form closing its name")
        # `Cong ty TNHH Kowal Dorval`, `Công ty TNHH thương mại dịch vụ Kowal Dorval`: after a Vietnamese legal form
        # in the clause, the run is the firm's name, where its kind is written without tone marks or beyond its reach.
        if (not rejected and vietnamese and not (inner or title or honorific)
                and (front and not _VN_LEGAL_FORMS.isdisjoint(front) or _after_legal_form(before))):
            rejected = ("after-legal-form", "a firm, after a Vietnamese legal form in its clause")
        if several:
            if not rejected and len(tokens) > 1 and _ends_as_tale(tokens):
                rejected = ("tale-title", "the title of a tale or a legend, by its last word")
            # `quanh Hồ Xuân Kowal`, `ven Hồ Văn Dorval`: the way round or the shore of a lake (`hồ`, also a family name).
            if not rejected and len(tokens) > 1 and tokens[0] == "Hồ" and last in _LAKESIDE:
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
        if several:
            # `tiếng Anh Kowal`, `báo Anh Dorval`: after a language or a paper `Anh` is England, not the word of
            # address; the run names a kind of English or the paper.
            if not rejected and len(written) > 1 and written[0] == "Anh" and last in _ENGLISH_OF:
                rejected = ("english-of", "a kind of English or an English paper, after `tiếng` or `báo`")
        # `chị Hội trưởng`, `con gái Phó Bí thư xã`: after a word of address or a role, the capitals end
        # inside an office written on in lower case.
        if (not rejected and (after_honorific or after_role) and _LOWER_NEXT.match(text, end)
                and _office_written_on(written, text, end)):
            rejected = ("office-written-on", "an office, by the lower-case word that ends it after the run")
        if several:
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
                thing_end = end
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
        past_place = stripped in ("places", "organisations") and bool(tokens) and not club_of_place and (
            _is_vietnamese_surname(tokens[0])
            or stripped == "places" and len(tokens) > 1 and not _looks_vietnamese(tokens) and not before.isascii()
            and casefold(tokens[0]) not in _PARTICLES)  # `Toronto Blue Jays`, `Liban Al Mayadeen`
        cue = None if blocks_cue or titled or inner or past_place else "list" if in_list else (
            before and _after_place_cue(before) or ("noun" if club_of_place else None)
            or front and _leading_place(before, front, text[end : end + 1])
            or before.endswith(" gồm ") and _counted_kind_before(before, text, start))
        # `in December and Jan Kowal`: a month or a day after a preposition is a time, no place a list goes on from.
        # (Read only where a cue was found: most runs have none.)
        if cue and len(written) == 1 and (casefold(written[0]) in _MONTHS or casefold(written[0]) in keys("time_words")):
            cue = None
        if cue:
            # A kind of place goes on to the next names of a list; `tại`, `at` only through `and`
            # (`at Goldman Sachs and Morgan Stanley`, but `In Washington, Biden said`).
            place_end = end
            thing_end = place_end if cue != "preposition" else -1
            joins = _LIST_JOINS if cue != "preposition" else _AND_JOINS
            nationality = nationality if cue == "list" else before.casefold().endswith("người ")
            if near is not None and len(tokens) > 1 and _is_person(tokens, False, honorific):
                reason = "in a list of places" if cue == "list" else f"after `{before.split()[-1]}`, as places are"
                near.append(NearMiss(" ".join(tokens), reason, offset + start, f"place-{cue}"))
            continue
        # `Kowal Mining Ltd`: the words before a firm's ending name the firm wherever the article writes them.
        if (near is not None and len(tokens) > 2 and not honorific
                and 1 < len(firm := _without_firm_endings(tokens)) < len(tokens) and _is_person(firm, False, False)):
            near.append(NearMiss(" ".join(firm), "a firm, by the ending of its name", offset + start, "firm-ending"))
        if not tokens or not (_is_person_word(tokens[0], honorific) if len(tokens) == 1
                              else _is_person(tokens, title or inner, honorific)):
            # A name after a place and a slash is a place too.
            if casefold(" ".join(written)) in keys("places"):
                slash_after = end + 1 if text[end : end + 1] == "/" else -1
            # Given names alone (`Minh Đan`) are a name only among names: see `_names_in_lists`.
            if tokens and len(tokens) < 4 and _is_person(tokens, False, True):
                items[-1] = _new_item((start, end, "maybe", _given_names(written, tokens, stripped)))
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
        items[-1] = _new_item((start, end, kind, _given_names(written, tokens, stripped)))
        previous_end = end
    groups = _joined_runs(text, items)
    listed = _names_in_lists(text, groups, offset, pending) + _foreign_pair(text, items, offset) if groups else []
    if text.count(" (") > 2 and not text.isascii():  # a cast written as pairs (English lists players' clubs so)
        listed += _cast_list(text, offset)
    mentions = _without_listed_things(text, groups, mentions, offset, near)
    if listed:
        promoted = {m.position for m in listed}
        mentions = sorted([m for m in mentions if m.position not in promoted] + listed, key=lambda m: m.position)
    return mentions, standalone


def _two_vietnamese_names(mentions: list[Mention], run: list[re.Match]) -> bool:
    return (bool(mentions) and len(mentions[-1].tokens) > 2 and _is_vietnamese_full_name(mentions[-1].tokens)
            and _is_vietnamese_full_name([m.group() for m in run]))


_APPOSED_NAME = re.compile(rf", [{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,3}} (?!và |hay |and |or )[a-zà-ỹđ]")
_WORD_NEXT = re.compile(r" ([^\W\d_]+)(?![\w-])")
