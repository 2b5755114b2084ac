"""Who has a page of their own (`person_pages_from`): people named often enough, and the people file's."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.curation import Curation
from generator.errors import ConfigError
from generator.index import build_archive
from generator.model import Article, ArticleDate, Kind, Paragraph
from generator.render import render_site
from generator.search_index import build_search_index
from tests.conftest import build_site, copy_site_setup

SITE_URL = "https://example.org/"


def _article(slug: str, people: list[str]) -> Article:
    return Article(
        id=f"{slug}.txt", slug=slug, source=f"{slug}.txt", title=f"Tin {slug}", date=ArticleDate(2024, 3, 1),
        language="vi", paragraphs=(Paragraph(Kind.BODY, f"Nội dung {slug}."),), people=tuple(people), sources=(),
        word_count=3, summary=f"Nội dung {slug}.",
    )


def _pages(curation: Curation = Curation(), person_pages_from: int = 2) -> dict[str, str]:
    articles = [
        _article("a", ["Trần Văn Hai", "Lê Thị Một", "Phạm Biên Tập"]),
        _article("b", ["Trần Văn Hai"]),
    ]
    archive = build_archive(articles, curation, person_pages_from)
    return {page.path.as_posix(): page.content for page in render_site(archive, "vi", "K", 5, SITE_URL).pages}


def test_a_person_named_once_has_no_page_and_no_feed():
    pages = _pages()
    assert not any("le-thi-mot" in path for path in pages)
    article = pages["articles/a.md"]
    assert "<span>Lê Thị Một</span>" in article
    assert 'href="../people/le-thi-mot.md"' not in article
    # Named as text where they appear beside someone who has a page.
    assert "Lê Thị Một (1)" in pages["people/tran-van-hai.md"]
    index = pages["people/index.md"]
    assert "Lê Thị Một" not in index
    assert "1 nhân vật\n" in index and "2 nhân vật khác ít được nhắc đến" in index


def test_a_person_named_twice_has_a_page_and_a_feed():
    pages = _pages()
    assert {"people/tran-van-hai.md", "feeds/people/tran-van-hai.atom.xml"} <= set(pages)
    assert '<a href="../people/tran-van-hai.md">Trần Văn Hai</a>' in pages["articles/b.md"]
    assert '<a href="tran-van-hai.md">Trần Văn Hai</a> · 2 bài viết' in pages["people/index.md"]


def test_a_person_of_the_people_file_always_has_a_page():
    curation = Curation(aliases={"pham bien tap": "Phạm Biên Tập"}, written={"Phạm Biên Tập": ()})
    pages = _pages(curation)
    assert {"people/pham-bien-tap.md", "feeds/people/pham-bien-tap.atom.xml"} <= set(pages)
    assert '<a href="../people/pham-bien-tap.md">Phạm Biên Tập</a>' in pages["articles/a.md"]


def test_a_threshold_of_one_gives_everyone_a_page():
    pages = _pages(person_pages_from=1)
    assert {"people/le-thi-mot.md", "feeds/people/le-thi-mot.atom.xml", "people/pham-bien-tap.md"} <= set(pages)
    assert "không có trang riêng" not in pages["people/index.md"]


def test_a_vietnamese_given_name_alone_has_no_page_unless_the_people_file_lists_it():
    # `bà Thảo` in one article and `bé Thảo` in another are two people, as are two anonymous `T.T.H`;
    # `Zidane` alone is one.
    articles = [_article("a", ["Thảo", "Zidane", "T.T.H"]), _article("b", ["Thảo", "Zidane", "T.T.H"])]
    for curation, shown in ((Curation(), False), (Curation(aliases={"thao": "Thảo"}, written={"Thảo": ()}), True)):
        pages = {page.path.as_posix() for page in render_site(build_archive(articles, curation), "vi", "K", 5).pages}
        assert "people/zidane.md" in pages
        assert ("people/thao.md" in pages) is shown
        assert "people/t-t-h.md" not in pages


def test_the_home_page_lists_only_people_with_pages():
    articles = [_article(f"x{n}", ["Trần Văn Hai", "Đỗ Hai Lần"] if n < 2 else ["Trần Văn Hai"]) for n in range(3)]
    for pages_from, shown in ((3, False), (2, True)):
        archive = build_archive(articles, Curation(), pages_from)
        home = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "K", 5).pages}["index.md"]
        recent = home.split("## Nhân vật được nhắc nhiều gần đây")[1]
        assert "[Trần Văn Hai](people/tran-van-hai.md) · 3 bài viết" in recent
        assert ("[Đỗ Hai Lần](people/do-hai-lan.md) · 2 bài viết" in recent) is shown
        assert ("Đỗ Hai Lần" in recent) is shown


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The sample (whose people are named once, Biden and Trump being in the people file) and two
    articles naming one person twice."""
    return build_site(tmp_path_factory.mktemp("person-pages"), {
        "one.txt": "date 2024-04-02 Ông Nguyễn Hữu Thử gặp các cử tri ở Huế.",
        "two.txt": "date 2024-04-03 Ông Nguyễn Hữu Thử trả lời các câu hỏi ở Huế.",
    })


def test_links_from_articles_reach_built_pages(site):
    # `mkdocs build --strict` passed (build_site), and every link from an article leads to a page.
    targets = set()
    for page in site.glob("articles/*/index.html"):
        for href in re.findall(r'<a href="([^"#:]+)"', page.read_text("utf-8")):
            targets.add((page.parent / href).resolve())
    assert targets
    assert [t for t in targets if not (t / "index.html").is_file() and not t.is_file()] == []
    assert (site / "people/nguyen-huu-thu/index.html").is_file()
    assert (site / "feeds/people/nguyen-huu-thu.atom.xml").is_file()
    assert not (site / "people/benjamin-netanyahu").exists()
    assert not (site / "feeds/people/benjamin-netanyahu.atom.xml").exists()
    assert (site / "people/joe-biden/index.html").is_file()


def test_the_search_finds_people_without_pages_by_their_articles(site):
    build_search_index(site)
    rows = [row for path in (site / "search-index/pages").glob("*.json")
            for row in json.loads(path.read_text("utf-8"))]
    people = {row[1] for row in rows if row[0].startswith("people/")}
    assert "Nguyễn Hữu Thử" in people and "Joe Biden" in people
    assert "Benjamin Netanyahu" not in people
    # Still a name the person filter knows, and a key that finds the article naming him.
    assert "Benjamin Netanyahu" in (site / "search-index/people.json").read_text("utf-8")


@pytest.mark.parametrize("value, said", [
    ("0", "must be a whole number of at least 1, not 0"),
    ("two", "Expected type: <class 'int'>"),
    ("true", "must be a whole number of at least 1, not True"),
])
def test_person_pages_from_must_be_a_positive_whole_number(tmp_path, value, said):
    copy_site_setup(tmp_path)
    text = (tmp_path / "mkdocs.yml").read_text("utf-8")
    (tmp_path / "mkdocs.yml").write_text(text.replace("person_pages_from: 2", f"person_pages_from: {value}"), "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "mkdocs.yml")
    assert f"Plugin 'archive' option 'person_pages_from': {said}" in "\n".join(caught.value.problems)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0 and "person_pages_from" in result.stderr


def test_person_pages_from_is_read_from_mkdocs_yml(tmp_path):
    copy_site_setup(tmp_path)
    assert load_settings(tmp_path / "mkdocs.yml").person_pages_from == 2
    text = (tmp_path / "mkdocs.yml").read_text("utf-8")
    (tmp_path / "mkdocs.yml").write_text(text.replace("person_pages_from: 2", "person_pages_from: 3"), "utf-8")
    assert load_settings(tmp_path / "mkdocs.yml").person_pages_from == 3


def test_a_person_s_feed_holds_their_ten_newest_articles():
    articles = [dataclasses.replace(_article(f"n{day:02d}", ["Trần Văn Hai"]), date=ArticleDate(2024, 3, day))
                for day in range(1, 16)]
    archive = build_archive(articles)
    pages = {p.path.as_posix(): p.content for p in render_site(archive, "vi", "K", 5, SITE_URL).pages}
    feed = pages["feeds/people/tran-van-hai.atom.xml"]
    assert feed.count("<entry>") == 10
    assert "articles/n15/" in feed and "articles/n06/" in feed and "articles/n05/" not in feed
