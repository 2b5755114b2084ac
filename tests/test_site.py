"""The whole site: `mkdocs build --strict` through the plugin, checked in the HTML it writes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import build_site

HOSTILE_ARTICLE = """date 2024-03-26 </title><script>alert("t")</script> tiêu đề "lạ": có --- và {{ x }}.

Đoạn có <script>alert("b")</script> và <img src=x onerror="alert('i')"> cùng [bấm](javascript:alert('l')).

<!-- ẩn --> | a | b | và ![ảnh](http://x/y.png) cùng {% raw %}.
"""


class _Page(HTMLParser):
    """Collects what an attacker would need: script bodies, event handlers and link targets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        self.handlers += [f"{k}={v}" for k, v in attrs if k.startswith("on")]
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    # The sample names this story's headline on a line of its own: its page links it in a box.
    trump = "Ông Trump kêu gọi Israel kết thúc cuộc chiến ở Gaza\n\nÔng Trump nói Israel cần kết thúc cuộc chiến.\n"
    return build_site(tmp_path_factory.mktemp("site"), {"hostile.txt": HOSTILE_ARTICLE, "trump.txt": trump},
                      person_pages_from=1)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def test_every_page_is_built(site):
    for page in ("index.html", "people/index.html", "people/benjamin-netanyahu/index.html", "dates/index.html",
                 "dates/2024/index.html", "dates/2024/03/index.html", "articles/000-67ba8191cee16773/index.html",
                 "articles/hostile/index.html", "search-index/meta.json", "search-index/people.json"):
        assert (site / page).is_file(), page


def test_sample_article_page(site):
    page = parse(site / "articles/000-67ba8191cee16773/index.html")
    text = " ".join("".join(page.text).split())
    assert "Ông Netanyahu đón tiếp ông Biden tại Israel hồi tháng 10.2023 REUTERS" in text
    assert "Đọc thêm Ông Trump kêu gọi Israel kết thúc cuộc chiến ở Gaza" in text
    assert "../../people/benjamin-netanyahu/" in page.hrefs
    html = (site / "articles/000-67ba8191cee16773/index.html").read_text("utf-8")
    assert '<p class="archive-caption">' in html
    # The title's anchor is short, and the skip link goes to it.
    assert '<h1 id="title">' in html and 'href="#title" class="md-skip"' in html
    assert '<div class="admonition related">' in html
    assert "../trump/" in page.hrefs
    # The date leads to its month's page, as served.
    assert '<time datetime="2024-03"><a href="../../dates/2024/03/">tháng 3, 2024</a></time>' in html


def test_a_person_s_table_of_contents_lists_years_not_months(site):
    html = (site / "people/benjamin-netanyahu/index.html").read_text("utf-8")
    toc = html[html.index('<nav class="md-nav md-nav--secondary"'):]
    toc = toc[: toc.index("</nav>")]
    assert 'href="#year-2024"' in toc
    assert 'id="thang-3-2024"' in html and "#thang-3-2024" not in toc


def test_articles_stay_out_of_the_navigation(site):
    html = (site / "people/index.html").read_text("utf-8")
    navs = re.findall(r"<nav\b.*?</nav>", html, flags=re.S)
    assert navs and not any("articles/" in nav or "benjamin-netanyahu" in nav for nav in navs)
    tabs = re.search(r'<nav class="md-tabs".*?</nav>', html, flags=re.S).group()
    assert re.findall(r'href="([^"]*)"', tabs) == ["..", "./", "../dates/"]  # Home, People, Dates


def test_article_text_never_becomes_html(site):
    for path in site.rglob("*.html"):
        page = parse(path)
        assert not any("alert" in script for script in page.scripts), path
        assert not page.handlers, path
        assert not any(href.startswith("javascript:") or "x/y.png" in href for href in page.hrefs), path
    page = parse(site / "articles/hostile/index.html")
    text = "".join(page.text)
    for shown in ('<script>alert("b")</script>', "onerror=\"alert('i')\"", "[bấm](javascript:alert('l'))",
                  "<!-- ẩn -->", "| a | b |", "![ảnh](http://x/y.png)", "{% raw %}", "{{ x }}"):
        assert shown in text, shown


def test_hostile_title_is_text_in_head_and_header(site):
    html = (site / "articles/hostile/index.html").read_text("utf-8")
    head = html[: html.index("</head>")]
    assert head.count("<title>") == 1 and head.count("</title>") == 1
    assert "&lt;/title&gt;&lt;script&gt;" in head


def test_only_articles_are_in_the_search_index(site):
    article = (site / "articles/000-67ba8191cee16773/index.html").read_text("utf-8")
    assert "data-search-body" in article
    assert '<p class="archive-people"' in article and '<p class="archive-meta"><strong>' in article
    for index_page in ("index.html", "people/index.html", "people/benjamin-netanyahu/index.html", "dates/2024/03/index.html"):
        assert "data-search-body" not in (site / index_page).read_text("utf-8")
    meta = json.loads((site / "search-index/meta.json").read_text("utf-8"))
    assert meta["articles"] == 3  # the three articles, then their people's pages
    rows = [row for chunk in sorted(site.glob("search-index/pages/*.json"), key=lambda p: int(p.stem))
            for row in json.loads(chunk.read_text("utf-8"))]
    assert len(rows) == meta["pages"] and {"articles/000-67ba8191cee16773/", "people/benjamin-netanyahu/"} <= {r[0] for r in rows}


def test_none_of_materials_scripts_is_loaded_or_published(site):
    """The archive's own scripts replace Material's (its search and its bundle): no page loads one of
    them and none is in the site; the archive's own are loaded as modules, which do not block drawing."""
    assert not (site / "assets" / "javascripts").exists()
    assert not (site / "search" / "search_index.json").exists()
    for page in ("index.html", "articles/000-67ba8191cee16773/index.html", "404.html"):
        scripts = re.findall(r"<script[^>]*\bsrc=[^>]*>", (site / page).read_text("utf-8"))
        assert [re.search(r'src="[^"]*/([^/"]+)"', script).group(1) for script in scripts] == [
            "search-dialog.js", "drawer.js", "palette.js"]
        assert all('type="module"' in script for script in scripts)


def test_a_site_without_directory_urls_is_refused_with_a_clear_message(archive_dir):
    config = archive_dir / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nuse_directory_urls: false\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=archive_dir, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert "archive: needs use_directory_urls: true (the default) in mkdocs.yml" in result.stderr


def test_the_page_frame_carries_no_search_dialog(site):
    """Every page is mostly the theme's frame: the search dialog is made by its script, not written
    into each page, and the frame around an article stays under 11 KB (13 KB with the dialog and the
    theme's unused settings)."""
    html = (site / "articles/000-67ba8191cee16773/index.html").read_text("utf-8")
    assert "<dialog" not in html and "data-archive-search-open" in html
    article = re.search(r"<article\b.*?</article>", html, re.S).group(0)
    assert len(html.encode()) - len(article.encode()) < 11_000


def test_a_hand_written_page_where_the_generator_puts_one_stops_the_build(tmp_path):
    from tests.conftest import SAMPLE, copy_site_setup

    copy_site_setup(tmp_path)
    (tmp_path / "articles" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (tmp_path / "docs" / "people").mkdir()
    (tmp_path / "docs" / "people" / "index.md").write_text("# Ours\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert "people/index.md is where the generator puts a page of its own" in result.stderr
