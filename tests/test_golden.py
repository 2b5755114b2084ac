"""Golden pages: the sample article in, the exact Markdown out (`make golden` rewrites them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.curation import load_curation
from generator.extract import extract_article
from generator.read import read_file
from generator.render.article import article_meta
from generator.render.markdown import SEARCH_EXCLUDED, for_themes
from tests.conftest import ROOT
from tests.golden import GOLDEN, LAYOUT_PAGES, LAYOUTS, PAGES, generate, generate_layouts


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("golden"))


@pytest.fixture(scope="module")
def layouts(tmp_path_factory) -> Path:
    return generate_layouts(tmp_path_factory.mktemp("layouts"))


@pytest.mark.parametrize("page", LAYOUT_PAGES)
def test_layout_page_matches_golden(layouts, page):
    assert (layouts / page).read_text("utf-8") == (GOLDEN / "layouts" / page).read_text("utf-8"), \
        f"run `make golden` and review layouts/{page}"


def test_every_word_of_each_layout_is_on_its_page(layouts):
    pages = {page.rsplit("/", 1)[-1].removesuffix(".md"): (layouts / page).read_text("utf-8") for page in LAYOUT_PAGES}
    for source in LAYOUTS.rglob("*.*"):
        stem = source.relative_to(LAYOUTS).with_suffix("").as_posix().replace("/", "-").replace("_", "-")
        page = pages[stem + ("-1" if source.suffix == ".jsonl" else "")]
        text = source.read_text("utf-8")
        if source.suffix == ".jsonl":
            text = json.loads(text)["text"]
        for word in re.findall(r"\w+", "\n".join(l for l in text.split("\n") if not l.startswith("# "))):
            assert word in page, (source.name, word)


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_golden(docs, page):
    assert (docs / page).read_text("utf-8") == (GOLDEN / page).read_text("utf-8"), f"run `make golden` and review {page}"


def test_front_matter_is_the_record(docs):
    # MkDocs silently treats broken front matter as text: parse it and compare with the record.
    text = (docs / "articles/000-67ba8191cee16773.md").read_text("utf-8")
    _, meta, body = text.split("---\n", 2)
    (raw,), _ = read_file(ROOT / "articles/000_67ba8191cee16773.txt", ROOT / "articles")
    article = extract_article(raw, "000-67ba8191cee16773", load_curation(ROOT / "people.yml"))
    assert yaml.safe_load(meta) == for_themes(article_meta(article)) | SEARCH_EXCLUDED
    assert set(yaml.safe_load(meta)) >= {"title", "date", "date_precision", "language", "people", "sources", "summary"}
    assert yaml.safe_load(meta)["date"] == "2024-03"
    assert body.startswith("\n# Israel")


def test_every_word_of_the_sample_is_on_its_page(docs):
    page = (docs / "articles/000-67ba8191cee16773.md").read_text("utf-8")
    body = page.split("---\n", 2)[2]
    for paragraph in ROOT.joinpath("articles/000_67ba8191cee16773.txt").read_text("utf-8").split("\n\n"):
        for word in paragraph.replace("date 2024-03", "").split():
            assert word in body, word
