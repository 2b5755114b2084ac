"""Vietnamese alphabetical order of people: the sort key, the letter each name is listed under, and
the letters' addresses."""

from __future__ import annotations

import unicodedata

import pytest

from generator.collation import initial, name_order, title_order
from generator.render.paths import letter_slug


@pytest.mark.parametrize(
    "before, after",
    [
        ("Dương Văn Minh", "Đặng Thị Ngọc"),  # Đ is a letter of its own after D, whatever follows it
        ("Đỗ Hùng", "Em"),  # ... and before E
        ("Anh", "Ánh"),  # a tone only breaks the tie
        ("a", "á"),
        ("á", "ă"),  # ă is a letter after a: every a, toned or not, comes first
        ("ă", "â"),
        ("â", "b"),
        ("Ạnh", "Azam"),  # tones never outweigh letters
        ("Ánh", "Ăn"),
        ("Oanh", "Ông"),
        ("Ông", "Ơn"),
        ("Uy", "Ưng"),
        ("Le Van", "Lê An"),
        ("Ành", "Ảnh"),  # tones in dictionary order: grave, hook, tilde, acute, dot below
        ("Ảnh", "Ãnh"),
        ("Ãnh", "Ánh"),
        ("Ánh", "Ạnh"),
        ("An Bình", "Anh"),  # a name's words end before a longer word goes on
        ("Muller", "Müller"),  # other languages' accents break ties like tones
        ("Müller", "Mullins"),
        ("42 Nguyễn", "Aaron"),  # names that do not start with a letter come first, under #
        ("Joe Biden", "joe biden"),  # different names never tie
    ],
)
def test_vietnamese_order(before, after):
    assert name_order(before) < name_order(after)


def test_sorting_a_list_of_names():
    names = ["Đặng Văn Lâm", "Em Hạnh", "Ánh Viên", "Dương Minh", "Anh Tú", "Âu Cơ", "Ăn Sương", "Ưng Hoàng Phúc"]
    assert sorted(names, key=name_order) == [
        "Anh Tú", "Ánh Viên", "Ăn Sương", "Âu Cơ", "Dương Minh", "Đặng Văn Lâm", "Em Hạnh", "Ưng Hoàng Phúc",
    ]


def test_case_spacing_and_unicode_form_only_break_ties():
    composed = "Đặng  Văn Lâm"
    decomposed = unicodedata.normalize("NFD", "đặng văn lâm")
    assert name_order(composed)[:2] == name_order(decomposed)[:2]
    assert name_order(composed) != name_order(decomposed)


@pytest.mark.parametrize(
    "name, letter",
    [
        ("Ánh Viên", "A"),
        ("ảnh", "A"),
        ("Ăn Sương", "Ă"),
        ("Âu Cơ", "Â"),
        ("đặng văn lâm", "Đ"),
        ("Dương Minh", "D"),
        ("Özil", "O"),
        ("Ưng Hoàng Phúc", "Ư"),
        ("42 Nguyễn", "#"),
        ("Łukasz", "#"),
        ("Иван", "#"),
    ],
)
def test_initial(name, letter):
    assert initial(name) == letter


def test_every_letter_has_an_ascii_address():
    letters = ["A", "Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư", "Z", "#"]
    assert [letter_slug(letter) for letter in letters] == [
        "a", "a-breve", "a-circumflex", "d-stroke", "e-circumflex", "o-circumflex", "o-horn", "u-horn", "z", "other",
    ]


def test_titles_in_dictionary_order_from_their_first_word():
    titles = ["Bình minh", "“Bầu trời” mới", "Bí mật", "Bắc cực", "Băng tan", "Bầu cử", "Bắt giữ", "– Ăn Tết"]
    assert sorted(titles, key=title_order) == [
        "– Ăn Tết", "Bắc cực", "Băng tan", "Bắt giữ", "Bầu cử", "“Bầu trời” mới", "Bí mật", "Bình minh",
    ]


def test_undated_articles_listed_by_title_in_vietnamese_order():
    from generator.index import newest_first
    from generator.model import Article, ArticleDate

    def article(title):
        return Article(title, title, title, title, ArticleDate(), "vi", (), (), (), 1, "")

    titles = [a.title for a in newest_first([article(t) for t in ("Bình", "Bí", "Bầu", "Băng")])]
    assert titles == ["Băng", "Bầu", "Bí", "Bình"]
