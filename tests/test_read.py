"""The reader: decoding, the date header in each accepted form, paragraphs, and clear errors."""

from __future__ import annotations

import unicodedata

import pytest

from generator.errors import ArticleError
from generator.model import ArticleDate, Precision
from generator.read.dates import parse_date
from generator.read import read_file
from generator.read.decode import decode as decode_bytes
from generator.read.plain import parse_plain as parse_article
from tests.conftest import SAMPLE


def decode(data: bytes, source: str) -> str:
    return decode_bytes(data, source).text


def test_sample_header_and_paragraphs():
    raw = parse_article(decode(SAMPLE.read_bytes(), "s.txt"), "s.txt")
    assert raw.date == ArticleDate(2024, 3)
    assert raw.date.precision is Precision.MONTH
    assert len(raw.paragraphs) == 16
    # The body starts on the header's own line, after the date.
    assert raw.paragraphs[0].startswith("Israel đã hủy chuyến đi")


@pytest.mark.parametrize(
    "first_line, expected",
    [
        (" date 2024-03 Body.", ArticleDate(2024, 3)),  # the sample's form
        ("date 2024-03-25 Body.", ArticleDate(2024, 3, 25)),  # a full day
        ("date: 2024-03-25 Body.", ArticleDate(2024, 3, 25)),  # with a colon
        ("Date 2024 Body.", ArticleDate(2024)),  # a year alone, capitalised keyword
        ("Body without header.", ArticleDate()),  # no header: date unknown
    ],
)
def test_date_header_forms(first_line, expected):
    raw = parse_article(first_line + "\n\nSecond paragraph.", "a.txt")
    assert raw.date == expected
    assert raw.paragraphs[0].endswith("Body.") or raw.paragraphs[0] == "Body without header."
    assert not raw.warnings


def test_no_header_keeps_every_word():
    raw = parse_article("Tin không ngày.\n\nĐoạn hai.", "a.txt")
    assert raw.date.precision is Precision.UNKNOWN
    assert raw.paragraphs == ("Tin không ngày.", "Đoạn hai.")


@pytest.mark.parametrize("value, reason", [("2024-13", "month 13"), ("2024-02-30", "day 30"), ("2024-3-x", "unreadable")])
def test_impossible_dates_are_warnings_naming_the_line(value, reason):
    raw = parse_article(f"date {value} Body text.", "bad.txt")
    assert raw.date == ArticleDate()
    (warning,) = raw.warnings
    assert str(warning).startswith("bad.txt:1: ")
    assert reason in warning.message
    assert "YYYY-MM-DD" in warning.hint


def test_leap_day_is_a_real_date():
    assert parse_date("2024-02-29") == ArticleDate(2024, 2, 29)


def test_text_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "date 2024-03 Ông Trọng phát biểu.")
    raw = parse_article(decode(decomposed.encode(), "a.txt"), "a.txt")
    assert raw.paragraphs[0] == unicodedata.normalize("NFC", "Ông Trọng phát biểu.")


def test_several_blank_lines_and_crlf_separate_paragraphs():
    raw = parse_article(decode(b"date 2024 One.\r\n\r\n\r\n  \r\nTwo.\r\nstill two.", "a.txt"), "a.txt")
    assert raw.paragraphs == ("One.", "Two.\nstill two.")


def test_byte_order_marks_are_read():
    assert decode("\ufeffdate 2024 Xin chào".encode(), "a.txt").startswith("date 2024")
    assert decode("date 2024 Xin chào".encode("utf-16"), "a.txt") == "date 2024 Xin chào"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"date 2024 ok\nbad\x00bytes", "binary file"),
    ],
)
def test_bad_files_raise_with_path_and_line(data, message):
    with pytest.raises(ArticleError) as caught:
        decode(data, "x/bad.txt")
    problem = caught.value.problem
    assert problem.path == "x/bad.txt"
    assert message in problem.message
    assert problem.hint
    if message != "empty file":
        assert problem.line == 2


def test_header_alone_is_an_error():
    with pytest.raises(ArticleError, match="no text after the date header"):
        parse_article(" date 2024-03   ", "a.txt")


def test_html_character_references_left_by_an_export_are_read_and_noted(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-03-25 Tin đầu.\n\nHợp đồng với&nbspT&ampT Group, AT&T, R&D,"
                                    "&nbsp;&quotmới&quot; &amp; &copy; 2024 &#8220;x&#8221;.", "utf-8")
    (article,), problems = read_file(tmp_path / "a.txt", tmp_path)
    # Cut from their `;`, glued to the next word, as exports leave them: read. Written whole: text.
    assert article.paragraphs[1] == "Hợp đồng với T&T Group, AT&T, R&D, \"mới&quot; &amp; &copy; 2024 &#8220;x&#8221;."
    (note,) = problems
    assert (note.path, note.line, note.level) == ("a.txt", 3, "note")
    assert note.message == "4 HTML character references (&nbsp, &amp, &quot) read as the characters they stand for"
    # Text without them is read as written, with nothing to report.
    (tmp_path / "b.txt").write_text(" date 2024-03-25 AT&T và R&D, &amp; &copy;.", "utf-8")
    (article,), problems = read_file(tmp_path / "b.txt", tmp_path)
    assert article.paragraphs == ("AT&T và R&D, &amp; &copy;.",) and problems == []


def test_text_once_read_in_another_encoding_and_saved_again_is_repaired_and_reported(tmp_path):
    body = "Ông Nguyễn Văn Kowal nói với người dân ở Đà Nẵng.\n\nGiá vé £12 – “rẻ”."
    garbled = body.encode("utf-8").decode("latin-1")  # what a tool reading UTF-8 as Latin-1 saves again
    (tmp_path / "a.txt").write_text(" date 2024-03-25 Tin đầu.\n\n" + garbled, "utf-8")
    (article,), problems = read_file(tmp_path / "a.txt", tmp_path)
    assert article.paragraphs[1:] == tuple(body.split("\n\n"))
    (note,) = problems
    assert (note.path, note.line, note.level) == ("a.txt", 3, "note")
    assert "repaired (`Ông` and the like)" in note.message and "UTF-8" in note.hint
    # Letters that only look like it, in capitals, stay as written, with nothing to report.
    (tmp_path / "b.txt").write_text(" date 2024-03-25 NGÃ BA HUẾ và chữ Â.", "utf-8")
    (article,), problems = read_file(tmp_path / "b.txt", tmp_path)
    assert article.paragraphs == ("NGÃ BA HUẾ và chữ Â.",) and problems == []


def test_a_csv_export_is_read_a_row_an_article_and_a_bad_row_is_named_by_its_line(tmp_path):
    (tmp_path / "export.csv").write_text(
        "title,date,text,author,people,topic\n"
        'Tin một,2024-03-25,"Ông Nguyễn Văn Kowal nói.\n\nĐoạn hai, có ""ngoặc"".",Hà Dorval,Lê Kessel; Trần Oster,x\n'
        "Tin hai,2024-02-30,Bà Lê Thị Dorval đến.,,,y\n"
        "chỉ,hai cột\n"
        "Tin ba,2024-03-26,,,,z\n", "utf-8")
    articles, problems = read_file(tmp_path / "export.csv", tmp_path)
    first, second = articles
    # A quoted field keeps its commas, quotes and blank lines: the paragraphs are the text's.
    assert first.paragraphs == ("Ông Nguyễn Văn Kowal nói.", 'Đoạn hai, có "ngoặc".')
    assert (first.meta.title, first.meta.author, first.meta.people) == ("Tin một", "Hà Dorval", ("Lê Kessel", "Trần Oster"))
    assert first.meta.extra == (("topic", "x"),) and first.date == ArticleDate(2024, 3, 25)
    # A row that starts after a field of three lines is named by the line it starts on.
    assert second.date == ArticleDate() and second.paragraphs == ("Bà Lê Thị Dorval đến.",)
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (5, "'date': impossible date 2024-02-30 (day 30)"),
        (6, "2 columns where the header names 6"),
        (7, "no `text` or `html` field with the article's text"),
    ]
    (tmp_path / "plain.csv").write_text("title,body\nTin,Nội dung\n", "utf-8")
    with pytest.raises(ArticleError, match="no `text` or `html` column"):
        read_file(tmp_path / "plain.csv", tmp_path)
