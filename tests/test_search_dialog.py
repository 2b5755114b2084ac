"""The search dialog in a real browser, worked by keyboard alone: open, move, open a result, close,
see every result; and no other search loaded beside it."""

from __future__ import annotations

import pytest

from tests.test_accessibility import CEASEFIRE, focused, open_search, site_url  # noqa: F401 (fixture)
from tests.test_browser import ARTICLE, browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def test_no_other_search_is_loaded(page, site_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url)
    open_search(page, "ngung ban")
    assert any("/search-index/" in url for url in fetched)
    assert [url for url in fetched if "lunr" in url or "/workers/" in url or "/search/" in url] == []


def test_typed_without_marks_arrow_down_and_enter_open_the_article(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    page.locator(".archive-search__input").press_sequentially("hoi dong bao an", delay=20)
    page.locator('.archive-search__results[aria-busy="false"] li').first.wait_for(timeout=15_000)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith(ARTICLE)
    page.keyboard.press("ArrowUp")
    assert "archive-search__input" in focused(page)
    page.keyboard.press("ArrowDown")
    # Typing on a result goes on typing the query.
    page.keyboard.type("x")
    assert page.locator(".archive-search__input").input_value() == "hoi dong bao anx"
    page.keyboard.press("Backspace")
    page.locator('.archive-search__results[aria-busy="false"] li').first.wait_for(timeout=15_000)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{ARTICLE}")
    assert page.locator("h1").inner_text().startswith("Israel đã hủy chuyến đi")


def test_enter_in_the_box_opens_the_best_result(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    box = page.locator(".archive-search__input")
    box.press_sequentially("hoi dong bao an", delay=20)
    box.press("Enter")
    page.wait_for_url(f"**/{ARTICLE}")


def test_escape_closes_the_search_and_gives_focus_back(page, site_url):
    page.goto(site_url)
    opener = page.locator(".md-header [data-archive-search-open]")
    opener.focus()
    page.keyboard.press("Enter")
    assert "archive-search__input" in focused(page)
    page.keyboard.press("Escape")
    assert not page.locator("#archive-search").is_visible()
    assert page.evaluate("document.activeElement.matches('.md-header [data-archive-search-open]')")


def test_tab_stays_inside_the_open_search(page, site_url):
    page.goto(site_url)
    open_search(page, "ngung ban")
    inside = "document.getElementById('archive-search').contains(document.activeElement)"
    stops = page.locator("#archive-search").evaluate(
        "dialog => dialog.querySelectorAll('input, select, button:not([hidden]), a[href]').length")
    seen = set()
    for _ in range(stops + 2):
        page.keyboard.press("Tab")
        assert page.evaluate(inside), focused(page)
        seen.add(focused(page))
    assert len(seen) == stops  # round every stop, and round again
    page.locator(".archive-search__input").focus()
    page.keyboard.press("Shift+Tab")
    assert "archive-search__more" in focused(page)


def test_more_shows_every_result(page, site_url):
    page.goto(site_url)
    open_search(page, "ngung ban")
    expected = len(CEASEFIRE) + 1  # and the sample article
    page.locator(".archive-search__status", has_text=f"{expected} bài").wait_for()
    results = page.locator(".archive-search__link")
    shown = results.count()
    assert shown < expected
    more = page.locator(".archive-search__more")
    # Reached with the arrows from the last result, and pressed with Enter.
    results.last.focus()
    page.keyboard.press("ArrowDown")
    assert "archive-search__more" in focused(page)
    page.keyboard.press("Enter")
    page.locator(".archive-search__link").nth(expected - 1).wait_for()
    assert results.count() == expected
    assert not more.is_visible()
    # Focus goes on to the first result just shown.
    assert page.evaluate("document.activeElement.getAttribute('href')") == results.nth(shown).get_attribute("href")


def test_404_page_search_button_opens_the_search_by_keyboard(page, site_url):
    page.goto(site_url + "404.html")
    button = page.locator("article [data-archive-search-open]")
    for _ in range(30):
        page.keyboard.press("Tab")
        if button.evaluate("node => node === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the 404 page's search button")
    page.keyboard.press("Enter")
    assert "archive-search__input" in focused(page)
    page.keyboard.press("Escape")
    assert button.evaluate("node => node === document.activeElement")
