"""Bad, messy and hostile input: every fixture either builds into a correct, safe page or is
skipped with one clear line; nothing of an article's text is lost, nothing of it becomes markup."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.build import build, slug_source
from generator.read import read_file
from tests.conftest import ROOT, SAMPLE, copy_site_setup, settings_for

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
HUGE_BYTES = 5_000_000

# Every problem the fixtures must produce, word for word: path, line, what is wrong, what to do.
EXPECTED_PROBLEMS = {
    # The market in the saved page (`chợ Đồng Xuân`) is listed for an editor, as every name set aside is.
    "people: 1 names that look like people were set aside by a rule; see {report}; add short names as aliases"
    " in people.yml, and a set-aside name as '- name: ...' under 'people:'",
    "binary.txt:3: binary file, not text; remove it from the articles folder",
    "duplicate_of_sample.txt:1: same text as 000_67ba8191cee16773.txt; built once; delete one of them",
    "empty.txt:1: empty file; write the article's text into it or delete it",
    "whitespace_only.txt:1: empty file; write the article's text into it or delete it",
    "export.jsonl:3: not valid JSON (Expecting property name enclosed in double quotes at column 2); "
    "write one JSON object per line",
    "export.jsonl:4: 'date': impossible date 2024-02-30 (day 30); write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "impossible_day.txt:1: impossible date 2024-02-30 (day 30) in the date header; "
    "write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "impossible_month.txt:1: impossible date 2024-13 (month 13) in the date header; "
    "write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "orphan.yml: override file without an article beside it; name it like the article it corrects, or delete it",
    "utf16.txt: decoded as UTF-16, not UTF-8; save it as UTF-8",
    "viscii.txt: decoded as VISCII, not UTF-8; save it as UTF-8",
    "windows1258.txt: decoded as Windows-1258, not UTF-8; save it as UTF-8",
}
NOTES = {"people", "utf16.txt", "viscii.txt", "windows1258.txt"}


def make_huge_article(path: Path) -> None:
    """5 MB of the sample's paragraphs, each numbered so that no two are alike."""
    paragraphs = SAMPLE.read_text("utf-8").split("\n\n")[1:]
    chunks, size, number = [], 0, 0
    while size < HUGE_BYTES:
        chunk = f"{paragraphs[number % len(paragraphs)]} (đoạn {number})"
        chunks.append(chunk)
        size += len(chunk.encode()) + 2
        number += 1
    path.write_text("date 2024-03-30 " + "\n\n".join(chunks), "utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fixtures")
    copy_site_setup(folder)
    shutil.copytree(FIXTURES, folder / "articles", dirs_exist_ok=True)
    shutil.copy(SAMPLE, folder / "articles")
    make_huge_article(folder / "articles" / "huge.txt")
    return folder


@pytest.fixture(scope="module")
def report(folder):
    return build(settings_for(folder))


@pytest.fixture(scope="module")
def pages(report, folder) -> dict[str, dict]:
    """Front matter of every article page, by its source id."""
    result = {}
    for article in report.archive.articles:
        text = (folder / "docs" / "articles" / f"{article.slug}.md").read_text("utf-8")
        result[article.id] = yaml.safe_load(text.split("---\n")[1]) | {"_slug": article.slug, "_page": text}
    return result


def test_every_problem_is_named_once(report, folder):
    people_report = folder / ".archive-cache" / "people-report.txt"
    assert {str(p) for p in report.problems} == {p.format(report=people_report) for p in EXPECTED_PROBLEMS}
    assert {p.path for p in report.problems if p.level == "note"} == NOTES
    assert len(report.problems) == len(EXPECTED_PROBLEMS)


def test_good_articles_all_build(report):
    assert sorted(a.id for a in report.archive.articles) == sorted([
        "000_67ba8191cee16773.txt", "corrected.md", "date_slashes.txt", "date_vietnamese_words.txt",
        "export.jsonl#a1", "export.jsonl#a2", "export.jsonl#a4", "huge.txt", "iframe.txt", "impossible_day.txt",
        "impossible_month.txt", "javascript_link.txt", "jinja.txt", "markdown_structure.txt", "nfd.txt",
        "no_date.txt", "onerror.txt", "saved_page.html", "script.txt", "tin..mới.txt", "title_quotes.md",
        "tên có dấu cách.txt", "utf16.txt", "utf8_bom.txt", "viscii.txt", "windows1258.txt", "with_override.txt",
    ])


@pytest.mark.parametrize("name", ["utf8_bom.txt", "utf16.txt", "windows1258.txt", "viscii.txt", "nfd.txt"])
def test_every_encoding_reads_as_the_same_vietnamese(pages, name):
    page = pages[name]
    assert page["people"] == ["Nguyễn Thị Lan"]  # NFC, whatever the bytes were
    assert page["date"] == "2024-03-25"
    body = page["_page"]
    assert unicodedata.is_normalized("NFC", body)
    assert "Bà Nguyễn Thị Lan, chủ một cửa hàng ở Huế, cho biết giá gạo đã tăng mạnh trong tuần qua." in body
    assert "\ufeff" not in body


@pytest.mark.parametrize(
    "name, date, precision",
    [
        ("date_slashes.txt", "2024-03-25", "day"),
        ("date_vietnamese_words.txt", "2024-03-25", "day"),
        ("no_date.txt", None, "unknown"),
        ("impossible_month.txt", None, "unknown"),  # reported, then built undated
        ("impossible_day.txt", None, "unknown"),
        ("export.jsonl#a2", "2024-03-27", "day"),  # `27/03/2024` in an export
        ("saved_page.html", "2024-03-28", "day"),  # from the page's metadata
    ],
)
def test_dates(pages, name, date, precision):
    assert (pages[name]["date"], pages[name]["date_precision"]) == (date, precision)


def test_undated_articles_have_their_page(folder):
    page = (folder / "docs" / "dates" / "undated.md").read_text("utf-8")
    assert 'href="../articles/no-date.md"' in page and 'href="../articles/impossible-month.md"' in page


def test_titles_with_quotes_colons_rules_and_newlines(pages):
    assert pages["title_quotes.md"]["title"] == 'Ông nói: "Không" --- và xuống dòng'


def test_file_names_become_ascii_slugs(pages):
    assert pages["tên có dấu cách.txt"]["_slug"] == "ten-co-dau-cach"
    assert pages["tin..mới.txt"]["_slug"] == "tin-moi"


def test_markdown_front_matter_wins_and_unknown_fields_are_kept(pages):
    page = pages["corrected.md"]
    assert (page["title"], page["date"], page["author"]) == ("Giá gạo tăng ở Huế", "2024-03-26", "Phạm Thu Hà")
    assert page["people"] == ["Nguyễn Thị Lan"]  # the editor's list, not the extractor's
    assert page["extra"] == {"section": "Kinh tế"}


def test_json_lines_export(pages):
    first = pages["export.jsonl#a1"]
    assert first["title"] == "Xuất khẩu gạo đạt kỷ lục"
    assert first["url"] == "https://news.example/xuat-khau-gao"
    assert first["author"] == "Vũ Anh"
    assert first["extra"] == {"section": "Kinh tế", "tags": ["gạo", "xuất khẩu"]}
    assert first["people"] == ["Lê Minh Hoan"]
    second = pages["export.jsonl#a2"]
    assert "Cơn bão số 1 đã đổ bộ vào miền Trung." in second["_page"]
    assert "alert" not in second["_page"]  # a script element in exported HTML is not text


def test_saved_html_page(pages):
    page = pages["saved_page.html"]
    assert (page["title"], page["author"]) == ("Cháy lớn tại chợ Đồng Xuân", "Hoàng Minh")
    body = page["_page"]
    assert "Đại tá Nguyễn Văn Bình, phó giám đốc công an thành phố" in body
    for boilerplate in ("Thời sự", "Lính cứu hỏa tại hiện trường", "quảng cáo", "Giá vàng tăng"):
        assert boilerplate not in body
    assert "Đồng Xuân" not in page["people"]  # a market, not a person


def test_override_file_corrects_the_article(pages):
    page = pages["with_override.txt"]
    assert page["_slug"] == "tieu-de-bien-tap"
    assert page["title"] == "Tiêu đề do biên tập viên đặt: có dấu hai chấm"
    assert (page["date"], page["people"]) == ("2024-03-29", ["Tô Lâm"])


def test_huge_article_builds_whole(pages):
    page = pages["huge.txt"]
    assert len(page["_page"].encode()) > HUGE_BYTES
    assert "(đoạn 19542)" in page["_page"]


def test_slug_source_of_records():
    (raw,), _ = read_file(FIXTURES / "with_override.txt", FIXTURES)
    assert slug_source(raw) == "tieu-de-bien-tap"


# The site itself: build the fixtures with MkDocs, then read the HTML as a browser would.

ALLOWED_TAGS = {"article", "h1", "h2", "h3", "p", "br", "span", "strong", "time", "a", "div", "ul", "li", "label",
                "nav", "figure", "figcaption", "svg", "path", "rect", "title"}
ALLOWED_ATTRIBUTES = {"class", "href", "id", "datetime", "title", "for", "data-search-body", "data-search-ignore",
                      "data-search-person", "data-search-date", "aria-label", "aria-current", "role", "viewbox",
                      "width", "height", "preserveaspectratio", "x", "y", "d"}


class _Content(HTMLParser):
    """The text and the elements inside the page's content, where article text lands."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.elements: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        if self.depth == 0 and tag == "article" and "md-content__inner" in (dict(attrs).get("class") or ""):
            self.depth = 1
        elif self.depth:
            self.elements.append((tag, attrs))
            if tag not in ("br",):
                self.depth += 1

    def handle_endtag(self, tag):
        if self.depth and tag != "br":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


@pytest.fixture(scope="module")
def site(folder, report) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=folder, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    return folder / "site"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text))


def test_strict_build_fails_on_bad_input(archive_dir):
    shutil.copy(SAMPLE, archive_dir / "articles")
    shutil.copy(FIXTURES / "empty.txt", archive_dir / "articles")
    strict = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=archive_dir, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert strict.returncode != 0
    assert "WARNING -  empty.txt:1: empty file; write the article's text into it or delete it" in strict.stderr


def test_nothing_lost(report, site, folder):
    """Every word of every article, as read from its file, is on its page, in order."""
    for article in report.archive.articles:
        content = _Content()
        content.feed((site / "articles" / article.slug / "index.html").read_text("utf-8"))
        shown = iter(_words("".join(content.text)))
        for paragraph in article.paragraphs:
            for word in _words(f"{paragraph.text} {paragraph.credit or ''}"):
                assert word in shown, f"{article.id}: '{word}' missing or out of order"


def test_nothing_lost_from_plain_text_files(report, site):
    """The same, measured against the file itself for the plain-text fixtures: the header is the only thing taken."""
    for article in report.archive.articles:
        if not article.id.endswith(".txt") or article.id == "with_override.txt":
            continue
        content = _Content()
        content.feed((site / "articles" / article.slug / "index.html").read_text("utf-8"))
        shown = set(_words("".join(content.text)))
        (raw,), _ = read_file(site.parent / "articles" / article.id, site.parent / "articles")
        for word in _words(" ".join(raw.paragraphs)):
            assert word in shown, f"{article.id}: '{word}'"


def test_nothing_injected(site, folder):
    """No element, attribute or link in the content of any page comes from article text."""
    site_url = yaml.safe_load((folder / "mkdocs.yml").read_text("utf-8"))["site_url"]
    for path in site.rglob("*.html"):
        content = _Content()
        content.feed(path.read_text("utf-8"))
        for tag, attrs in content.elements:
            assert tag in ALLOWED_TAGS, f"{path}: <{tag}>"
            for name, value in attrs:
                assert name in ALLOWED_ATTRIBUTES, f"{path}: <{tag} {name}>"
                if name == "href" and not (value or "").startswith(site_url):  # the 404 page links absolutely
                    assert not re.match(r"[a-z][a-z0-9+.-]*:", value or ""), f"{path}: link to {value}"
