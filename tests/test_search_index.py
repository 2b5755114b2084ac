"""The search index's reading of Vietnamese, which docs/assets/search.js repeats in the browser."""

from __future__ import annotations

import json
import unicodedata

from generator.search_index import (BASE, DIGITS, MARK_CODES, STROKE, TONE_MARKS, VOWEL_MARKS, Page, _entries, fold,
                                    key_file, key_hash, pack, pack_form, read_article, syllables)


def test_fold_drops_marks_and_reads_d_for_d_stroke():
    assert fold("Đinh La Thăng") == "dinh la thang"
    assert fold("ĐƯỜNG") == "duong"


def test_syllables_are_lowercase_with_one_tone_placement():
    assert syllables("Thanh Hoá, thuỷ điện; HOÀ BÌNH") == ["thanh", "hóa", "thủy", "điện", "hòa", "bình"]
    # `qu` is a consonant, and a final consonant keeps the mark where it is.
    assert syllables("quý khuỳnh hoàng") == ["quý", "khuỳnh", "hoàng"]
    assert syllables("Covid-19 ở Hà Nội") == ["covid", "19", "ở", "hà", "nội"]


def test_key_hash_is_fnv_1a_over_utf8():
    # The browser computes the same number to find a key's file.
    assert key_hash("") == 0x811C9DC5
    assert key_hash("a") == 0xE40C292C


def unpack(text: str) -> list[int]:
    """As search.js reads a key's postings."""
    numbers, number = [], 0
    for digit in map(DIGITS.index, text):
        if digit < BASE:
            number = number * BASE + digit
        else:
            numbers.append(number * BASE + digit - BASE)
            number = 0
    return numbers


def unpack_form(key: str, packed: str) -> str:
    """As search.js reads a key's marked form."""
    if packed.startswith(" "):
        return packed[1:]
    letters, at = list(key), 0
    for value in map(DIGITS.index, packed):
        at += value // MARK_CODES
        code = value % MARK_CODES
        vowel, tone = divmod(code, len(TONE_MARKS))
        letters[at] = ("đ" if code == STROKE else
                       unicodedata.normalize("NFC", letters[at] + VOWEL_MARKS[vowel] + TONE_MARKS[tone]))
        at += 1
    return "".join(letters)


def test_postings_are_packed_into_fewer_bytes_than_decimal_and_read_back():
    numbers = [0, 1, BASE - 1, BASE, BASE * BASE, 41_999, 7 << 5 | 3]
    assert unpack(pack(numbers)) == numbers
    assert len(pack([41_999])) == 3
    assert '"' not in DIGITS and "\\" not in DIGITS


def test_marked_forms_are_written_as_their_marks_and_read_back():
    for form in ("người dân", "đồng bằng", "thủy điện", "chương trình khuyến mại", "ợ"):
        key = fold(form)
        packed = pack_form(form, key)
        assert unpack_form(key, packed) == form
        assert len(packed.encode()) < len(form.encode()) / 2
    # A mark the Vietnamese alphabet does not have (x with a tilde) is written whole.
    assert pack_form("x\u0303a", "xa") == " x\u0303a"
    assert unpack_form("xa", pack_form("x\u0303a", "xa")) == "x\u0303a"


def read_key_file(text: str) -> dict[str, list[str]]:
    """As search.js reads a file of keys."""
    keys, previous = {}, ""
    for line in filter(None, text.split("\n")):
        rest, *fields = line[1:].split("\t")
        previous = previous.encode("utf-16-le")[: 2 * (ord(line[0]) - 0x21)].decode("utf-16-le") + rest
        keys[previous] = fields
    return keys


def test_a_file_of_keys_writes_what_keys_share_once_and_reads_back():
    entries = {"dinh": ["Z", "u#g"], "dinh la": ["Z$", "u"], "dinh la thang": ["]", "v"], "la": ["u"],
               "p:dinh la thang": ["[[3],[0,1]]"], "v:di": ['["dinh","dien"]'], "𝐀𝐁c": ["u"], "𝐀𝐁d": ["v"],
               "x" * 120: ["u"], "x" * 121: ["v"]}
    text = key_file(entries)
    assert read_key_file(text) == entries
    assert "\n% la\t" in text  # "dinh la" after "dinh": four characters shared, then " la"
    assert len(text.encode()) < len(json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()) * 0.7


def test_an_article_s_people_are_read_from_its_people_line_and_kept_out_of_its_text(tmp_path):
    page = tmp_path / "articles/a/index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<article><div data-search-body><h1 id="t">Tin</h1>'
        '<p class="archive-people"><strong>Nhân vật:</strong> '
        '<a href="../../people/tran-van-hai/">Trần Văn Hai</a>, <span>Lê Thị Một</span></p>'
        '<p>Ông Hai đến <a href="../b/">một bài khác</a>.</p></div></article>', "utf-8")
    read = read_article(tmp_path, page)
    assert read.people == ["Trần Văn Hai", "Lê Thị Một"]
    assert read.people_pages == [("people/tran-van-hai/", "Trần Văn Hai")]
    assert "Nhân vật" not in read.text and "Lê Thị Một" not in read.text and "một bài khác" in read.text


def test_a_person_is_found_by_the_end_of_their_name_that_is_theirs_alone():
    names = ["Nguyễn Công Phượng", "Trần Văn Phượng", "Donald Trump", "Hải Nam", "Lê Hải Nam"]
    # An article naming `Trump` alone, whom the archive did not make the one with a page.
    articles = [Page(url=f"articles/{i}/", title="Tin", people=[name]) for i, name in enumerate([*names, "Trump"])]
    people = [Page(url=f"people/{i}/", title=name, people=[name]) for i, name in enumerate(names)]
    entries = _entries(articles + people, len(articles))
    # The end points to the whole name, whose entry lists the person's page and articles.
    assert entries["p:cong phuong"] == ['"p:nguyen cong phuong"'] and entries["p:nguyen cong phuong"] == ["[[6],[0]]"]
    assert entries["p:trump"] == ['"p:donald trump"']
    assert "p:phuong" not in entries  # the end of two names
    assert entries["p:hai nam"] == ["[[9],[3]]"]  # a person with a page keeps their name
