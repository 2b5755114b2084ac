"""The generator's pages rendered without Python-Markdown (generator/fast_pages.py) make the site Markdown
makes, byte for byte; what the fast path does not know goes through Markdown."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import get_files, get_navigation, set_exclusions
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from bench.make_archive import write_archive
from generator import fast_pages, plugin, second_core
from generator.addresses import md_links_to_urls
from tests.conftest import ROOT, SAMPLE, copy_site_setup
from tests.test_second_core import build_in_process, files_of

# Made-up text with every mark Markdown, HTML or the site's extensions read, a word longer than any
# line, empty paragraphs, and lines a block could start with.
ODD_ARTICLE = """date 2024-06-02 Ông Lê Văn Tám nói *đậm* _nghiêng_ `mã` [liên kết](a.md) <b>in</b> &amp; {{ x }} # | ~ \\ ! ***

- Một dòng như mục danh sách, do ông Lê Văn Tám viết.
1. Dòng như danh sách số; 2) và thế này.
> Như trích dẫn, &copy; &#42; & < > " '
!!! note "tiêu đề"
=====
---
    thụt lề bốn dấu cách
<div class="archive-further" >
<p class="archive-people">giả</p>
<nav class="archive-letters">giả</nav>
[TOC]
{ #id .lop }
__init__ **đậm** và dòng có hai dấu cách cuối  
{}""" + "chữ" * 3000 + """



Đoạn sau những đoạn trống, với bà Nguyễn Thị Mai và ông Lê Văn Tám.
"""


def build_both(folder: Path, tmp_path: Path, monkeypatch) -> tuple[dict, dict, set[str]]:
    """The site built with the fast path and through Markdown alone, and the pages that went through
    Markdown in the first."""
    record = tmp_path / "through-markdown.txt"  # appended to by the second process too
    record.touch()
    markdown_render = Page.render

    def render(page, config, files):
        with record.open("a") as out:
            out.write(page.file.src_uri + "\n")
        return markdown_render(page, config, files)

    with monkeypatch.context() as patch:
        patch.setattr(Page, "render", render)
        build_in_process(folder, tmp_path / "fast")
    with monkeypatch.context() as patch:
        patch.setattr(plugin, "adopt", lambda files, config: None)
        build_in_process(folder, tmp_path / "markdown")
    return files_of(tmp_path / "fast"), files_of(tmp_path / "markdown"), set(record.read_text().split())


def assert_same(fast: dict, markdown: dict) -> None:
    assert sorted(fast) == sorted(markdown)
    assert [name for name in markdown if fast[name] != markdown[name]] == []


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "archive").mkdir()
    return copy_site_setup(tmp_path / "archive")


def test_a_synthetic_archive_is_built_as_markdown_builds_it(site, tmp_path, monkeypatch):
    shutil.copy(SAMPLE, site / "articles")
    write_archive(300, site / "articles")
    fast, markdown, through_markdown = build_both(site, tmp_path, monkeypatch)
    assert_same(fast, markdown)
    # Only the pages mkdocs.yml's nav names (MkDocs titles them) went through Markdown.
    assert through_markdown == {"index.md", "people/index.md", "dates/index.md"}
    assert sum(name.startswith("articles/") and name.endswith("/index.html") for name in fast) == 301


def test_odd_inputs_are_built_as_markdown_builds_them(site, tmp_path, monkeypatch):
    shutil.copy(SAMPLE, site / "articles")
    for path in (ROOT / "tests/fixtures/articles").iterdir():
        if path.is_file():
            shutil.copy(path, site / "articles")
    (site / "articles/odd.txt").write_text(ODD_ARTICLE, "utf-8")
    (site / "docs/notes.md").write_text("# Ghi chú\n\nTrang *viết tay*, [trang chủ](index.md).\n", "utf-8")
    fast, markdown, through_markdown = build_both(site, tmp_path, monkeypatch)
    assert_same(fast, markdown)
    assert "notes.md" in through_markdown  # a hand-written page
    articles = {name for name in through_markdown if name.startswith("articles/")}
    assert len(articles) < 5, articles  # most odd articles are of the known shapes once escaped
    assert not [name for name, data in fast.items() if name.endswith(".html") and b"<script>alert" in data]


def test_the_second_process_renders_the_fast_way(site, tmp_path, monkeypatch, caplog):
    shutil.copy(SAMPLE, site / "articles")
    write_archive(40, site / "articles")
    monkeypatch.setattr(second_core, "FORK_FROM", 2)
    with caplog.at_level(logging.INFO):
        fast, markdown, through_markdown = build_both(site, tmp_path, monkeypatch)
    assert re.search(r"\b[1-9][0-9]* article pages built on the second core", caplog.text)
    assert through_markdown == {"index.md", "people/index.md", "dates/index.md"}
    assert_same(fast, markdown)


@pytest.mark.parametrize("markdown", [
    "# Tiêu đề\n\nMột đoạn có *nhấn mạnh*.\n",
    "Đoạn một\n- như một mục\n",
    '<ul class="archive-list">\n<li>mở mà không đóng</li>\n',
    '<ul class="archive-list">\n<li>một</li>\n   \n</ul>\n',  # a line of spaces Markdown empties
    "Chữ\tcó tab.\n",
    "```\nmã\n```\n",
    '<nav class="x" markdown="1">\n*a*\n</nav>\n',
])
def test_a_page_of_an_unknown_shape_goes_through_markdown(markdown):
    with pytest.raises(fast_pages._NotOurs):
        fast_pages._read(markdown)


def test_the_inline_shapes_the_generator_writes():
    blocks, headings, links, _ = fast_pages._read("# Tiêu đề &#42;\n\n**Nhãn:** [Trang](a.md) · <time datetime=\"2024\">2024</time>\n")
    assert [heading.text for heading in headings] == ["Tiêu đề &#42;"]
    assert links == ["a.md"]
    assert blocks[1] == '<p><strong>Nhãn:</strong> <a href="\x000\x00">Trang</a> · <time datetime="2024">2024</time></p>'


def test_each_page_has_the_toc_title_and_anchors_markdown_gives_it(site):
    shutil.copy(SAMPLE, site / "articles")
    write_archive(60, site / "articles")
    config = load_config(str(site / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files = get_files(config)
        files.add_files_from_theme(config.theme.get_env(), config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        get_navigation(files, config)
        pages = [file.page for file in files.documentation_pages() if isinstance(file.page, fast_pages.GeneratedPage)]
        assert len(pages) > 100
        for page in pages:
            page.read_source(config)
            page.render(config, files)
            assert page.addressed, page.file.src_uri
            fast = (page.content, str(page.toc), page.title, page._title_from_render, page.present_anchor_ids,
                    page.links_to_anchors)
            Page.render(page, config, files)
            markdown = (md_links_to_urls(page.content, page.file, files), str(page.toc), page.title,
                        page._title_from_render, page.present_anchor_ids, page.links_to_anchors)
            assert fast == markdown, page.file.src_uri
    finally:
        config.plugins.on_shutdown()


@pytest.mark.parametrize("site_url", ["https://example.github.io/news-archive/", "https://example.org",
                                      "http://localhost:8000/a/b/", "/", None])
@pytest.mark.parametrize("uri", ["index.md", "articles/a-1.md", "people/tran-van-hai/2.md", "dates/2024/03.md",
                                 "people/x:y.md", "people/d%C3%A9.md", "people/đ.md", "people/../a.md"])
@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_page_s_canonical_address_is_the_one_mkdocs_gives(site_url, uri, directory_urls):
    config = {"site_url": site_url}
    theirs = Page(None, File(uri, "/docs", "/site", directory_urls), config)
    ours = fast_pages.GeneratedPage(None, File(uri, "/docs", "/site", directory_urls), config)
    assert (ours.canonical_url, ours.abs_url) == (theirs.canonical_url, theirs.abs_url)
