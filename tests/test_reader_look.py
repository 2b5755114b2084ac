"""What a reader of a built site trips on, in a real browser: where keyboard focus is, and what the
browser's tab calls a page."""

from __future__ import annotations

import pytest

from tests.test_accessibility import PAGES, WIDTHS, site_url  # noqa: F401 (fixture)
from tests.test_browser import browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

IS_FOCUSED = "node => node === document.activeElement"


def tab_to(page, locator, tries: int = 10) -> None:
    for _ in range(tries):
        page.keyboard.press("Tab")
        if locator.evaluate(IS_FOCUSED):
            return
    pytest.fail(f"Tab never reaches {locator}")


@pytest.mark.parametrize(("width", "button"), [
    (WIDTHS["desktop"], ".md-header .md-logo"),
    (WIDTHS["desktop"], ".md-header [data-archive-search-open]"),
    (WIDTHS["phone"], ".md-header [data-archive-drawer-button]"),
    (WIDTHS["phone"], ".md-header [data-archive-search-open]"),
])
def test_a_header_button_reached_by_tab_shows_its_focus(page, site_url, width, button):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + PAGES["article"])
    target = page.locator(button)
    tab_to(page, target)
    assert target.evaluate("node => getComputedStyle(node).outlineStyle") != "none"


def test_the_404_page_is_named_in_the_browser_s_tab(page, site_url):
    page.goto(site_url + PAGES["404"])
    assert page.title() == "Không tìm thấy trang | Kho tin tức"


@pytest.fixture
def open_drawer(page, site_url):
    """The navigation drawer of a phone, opened by keyboard, focus on its first link; its menu button."""
    page.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    page.goto(site_url + PAGES["people"])
    button = page.locator(".md-header [data-archive-drawer-button]")
    tab_to(page, button)
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    return button


def test_tab_out_of_the_drawer_closes_it(page, open_drawer):
    inside = "() => !!document.activeElement.closest('.md-sidebar--primary')"
    for _ in range(10):
        page.keyboard.press("Tab")
        if not page.evaluate(inside):
            break
    else:
        pytest.fail("Tab never leaves the drawer")
    assert open_drawer.get_attribute("aria-expanded") == "false"
    assert not page.locator("#__drawer").is_checked()


def test_a_click_on_the_drawer_s_empty_part_leaves_it_open(page, open_drawer):
    page.evaluate("document.getAnimations().forEach((animation) => animation.finish())")
    page.mouse.click(100, 700)  # the drawer's empty part, under its links
    assert open_drawer.get_attribute("aria-expanded") == "true"
