"""End to end in a real browser: the built sample site, searched and browsed as a reader would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import build_site
from tests.serve_subpath import serve

pytestmark = pytest.mark.browser

# Chromium on a closed network hangs on its background connections without these.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTICLE = "articles/000-67ba8191cee16773/"


def find_chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    pytest.fail("no Chromium found: run `make test`, which installs Debian's chromium, or set CHROMIUM")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    # Under a sub-path, as GitHub Pages serves a project site: search and links must still work.
    with serve(build_site(tmp_path_factory.mktemp("browser"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    shots = os.environ.get("ARCHIVE_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(shots) / f"{os.environ['PYTEST_CURRENT_TEST'].split('::')[-1].split(' ')[0]}.png"))
    context.close()
    assert not errors, errors


def test_home_shows_counts_and_newest(page, base_url):
    page.goto(base_url)
    assert "Kho lưu trữ có 1 bài viết về 8 nhân vật" in page.inner_text("article")
    page.get_by_role("link", name="Israel đã hủy chuyến đi", exact=False).first.click()
    page.wait_for_url(f"**/{ARTICLE}")
    assert page.locator("h1").inner_text().startswith("Israel đã hủy chuyến đi")


def test_search_finds_the_article(page, base_url):
    page.goto(base_url)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Netanyahu", delay=30)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(ARTICLE in (href or "") for href in hrefs), hrefs


def test_person_link_leads_to_their_articles(page, base_url):
    page.goto(base_url + ARTICLE)
    page.locator(".archive-people").get_by_role("link", name="Benjamin Netanyahu").click()
    page.wait_for_url("**/people/benjamin-netanyahu/")
    assert page.locator("h1").inner_text() == "Benjamin Netanyahu"
    assert page.get_by_role("link", name="Israel đã hủy chuyến đi", exact=False).count() == 1
    page.get_by_role("link", name="Joe Biden").click()
    page.wait_for_url("**/people/joe-biden/")


def test_march_2024_lists_the_article(page, base_url):
    page.goto(base_url)
    page.locator(".md-tabs").get_by_role("link", name="Theo ngày").click()
    page.get_by_role("link", name="2024", exact=True).click()
    page.get_by_role("link", name="Tháng 3, 2024").click()
    page.wait_for_url("**/dates/2024/03/")
    assert page.locator("h1").inner_text() == "Tháng 3, 2024"
    page.get_by_role("link", name="Israel đã hủy chuyến đi", exact=False).click()
    page.wait_for_url(f"**/{ARTICLE}")


def test_article_prints_without_navigation(page, base_url):
    page.goto(base_url + ARTICLE)
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert page.locator("article h1").is_visible()
