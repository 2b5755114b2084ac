"""The header's light/dark switch is made by its script after the page is first drawn: before that, its
place already shows it as it will be, in either palette."""

from __future__ import annotations

import json

import pytest

from tests.test_browser import base_url, browser  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SAVED = {"light": None, "dark": {"index": 1, "color": {"scheme": "slate", "primary": "indigo", "accent": "indigo"}}}


def header(browser, url: str, palette: str, script: bool) -> bytes:
    context = browser.new_context(viewport={"width": 1280, "height": 400})
    page = context.new_page()
    if not script:  # the page as first drawn, before the switch's script has run
        page.route("**/assets/palette.js", lambda route: route.abort())
    page.goto(url)
    if SAVED[palette]:
        page.evaluate("saved => localStorage.setItem(new URL('./', location).pathname + '.__palette', saved)",
                      json.dumps(SAVED[palette]))
        page.reload()
    switch = page.locator("[data-md-component=palette]")
    if script:
        switch.locator("label:not([hidden])").wait_for()
    else:
        assert switch.evaluate("form => form.children.length") == 0
    shot = page.locator(".md-header").screenshot()
    context.close()
    return shot


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_switch_is_drawn_before_its_script_runs(browser, base_url, palette):
    assert header(browser, base_url, palette, script=False) == header(browser, base_url, palette, script=True)
