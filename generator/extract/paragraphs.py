"""Tell body text from the headline, photo captions, bylines and marked related-story lines mixed into it.

Newsrooms write these the same few ways: a caption ends in a credit (`Ảnh: Nhật Bắc`, `(Ảnh: AFP).`,
`REUTERS/Name`), a byline is a short last line of names or `Theo <publication>`, a related story is
marked (`>>`, `Xem thêm:`). Exports that lost their line breaks run them into the text; they are
split out again where the credit or the marker shows. Nothing is dropped: every piece of the text
ends up in exactly one paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import casefold, entries, fold, keys
from ..model import Kind, Paragraph
from ..read.dates import is_date_line
from .text import count_words, more_words_than, sentences

_MAX_CAPTION_WORDS = 50
_MAX_LONG_CAPTION_WORDS = 100  # a caption of one long sentence, run on to its credit
_MAX_HEADLINE_WORDS = 30
_MAX_BYLINE_WORDS = 8
_MAX_RELATED_WORDS = 30
_CREDIT_TAIL = 120
# A headline does not end like a sentence of running text (a question or an exclamation may).
_STATEMENT_END = (".", "…", ":", ";", ",")

_LABEL = r"(?:ảnh|hình|hình ảnh|photo|video|clip|đồ họa|nguồn(?: ảnh| video| hình)?|source)"
# A credit is short and names no sentence: letters, initials, `/` between agencies, no `. ` inside.
_NAME = r"[^\s():!?]*[^\s():.!?]\.?(?:[ /,&+-]{1,3}[^\s():!?]*[^\s():.!?]\.?){0,11}"
_LABELLED = (
    rf"(?:{_LABEL}(?:\s*,\s*{_LABEL})*\s*:\s*{_NAME}"
    rf"|ảnh\s+minh\s+họa|ảnh\s*:?\s*chụp\s+màn\s+hình|ảnh\s+internet"
    rf"|photo(?:graph)?\s+by\s+{_NAME}"
    r"|(?-i:[A-Z][A-Z&-]{1,}/[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}))"
)


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    """A credit at the end of a line: labelled (`Ảnh: X`, `(Photo by X)`), or an agency alone (`REUTERS`)."""
    agency = "|".join(re.escape(name) for name in sorted(entries("agencies"), key=len, reverse=True))
    return re.compile(
        rf"[\s\[–—-]*(?P<credit>[(\[]?\s*(?:(?P<label>{_LABELLED})|(?P<agency>(?:{agency})(?:\s*[/,]\s*(?:{agency}))*))"
        rf"\s*[)\]]?\s*\.?)\s*$",
        re.IGNORECASE,
    )


# What every credit the pattern above finds holds, looked for first: the pattern is slow to search a
# line that has none, as most lines have not. A label's colon (`Ảnh:`) or a slash (`AFP/TTXVN`), the
# words `ảnh` and `photo`, or an agency's name just before the closing marks, found by matching the
# reversed end of the line from its start.
_LABEL_WORDS = re.compile("ảnh|photo", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agency_at_end() -> re.Pattern[str]:
    names = "|".join(re.escape(name[::-1]) for name in sorted(entries("agencies"), key=len, reverse=True))
    return re.compile(rf"[\s)\].]*(?:{names})", re.IGNORECASE)


def _credit_tail(text: str) -> int:
    # A credit is short: look only at the end of the line, which keeps long paragraphs cheap.
    return max(0, len(text) - _CREDIT_TAIL)


def _may_end_in_credit(text: str) -> bool:
    start = _credit_tail(text)
    return (text.find(":", start) >= 0 or text.find("/", start) >= 0 or _LABEL_WORDS.search(text, start) is not None
            or _agency_at_end().match(text[start:][::-1]) is not None)


# A credit inside run-together text: the caption's sentence, `Ảnh: <name>`, then the next paragraph.
_INLINE_CREDIT = re.compile(r"(?<=[.!?…)\"”’'])\s+(?:Ảnh|Photo)\s*:\s*|(?<=[.!?…)\"”’'])\s+Ảnh chụp màn hình\s+")
_RELATED_MARK = re.compile(
    r"^(?P<mark>>>+|»|(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|related|see also)\s*:)\s*",
    re.IGNORECASE,
)
_INLINE_RELATED = re.compile(r"\s>>\s+")
# Bylines run into their source: `Minh PhươngTheo Politico`, `T.ThủyVideo: Reddit`.
_JOINED_CREDIT = re.compile(r"(?<=[^\W\d_.])\s*(?=(?:Theo|Nguồn|Video|Ảnh|Clip)\b)")
_SOURCE_LINE = re.compile(r"^(?:theo|nguồn\s*:|source\s*:|according to)\s*(?P<source>\S.*?)\.?$", re.IGNORECASE)
_NAME_JOINS = re.compile(r"\s*(?:[-–—,&+/]|\bvà\b|\band\b)\s*")
_INITIALS = re.compile(r"^(?:[A-ZĐ][a-zà-ỹ]?\.)+[A-ZĐ]?[\wà-ỹ]*$")
# Wire services' own sign-off on the last line: `REUTER`.
_SIGN_OFFS = {"reuter": "Reuters", "reuters": "Reuters", "ap": "AP", "afp": "AFP", "upi": "UPI"}
# Credit lines that name nobody: `Tổng hợp` (compiled from several sources).
_CREDIT_WORDS = frozenset({"tổng hợp", "tổng hợp.", "(tổng hợp)"})


def caption_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when `text` is a short line ending in a photo credit, else None."""
    # Most lines end in no credit, which the cheap test tells before any word is counted.
    if "\n" in text or not _may_end_in_credit(text) or more_words_than(text, _MAX_CAPTION_WORDS):
        return None
    return _credit_split(text)


def _split_credit(text: str) -> tuple[str, str] | None:
    """(text before, credit) when the line ends in a credit."""
    return _credit_split(text) if _may_end_in_credit(text) else None


def _credit_split(text: str) -> tuple[str, str] | None:
    """`_split_credit` for a line that `_may_end_in_credit` already let through."""
    match = _credit_pattern().search(text, _credit_tail(text))
    if not match or (match.start() == 0 and not match.group("label")):
        return None
    agency = match.group("agency")
    # `REUTERS` or `(AFP)` is a credit; `… said Reuters` inside a sentence is not.
    if agency and agency != agency.upper() and not match.group("credit").startswith(("(", "[")):
        return None
    credit = match.group("credit").strip()
    if match.group("label") and not _credit_name_ok(credit):
        return None
    return text[: match.start()].rstrip(), credit


def _credit_name_ok(credit: str) -> bool:
    """`Ảnh: Tiến Tuấn` credits someone; `ảnh tại Đà Nẵng: …` or `Video: xem tại đây` is a sentence."""
    _, _, name = credit.partition(":")
    first = name.split()[0] if name.split() else ""
    return (not first or credit.startswith(("(", "[")) or first[0].isupper() or "." in first or first == name.strip()
            or name.strip().casefold().startswith("chụp màn hình"))


def is_headline(text: str) -> bool:
    """A short stand-alone line that does not end like a statement."""
    # (Every paragraph of every page is asked: the ending first, which rules out most of them without
    # counting words, and counting stops past the longest headline.)
    return ("\n" not in text and not text.rstrip("\"”'’»").endswith(_STATEMENT_END) and more_words_than(text, 1)
            and not more_words_than(text, _MAX_HEADLINE_WORDS))


def may_name_a_story(paragraph: Paragraph) -> bool:
    """A marked related line, or a short line that links to a story when the archive has one by
    that headline: what the page looks up in the archive's titles."""
    return paragraph.kind is Kind.RELATED or (paragraph.kind is Kind.BODY and is_headline(paragraph.text))


def byline(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(authors, sources) when `text` is a byline or a credit line: `Việt Hà`, `Thành Quảng - Quý
    Sáng`, `Theo Sputnik`, `Nguồn: VTV`, `Minh PhươngTheo Politico`, `REUTER`; else None."""
    if more_words_than(text, 2 * _MAX_BYLINE_WORDS) or "\n" in text:
        return None
    authors: list[str] = []
    sources: list[str] = []
    for part in _JOINED_CREDIT.split(text.strip()):
        part = part.strip()
        found = _SOURCE_LINE.match(part)
        labelled = _split_credit(part)
        if found and _publications(found.group("source")):
            named = _publications(found.group("source"))
            if len(named) == 2 and len(_camel_split(found.group("source"))) == 2:
                authors.append(named[0])  # `Theo Thanh HuyềnĐầu tư`: the writer, then the paper
                named = named[1:]
            sources += named
        elif labelled and not labelled[0]:
            sources += _names(labelled[1].partition(":")[2].strip(" ().")) or [labelled[1]]
        elif casefold(part) in _SIGN_OFFS:
            sources.append(_SIGN_OFFS[casefold(part)])
        elif casefold(part) in _CREDIT_WORDS:
            continue
        elif _names(part) and count_words(part) <= _MAX_BYLINE_WORDS:
            authors += _names(part)
        else:
            return None
    return tuple(authors), tuple(sources)


_CAMEL_WORD = re.compile(r"\b[^\W\d_][^\W\d_]+")


def _camel_split(text: str) -> list[str]:
    """`Thanh HuyềnĐầu tư` -> [`Thanh Huyền`, `Đầu tư`]: a name run into the next one."""
    for word in _CAMEL_WORD.finditer(text):
        token = word.group()
        if not token[0].isupper():
            continue
        for at in range(2, len(token)):
            cut = word.start() + at
            # A name of two words or more before it: `McDonald` is one word.
            if token[at].isupper() and token[1:at].islower() and " " in text[:cut].strip():
                return [text[:cut].strip(), *_camel_split(text[cut:])]
    return [text]
_PUBLICATION = re.compile(r"^[^\W_][\w.&'’!-]*(?:\s+[\w.&'’!-]+){0,5}$")
# A cited title does not end on a word that needs more after it: `Theo ghi nhận của` is a sentence cut short.
_DANGLING = frozenset("của và về với cho từ tại ở là the of and for to by".split())


def _publications(text: str) -> list[str]:
    """The publications of a `Theo …` credit, each whole: `Người lao động`, `DM/Hello!`, `infonet/Vietnamnet`."""
    text = text.strip().rstrip(".")
    names = [n.strip() for part in re.split(r"\s*[/,;]\s*", text) for n in _camel_split(part) if n.strip()]
    if not names or any(not _PUBLICATION.match(n) or n.split()[-1].casefold() in _DANGLING for n in names):
        return []
    if not (names[0][0].isupper() or len(names[0].split()) == 1):
        return []  # `theo ghi nhận`: running text, not a credit
    return names


def _names(text: str) -> list[str]:
    """The names of a credit, each whole; [] when any part is not a name (a sentence, a fragment)."""
    text = text.strip()
    if text.endswith(".") and not _INITIALS.match(text.split()[-1]):
        return []  # `Đoạn.`: a sentence of one word; `T.L.` is a name
    names = [n.strip() for n in _NAME_JOINS.split(text) if n.strip()]
    if not names or text.endswith(("!", "?", ":", ",", ";")):
        return []
    for name in names:
        words = name.split()
        if len(words) > 5 or not all(_name_word(w) for w in words):
            return []
        if len(words) == 1 and casefold(words[0]) in keys("function_words"):
            return []
    return names


def _name_word(word: str) -> bool:
    word = word.strip("()\"“”")
    return bool(word) and (word[0].isupper() or word[0].isdigit() or _INITIALS.match(word) is not None
                           or casefold(word) in {"of", "the", "de", "and", "&", "news", "times"})


def related_mark(text: str) -> tuple[str, str] | None:
    """(marker, headline) for a line the text marks as a related story: `>> …`, `Xem thêm: …`."""
    found = _RELATED_MARK.match(text)
    if not found:
        return None
    headline = text[found.end() :].strip()
    if not headline or count_words(headline) > _MAX_RELATED_WORDS:
        return None
    if found.group("mark").startswith(">") and _NOT_A_STORY.search(headline):
        return None  # `>> Quan điểm của bạn thế nào?`: a site's call to its readers, marked the same way
    return found.group("mark"), headline


# What a `>>` line says when it is not another story: a statement (`Bài viết không nhất thiết trùng
# với quan điểm VnExpress.net.`), the heading of a list (`Bài viết cùng tác giả:`), a question to the
# reader, a link to click (`tại đây`, `Xem đáp án`).
_NOT_A_STORY = re.compile(
    r"(?<!\.)\.$|:$|\bbạn\b.*\?$|^theo bạn\b|\btại đây\b|^xem (?!thêm)", re.IGNORECASE
)


def classify(paragraphs: tuple[str, ...], title: str | None = None) -> tuple[Paragraph, ...]:
    """Each paragraph's kind; `title` is the title the input gives, whose line in the text is the headline."""
    pieces = [piece for text in paragraphs for piece in _unrun(text)]
    if pieces and title:
        pieces[:1] = _split_headline(pieces[0], title)
    if len(pieces) > 1 or more_words_than(pieces[-1], _MAX_BYLINE_WORDS):
        pieces[-1:] = _split_trailing_byline(pieces[-1])
    result = [_kind(piece) for piece in pieces]
    if result and _is_headline_line(result[0], title, len(result)):
        result[0] = Paragraph(Kind.TITLE, result[0].text)
    headline = title or (result[0].text if result and result[0].kind is Kind.TITLE else None)
    if headline:
        # The headline written again inside the text (a copy-and-paste twice) is the headline, shown once.
        key = _headline_key(headline)
        result = [Paragraph(Kind.TITLE, p.text) if p.kind is Kind.BODY and _headline_key(p.text) == key else p
                  for p in result]
    _mark_bylines(result)
    return tuple(result)


def _is_headline_line(first: Paragraph, title: str | None, count: int) -> bool:
    if first.kind is not Kind.BODY:
        return False
    if title:
        return _headline_key(first.text) == _headline_key(title)
    return count > 1 and is_headline(first.text) and not _SENTENCE_INSIDE.search(first.text)


# A full stop after a lower-case word, then a capital: two sentences, so not a headline. Abbreviations
# (`TP. HCM`), list numbers (`1. Ba Khan`) and ellipses (`doanh nghiệp... "chết yểu"`) are not stops.
_SENTENCE_INSIDE = re.compile(r"(?<![.…])\b[^\W\d_]*[a-zà-ỹ][^\W\d_]*[.!?](?=\s+[\"“‘(]?[A-ZĐ])")


def _headline_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _kind(text: str) -> Paragraph:
    if is_date_line(text):
        return Paragraph(Kind.DATE, text)
    related = related_mark(text)
    if related:
        return Paragraph(Kind.RELATED, related[1], credit=related[0])
    caption = caption_credit(text)
    if caption:
        return Paragraph(Kind.CAPTION, caption[0], credit=caption[1])
    return Paragraph(Kind.BODY, text)


# The desk's note that closes an article, below its byline: `* Bạn đọc gửi thư về…`, `(*) Bài viết…`.
_CLOSING_NOTE = re.compile(r"(?:\*|\(\*\))\s")


def _mark_bylines(result: list[Paragraph]) -> None:
    """The byline and credit lines that close an article (after them only captions or related lines)."""
    for index in range(len(result) - 1, 0, -1):
        paragraph = result[index]
        if paragraph.kind is Kind.CAPTION and not paragraph.text and _SOURCE_LINE.match(paragraph.credit or ""):
            result[index] = Paragraph(Kind.BYLINE, paragraph.credit or "")  # `Nguồn: Báo Miền Tây` closing it
            continue
        if paragraph.kind is Kind.CAPTION:
            # `T.ThủyTheo NBC/NS`, `Hiếu Lương Ảnh: Hai Tư`, `Theo QQ/Ifeng` end like a credit, but
            # name the writer or the publication: a byline.
            whole = f"{paragraph.text} {paragraph.credit}".strip()
            found = byline(whole) if paragraph.text else None
            if found and (found[0] or _SOURCE_LINE.match(whole)):
                result[index] = Paragraph(Kind.BYLINE, whole)
            continue
        if paragraph.kind is Kind.RELATED or paragraph.kind is Kind.BODY and _CLOSING_NOTE.match(paragraph.text):
            continue
        if paragraph.kind is not Kind.BODY or byline(paragraph.text) is None:
            return
        result[index] = Paragraph(Kind.BYLINE, paragraph.text)


def _unrun(text: str) -> list[str]:
    """A paragraph split where an export ran a caption, a related line or a byline into it."""
    pieces = []
    for piece in _split_related(text):
        pieces += _split_inline_captions(piece)
    last = pieces[-1]
    # A paragraph that does not end like a credit cannot end in a caption (the cheap test first).
    if _may_end_in_credit(last) and more_words_than(last, _MAX_CAPTION_WORDS):
        pieces[-1:] = _split_trailing_caption(last)
    return pieces


def _split_headline(text: str, title: str) -> list[str]:
    """An export's text that opens with its own title, run into the lead: the title, then the rest."""
    words = title.split()
    opening = text.split(maxsplit=len(words))
    if len(opening) > len(words) and _headline_key(" ".join(opening[: len(words)])) == _headline_key(title):
        return [" ".join(opening[: len(words)]), opening[-1]]
    return [text]


def _split_related(text: str) -> list[str]:
    if ">>" not in text:  # most paragraphs: no marker, which the search would look for at every character
        return [text.strip()] if text.strip() else []
    pieces = []
    start = 0
    for found in _INLINE_RELATED.finditer(text):
        if found.start() < start:
            continue
        pieces.append(text[start : found.start()])
        end = _headline_end(text, found.end())
        if end == found.end():
            continue  # no headline after the marker: it stays in the text as written
        pieces.append(text[found.start() : end].strip())
        start = end
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


# What follows a run-together headline: a closing quote, or the end of a sentence, then a capital.
_QUOTED = re.compile(r"(['\"“‘])(.{4,200}?)(['\"”’])(?=\s+[^\W\d_])")
_NEXT_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_])|['\"”’](?=\s+[A-ZĐÀ-Ỹ])|(?=\s>>\s)")


def _headline_end(text: str, start: int) -> int:
    """Where a headline run into the text after `>>` ends: its closing quote or its last word before
    a new sentence; the whole rest when no end shows."""
    quoted = _QUOTED.match(text, start)
    if quoted:
        return quoted.end()
    found = _NEXT_SENTENCE.search(text, start)
    end = found.end() if found else len(text)
    if count_words(text[start:end]) > _MAX_RELATED_WORDS:
        return start  # no end in sight: not a headline
    return end


def _split_inline_captions(text: str) -> list[str]:
    """`… sentence. Caption sentence. Ảnh: Hiếu Lương Next paragraph …` into three pieces."""
    if "Ảnh" not in text and "Photo" not in text:  # what every inline credit holds: most paragraphs have none
        return [text.strip()] if text.strip() else []
    pieces = []
    start = 0
    for found in _INLINE_CREDIT.finditer(text):
        if found.start() < start:
            continue
        name_end = _credit_name_end(text, found.end())
        if name_end is None:
            continue
        before = sentences(text[start : found.start()])
        if not before:
            continue
        caption = before[-1]
        body = text[start : found.start()].rstrip()[: -len(caption)].strip() if len(before) > 1 else ""
        pieces += [body, f"{caption} {text[found.start():name_end].strip()}"]
        start = name_end
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


_CREDIT_WORD = re.compile(r"\s*([^\s]+)")


def _credit_name_end(text: str, start: int) -> int | None:
    """Where the name after `Ảnh:` ends when the next paragraph follows without a break: capitalised
    words up to a word that opens sentences; a lower-case word after them means the last capital
    (or a place of two words, `Việt Nam`) opened the next sentence. None when no sentence follows."""
    screenshot = _SCREENSHOT.match(text, start)
    if screenshot:  # `Ảnh: chụp màn hình Phút thứ 9 …`
        return screenshot.end() if _opens_sentence(text, screenshot.end()) else None
    words: list[re.Match] = []
    position = start
    while len(words) < 6:
        found = _CREDIT_WORD.match(text, position)
        if not found:
            break
        word = found.group(1)
        if not (word[0].isupper() or _INITIALS.match(word)) or (words and casefold(word) in _SENTENCE_OPENERS):
            break
        words.append(found)
        position = found.end()
        if word.endswith((".", ",")) and not _INITIALS.match(word):
            break
    if not words or len(words) == 6:
        return None
    following = _CREDIT_WORD.match(text, words[-1].end())
    if len(words) >= 2 and following and (following.group(1)[0].islower() or following.group(1)[0].isdigit()):
        # `Ảnh: Hiếu Lương Không chỉ …`, `Ảnh: Bola Thành tích …`, `Ảnh: Hiếu Lương Việt Nam cũng …`
        two = " ".join(w.group(1) for w in words[-2:])
        words = words[:-2] if len(words) >= 3 and casefold(two) in keys("places") else words[:-1]
        following = _CREDIT_WORD.match(text, words[-1].end())
    end = words[-1].end()
    if following and following.group(1) == ".":  # `Ảnh: Xuân Bình . Viettel …`
        end = following.end()
        following = _CREDIT_WORD.match(text, end)
    return end if following and _opens_sentence(text, end) else None


_SCREENSHOT = re.compile(r"chụp màn hình\b\s*\.?", re.IGNORECASE)
_FIRST_LETTER = re.compile(r"[^\W_]")


def _opens_sentence(text: str, end: int) -> bool:
    """What follows `end` opens a sentence of some length (`Ảnh: Bộ Quốc phòng Nga.` is one credit)."""
    rest = text[end:].lstrip()
    first = _FIRST_LETTER.search(rest)
    return bool(rest) and first is not None and (first.group().isupper() or first.group().isdigit()) \
        and count_words(sentences(rest)[0]) >= 4


_SENTENCE_OPENERS = frozenset(
    "theo không sau trong khi tuy với tại ở các những một người đây đó nhưng và anh ông bà cô chị hai ba "
    "bốn năm trước từ cả ngay thế vì nếu còn lúc hôm tối sáng chiều bên đội cầu hlv dù mặc hiện phía phút "
    "the a an in on at he she it they but after as when".split()
)


def _split_trailing_caption(text: str) -> list[str]:
    """A long paragraph that ends in a credit (`_may_end_in_credit` let it through): its last sentence is
    the caption."""
    split = _credit_split(text)
    if not split or not split[0]:
        return [text]
    body = sentences(split[0])
    if len(body) < 2:
        return [text] if count_words(text) > _MAX_LONG_CAPTION_WORDS else [f"{split[0]} {split[1]}"]
    caption = body[-1]
    return [split[0][: -len(caption)].strip(), f"{caption} {split[1]}"]


def _split_trailing_byline(text: str) -> list[str]:
    """`… bốn lần. Hiếu Lương`, `… mọi bộ đồ Theo Trung Nam/Dân Việt`: a byline or a credit run into
    the last sentence of an export's text."""
    last = sentences(text)[-1]
    if last != text and text.endswith(last) and (byline(last) or ((),))[0]:
        return [text[: -len(last)].strip(), last]
    credit = _TRAILING_SOURCE.search(text)
    if credit and credit.start() > 0 and byline(credit.group().strip()):
        return [text[: credit.start()].strip(), credit.group().strip()]
    return [text]


_TRAILING_SOURCE = re.compile(r"\s(?:Theo|Nguồn:)\s[^.!?…:]{1,50}$")


def credits(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, sources) of an article's byline and credit lines, each once, in their order."""
    authors: dict[str, None] = {}
    sources: dict[str, None] = {}
    for paragraph in paragraphs:
        if paragraph.kind is Kind.BYLINE:
            names, credited = byline(paragraph.text) or ((), ())
            authors.update(dict.fromkeys(names))
            sources.update(dict.fromkeys(credited))
    return tuple(authors), tuple(sources)
