"""The search index's reading of Vietnamese, which docs/assets/search.js repeats in the browser."""

from __future__ import annotations

import json
import unicodedata

from generator.search_index import (BASE, DIGITS, FLAG_BITS, FORM, MARK_CODES, PEOPLE, STROKE, TITLE, TONE_MARKS,
                                    VOWEL_MARKS, Page, _entries, _merged, _postings, fold, key_file, key_hash, pack,
                                    pack_form, read_article, syllables)


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
    # Numbers of up to three digits are looked up, longer ones written digit by digit: both read back.
    numbers = list(range(BASE**3 + BASE))
    assert unpack(pack(numbers)) == numbers
    assert len(pack([BASE**3 - 1])) == 3 and len(pack([BASE**3])) == 4


def test_marked_forms_are_written_as_their_marks_and_read_back():
    for form in ("người dân", "đồng bằng", "thủy điện", "chương trình khuyến mại", "ợ"):
        key = fold(form)
        packed = pack_form(form, key)
        assert unpack_form(key, packed) == form
        assert len(packed.encode()) < len(form.encode()) / 2
    # A mark the Vietnamese alphabet does not have (x with a tilde) is written whole.
    assert pack_form("x\u0303a", "xa") == " x\u0303a"
    assert unpack_form("xa", pack_form("x\u0303a", "xa")) == "x\u0303a"


def test_a_key_lists_its_pages_with_where_they_hold_it_and_which_marked_forms():
    pages = [Page(url="a/", title="Tin", text="Thắng lợi ở thang", people=["Đinh Thắng"]),
             Page(url="b/", title="Thắng lớn", text="tháng ba thắng"),
             Page(url="c/", title="Tin", text="thang gỗ"),
             Page(url="d/", title="Tin", text="một tin khác")]
    entries = _entries(pages, len(pages))

    def read(key: str) -> tuple[list[str], list[tuple[int, int]]]:
        *forms, packed = entries[key]
        ids, previous = [], -1
        for number in unpack(packed):
            previous += number >> FLAG_BITS
            ids.append((previous, number & ((1 << FLAG_BITS) - 1)))
        return [unpack_form(key, form) for form in forms], ids

    # The commonest marked form first; the unmarked one is no marked form.
    assert read("thang") == (["thắng", "tháng"], [(0, PEOPLE | FORM), (1, TITLE | FORM | FORM << 1), (2, 0)])
    assert read("dinh thang") == (["đinh thắng"], [(0, PEOPLE | FORM)])
    assert read("thang go") == (["thang gỗ"], [(2, FORM)])
    assert read("tin") == ([], [(0, TITLE), (2, TITLE), (3, TITLE)])
    assert "khac" in entries and "ba thang" in entries and "tin thang" not in entries


def test_spans_of_pages_read_apart_and_merged_are_as_one_pass():
    texts = ["thắng lớn", "tháng ba", "thắng", "thang máy", "một thắng lớn"]
    pages = [Page(url=f"{i}/", title="Thắng" if i % 2 else "Tin", text=text, people=["Đinh Thắng"] if i == 3 else [])
             for i, text in enumerate(texts)]
    whole = _postings(pages, range(len(pages)))
    assert whole[0]["thang lon"] == whole[2]["thắng lớn"] == [0, 4]
    assert _merged([_postings(pages, range(2)), _postings(pages, range(2, len(pages)))]) == whole


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
