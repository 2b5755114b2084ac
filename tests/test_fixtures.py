"""Bad, messy and hostile input: every fixture either builds into a correct, safe page or is
skipped with one clear line; nothing of an article's text is lost, nothing of it becomes markup."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.build import build, slug_source
from generator.read import read_file
from generator.slugs import MAX_LENGTH
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
    # Metadata that is not what its key says is reported, and left out.
    "author_quote.md:5: front matter 'language': '<img src=x onerror=alert(\"hostile-language\")>' is not a language"
    " code; write a language code such as vi or en, or leave it out",
    # One bad file, or one bad line of an export, never stops the others.
    "deep.jsonl:1: nested too deep to read; flatten the record's fields",
    "deep.md:2: front matter nested too deep to read; write it as flat `key: value` lines",
    "nul_line.jsonl:2: binary data, not a JSON record; not read; delete the line or export it again",
    "duplicate_ids.jsonl:2: the same id as line 1; built with the id line-2; give each record an id of its own",
    "yaml_impossible_date.md:3: front matter 'date': impossible date 2024-02-30 (day 30); "
    "write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "override_bad_date.yml:2: 'date': impossible date 2024-02-30 (day 30); write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "year_zero.txt:1: impossible date 0000-01-01 (year 0) in the date header; write it as YYYY-MM-DD, YYYY-MM or YYYY",
    "stray_byte.txt:3: 1 stray byte (not UTF-8) shown as �; retype the character there and save the file as UTF-8",
    "deep_nesting.html:1: no main text found: all the page's text was taken; check its page, "
    "or save the article's own page rather than an index",
    # Colliding names: the name that is the slug keeps it, the other gets a code of its own.
    "twin.txt:1: its URL articles/twin/ is that of twin.md; built at articles/twin-8563/; "
    "give it a slug of its own ('slug:' in a .yml file beside it)",
    "shared_b.txt:1: its URL articles/shared/ is that of shared_a.txt; built at articles/shared-436c/; "
    "give it a slug of its own ('slug:' in a .yml file beside it)",
    "takes.txt:1: its URL articles/taken/ is that of taken.txt; built at articles/taken-7aec/; "
    "give it a slug of its own ('slug:' in a .yml file beside it)",
    "slug_index.md:1: its URL articles/ is the section's own page; built at articles/index-9ce9/; "
    "give it a slug of its own ('slug:' in a .yml file beside it)",
    "person_index.md: the page of 'Index' would be people/, the people index; it is people/index-f6d8/; "
    "if both are one person, make one an alias of the other in people.yml",
}
NOTES = {"people", "utf16.txt", "viscii.txt", "windows1258.txt", "person_index.md"}
MANY_LINES = 200_000
HUGE_LINE = 300_000
DEEP = 100_000


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
    # Too large to keep as files: a paragraph of very many short lines, and a page nested very deep.
    lines = "\n".join(f"dòng {number}" for number in range(MANY_LINES))
    (folder / "articles" / "many_lines.txt").write_text(f"date 2024-03-17 Nhiều dòng ngắn\n\n{lines}\n", "utf-8")
    (folder / "articles" / "deep_nesting.html").write_text(
        "<html><head><title>Lồng sâu</title></head><body>" + "<div>" * DEEP
        + "<p>Văn bản nằm sâu trong trang vẫn còn.</p>" + "</div>" * DEEP + "</body></html>", "utf-8")
    # A headline line and a caption of hundreds of thousands of Markdown characters.
    (folder / "articles" / "huge_lines.txt").write_text(
        f"date 2024-03-15 Ba chữ đầu {'*' * HUGE_LINE}\n\n{'_' * HUGE_LINE} REUTERS\n\nĐoạn thân bài.\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def report(folder):
    return build(settings_for(folder, person_pages_from=1))  # a page for each person the fixtures name


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
        "#.txt", "admonition.txt", "duplicate_ids.jsonl#k1", "duplicate_ids.jsonl#line-2", "author_quote.md", "controls.jsonl#c1", "deep.jsonl#d2", "deep_nesting.html",
        "long_slug.md", "many_lines.txt", "huge_lines.txt", "nul_line.jsonl#n1", "nul_line.jsonl#n3", "override_bad_date.txt",
        "person_index.md", "shared_a.txt", "shared_b.txt", "slug_index.md", "stray_byte.txt", "taken.txt",
        "takes.txt", "twin.md", "twin.txt", "yaml_impossible_date.md", "year_zero.txt",
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
        ("yaml_impossible_date.md", None, "unknown"),  # unquoted in YAML, which would raise on it
        ("override_bad_date.txt", None, "unknown"),  # an editor's impossible date, reported
        ("year_zero.txt", None, "unknown"),  # no calendar, and no feed, has a year 0
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


def test_colliding_names_keep_the_one_that_is_the_slug_and_code_the_other(pages):
    assert (pages["twin.md"]["_slug"], pages["twin.txt"]["_slug"]) == ("twin", "twin-8563")
    assert (pages["shared_a.txt"]["_slug"], pages["shared_b.txt"]["_slug"]) == ("shared", "shared-436c")
    assert (pages["taken.txt"]["_slug"], pages["takes.txt"]["_slug"]) == ("taken", "taken-7aec")
    assert pages["slug_index.md"]["_slug"] == "index-9ce9"  # `articles/index.md` would be the section's page
    assert pages["#.txt"]["_slug"] == "untitled"
    assert len(pages["long_slug.md"]["_slug"]) <= MAX_LENGTH


def test_a_person_named_index_has_a_page_of_their_own(report, folder):
    (person,) = [p for p in report.archive.people if p.name == "Index"]
    assert person.slug == "index-f6d8"
    assert (folder / "docs/people/index-f6d8.md").exists()
    assert "people_count" not in (folder / "docs/people/index.md").read_text("utf-8")
    assert "\n# Nhân vật\n" in (folder / "docs/people/index.md").read_text("utf-8")  # the A–Z is still the A–Z


def test_metadata_is_kept_as_text(pages):
    page = pages["author_quote.md"]
    assert html.unescape(page["author"]) == '"><script>alert("hostile-author")</script>'
    assert page["language"] in ("vi", "en", "und")  # detected: what was given is not a language
    controls = pages["controls.jsonl#c1"]  # control characters a feed cannot carry, from JSON escapes
    assert (controls["title"], controls["author"]) == ("Tiêu đề có ký tự điều khiển", "Nguyễn Văn Tư\ufffd")
    assert "Nội dung của bài có ký tự điều khiển." in controls["_page"]


def test_a_stray_byte_is_one_replacement_character(pages):
    body = pages["stray_byte.txt"]["_page"]
    assert "Đoạn hai có một byte lạc \ufffd giữa chữ tiếng Việt." in body
    assert "Ông Phạm Văn Đồng đọc diễn văn tại Hà Nội." in body  # the rest as written, not decoded otherwise


def test_a_bad_line_of_an_export_leaves_the_others(pages):
    assert "Bản ghi thứ nhất vẫn còn." in pages["nul_line.jsonl#n1"]["_page"]
    assert "Bản ghi thứ ba vẫn còn." in pages["nul_line.jsonl#n3"]["_page"]
    # A field nested deeper than the page's YAML can be read back is kept as its JSON text.
    assert json.loads(pages["deep.jsonl#d2"]["extra"]["nested"]) == json.loads("[" * 30 + "1" + "]" * 30)


def test_symbolic_links_are_not_followed_out_of_the_articles_folder(archive_dir, tmp_path):
    articles = archive_dir / "articles"
    shutil.copy(SAMPLE, articles)
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd.txt").write_text("Mật khẩu không bao giờ được đăng.", "utf-8")
    (secret / "override.yml").write_text("title: Mật khẩu không bao giờ được đăng\n", "utf-8")
    (articles / "leak.txt").symlink_to(secret / "passwd.txt")
    (articles / "000_67ba8191cee16773.yml").symlink_to(secret / "override.yml")
    (articles / "folder").symlink_to(secret, target_is_directory=True)
    (articles / "loop.txt").symlink_to(articles / "loop.txt")
    (articles / "gone.txt").symlink_to(articles / "missing.txt")
    os.mkfifo(articles / "pipe.txt")  # reading it would wait for ever
    report = build(settings_for(archive_dir))
    outside = "outside the articles folder; not followed; copy the file into the articles folder if it is to be published"
    assert [str(p) for p in report.problems if p.path != "people"] == [
        f"000_67ba8191cee16773.yml: symbolic link to {secret / 'override.yml'}, {outside}",
        f"folder: symbolic link to {secret}, {outside}",
        f"gone.txt: symbolic link to {articles / 'missing.txt'}, which does not exist; not read; "
        "replace it with the file, or delete it",
        f"leak.txt: symbolic link to {secret / 'passwd.txt'}, {outside}",
        "loop.txt: symbolic link that loops; not read; replace it with the file, or delete it",
        "pipe.txt: not a regular file; not read; move it out of the articles folder",
    ]
    assert [a.id for a in report.archive.articles] == [SAMPLE.name]
    assert not any("Mật khẩu" in page.read_text("utf-8") for page in (archive_dir / "docs").rglob("*.md"))


def test_a_new_file_never_moves_the_url_of_the_one_named_as_its_slug(archive_dir):
    articles = archive_dir / "articles"
    (articles / "tin.txt").write_text("date 2024-03-01 Bài thứ nhất.", "utf-8")
    assert [a.slug for a in build(settings_for(archive_dir)).archive.articles] == ["tin"]
    (articles / "Tin.txt").write_text("date 2024-03-02 Bài thứ hai, cùng tên viết hoa.", "utf-8")
    slugs = {a.id: a.slug for a in build(settings_for(archive_dir)).archive.articles}
    assert slugs["tin.txt"] == "tin"
    assert re.fullmatch(r"tin-[0-9a-f]{4}", slugs["Tin.txt"])


# The site itself: build the fixtures with MkDocs, then read the HTML as a browser would.

ALLOWED_TAGS = {"article", "h1", "h2", "h3", "p", "br", "span", "strong", "time", "a", "div", "ul", "li", "button",
                "nav", "figure", "figcaption", "svg", "path", "title"}
ALLOWED_ATTRIBUTES = {"class", "href", "id", "datetime", "title", "type", "data-archive-search-open",
                      "aria-haspopup", "aria-controls", "data-search-body",
                      "aria-label", "aria-current", "role", "viewbox",
                      "width", "height", "preserveaspectratio", "d", "hidden"}


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


class _Document(HTMLParser):
    """Every element of a whole page, head included, and the text of its inline scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_no_field_of_any_input_becomes_markup_anywhere_in_a_page(site):
    """Head included: the author, language, title and description every theme prints."""
    for path in site.rglob("*.html"):
        document = _Document()
        document.feed(path.read_text("utf-8"))
        for tag, attrs in document.elements:
            assert not any(name.startswith("on") for name, _ in attrs), f"{path}: <{tag} {attrs}>"
        assert not any("alert(" in script for script in document.scripts), path
    document = _Document()
    document.feed((site / "articles/author-quote/index.html").read_text("utf-8"))
    authors = [dict(attrs)["content"] for tag, attrs in document.elements
               if tag == "meta" and ("name", "author") in attrs]
    assert authors == ['"><script>alert("hostile-author")</script>']


def test_feeds_carry_article_text_as_text(folder):
    """RSS readers show an item's description (and often its title) as HTML: article text is escaped
    for them once more; Atom's title and summary are text."""
    items = list(ET.parse(folder / "docs/feeds/all.rss.xml").iter("item"))
    for item in items:
        for field in ("title", "description"):
            document = _Document()
            document.feed(item.findtext(field) or "")
            assert not document.elements, (field, item.findtext(field))
    descriptions = [html.unescape(item.findtext("description")) for item in items]
    assert any("<b onmouseover=\"alert('hostile-feed')\">giá điện</b>" in text for text in descriptions)
    atom = "{http://www.w3.org/2005/Atom}"
    for entry in ET.parse(folder / "docs/feeds/all.atom.xml").iter(f"{atom}entry"):
        for field in ("title", "summary"):
            assert entry.find(f"{atom}{field}").get("type", "text") == "text"


def test_markdown_block_syntax_stays_text(site):
    content = _Content()
    content.feed((site / "articles/admonition/index.html").read_text("utf-8"))
    assert "!!! danger md-header md-search X" in " ".join("".join(content.text).split())
    classes = {name for _, attrs in content.elements for name in (dict(attrs).get("class") or "").split()}
    assert not classes & {"danger", "md-header", "md-search"}  # the line is text, not a box with those classes


def test_every_article_is_in_search(site, report):
    meta = json.loads((site / "search-index" / "meta.json").read_text("utf-8"))
    assert meta["articles"] == len(report.archive.articles)
    assert (site / "articles/index-9ce9/index.html").exists()


def test_very_many_lines_and_deep_nesting_keep_every_word(site):
    """A paragraph of 200,000 short lines is one block the Markdown parser passes through (it took
    twenty minutes as Markdown); a page nested 100,000 deep keeps its text."""
    page = (site / "articles/many-lines/index.html").read_text("utf-8")
    # Short lines are read as hard-wrapped text, or kept as lines: either way every one is on the page, in order.
    numbers = [int(n) for n in re.findall(r"dòng (\d+)", page[page.index("<article") :])]
    assert numbers[-MANY_LINES:] == list(range(MANY_LINES))
    assert "Văn bản nằm sâu trong trang vẫn còn." in (site / "articles/deep-nesting/index.html").read_text("utf-8")


def test_huge_lines_are_whole_and_the_title_is_cut(site, pages):
    page = pages["huge_lines.txt"]
    assert page["title"] == "Ba chữ đầu…"  # cut at a word: the line of stars is no title
    shown = (site / "articles/huge-lines/index.html").read_text("utf-8")
    assert f"Ba chữ đầu {'*' * HUGE_LINE}" in shown  # the headline line stays in the text, whole
    assert f"{'_' * HUGE_LINE} <span class=\"archive-credit\">REUTERS</span>" in shown
