"""Rendering: article text stays text through Markdown, and the index pages group as promised."""

from __future__ import annotations

import html
import random
from dataclasses import replace
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator.curation import Curation, load_curation
from generator.index import build_archive
from generator.locale import LABELS, format_day
from generator.model import Article, ArticleDate, Kind, Paragraph
from generator.people_merge import unify_people
from generator.render import render_site
from generator.render.jumps import jump_row, list_jumps
from generator.render.markdown import escape_text, front_matter, relative_path
from generator.render.pagination import paginate
from generator.render.dates import render_month
from generator.render.home import render_home
from generator.render.people import render_person

# The extensions mkdocs.yml enables, plus the three MkDocs always adds.
# MkDocs always adds toc, tables and fenced_code; mkdocs.yml adds the rest.
EXTENSIONS = ["toc", "tables", "fenced_code"] + [
    next(iter(e)) if isinstance(e, dict) else e
    for e in yaml.safe_load((Path(__file__).parent.parent / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]
]

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src=//evil></iframe>",
    "[click](javascript:alert(1))",
    "![pic](http://evil/x.png)",
    "# not a heading",
    "---",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "<!-- hidden -->",
    "{{ config.site_name }} {% include 'x' %}",
    "{: onclick=\"alert(1)\" }",
    "*emphasis* __strong__ `code` ~~del~~",
    "```\nfence\n```",
    "    four spaces",
    "&amp; &lt;b&gt; &#60;",
    "Ông nói: \"Không!\" — 25.3.2024",
]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself_and_nothing_else(text):
    rendered = markdown.markdown(escape_text(text), extensions=EXTENSIONS)
    parser = _Collect()
    parser.feed(rendered)
    # Only the paragraph (and line breaks for the text's own lines) come out: no element from the text.
    assert set(parser.tags) <= {"p", "br"}
    shown = re.sub(r"\s+", " ", "".join(parser.text)).strip()
    assert shown == re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("title", ['Say "hi": now', "a\nb", "--- yes ---", "- item", "'quoted' #tag", "null", "2024-03-25"])
def test_front_matter_round_trips(title):
    text = front_matter({"title": title, "date": "2024-03-25"})
    loaded = yaml.safe_load(text.split("---\n")[1])
    assert {k: loaded[k] for k in ("title", "date")} == {"title": title, "date": "2024-03-25"}


def _article(slug, date, people=(), title=None):
    return Article(
        id=f"{slug}.txt", slug=slug, source=f"{slug}.txt", title=title or f"Tin {slug}", date=date, language="vi",
        paragraphs=(Paragraph(Kind.BODY, f"Nội dung {slug}."),), people=tuple(people), sources=(), word_count=3,
        summary=f"Nội dung {slug}.",
    )


@pytest.fixture
def archive():
    return build_archive([
        _article("a", ArticleDate(2024, 3, 25), ["Nguyễn Văn An", "Joe Biden"]),
        _article("b", ArticleDate(2024, 3), ["Joe Biden"]),
        _article("c", ArticleDate(2023, 12, 1), ["Joe Biden", "Đỗ Hùng"]),
        _article("d", ArticleDate(2023), ["Joe Biden"]),
        _article("e", ArticleDate(), ["Joe Biden"]),
    ], person_pages_from=1)  # everyone named has a page, as the pages below show


def test_archive_orders(archive):
    assert [a.slug for a in archive.articles] == ["a", "b", "c", "d", "e"]
    # Vietnamese alphabetical order: Đ is a letter of its own, between D and E.
    assert [p.name for p in archive.people] == ["Đỗ Hùng", "Joe Biden", "Nguyễn Văn An"]
    biden = archive.people[1]
    assert [a.slug for a in biden.articles] == ["a", "b", "c", "d", "e"]
    assert biden.companions == (("Đỗ Hùng", 1), ("Nguyễn Văn An", 1))
    assert [y.year for y in archive.years] == [2024, 2023]
    assert [(m.month, [a.slug for a in m.articles]) for m in archive.years[0].months] == [(3, ["b", "a"])]
    assert [a.slug for a in archive.years[1].undated_in_year] == ["d"]
    assert [a.slug for a in archive.undated] == ["e"]


def test_index_pages(archive):
    pages = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "Kho", 2).pages}
    assert set(pages) == {
        "index.md", "people/index.md", "people/do-hung.md", "people/joe-biden.md", "people/nguyen-van-an.md",
        "dates/index.md", "dates/2024/index.md", "dates/2024/03.md", "dates/2023/index.md", "dates/2023/12.md",
        "dates/undated.md", "articles/a.md", "articles/b.md", "articles/c.md", "articles/d.md", "articles/e.md",
    }
    person = pages["people/joe-biden.md"]
    # Newest first, grouped by year then month; the undated article last.
    assert person.index("## 2024") < person.index("### Tháng 3, 2024") < person.index("## 2023") < person.index(
        "### Tháng 12, 2023") < person.index("### Không rõ tháng") < person.index("## Không rõ ngày")
    assert "[Đỗ Hùng](do-hung.md) (1)" in person
    month = pages["dates/2024/03.md"]
    assert month.index("## Trong tháng, không rõ ngày") < month.index('href="../../articles/b.md"')
    assert month.index("## Ngày 25") < month.index('href="../../articles/a.md"')
    people = pages["people/index.md"]
    assert '<a href="#d-stroke">Đ</a>\n<a href="#j">J</a>\n<a href="#n">N</a>\n</nav>' in people
    assert '## Đ { #d-stroke }\n\n<ul class="archive-list">\n<li><a href="do-hung.md">Đỗ Hùng</a>' in people
    home = pages["index.md"]
    assert "5 bài viết về 3 nhân vật, từ năm 2023 đến 25 tháng 3, 2024" in home
    assert home.count('href="articles/') == 2  # `newest` = 2
    assert "[Không rõ ngày](undated.md) · 1 bài viết" in pages["dates/index.md"]


def test_home_opens_the_archive(archive):
    home = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "Kho", 5).pages}["index.md"]
    newest = home[home.index("## Bài mới nhất") : home.index("[Bài không rõ ngày]")]
    # Only dated articles are the newest; the undated one is counted and linked instead.
    assert 'href="articles/e.md"' not in newest and newest.count('href="articles/') == 4
    assert "[Bài không rõ ngày](dates/undated.md): 1 bài viết." in home
    # The people of the last months, most mentioned first; once some are named in several, not
    # those named once.
    recent = home[home.index("## Nhân vật được nhắc nhiều gần đây") : home.index("## Các năm")]
    assert "[Joe Biden](people/joe-biden.md) · 3 bài viết" in recent and "[Đỗ Hùng]" not in recent
    assert "- [2024](dates/2024/index.md) · 2 bài viết: [tháng 3](dates/2024/03.md) (2)" in home
    assert "- [2023](dates/2023/index.md) · 2 bài viết: [tháng 12](dates/2023/12.md) (1)" in home


def test_front_matter_nodes_write_what_the_yaml_library_writes():
    from generator.render.markdown import _DUMPER, _dump
    shared = ["Hà Dorval"]
    tricky = ["", "yes", "No", "null", "~", "2024-03-01", "12", "0x1F", "1e3", ".inf", "- a list?", ": colon", "a: b",
              "# hash", "a #b", "'quoted'", '"double"', "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`",
              "{brace}", "[bracket]", "trailing space ", " leading", "line\nbreak", "tab\tin", "Ông nói: \"Không!\"",
              "\u2028 separator", "emoji 🙂", "NFD Vie\u0302\u0323t", "a" * 300, "?", "|", ">", "=", "<script>"]
    metas = [{"title": text, "people": [text, "Lê Kowal"], "count": 3, "ok": True, "none": None,
              "feeds": [{"type": "application/atom+xml", "href": text}], "search": {"exclude": True}} for text in tricky]
    metas += [{"a": shared, "b": shared}, {"ratio": 0.5}, {"pair": ("x", "y")}, {1: "number key"}, {"nested": [[1, 2], []]}]
    for meta in metas:
        for allow_unicode in (True, False):
            expected = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=allow_unicode, sort_keys=False, width=10_000,
                                 default_flow_style=False)
            assert _dump(meta, allow_unicode) == expected, meta


def test_home_counts_recent_articles_past_year_only_ones():
    # Six months back from June 2024: May and June count; an article known only by its year sits
    # between them and the older months in a person's list, and neither counts nor ends the count.
    archive = build_archive([
        _article("a", ArticleDate(2024, 6, 10), ["Hà Dorval"]),
        _article("b", ArticleDate(2024), ["Hà Dorval", "Lê Kowal"]),
        _article("c", ArticleDate(2024, 1, 5), ["Hà Dorval", "Lê Kowal"]),
        _article("d", ArticleDate(2023, 12, 30), ["Hà Dorval", "Lê Kowal"]),
        _article("e", ArticleDate(), ["Hà Dorval"]),
    ], person_pages_from=1)
    home = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "Kho", 5).pages}["index.md"]
    recent = home[home.index("## Nhân vật được nhắc nhiều gần đây") : home.index("## Các năm")]
    assert "[Hà Dorval](people/ha-dorval.md) · 2 bài viết" in recent and "Lê Kowal" not in recent


def test_home_of_an_archive_without_dates_lists_the_people_most_mentioned_of_all():
    archive = build_archive([
        _article("a", ArticleDate(), ["Hà Dorval", "Lê Kowal"]),
        _article("b", ArticleDate(), ["Hà Dorval"]),
        _article("c", ArticleDate(2024), ["Hà Dorval", "Trần Hollis"]),
        _article("d", ArticleDate(), ["Trần Hollis"]),
    ], person_pages_from=1)
    home = {p.path.as_posix(): p.content for p in render_site(archive, "en", "Archive", 5).pages}["index.md"]
    most = home[home.index("## Most mentioned\n") :]
    assert most.index("[Hà Dorval](people/ha-dorval.md) · 3 articles") < most.index("[Trần Hollis](people/tran-hollis.md) · 2 articles")
    assert "Lê Kowal" not in most and "lately" not in home


def test_article_page_header_links_people(archive):
    page = next(p.content for p in render_site(archive, "en", "Archive", 5).pages if p.path.as_posix() == "articles/a.md")
    # English labels for an English site; the date as the article's (Vietnamese) readers write it,
    # leading to the other stories of its month.
    assert '**Date:** <time datetime="2024-03-25">[25 tháng 3, 2024](../dates/2024/03.md)</time>' in page
    assert ('<strong>People:</strong> <a href="../people/nguyen-van-an.md">Nguyễn Văn An</a>, '
            '<a href="../people/joe-biden.md">Joe Biden</a></p>') in page
    assert "**Reading time:** 1 min" in page


def test_an_article_known_by_its_year_alone_leads_to_its_year_and_an_undated_one_nowhere(archive):
    pages = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "Kho", 5).pages}
    assert '<time datetime="2023">[năm 2023](../dates/2023/index.md)</time>' in pages["articles/d.md"]
    assert "dates/" not in pages["articles/e.md"].split("**Ngày:**", 1)[1].split("·", 1)[0]


def test_a_date_not_known_is_said_in_the_site_s_language_whatever_the_article_s():
    english = replace(_article("u", ArticleDate()), language="en")
    page = next(p.content for p in render_site(build_archive([english]), "vi", "Kho", 5).pages
                if p.path.as_posix() == "articles/u.md")
    assert "**Ngày:** Không rõ ngày ·" in page


def test_hostile_title_is_escaped_in_the_heading():
    archive = build_archive([_article("x", ArticleDate(2024), title="</title><script>alert(1)</script>")])
    page = next(p.content for p in render_site(archive, "vi", "K", 5).pages if p.path.as_posix() == "articles/x.md")
    body = page.split("---\n", 2)[2]
    heading = next(line for line in body.splitlines() if line.startswith("# "))
    assert "<" not in heading
    assert heading.endswith(" { #title }")
    assert html.unescape(heading[2 : -len(" { #title }")]) == "</title><script>alert(1)</script>"


def _listed(page: str) -> list[str]:
    return re.findall(r'href="(?:\.\./)+articles/(a\d+)\.md"', page)


def test_long_lists_are_split_into_linked_pages():
    articles = [_article(f"a{n:03d}", ArticleDate(2024, 3, 1 + n % 28), ["Joe Biden"]) for n in range(250)]
    pages = {p.path.as_posix(): p.content for p in render_site(build_archive(articles), "vi", "K", 5).pages}
    # A person's newest articles on their page, the oldest hundred on a page numbered 1.
    person = ["people/joe-biden.md", "people/joe-biden/1.md"]
    month = ["dates/2024/03.md", "dates/2024/03/2.md", "dates/2024/03/3.md"]
    assert set(person + month) <= set(pages) and "people/joe-biden/2.md" not in pages
    for pages_of_list, sizes in ((person, [150, 100]), (month, [100, 100, 50])):
        listed = [_listed(pages[p]) for p in pages_of_list]
        assert [len(links) for links in listed] == sizes
        assert len({link for links in listed for link in links}) == 250  # each once
    # The pager, a navigation above the list and one below it, named apart, the current page marked;
    # a page of older articles says the dates it spans, not its place in a total that grows.
    above = ('<nav class="archive-pager" aria-label="Các trang của danh sách">\n<p>28 tháng 3, 2024 – 12 tháng 3, 2024'
             ' · Trang: <strong aria-current="page">Mới nhất</strong> <a href="joe-biden/1.md">1</a>'
             ' · <a href="joe-biden/1.md" rel="next">Trang sau ›</a></p>\n</nav>')
    assert above in pages[person[0]]
    assert pages[person[0]].count('<nav class="archive-pager" aria-label="Các trang của danh sách, cuối danh sách">') == 1
    assert ('<p>12 tháng 3, 2024 – 1 tháng 3, 2024 · Trang: <a href="../joe-biden.md">Mới nhất</a> '
            '<strong aria-current="page">1</strong> · <a href="../joe-biden.md" rel="prev">‹ Trang trước</a></p>') in pages[person[1]]
    assert "<p>Bài 101–200 · Trang: " in pages[month[1]]
    # A month's days, each linked where it begins, on this page and those before it: day 1 on the
    # first page, day 13 on this one; the days of the page still filling are left out.
    days = re.search(r'<nav class="archive-letters" aria-label="Các ngày trong tháng">(.*?)</nav>', pages[month[1]], re.S)
    assert '<a href="../03.md#day-1">1</a>' in days.group(1) and '<a href="#day-13">13</a>' in days.group(1)
    assert "day-28" in pages[month[2]] and "day-28" not in days.group(1)
    assert "title: Joe Biden (trang 1)" in pages[person[1]]
    # Who they are, and how many articles, head the first page only.
    assert "archive-timeline" in pages[person[0]] and "Nhắc đến lần đầu" in pages[person[0]]
    assert "archive-timeline" not in pages[person[1]] and "Nhắc đến lần đầu" not in pages[person[1]]
    assert "250 bài viết" in pages[person[0]] and "250" not in pages[person[1]]
    assert all("250 bài viết" not in pages[p] for p in month)


@pytest.mark.parametrize("grows", ["person", "month"])
def test_older_pages_stay_as_they_are_while_a_list_grows(grows):
    """A person's list (newest first) and a month's (oldest first), from 150 articles to 450, one
    newest article at a time: each page keeps its address and its rows for good, but the one still
    growing. When that one fills, a page is added and the pagers just before it link to it."""
    dates = [ArticleDate(2024, 3, 1 + n * 28 // 450) for n in range(450)]
    archive = build_archive([_article(f"a{n:03d}", dates[n], ["Joe Biden"]) for n in range(450)])
    person, month = archive.people_by_name["Joe Biden"], archive.years[0].months[0]
    before, rows_before, growing_before = {}, {}, None
    for count in range(150, 451):
        if grows == "person":
            made = render_person(replace(person, articles=person.articles[-count:]), archive, "vi")
            growing = made[0].path.as_posix()
            listed = [a.slug for a in person.articles[-count:]]
        else:
            made = render_month(replace(month, articles=month.articles[:count]), "vi")
            growing = made[-1].path.as_posix()
            listed = [a.slug for a in month.articles[:count]]
        pages = {p.path.as_posix(): p.content for p in made}
        rows = {path: _listed(content) for path, content in pages.items()}
        assert [row for p in made for row in rows[p.path.as_posix()]] == listed  # in order, each once
        if grows == "person":
            assert 100 <= len(rows[growing]) <= 199
        assert set(before) <= set(pages)
        kept = set(before) - {growing_before}
        assert all(rows[path] == rows_before[path] for path in kept)
        added = set(pages) - set(before)
        changed = {path for path in kept if pages[path] != before[path]}
        if before and added:
            assert len(added) == 1 and len(changed) <= 3
        else:
            assert not changed
        before, rows_before, growing_before = pages, rows, growing


def test_a_large_a_to_z_is_split_by_letter():
    # Each person in two articles: enough for a page of their own.
    articles = [_article(f"p{n}{copy}", ArticleDate(2024), [f"Nguyễn Văn Số{n}", f"Lê Thị Số{n}"])
                for n in range(600) for copy in "ab"]
    pages = {p.path.as_posix(): p.content for p in render_site(build_archive(articles), "vi", "K", 5).pages}
    index = pages["people/index.md"]
    assert "[L](by-letter/l.md) · 600 nhân vật" in index and "[N](by-letter/n.md) · 600 nhân vật" in index
    # The row of letters leads to the letters' pages, from the A–Z and from each letter's pages.
    assert '<a href="by-letter/l.md">L</a>\n<a href="by-letter/n.md">N</a>\n</nav>' in index
    assert '<a href="l.md">L</a>\n<strong aria-current="page">N</strong>\n</nav>' in pages["people/by-letter/n.md"]
    assert '<a href="../l.md">L</a>\n<strong aria-current="page">N</strong>' in pages["people/by-letter/n/2.md"]
    assert "people/by-letter/n/2.md" in pages
    assert pages["people/by-letter/n.md"].count('href="../nguyen-van-so') == 500
    assert pages["people/by-letter/n/2.md"].count('href="../../nguyen-van-so') == 100


def test_compact_html_keeps_what_the_browser_shows():
    from generator.compact import compact_html

    page = "<div>\n    <p>Một   hai</p>\n\n  <pre>\n    code  kept\n</pre>\n  <script>\n  var a = 1;\n</script>\n</div>"
    assert compact_html(page) == "<div>\n<p>Một   hai</p>\n<pre>\n    code  kept\n</pre>\n<script>\n  var a = 1;\n</script>\n</div>"


def test_page_hrefs_are_the_served_folders():
    from generator.render.markdown import page_href

    assert page_href("index.md", "people/index.md") == "people/"
    assert page_href("people/index.md", "people/x.md") == "x/"
    assert page_href("people/x.md", "articles/a.md") == "../../articles/a/"
    assert page_href("people/x/2.md", "people/x.md") == "../"
    assert page_href("dates/2024/03.md", "index.md") == "../../../"
    assert page_href("people/x.md", "people/x.md") == "./"


def test_links_to_files_in_html_become_page_addresses():
    """MkDocs turns Markdown links into page addresses; the plugin does the same for the lists'
    HTML links, as Zensical does itself."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files

    from generator.plugin import md_links_to_urls

    config = MkDocsConfig()
    config.load_dict({"site_name": "K", "docs_dir": "docs", "site_dir": "site"})
    files = Files([File(path, "docs", "site", True) for path in
                   ("index.md", "people/index.md", "people/x.md", "people/x/2.md", "articles/a.md")])
    page = files.get_file_from_path("people/x/2.md")
    html_in = ('<a href="../../articles/a.md">A</a> <a href="../x.md#2024">X</a> <a href="../index.md">P</a> '
               '<a href="https://e.com/b.md">E</a> <a href="../../nowhere.md">?</a>')
    assert md_links_to_urls(html_in, page, files) == (
        '<a href="../../../articles/a/">A</a> <a href="../#2024">X</a> <a href="../../">P</a> '
        '<a href="https://e.com/b.md">E</a> <a href="../../nowhere.md">?</a>'
    )


def _shown(markdown_text: str) -> tuple[str, list[str]]:
    """What a reader sees of a page's Markdown: its text, and the elements it makes."""
    parser = _Collect()
    parser.feed(markdown.markdown(markdown_text.split("---\n", 2)[2], extensions=EXTENSIONS))
    return re.sub(r"\s+", " ", "".join(parser.text)), parser.tags


def test_person_page_says_who_they_are(tmp_path: Path):
    people_file = tmp_path / "people.yml"
    people_file.write_text("people:\n  - name: Nguyễn Văn Tùng\n    aliases: ['<b>Tí</b>', Tùng Béo]\n", "utf-8")
    articles, _ = unify_people([
        _article("a", ArticleDate(2024, 3, 25), ["Nguyễn Văn Tùng"]),
        _article("b", ArticleDate(2023, 12, 1), ["Tùng"]),  # the given name alone joins the full name
        _article("c", ArticleDate(2024, 1), ["Nguyen Van Tung"]),  # and so does a spelling without tone marks
        _article("d", ArticleDate(2024, 1, 9), ["NGUYỄN VĂN TÙNG"]),  # differs only in case: no other name
        _article("e", ArticleDate(), ["Nguyễn Văn Tùng"]),
    ])
    archive = build_archive(articles, load_curation(people_file))
    (person,) = archive.people
    # The people file's aliases as written, then the spellings merged into the name.
    assert person.aliases == ("<b>Tí</b>", "Tùng Béo", "Nguyen Van Tung", "Tùng")
    (page,) = render_person(person, archive, "vi")
    assert '**Nhắc đến lần đầu:** <time datetime="2023-12-01">1 tháng 12, 2023</time>' in page.content
    assert '**Lần gần nhất:** <time datetime="2024-03-25">25 tháng 3, 2024</time>' in page.content
    assert page.content.count("<path d=") == 3  # December, January, March
    text, tags = _shown(page.content)
    assert "5 bài viết" in text and "Tên khác: <b>Tí</b>, Tùng Béo, Nguyen Van Tung, Tùng · Nhắc đến lần đầu" in text
    assert "b" not in tags and {"time", "svg", "figure"} <= set(tags)


def test_a_to_z_in_vietnamese_order_with_a_row_of_letters():
    names = ["Đặng Văn Lâm", "Dương Minh", "Ánh Viên", "Anh Tú", "42 Nguyễn", "Em Hạnh"]
    # Listed in the people file: given names alone (`Anh Tú`) have no page otherwise.
    listed = Curation(aliases={name.lower(): name for name in names}, written={name: () for name in names})
    archive = build_archive([_article("a", ArticleDate(), names)], listed, person_pages_from=1)
    pages = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "K", 5).pages}
    text, _ = _shown(pages["people/index.md"])
    assert "# A D Đ E # 42 Nguyễn · 1 bài viết A Anh Tú · 1 bài viết Ánh Viên" in text
    assert text.index("Dương Minh") < text.index("Đặng Văn Lâm") < text.index("Em Hạnh")
    html_page = markdown.markdown(pages["people/index.md"].split("---\n", 2)[2], extensions=EXTENSIONS)
    targets = re.findall(r'<a href="#([^"]+)">', html_page)
    assert targets == ["other", "a", "d", "d-stroke", "e"]
    assert [f'<h2 id="{target}">' in html_page for target in targets] == [True] * 5


def test_list_rows_name_three_people_except_on_a_person_s_page():
    names = ["Joe Biden", "Nguyễn Văn An", "Đỗ Hùng", "Lê Văn Bốn", "Trần Văn Năm"]
    archive = build_archive([_article("a", ArticleDate(2024, 3, 1), names), _article("b", ArticleDate(2024, 3, 2), names)])
    pages = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "K", 5).pages}
    # Under the month's heading a person's page gives the day alone.
    assert '### Tháng 3, 2024\n\n<ul class="archive-list">\n<li><a href="../articles/b.md">Tin b</a> · ngày 2</li>' in pages["people/joe-biden.md"]
    assert "Tin a</a> · Joe Biden, Nguyễn Văn An, Đỗ Hùng</li>" in pages["dates/2024/03.md"]


def test_a_day_under_its_month_s_heading_is_written_alone():
    assert format_day(ArticleDate(2024, 3, 25), "vi") == "ngày 25"
    assert format_day(ArticleDate(2024, 3, 25), "en") == "25 March"
    assert format_day(ArticleDate(2024, 3), "vi") == ""


@pytest.mark.parametrize("grows", ["newest first", "oldest first", "sorted"])
def test_each_pages_jump_row_names_the_first_page_of_each_key_it_may_name(grows):
    """A list's rows of jumps, made in one pass, are what reading the pages each page may name, in
    order, gives: each key once, linked to the first of those pages it is on."""
    years = sorted((random.Random(7).randrange(2000, 2012) for _ in range(47)), reverse=grows == "newest first")
    paging = paginate("people/kowal.md", years, grows, size=4)
    assert paging.grows == grows and len(paging.pages) > 5
    expected = []
    for index, page in enumerate(paging.pages):
        starts: dict[str, int] = {}
        for n in paging.settled(index):
            for year in paging.pages[n].items:
                starts.setdefault(str(year), n)
        targets = [(text, ("" if n == index else relative_path(page.path, paging.pages[n].path)) + f"#y-{text}")
                   for text, n in starts.items()]
        expected.append(jump_row(targets, "Năm") if len(starts) > 1 else "")
    assert list_jumps(paging, str, lambda text: f"y-{text}", "Năm") == expected


@pytest.mark.parametrize("lang, n, written", [
    ("vi", 1, "1 bài viết"), ("vi", 1500, "1.500 bài viết"), ("vi", 2586000, "2.586.000 bài viết"),
    ("en", 1, "1 article"), ("en", 999, "999 articles"), ("en", 1500, "1,500 articles"),
])
def test_counts_group_thousands_as_the_language_writes_them(lang, n, written):
    assert LABELS[lang]["articles_count"].format(n=n) == written


def test_the_home_page_counts_a_large_archive_with_its_thousands_grouped():
    articles = [_article(f"a{i}", ArticleDate(2024, 1 + i % 12, 1 + i % 28)) for i in range(1200)]
    home = render_home(build_archive(articles), "vi", "Kho", 5)
    assert "Kho lưu trữ có 1.200 bài viết về 0 nhân vật" in home.content
