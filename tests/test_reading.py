"""Reading on: related stories, previous and next, linked related headlines, feeds, share previews,
the 404 page, and a Zensical build of the same docs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import feedparser
import pytest

from tests.conftest import ROOT, build_site, copy_site_setup

SITE_URL = "https://example.github.io/news-archive/"
ARTICLE = "articles/000-67ba8191cee16773/index.html"
EXTRA = {
    # Its headline is the sample's related-story line, so the sample links to it.
    "trump.txt": "date 2024-03-20 Ông Trump kêu gọi Israel kết thúc cuộc chiến ở Gaza\n\n"
    "Cựu Tổng thống Donald Trump nói Israel cần kết thúc chiến tranh. Ông Trump cũng nhắc tới "
    "Thủ tướng Benjamin Netanyahu và Tổng thống Joe Biden.\n",
    "later.txt": 'date 2024-04-02 Tin "đặc biệt" <b>&amp;</b> về ông Netanyahu: còn nhiều tranh cãi.\n\n'
    "Thủ tướng Benjamin Netanyahu tiếp tục chiến dịch.\n",
    "older.txt": "date 2023-11-05 Bà Nguyễn Thị Lan mở cửa hàng ở Huế.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("reading"), EXTRA, person_pages_from=1)


def html(site: Path, page: str) -> str:
    return (site / page).read_text("utf-8")


def test_related_headline_links_to_the_story(site):
    page = html(site, ARTICLE)
    aside = re.search(r'<div class="admonition related">.*?</div>', page, re.S).group()
    assert '<a href="../trump/">Ông Trump kêu gọi Israel kết thúc cuộc chiến ở Gaza</a>' in aside
    # The other related line has no story in the archive: it stays text.
    assert "Tổng thống Biden chậm chỉ trích Israel dù biết Gaza bị tấn công bừa bãi?\n</p>" in page


def test_related_stories_and_neighbours(site):
    page = html(site, ARTICLE)
    related = page[page.index('id="bai-lien-quan"') :]
    related = related[: related.index("</ul>")]
    # Both share people with the sample; the one sharing three (Trump, Netanyahu, Biden) comes first.
    assert related.index("../trump/") < related.index("../later/")
    assert "../older/" not in related  # shares nobody
    steps = re.search(r'<p class="archive-steps">(.*?)</p>', page, re.S).group(1)
    # A month-only article sorts before the dated articles of its month.
    assert 'Bài trước: <a href="../older/">' in steps and 'Bài sau: <a href="../trump/">' in steps


@pytest.mark.parametrize("feed_path", ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/people/benjamin-netanyahu.atom.xml"])
def test_site_and_person_feeds_parse_and_validate(site, feed_path):
    kind = feed_path.rsplit(".", 2)[1]
    for feed_path in (feed_path,):
        feed = feedparser.parse((site / feed_path).read_bytes())
        assert not feed.bozo, (feed_path, feed.bozo_exception)
        # Text, escaped in XML; a reader takes an RSS title as HTML (feedparser does), so there it is escaped once more.
        titles = [unescape(entry.title) if kind == "rss" else entry.title for entry in feed.entries]
        assert 'Tin "đặc biệt" <b>&amp;</b> về ông Netanyahu: còn nhiều tranh cãi' in titles
        for entry in feed.entries:
            assert entry.link.startswith(SITE_URL + "articles/")
            assert entry.published_parsed
        assert feed.entries[0].link == SITE_URL + "articles/later/"  # newest first
    assert len(feedparser.parse((site / f"feeds/all.{kind}.xml").read_bytes()).entries) == 4
    raw = (site / f"feeds/all.{kind}.xml").read_text("utf-8")
    date = "2024-04-02T00:00:00+00:00" if kind == "atom" else "Tue, 02 Apr 2024 00:00:00 +0000"
    assert date in raw  # RFC 3339 for Atom, RFC 822 for RSS


def test_feeds_are_linked_from_home_and_person_pages(site):
    for page, base in (("index.html", "feeds/all"), ("people/benjamin-netanyahu/index.html", "feeds/people/benjamin-netanyahu")):
        head = html(site, page).split("</head>")[0]
        assert f'<link rel="alternate feed" type="application/atom+xml" title="Atom" href="{SITE_URL}{base}.atom.xml">' in head
    home = html(site, "index.html").split("</head>")[0]
    assert f'<link rel="alternate feed" type="application/rss+xml" title="RSS" href="{SITE_URL}feeds/all.rss.xml">' in home
    # Every person can be followed, however few their articles so far.
    assert (site / "feeds/people/pat-ryder.atom.xml").exists()


def test_share_previews(site):
    head = html(site, ARTICLE).split("</head>")[0]
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="article:published_time" content="2024-03">' in head
    assert f'<link rel="canonical" href="{SITE_URL}articles/000-67ba8191cee16773/">' in head
    assert '<meta property="og:title" content="Israel đã hủy chuyến đi sau khi Mỹ bỏ phiếu trắng' in head
    description = re.search(r'<meta name="description" content="([^"]*)">', head).group(1)
    assert description.startswith("Israel đã hủy chuyến đi") and "&quot;ngừng bắn ngay" in description
    # The summary cut at a word to what search engines show: 160 characters and the ellipsis.
    assert unescape(description).endswith(" lập…") and len(unescape(description)) <= 161
    assert '<meta name="twitter:card" content="summary">' in head
    hostile = html(site, "articles/later/index.html").split("</head>")[0]
    assert '<meta property="og:title" content="Tin &quot;đặc biệt&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;' in hostile
    assert "<b>" not in hostile


def test_404_offers_search_and_newest_articles(site):
    page = html(site, "404.html")
    assert "data-archive-search-open" in page and "Không tìm thấy trang" in page
    assert f'<a href="{SITE_URL}articles/later/">' in page


def test_icons_are_references_to_one_sprite_of_the_icons_named(site):
    sprite = (site / "assets/icons.svg").read_text("utf-8")
    symbols = set(re.findall(r'<symbol id="([^"]+)" viewBox="0 0 24 24"><path d="[^"]+"/></symbol>', sprite))
    assert symbols == {"logo", "menu", "search", "palette-0", "palette-1"}
    for page, base in ((ARTICLE, "../../"), ("index.html", ""), ("people/benjamin-netanyahu/index.html", "../../")):
        source = html(site, page)
        used = re.findall(r'<svg viewBox="0 0 24 24"><use href="([^"]+)"/></svg>', source)
        assert used == [f"{base}assets/icons.svg#{name}" for name in ("logo", "menu", "search")]
        assert "<path" not in source.split("<article")[0]  # no icon drawn inline in the frame
    # The palette switch's labels are made by assets/palette.js, which draws their icons from the sprite.
    assert "icons.svg" in (site / "assets/palette.js").read_text("utf-8")


def test_palettes_are_one_module_made_from_mkdocs_yml_not_in_every_page(site):
    module = (site / "assets/palettes.js").read_text("utf-8")
    listed = json.loads(module[module.index("["):module.rindex("]") + 1].replace("},\n]", "}\n]"))
    assert [(p["scheme"], p["name"]) for p in listed] == [("default", "Chế độ tối"), ("slate", "Chế độ sáng")]
    assert 'import palettes from "./palettes.js"' in (site / "assets/palette.js").read_text("utf-8")
    form = re.search(r"<form [^>]*data-md-component=\"palette\"[^>]*>", html(site, ARTICLE)).group(0)
    assert form == '<form class="md-header__option" data-md-component="palette">'


def test_print_stylesheet_is_linked_for_print_only(site):
    head = html(site, "articles/later/index.html").split("</head>")[0]
    assert '<link rel="stylesheet" href="../../assets/print.css" media="print">' in head
    css = (site / "assets/print.css").read_text("utf-8")
    for part in (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-search", ".archive-further"):
        assert part in css


def test_zensical_builds_the_same_docs(tmp_path):
    """The generated docs/ and mkdocs.yml build with Zensical too: the generator runs first, on its own."""
    copy_site_setup(tmp_path)
    shutil.copy(ROOT / "articles" / "000_67ba8191cee16773.txt", tmp_path / "articles")
    subprocess.run([sys.executable, "-m", "generator", "build"], cwd=tmp_path, check=True, capture_output=True)
    zensical = Path(sys.executable).parent / "zensical"
    result = subprocess.run([str(zensical), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    article = html(site, ARTICLE)
    assert "Ông Netanyahu đón tiếp ông Biden tại Israel hồi tháng 10.2023" in article
    # Biden is in the people file, so has a page though one article names him; Netanyahu has none.
    assert 'href="../../people/joe-biden/"' in article and "people/benjamin-netanyahu" not in article
    person = html(site, "people/joe-biden/index.html")
    # The lists are HTML: their links are page addresses under Zensical as under MkDocs.
    assert "Joe Biden" in person and 'href="../../articles/000-67ba8191cee16773/"' in person
    month = html(site, "dates/2024/03/index.html")
    assert "Tháng 3, 2024" in month and 'href="../../../articles/000-67ba8191cee16773/"' in month
    assert (site / "feeds/all.atom.xml").exists()
    # The search index is built by the generator, after whichever tool built the site.
    indexed = subprocess.run([sys.executable, "-m", "generator", "index-search", "site"], cwd=tmp_path,
                             capture_output=True, text=True)
    assert indexed.returncode == 0 and "Indexed 1 articles and 2 people" in indexed.stdout  # those with a page
    assert (site / "search-index/meta.json").exists()
