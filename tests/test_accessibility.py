"""Accessibility in a real browser: axe-core on every kind of page and the open search in both
palettes, at desktop and phone width, and no tab stop a reader cannot see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site
from tests.serve_subpath import serve
from tests.test_browser import ARTICLE, browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# More articles answering one query than the dialog shows at first.
CEASEFIRE = [f"date 2023-{i % 12 + 1:02d}-{i % 28 + 1:02d} Ông Netanyahu nói về ngừng bắn, lần thứ {i}." for i in range(24)]
PAGES = {
    "home": "",
    "people": "people/",
    "person": "people/benjamin-netanyahu/",
    "month": "dates/2024/03/",
    "undated": "dates/undated/",
    "article": ARTICLE,
    "404": "404.html",
}
WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The sample with many articles on one ceasefire and an undated one, served at site_url's own
    path, as the 404 page's absolute links expect."""
    articles = {f"ceasefire-{i:02d}.txt": text for i, text in enumerate(CEASEFIRE)}
    articles["undated.txt"] = "Bà Trần Thị Mai kể chuyện giá điện ở Hà Nội."
    # Everyone with a page, so that the sample's people are links, as an archive's regulars are.
    site = build_site(tmp_path_factory.mktemp("accessibility"), articles, person_pages_from=1)
    with serve(site, "/news-archive/") as url:
        yield url


def in_palette(page, url: str, palette: str) -> None:
    """Opens the home page in the palette; Material remembers it for the other pages."""
    page.goto(url)
    if palette == "slate":
        page.locator("label[for='__palette_1']").click()
    page.locator(f"body[data-md-color-scheme='{palette}']").wait_for()


def open_search(page, query: str) -> None:
    page.locator(".md-header [data-archive-search-open]").click()
    page.locator(".archive-search__input").press_sequentially(query, delay=20)
    page.locator('.archive-search__results[aria-busy="false"] li').first.wait_for(timeout=15_000)


def violations(page) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        if not AXE.is_file():
            pytest.fail("node_modules/axe-core is missing: run `npm ci` first")
        page.add_script_tag(path=str(AXE))
    found = page.evaluate("axe.run().then(result => result.violations)")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {json.dumps([n['target'] for n in v['nodes'][:5]])}" for v in found]


@pytest.mark.parametrize("palette", ["default", "slate"])
@pytest.mark.parametrize("name", [*PAGES, "open search"])
def test_axe_finds_no_violation(page, site_url, palette, name):
    in_palette(page, site_url, palette)
    page.goto(site_url + PAGES.get(name, ""))
    if name == "open search":
        open_search(page, "ngung ban")
    found = {}
    for width_name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        found[width_name] = violations(page)
    assert found == {width: [] for width in WIDTHS}


def test_search_dialog_has_a_name(page, site_url):
    page.goto(site_url)
    dialog = page.get_by_role("dialog", name="Tìm trong kho lưu trữ")
    assert not dialog.is_visible()
    page.locator(".md-header [data-archive-search-open]").click()
    assert dialog.is_visible()


def focused(page) -> str:
    return page.evaluate("document.activeElement.outerHTML.split('>')[0] + '>'")


def tab_stops(page) -> list[dict]:
    """Every stop Tab reaches from the top of the page, until it comes round, with whether a reader
    sees it: it has a box on screen once its transitions end, or, for a see-through option (Material's
    palette switch), the label after it, where its focus ring is drawn."""
    page.locator("body").focus()
    stops = []
    for _ in range(200):
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => {
            const node = document.activeElement;
            if (node === document.body) return null;
            document.getAnimations().forEach((animation) => animation.finish());
            const label = node.nextElementSibling;
            const shown = getComputedStyle(node).opacity === "0" && label && label.tagName === "LABEL" ? label : node;
            const box = shown.getBoundingClientRect();
            const seen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
                && shown.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            return { html: node.outerHTML.split(">")[0] + ">", seen, inDialog: !!node.closest("dialog") };
        }""")
        if stop is None or (stops and stop["html"] == stops[0]["html"]):
            break
        stops.append(stop)
    return stops


@pytest.mark.parametrize("width", WIDTHS.values())
@pytest.mark.parametrize("name", ["home", "article", "404"])
def test_tab_reaches_no_invisible_stop_while_search_is_closed(page, site_url, width, name):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + PAGES[name])
    stops = tab_stops(page)
    assert len(stops) > 10  # the page's links, not a focus lost early
    assert [stop["html"] for stop in stops if not stop["seen"] or stop["inDialog"]] == []
    assert any("data-archive-search-open" in stop["html"] for stop in stops)


def test_menu_button_opens_the_navigation_by_keyboard(page, site_url):
    page.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    page.goto(site_url + ARTICLE)
    button = page.locator(".md-header [data-archive-drawer-button]")
    is_focused = "node => node === document.activeElement"
    for _ in range(5):
        page.keyboard.press("Tab")
        if button.evaluate(is_focused):
            break
    else:
        pytest.fail("Tab never reaches the menu button")
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    link = page.locator(".md-sidebar--primary a[href]").first
    assert link.evaluate(is_focused)
    page.evaluate("document.getAnimations().forEach((animation) => animation.finish())")
    box = link.bounding_box()
    assert link.is_visible() and 0 <= box["x"] < WIDTHS["phone"]  # slid in, on screen
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate(is_focused)
