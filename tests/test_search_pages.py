"""The search's view of each article worked out from the records is the one read back from its built page."""

from __future__ import annotations

import dataclasses
import json

import os
import shutil
import subprocess
import sys

from generator.build import build
from generator.config import load_settings
from generator.render.search_pages import search_pages
from generator.search_ahead import STAMP, ready
from generator.search_index import INDEX_DIR, build_search_index, read_article, syllables

from .conftest import SAMPLE, build_site, copy_site_setup

ARTICLES = {
    # A byline, marks of HTML and Markdown in the text, a person with a page and one without.
    "byline.txt": "date 2023-05-02 Ông Trần Văn Hai nói giá <b>điện</b> & *nước* tăng 5%.\n\n"
                  "Bà Lê Thị Mai cho biết thêm về [giá] \"nước\" ở Đà Nẵng.\n\nÔng Trần Văn Hai kết luận.\n\nTheo Minh Anh",
    # Another article's headline between its paragraphs: a related story, under a label.
    "again.txt": "date 2023-06-01 Ông Trần Văn Hai thăm Huế.\n\nChuyến thăm kéo dài hai ngày.\n\n"
                 "Mưa lớn ở miền Trung trong tháng\n\nÔng về Hà Nội hôm sau.",
    # A month alone, and no date at all.
    "month.txt": "date 2022-07 Mưa lớn ở miền Trung trong tháng.\n\nNhiều nơi ngập sâu.",
    "undated.txt": "Chuyện làng chài ven biển\n\nNgười dân ra khơi từ sáng sớm.",
    # An editor's title other than the headline line, which stays in the text; a summary of their own.
    "edited.md": "---\ntitle: 'Giá vàng <i>lên</i> & xuống'\nsummary: 'Tóm tắt <script>x</script> của biên tập viên'\n"
                 "date: 2024-01-09\n---\n\nGiá vàng hôm nay\n\nGiá vàng trong nước tăng mạnh sáng nay.\n",
    # English, its date written in English.
    "english.txt": "date 2021-01-05 Minister John Smith said prices rose.\n\nMr Smith spoke in London.",
}


def test_the_records_give_the_search_what_the_built_pages_give(tmp_path):
    site = build_site(tmp_path, ARTICLES)
    settings = load_settings(tmp_path / "mkdocs.yml")
    # A fresh run of the generator (the build's own has left nothing in memory to read).
    archive = build(dataclasses.replace(settings, cache=tmp_path / "again"), into_docs=False).archive
    from_records = {page.url: page for page in search_pages(archive, settings.language, settings.site_description)}
    from_pages = {page.url: page for page in (read_article(site, path) for path in site.glob("articles/*/index.html"))}
    assert sorted(from_records) == sorted(from_pages) and len(from_pages) == len(ARTICLES) + 1
    for url, read in from_pages.items():
        made = from_records[url]
        assert syllables(made.text) == syllables(read.text), url
        assert dataclasses.replace(made, text="") == dataclasses.replace(read, text=""), url
    # What the articles were chosen for. A related headline is searched for, its label not.
    related = from_pages["articles/again/"]
    assert "Mưa lớn" in related.text and "Đọc thêm" not in related.text
    assert "Đọc thêm" in (site / related.url / "index.html").read_text("utf-8")
    assert from_pages["articles/byline/"].people_pages and len(from_pages["articles/byline/"].people) == 2
    assert from_pages["articles/undated/"].iso == "" and from_pages["articles/month/"].iso == "2022-07"
    assert "Giá vàng hôm nay" in from_pages["articles/edited/"].text
    assert from_pages["articles/english/"].date != from_pages["articles/again/"].date[:1]


def test_the_index_built_beside_the_pages_is_the_one_read_from_the_built_site(tmp_path):
    site = build_site(tmp_path, ARTICLES, person_pages_from=1)
    # The build linked in the index the generator made from its records...
    assert (tmp_path / ".archive-cache" / STAMP).is_file()
    linked = site / INDEX_DIR / "meta.json"
    assert os.stat(linked).st_ino == os.stat(tmp_path / ".archive-cache" / INDEX_DIR / "meta.json").st_ino
    # ...which holds, file for file, what reading the built pages back gives.
    again = shutil.copytree(site, tmp_path / "again", ignore=shutil.ignore_patterns(INDEX_DIR))
    build_search_index(again)
    files = sorted(path.relative_to(site) for path in (site / INDEX_DIR).rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(again) for path in (again / INDEX_DIR).rglob("*") if path.is_file())
    assert len(files) > 5
    for name in files:
        assert (site / name).read_bytes() == (again / name).read_bytes(), name


def test_an_index_built_beside_another_run_is_not_taken(tmp_path):
    build_site(tmp_path)
    cache = tmp_path / ".archive-cache"
    state = json.loads((cache / STAMP).read_text("utf-8"))["state"]
    assert ready(cache, state).pages == 1
    assert ready(cache, "another run") is None
    (cache / INDEX_DIR / "meta.json").unlink()
    assert ready(cache, state) is None


def test_the_command_line_s_index_is_linked_into_the_site_mkdocs_builds_after_it(tmp_path):
    copy_site_setup(tmp_path)
    shutil.copy(SAMPLE, tmp_path / "articles")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for command in (["-m", "generator", "build"], ["-m", "mkdocs", "build", "--strict"]):
        subprocess.run([sys.executable, *command], cwd=tmp_path, check=True, capture_output=True, env=environment)
    cached, linked = tmp_path / ".archive-cache" / INDEX_DIR / "meta.json", tmp_path / "site" / INDEX_DIR / "meta.json"
    assert os.stat(linked).st_ino == os.stat(cached).st_ino
