"""The search index: static files read by docs/assets/search.js, built for Vietnamese as readers type it.

Every syllable, and every pair of adjacent syllables, of an article's title, people and text is a
key, folded (lowercase, no tone marks, `đ` as `d`, one tone placement) so that `dinh la thang` finds
`Đinh La Thăng`. A key's entry lists the pages holding it, newest first, each with bits saying where
(title, people) and which of the key's commonest marked forms the page holds. From these the browser
ranks phrases above scattered syllables, the form typed (or, typed without marks, the commonest)
above other forms, and titles and people above text, without fetching any page's text. Person pages
are entries too, so a name, or the end of it that readers type alone, finds its person first.

Keys are spread over files by a hash: a query fetches the few it needs, whatever the archive's size.
The pages' titles, dates and summaries are in small chunks by id. A build builds it from the
generator's records beside the pages (search_ahead.py); it is read back from a built site folder,
whichever tool built it, while serving, in a shard's build, and by `python -m generator index-search
site/` after any other tool.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import posixpath
import re
import shutil
import time
import unicodedata
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from html.parser import HTMLParser
from itertools import chain, repeat
from operator import add, lshift, mul, sub
from os.path import commonprefix
from pathlib import Path

from .cores import PARALLEL_FROM, map_on_cores
from .render.listing import FACTS_CLASS, FURTHER_CLASS, LABEL_CLASS, PEOPLE_LINE_CLASS
from .site_size import folder_bytes

# Not `search/`, where Material's search plugin writes its index when a site lists it.
INDEX_DIR = "search-index"
STAGING_DIR = ".search-index-next"
# In a shard's index: the people its articles name, for the assembled site's part of people.
MENTIONS = "mentions.json"
PEOPLE_PART = "people"
# Pages per file of titles and summaries: a result list fetches one file per distinct chunk.
DOC_CHUNK = 16
# About this many bytes per file of keys: a query fetches one per syllable and per pair.
SHARD_BYTES = 16_000
# Posting bits; a posting is `(id - previous id) << FLAG_BITS | bits`.
TITLE, PEOPLE = 1, 2
FORM = 4  # FORM << i: the page holds the key's i-th commonest marked form
FORMS = 3
FLAG_BITS = 5
# A key's postings are one string of numbers written in base 46 with printable ASCII that JSON needs no
# escape for: a digit of the first half says more digits follow, one of the second half ends the
# number. Half the bytes of decimal numbers and commas (search.js reads them back).
DIGITS = "!" + "".join(chr(code) for code in range(0x23, 0x7F) if chr(code) != "\\")
BASE = len(DIGITS) // 2
# A line of a file of keys starts with how many of its key's first UTF-16 code units are the previous
# key's, as one character from "!" on.
SHARED_MAX = 0x7E - 0x21
SHARED_DIGITS = "".join(chr(0x21 + shared) for shared in range(SHARED_MAX + 1))
# A key's marked forms are written as the marks added to the key: one digit a marked letter, saying
# how many letters before it are the key's own (up to 2; an unmarked letter fills a longer gap) and
# which mark it gets, `MARK_CODES` of them. A form that is not the key with marks is written whole
# after a space (search.js reads both).
VOWEL_MARKS = ("", "\u0302", "\u0306", "\u031b")  # none, circumflex, breve, horn
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
STROKE = len(VOWEL_MARKS) * len(TONE_MARKS)  # the code of d as đ
MARK_CODES = STROKE + 1
# A last syllable still being typed is completed from the commonest words starting so.
PREFIXES = range(2, 6)
COMPLETIONS = 6
# The words of the archive a typo away from a word typed (search.js, corrections): each word of plain
# letters is listed in two files of `near/`, among the words of its length starting with its letter
# (`t5.txt`) and among those ending with it (`5p.txt`, written backwards): one typo leaves the first
# or the last letter of a word of three or more in its place, so a word typed of length n finds them
# in the six files of lengths n - 1 to n + 1 and its own first and last letters.
NEAR_DIR = "near"
_NEAR_WORD = re.compile(r"[a-z]{3,24}")
# Up to this many people the person filter suggests them all; beyond, those named in two articles or more.
SUGGEST_ALL_PEOPLE = 1000

_WORD = re.compile(r"[^\W_]+")  # letters and digits: Python's and JavaScript's agree on these
_MARKS = re.compile("[\u0300-\u036f]")
# Old and new tone placement (`hoà`/`hòa`, `thuỷ`/`thủy`) are one spelling: the mark goes on the first
# vowel of a final oa, oe, uy, as most of today's press writes it (`quý` keeps its own: `qu` is a consonant).
_OLD_TONE = re.compile(r"(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![^\W_])")
_TONES = ("àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ")
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
TAG = re.compile(r"<[^>]+>")
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


def syllables(text: str) -> list[str]:
    return _WORD.findall(_OLD_TONE.sub(_new_tone, unicodedata.normalize("NFC", text).lower()))


def _new_tone(match: re.Match) -> str:
    first, second = match.group(1)
    tone = next(tones for tones in _TONES if second in tones).index(second)
    return ("òóỏõọ" if first == "o" else "ùúủũụ")[tone] + fold(second)


@lru_cache(maxsize=1 << 16)  # called once per syllable of the archive: its few thousand syllables repeat
def fold(text: str) -> str:
    """`Đinh La Thăng` -> `dinh la thang`; `đ` has no decomposition, so it is replaced by hand."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d")


def key_hash(key: str) -> int:
    """FNV-1a over UTF-8, as search.js computes it."""
    value = 0x811C9DC5
    for byte in key.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


@dataclass(frozen=True)
class SearchReport:
    pages: int
    people: int
    seconds: float
    bytes: int


@dataclass
class Page:
    url: str
    title: str
    date: str = ""
    iso: str = ""
    summary: str = ""
    people: list[str] = field(default_factory=list)
    text: str = ""
    # (address of the page from the site's root, name) of each of its people who has a page.
    people_pages: list[tuple[str, str]] = field(default_factory=list)
    # The text's syllables, when cut already (search_ahead.py cuts them before the people are known).
    words: list[str] | None = None


# The parts of an article page left out of its text, by class, and what each is read for.
_SKIPPED = {FACTS_CLASS: "facts", PEOPLE_LINE_CLASS: "people", FURTHER_CLASS: "skip", LABEL_CLASS: "skip"}


class _ArticleParser(HTMLParser):
    """The text inside `data-search-body` minus the line of facts and the related stories, the people
    (each link or name in the people line) and the date (the facts' time)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        # "body", "facts", "skip", "people", "person", "date" or "" for each open element
        self.stack: list[str] = []
        self.text: list[str] = []
        self.people: list[tuple[str, str]] = []  # (address as linked, "" for one without a page; name)
        self.date = self.iso = ""

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        role = ""
        kind = names.get("class")
        if "data-search-body" in names:
            role = "body"
        elif kind in _SKIPPED:
            role = _SKIPPED[kind]
        elif tag in ("a", "span") and self.stack and self.stack[-1] == "people":
            role = "person"
            self.people.append((names.get("href") or "", ""))
        elif tag == "time" and "facts" in self.stack and not self.iso:
            role = "date"
            self.iso = names.get("datetime") or ""
        self.stack.append(role)

    def handle_endtag(self, tag):
        if self.stack and tag not in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            self.stack.pop()

    def handle_data(self, data):
        if "person" in self.stack:
            self.people[-1] = (self.people[-1][0], self.people[-1][1] + data)
        elif "date" in self.stack:
            self.date += data
        elif "body" in self.stack and not ("facts" in self.stack or "people" in self.stack or "skip" in self.stack):
            self.text.append(data)


def read_article(site: Path, path: Path) -> Page:
    source = path.read_text("utf-8")
    start = source.find("<div data-search-body>")
    end = source.find("</article>", start)
    parser = _ArticleParser()
    parser.feed(source[start:end])
    title = _H1.search(source, start)
    description = _DESCRIPTION.search(source)
    url = path.parent.relative_to(site).as_posix() + "/"
    return Page(
        url=url,
        title=html.unescape(TAG.sub("", title.group(1))).strip() if title else "",
        date=parser.date.strip(),
        iso=parser.iso,
        summary=html.unescape(description.group(1)) if description else "",
        people=[name.strip() for _, name in parser.people],
        text=" ".join(parser.text),
        people_pages=[(posixpath.normpath(posixpath.join(url, href)) + "/", name.strip())
                      for href, name in parser.people if href],
    )


def build_search_index(site: Path, *, part: bool = False, cores: bool = True) -> SearchReport:
    """Index the site's article and person pages, as read back from the built pages (see
    write_search_index). A `part` (a shard's site) indexes its articles alone, and lists the people
    they name for `merge_search_parts`. Without `cores`, in this process alone."""
    started = time.perf_counter()
    articles = map_on_cores(partial(read_article, site), list(site.glob("articles/*/index.html")), cores=cores)
    return dataclasses.replace(write_search_index(site, articles, part=part, cores=cores), seconds=time.perf_counter() - started)


def write_search_index(folder: Path, articles: list[Page], *, part: bool = False, cores: bool = True) -> SearchReport:
    """The index of `articles` and of their people's pages, written aside and then swapped in as
    `folder/search-index`: while it is built, a served site keeps searching the previous one. Without
    `cores`, in this process alone."""
    started = time.perf_counter()
    # Newest first: among equal matches the smaller id wins, and each year is one run of ids.
    articles.sort(key=lambda a: a.url)
    articles.sort(key=lambda a: a.iso, reverse=True)
    # The people's pages, as the articles link to them: their names are what their pages are found by.
    # People named too seldom to have a page are found by their articles alone.
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    named: dict[str, int] = defaultdict(int)
    for article in articles:
        for person in article.people_pages:
            mentions[person] += 1
        for name in article.people:
            named[name] += 1

    staging = folder / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    if part:
        _write_index(staging, articles, {}, {}, cores)
        listed = {"pages": [[url, name, count] for (url, name), count in sorted(mentions.items())],
                  "named": sorted(named.items())}
        (staging / MENTIONS).write_text(json.dumps(listed, ensure_ascii=False), "utf-8")
    else:
        _write_index(staging, articles, mentions, named, cores)
    size = folder_bytes(staging)
    shutil.rmtree(folder / INDEX_DIR, ignore_errors=True)
    staging.rename(folder / INDEX_DIR)
    return SearchReport(len(articles), 0 if part else len(mentions), time.perf_counter() - started, size)


def merge_search_parts(site: Path, names: list[str]) -> SearchReport:
    """One search over the shards' indexes, each moved to `search-index/<name>/` in the assembled site
    (names newest first): a meta.json listing them as parts, their ids one after the other, and a part
    of its own for the people, each once with their articles in every shard. search.js reads them."""
    started = time.perf_counter()
    index = site / INDEX_DIR
    parts, years, offset = [], {}, 0
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    named: dict[str, int] = defaultdict(int)  # people with a page or without
    for name in names:
        meta = json.loads((index / name / "meta.json").read_text("utf-8"))
        for year, (first, last) in meta["years"].items():
            span = years.setdefault(year, [first + offset, last + offset])
            span[0], span[1] = min(span[0], first + offset), max(span[1], last + offset)
        parts.append({"path": f"{name}/", "offset": offset, **{k: meta[k] for k in ("shards", "chunk", "pages")}})
        offset += meta["pages"]
        listed = json.loads((index / name / MENTIONS).read_text("utf-8"))
        for url, person, count in listed["pages"]:
            mentions[url, person] += count
        for person, count in listed["named"]:
            named[person] += count
    people = index / PEOPLE_PART
    shutil.rmtree(people, ignore_errors=True)
    people.mkdir()
    meta = _write_index(people, [], mentions, named)
    parts.append({"path": f"{PEOPLE_PART}/", "offset": offset, **{k: meta[k] for k in ("shards", "chunk", "pages")}})
    (index / "meta.json").write_text(json.dumps({"parts": parts, "articles": offset, "pages": offset + meta["pages"],
                                                 "years": years}), "utf-8")
    shutil.copy(people / "people.json", index / "people.json")
    return SearchReport(offset, len(mentions), time.perf_counter() - started, folder_bytes(index))


def _write_index(folder: Path, articles: list[Page], mentions: dict[tuple[str, str], int],
                 named: dict[str, int], cores: bool = True) -> dict:
    """The index of the articles and of the people's pages in `mentions` (with the number of articles
    naming them) into `folder`, with the person filter's suggestions from `named` (articles naming
    each person, with a page or without); returns its meta.json."""
    people = [Page(url=url, title=name, people=[name]) for url, name in sorted(mentions)]
    (folder / "keys").mkdir()
    (folder / "pages").mkdir()
    (folder / NEAR_DIR).mkdir()
    entries = _entries(articles + people, len(articles), cores)
    for name, text in near_files(entries).items():
        (folder / NEAR_DIR / f"{name}.txt").write_text(text, "utf-8")
    shards = max(1, -(-sum(len(key) + len(fields) + sum(map(len, fields)) for key, fields in entries.items())
                     // SHARD_BYTES))
    files: list[dict[str, list[str]]] = [{} for _ in range(shards)]
    for key, fields in entries.items():
        files[key_hash(key) % shards][key] = fields
    for number, file_entries in enumerate(files):
        (folder / "keys" / f"{number}.txt").write_text(key_file(file_entries), "utf-8")
    rows = [[a.url, a.title, a.date, a.summary] for a in articles]
    rows += [[p.url, p.title, "", mentions[p.url, p.title]] for p in people]
    for number in range(0, len(rows), DOC_CHUNK):
        (folder / "pages" / f"{number // DOC_CHUNK}.json").write_text(
            json.dumps(rows[number : number + DOC_CHUNK], ensure_ascii=False, separators=(",", ":")), "utf-8")
    years: dict[str, list[int]] = {}
    for number, article in enumerate(articles):
        if article.iso[:4].isdigit():
            years.setdefault(article.iso[:4], [number, number])[1] = number
    suggested = sorted(name for name, count in named.items() if len(named) <= SUGGEST_ALL_PEOPLE or count >= 2)
    meta = {"shards": shards, "articles": len(articles), "pages": len(rows), "chunk": DOC_CHUNK, "years": years}
    (folder / "meta.json").write_text(json.dumps(meta), "utf-8")
    (folder / "people.json").write_text(json.dumps(suggested, ensure_ascii=False), "utf-8")
    return meta


def key_file(entries: dict[str, list[str]]) -> str:
    """A file of keys (search.js reads it): a line a key, in order, the key and its fields after tabs,
    which neither keys nor fields hold (a third of the bytes of a JSON object's quotes, colons, brackets
    and commas). A line starts with a character saying how much of the previous line's key starts its key
    too, in UTF-16 code units as JavaScript counts them, and goes on with the rest."""
    lines: list[str] = []
    previous = ""
    for key in sorted(entries):
        shared = len(commonprefix([previous, key]))
        while _utf16_length(key[:shared]) > SHARED_MAX:
            shared -= 1
        lines.append("\t".join([SHARED_DIGITS[_utf16_length(key[:shared])] + key[shared:], *entries[key]]))
        previous = key
    return "\n".join(lines)


def near_files(keys: Iterable[str]) -> dict[str, str]:
    """The files of `near/` (see NEAR_DIR) listing the words among `keys`, as files of keys without fields."""
    heads: dict[str, dict[str, list[str]]] = defaultdict(dict)
    tails: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for key in keys:
        if _NEAR_WORD.fullmatch(key):
            heads[f"{key[0]}{len(key)}"][key] = []
            tails[f"{len(key)}{key[-1]}"][key[::-1]] = []
    return {name: key_file(words) for name, words in chain(heads.items(), tails.items())}


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def pack(numbers: Iterable[int]) -> str:
    """Numbers of 0 or more as DIGITS: each its base-BASE digits, the last one from the second half."""
    return "".join(map(_PACKED.__getitem__, numbers))


def _pack_one(number: int) -> str:
    digits = [DIGITS[BASE + number % BASE]]
    number //= BASE
    while number:
        digits.append(DIGITS[number % BASE])
        number //= BASE
    return "".join(reversed(digits))


class _Packed(dict):
    """Nearly every posting is three digits or fewer: those are written once, here, and looked up, not
    written digit by digit at every use; longer ones are."""

    def __missing__(self, number: int) -> str:
        return _pack_one(number)


_LAST, _LEADING = DIGITS[BASE:], DIGITS[1:BASE]
_PACKED = _Packed(enumerate([*_LAST, *(a + z for a in _LEADING for z in _LAST),
                             *(a + b + z for a in _LEADING for b in DIGITS[:BASE] for z in _LAST)]))


@lru_cache(maxsize=1024)
def mark_code(letter: str, plain: str) -> int | None:
    """The code of the marks that make `plain` into `letter`, None if marks cannot."""
    return next((code for code in range(MARK_CODES) if add_mark(plain, code) == letter), None)


def add_mark(plain: str, code: int) -> str:
    if code == STROKE:
        return "đ" if plain == "d" else plain
    vowel, tone = divmod(code, len(TONE_MARKS))
    return unicodedata.normalize("NFC", plain + VOWEL_MARKS[vowel] + TONE_MARKS[tone])


def pack_form(form: str, key: str) -> str:
    """A marked form of a key as the marks added to it (see MARK_CODES)."""
    written: list[str] = []
    gap = 0
    for letter, plain in zip(form, key) if len(form) == len(key) else ():
        if letter == plain:
            gap += 1
            continue
        code = mark_code(letter, plain)
        if code is None:
            break
        while gap > 2:
            written.append(DIGITS[2 * MARK_CODES])  # two letters of the key's, and a third unmarked
            gap -= 3
        written.append(DIGITS[gap * MARK_CODES + code])
        gap = 0
    else:
        if written:
            return "".join(written)
    return " " + form


def _entries(pages: list[Page], articles: int, cores: bool = True) -> dict[str, list[str]]:
    """Each key's fields: `forms..., postings` for a syllable or pair (`forms` its commonest marked
    forms, each packed by `pack_form`, the postings by `pack`); under `p:name`, the ids of the pages of
    people so named (or whose name ends so: `_short_names`) and of their articles, as JSON; the
    commonest completions of a prefix under `v:prefix`, as JSON. The pages are read, and the keys
    written, on every core with `cores`."""
    parts = (os.cpu_count() or 1) if cores and len(pages) >= PARALLEL_FROM else 1
    spans = [range(len(pages) * i // parts, len(pages) * (i + 1) // parts) for i in range(parts)]
    postings, where, marked, of_person = _merged(map_on_cores(partial(_postings, pages), spans, parallel_from=2))

    forms_of: dict[str, list[str]] = defaultdict(list)
    for form in marked:
        forms_of[" ".join(fold(s) for s in form.split(" "))].append(form)

    def entry(key: str) -> list[str]:
        ids = postings[key]
        common = sorted(forms_of.get(key, []), key=lambda f: (-len(marked[f]), f))[:FORMS]
        flags = [dict.fromkeys(marked[form], FORM << i) for i, form in enumerate(common)]
        if key in where:
            flags.append(where[key])
        # Each posting's bits are set once at most, so adding them is or-ing them: `map` adds them, and no
        # line of Python runs per posting.
        numbers = map(lshift, map(sub, ids, chain([-1], ids)), repeat(FLAG_BITS))
        for bits in flags:
            numbers = map(add, numbers, map(bits.get, ids, repeat(0)))
        return [*(pack_form(form, key) for form in common), pack(numbers)]

    keys = list(postings)
    entries = dict(zip(keys, map_on_cores(entry, keys, cores=cores)))
    completions: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, ids in postings.items():
        if " " not in key:
            for length in PREFIXES:
                if len(key) > length:
                    completions[key[:length]].append((len(ids), key))
    for key, ids in of_person.items():
        unique = sorted(set(ids))
        entries[key] = [json.dumps([[i for i in unique if i >= articles], [i for i in unique if i < articles]],
                                   separators=(",", ":"))]
    for end, name in _short_names(pages[articles:]).items():
        entries[end] = [json.dumps(name, ensure_ascii=False)]
    for prefix, words in completions.items():
        words.sort(key=lambda w: (-w[0], w[1]))
        entries["v:" + prefix] = [json.dumps([w for _, w in words[:COMPLETIONS]], ensure_ascii=False,
                                             separators=(",", ":"))]
    return entries


def _merged(found: list[tuple[dict, dict, dict, dict]]) -> tuple[dict, dict, dict, dict]:
    """The keys of spans of pages (`_postings`), as if one pass had read them all: each span's ids follow
    the last's. The lists are new: a span's may be both a key's and a marked form's."""
    postings: dict[str, list[int]] = defaultdict(list)
    where: dict[str, dict[int, int]] = defaultdict(dict)
    marked: dict[str, list[int]] = defaultdict(list)
    of_person: dict[str, list[int]] = defaultdict(list)
    for part in found:
        for merged, lists in zip((postings, marked, of_person), (part[0], part[2], part[3])):
            for key, ids in lists.items():
                merged[key].extend(ids)
        for key, bits in part[1].items():
            where[key].update(bits)
    return postings, where, marked, of_person


def _short_names(people: list[Page]) -> dict[str, str]:
    """The ends of people's names that readers type alone (`cong phuong`, `trump`), under `p:`, each
    pointing to the name of the one person with a page whose name it ends (search.js follows it); an
    end of several people's names, or the name of a person with a page, is left out."""
    owners: dict[str, set[str]] = defaultdict(set)
    names = set()
    for person in people:
        folded = [fold(s) for s in syllables(person.title)]
        names.add("p:" + " ".join(folded))
        for start in range(1, len(folded)):
            owners["p:" + " ".join(folded[start:])].add("p:" + " ".join(folded))
    return {end: full for end, (full, *others) in owners.items() if not others and end not in names}


PAIR = 1 << 32  # more than any archive's distinct syllables
# Runs the calls an iterator makes, keeping none of their results.
_consume = partial(deque, maxlen=0)


class _Syllables(dict):
    """Each syllable's number, given at first sight, with the number of its folded form in `folded` and
    the syllable in `names`: a page's keys are then made by looking numbers up, not by folding and joining
    strings at every occurrence. A pair's number is `first * PAIR + second`."""

    def __init__(self):
        super().__init__()
        # 0 is no syllable's, so that no pair's number is a syllable's.
        self.names: list[str] = [""]
        self.folded: list[int] = [0]

    def __missing__(self, syllable: str) -> int:
        number = self[syllable] = len(self.names)
        self.names.append(syllable)
        self.folded.append(number)
        folded = fold(syllable)
        if folded != syllable:
            self.folded[number] = self[folded]
        return number

    def name(self, key: int) -> str:
        if key < PAIR:
            return self.names[key]
        first, second = divmod(key, PAIR)
        return f"{self.names[first]} {self.names[second]}"

    def folded_key(self, key: int) -> int:
        if key < PAIR:
            return self.folded[key]
        first, second = divmod(key, PAIR)
        return self.folded[first] * PAIR + self.folded[second]


def _keys(numbers: list[int]) -> list[int]:
    """The syllables' numbers followed by those of their adjacent pairs."""
    return numbers + list(map(add, map(mul, numbers, repeat(PAIR)), numbers[1:]))


def _postings(pages: list[Page], span: range) -> tuple[dict, dict, dict, dict]:
    """The keys of pages `span` (ids are places in `pages`): the pages holding each key, their title and
    people bits where set, the pages holding each marked form, and those naming each person."""
    numbered = _Syllables()
    folded_of = numbered.folded
    # The pages holding each key as written (lowercase, one tone placement): a key's folded form is held
    # by the pages holding any of its forms, so pages are listed once a key, not once more a marked form.
    holding: dict[int, list[int]] = defaultdict(list)
    where: dict[int, dict[int, int]] = defaultdict(dict)  # title and people bits, for the few keys that have any
    of_person: dict[str, list[int]] = defaultdict(list)
    # Each person's keys as written and folded, and key of their pages: the same people recur page after page.
    named: dict[str, tuple[list[int], list[int], str]] = {}
    for number in span:
        page = pages[number]
        words = syllables(page.text) if page.words is None else page.words
        keys = dict.fromkeys(_keys(list(map(numbered.__getitem__, words))))
        title = list(map(numbered.__getitem__, syllables(page.title)))
        keys.update(dict.fromkeys(_keys(title)))
        people: list[int] = []
        for name in page.people:
            if name not in named:
                exact = list(map(numbered.__getitem__, syllables(name)))
                folded = list(map(folded_of.__getitem__, exact))
                named[name] = _keys(exact), _keys(folded), "p:" + " ".join(map(numbered.names.__getitem__, folded))
            written, folded, person = named[name]
            keys.update(dict.fromkeys(written))
            people += folded
            of_person[person].append(number)
        flags = dict.fromkeys(people, PEOPLE)
        for key in _keys(list(map(folded_of.__getitem__, title))):
            flags[key] = flags.get(key, 0) | TITLE
        # Nearly all of the index's postings: appended by `map`, so that no line of Python runs for each.
        _consume(map(list.append, map(holding.__getitem__, keys), repeat(number)))
        _consume(map(dict.__setitem__, map(where.__getitem__, flags), repeat(number), flags.values()))

    forms: dict[int, list[int]] = defaultdict(list)
    for key in holding:
        forms[numbered.folded_key(key)].append(key)
    text = numbered.name
    postings = {text(key): holding[written[0]] if len(written) == 1 else sorted(set().union(*map(holding.get, written)))
                for key, written in forms.items()}
    marked = {text(key): holding[key] for key in holding if key != numbered.folded_key(key)}
    return postings, {text(key): bits for key, bits in where.items()}, marked, of_person
