"""End to end in a real browser: the built sample site, searched and browsed as a reader would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

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
    with serve(build_site(tmp_path_factory.mktemp("browser"), person_pages_from=1)) as url:
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


def search(page, base_url, query):
    page.goto(base_url)
    page.locator(".md-header [data-archive-search-open]").click()
    box = page.locator(".archive-search__input")
    box.press_sequentially(query, delay=30)
    results = page.locator(".archive-search__link")
    results.first.wait_for(timeout=15_000)
    return results


def settled(page, base_url, query):
    """The results of the whole query, once the list shows them all."""
    results = search(page, base_url, query)
    page.locator('.archive-search__results[aria-busy="false"]').wait_for(timeout=15_000)
    return hrefs(results, base_url)


def hrefs(results, base_url):
    prefix = urlsplit(base_url).path
    return [results.nth(i).get_attribute("href").removeprefix(prefix) for i in range(results.count())]


@pytest.mark.parametrize("query", ["ngung ban", "ngừng bắn", "hoi dong bao an", "Hội đồng Bảo an"])
def test_search_finds_the_article_with_or_without_tone_marks(page, base_url, query):
    assert settled(page, base_url, query) == [ARTICLE]
    result = page.locator(".archive-search__item").first
    assert result.locator(".archive-search__link").inner_text().startswith("Israel đã hủy chuyến đi")
    assert result.locator(".archive-search__date").inner_text() == "tháng 3, 2024"
    assert result.locator("mark").count() >= 1  # the matched words are highlighted


def test_a_search_overtaken_by_more_keys_shows_nothing(page, ranking_url):
    """Keys typed while the search for the keys before them still waits for its files: when the files
    come, the list shows the whole query's results only, never the shorter query's."""
    # The index's files are held until the test lets them through.
    page.add_init_script("""const fetched = window.fetch; let held = [];
      window.releaseIndex = () => { window.fetch = fetched; held.forEach((go) => go()); held = []; };
      window.fetch = (...asked) => String(asked[0]).includes("search-index")
        ? new Promise((go) => held.push(go)).then(() => fetched(...asked)) : fetched(...asked);""")
    page.goto(ranking_url)
    page.locator(".md-header [data-archive-search-open]").click()
    box = page.locator(".archive-search__input")
    box.press_sequentially("pham van", delay=10)
    page.wait_for_timeout(200)  # the search for `pham van` has begun, and waits for its files
    box.press_sequentially(" dong", delay=10)
    page.evaluate("window.releaseIndex()")
    page.locator('.archive-search__results[aria-busy="false"]').wait_for(timeout=15_000)
    assert hrefs(page.locator(".archive-search__link"), ranking_url) == ["people/pham-van-dong/", "articles/namesake/"]


def test_one_letter_waits_for_the_next(page, base_url):
    # A single letter is a prefix of most words: the box asks for more instead of searching it.
    results = search(page, base_url, "Is")
    page.locator(".archive-search__input").press("Backspace")
    page.locator(".archive-search__status", has_text="Gõ để tìm").wait_for(timeout=5_000)
    assert results.count() == 0


def test_search_filters_by_year_and_person(page, base_url):
    search(page, base_url, "Israel")
    years = page.locator(".archive-search__filters select")
    assert "2024" in years.inner_text()
    years.select_option("2024")
    page.locator(".archive-search__item").first.wait_for()
    person = page.locator(".archive-search__filters input")
    person.fill("Nobody Here")
    person.dispatch_event("change")
    page.locator(".archive-search__status", has_text="Không tìm thấy").wait_for(timeout=5_000)
    person.fill("Pat Ryder")
    person.dispatch_event("change")
    page.locator(".archive-search__status", has_text="1 bài").wait_for(timeout=5_000)


def test_search_downloads_little(page, base_url):
    fetched = []
    page.on("response", lambda response: fetched.append(response))
    search(page, base_url, "Gallant")
    search_bytes = sum(len(r.body()) for r in fetched if "/search-index/" in r.url and r.ok)
    assert 0 < search_bytes < 1_000_000


def test_search_code_loads_only_when_the_dialog_opens(page, base_url):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    assert not any(url.endswith("/search.js") or "/search-index/" in url for url in fetched)
    page.keyboard.press("/")
    page.locator(".archive-search__filters option").nth(1).wait_for(state="attached")  # the years, from the index
    assert any(url.endswith("/assets/search.js") for url in fetched)


def test_palette_switches_by_keyboard_and_is_remembered(page, base_url):
    page.goto(base_url)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "__palette":
            break
    else:
        pytest.fail("Tab never reaches the palette switch")
    # The focused switch's ring is drawn on the label the reader sees.
    assert page.evaluate("getComputedStyle(document.activeElement.nextElementSibling).outlineStyle") == "auto"
    page.keyboard.press("Enter")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert page.locator("label[for='__palette_0']").is_visible() and not page.locator("label[for='__palette_1']").is_visible()
    page.goto(base_url + "people/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.locator("label[for='__palette_0']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"


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


@pytest.fixture(scope="module")
def people_url(tmp_path_factory):
    """The sample with an older article naming Netanyahu by his family name beside a person the sample
    names too, and two people under D and Đ."""
    site = build_site(tmp_path_factory.mktemp("people"), {
        "older.txt": "date 2023-10-08 Ông Netanyahu họp nội các chiến tranh với Tổng thống Joe Biden ở Tel Aviv.",
        "hanoi.txt": "date 2022-05-03 Ông Đặng Hoàng Giang và bà Dương Thị Hoa dự họp ở Hà Nội.",
        # A name whose two pairs are common apart: another person's, and a word (`vận động`).
        "namesake.txt": "date 2021-03-01 Ông Phạm Văn Động khánh thành cây cầu mới.",
        **{f"other-{i}.txt": f"date 2021-02-0{i} Ông Phạm Văn Hùng thăm trường lần thứ {i}." for i in range(1, 4)},
        **{f"sport-{i}.txt": f"date 2021-01-0{i} Các vận động viên tập luyện lần thứ {i}." for i in range(1, 4)},
    }, person_pages_from=1)
    with serve(site) as url:
        yield url


def test_person_page_shows_other_names_mentions_and_chart(page, people_url):
    page.goto(people_url + "people/benjamin-netanyahu/")
    facts = page.locator("p.archive-meta")
    assert facts.inner_text() == (
        "Tên khác: Netanyahu · Nhắc đến lần đầu: 8 tháng 10, 2023 · Lần gần nhất: tháng 3, 2024"
    )
    assert [t.get_attribute("datetime") for t in facts.locator("time").all()] == ["2023-10-08", "2024-03"]
    chart = page.locator(".archive-timeline svg")
    assert chart.get_attribute("aria-label").endswith(": 2 bài viết trong 2 tháng")
    bars = chart.locator("path:not(.archive-timeline__rule)")
    # One bar a month with articles, each naming its month and count, drawn where it can be seen.
    assert [bar.locator("title").text_content() for bar in bars.all()] == [
        "Tháng 10, 2023: 1 bài viết", "Tháng 3, 2024: 1 bài viết",
    ]
    for bar in bars.all():
        # A bar is a stroked line: the point a reader hovers, at its middle and either side, is the bar.
        box = bar.bounding_box()
        assert box["height"] > 20
        for dx in (-4, 0, 4):
            hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).textContent",
                                [box["x"] + box["width"] / 2 + dx, box["y"] + box["height"] / 2])
            assert hit == bar.locator("title").text_content()
    assert page.locator(".archive-timeline figcaption").inner_text().split("\n") == ["Tháng 4, 2023", "Tháng 3, 2024"]


def test_a_to_z_row_of_letters_reaches_each_letter(page, people_url):
    page.goto(people_url + "people/")
    letters = page.locator("nav.archive-letters a")
    assert letters.all_inner_texts() == ["B", "D", "Đ", "J", "L", "P", "Y"]
    for letter in letters.all():
        target = letter.get_attribute("href")
        assert page.locator(f"h2{target}").inner_text() == letter.inner_text()
    letters.get_by_text("Đ", exact=True).click()
    page.wait_for_url("**/people/#d-stroke")
    # Scrolled to, and not hidden under the fixed header.
    header, heading = page.locator(".md-header").bounding_box(), page.locator("h2#d-stroke").bounding_box()
    assert page.evaluate("window.scrollY") > 0
    assert header["y"] + header["height"] <= heading["y"] < page.viewport_size["height"]
    section = page.locator("h2#d-stroke + ul")
    assert section.inner_text() == "Đặng Hoàng Giang · 1 bài viết"
    assert page.locator("h2#d + ul").inner_text().splitlines() == [
        "Donald Trump · 1 bài viết", "Dương Thị Hoa · 1 bài viết",
    ]


# Every field a theme prints, and the article's text, carry script that would run if any became markup.
HOSTILE_MARKDOWN = """---
title: 'Giá điện <img src=x onerror="window.ran=(window.ran||[]).concat(`title`)">'
author: '"><script>window.ran=(window.ran||[]).concat("author")</script>'
date: 2024-03-21
people: ['<img src=x onerror="window.ran=(window.ran||[]).concat(`person`)">']
---

Bà Trần Thị Mai nói <img src=x onerror="window.ran=(window.ran||[]).concat('text')"> rằng giá điện tăng vọt.
"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    with serve(build_site(tmp_path_factory.mktemp("hostile"), {"hostile.md": HOSTILE_MARKDOWN})) as url:
        yield url


def test_no_field_of_an_article_runs_as_script(page, hostile_url):
    for address in ("articles/hostile/", "", "people/", "dates/2024/03/"):
        page.goto(hostile_url + address)
        page.wait_for_load_state("load")
        assert page.evaluate("window.ran") is None, address
    page.goto(hostile_url + "articles/hostile/")
    assert "<img src=x" in page.locator("h1").inner_text()  # shown as written
    search(page, hostile_url, "tăng vọt")
    page.locator(".archive-search__item", has_text="<img src=x").first.wait_for(timeout=5_000)
    assert page.evaluate("window.ran") is None, "search results"

@pytest.fixture(scope="module")
def ranking_url(tmp_path_factory):
    """The sample (whose title holds `Hội đồng Bảo an`) beside an older article with the phrase, and
    newer ones holding it otherwise: folded alike with other marks (`Hồi đông bão an`), or scattered.
    And an older article naming Netanyahu, and people whose names share pairs with other pages'."""
    site = build_site(tmp_path_factory.mktemp("ranking"), {
        "council.txt": "date 2020-01-05 Hội đồng Bảo an họp về Syria.",
        "other-marks.txt": "date 2024-06-02 Hồi đông bão an toàn đi qua làng chài.",
        "scattered.txt": "date 2024-07-01 Hội làng đồng lòng bảo nhau giữ an toàn cho đê.",
        "older.txt": "date 2023-10-08 Ông Netanyahu họp nội các chiến tranh với Tổng thống Joe Biden ở Tel Aviv.",
        "hanoi.txt": "date 2022-05-03 Ông Đặng Hoàng Giang và bà Dương Thị Hoa dự họp ở Hà Nội.",
        # A name whose two pairs are common apart: another person's, and a word (`vận động`).
        "namesake.txt": "date 2021-03-01 Ông Phạm Văn Động khánh thành cây cầu mới.",
        **{f"other-{i}.txt": f"date 2021-02-0{i} Ông Phạm Văn Hùng thăm trường lần thứ {i}." for i in range(1, 4)},
        **{f"sport-{i}.txt": f"date 2021-01-0{i} Các vận động viên tập luyện lần thứ {i}." for i in range(1, 4)},
    }, person_pages_from=1)
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("query, order", [
    # Typed without marks: the phrase in its commonest form (newest first), then in another form, then
    # scattered, though newer.
    ("hoi dong bao an", [ARTICLE, "articles/council/", "articles/other-marks/", "articles/scattered/"]),
    ("Hội đồng Bảo an", [ARTICLE, "articles/council/", "articles/other-marks/", "articles/scattered/"]),
    # Typed with these marks: the form typed first.
    ("Hồi đông bão an", ["articles/other-marks/", ARTICLE, "articles/council/", "articles/scattered/"]),
    # A person's name, with `d` for `đ`: their page first, then their articles, newest first.
    ("benjamin netanyahu", ["people/benjamin-netanyahu/", ARTICLE, "articles/older/"]),
    ("dang hoang giang", ["people/dang-hoang-giang/", "articles/hanoi/"]),
    ("Đặng Hoàng Giang", ["people/dang-hoang-giang/", "articles/hanoi/"]),
    ("pham van dong", ["people/pham-van-dong/", "articles/namesake/"]),
    # The end of a name that is one person's alone finds them too.
    ("biden", ["people/joe-biden/", ARTICLE, "articles/older/"]),
])
def test_search_ranks_phrases_marks_and_people(page, ranking_url, query, order):
    assert settled(page, ranking_url, query) == order


def test_last_syllable_is_completed_while_typed(page, ranking_url):
    assert settled(page, ranking_url, "dang hoang gi")[0] == "articles/hanoi/"
    assert page.locator(".archive-search mark", has_text="Giang").count() >= 1


# Titles opening with these words put the undated articles under several letters, over two pages.
WORDS = ["Ánh", "Bình", "Cầu", "Đường", "Giá", "Hà", "Ông", "Ưu", "Xe", "\"Yên"]
UNDATED = 130
DATED = 76  # with the undated ones, over the 200 articles that put a person's list on two pages


@pytest.fixture(scope="module")
def long_url(tmp_path_factory):
    """Long lists: 130 undated articles naming one person, and 76 of theirs dated in 2022 and 2023."""
    articles = {
        f"u{i}.txt": f"{WORDS[i % len(WORDS)]} chuyện kể thứ {i} ở làng\n\nÔng Trần Văn Bình kể chuyện thứ {i} với dân làng."
        for i in range(UNDATED)
    }
    articles |= {
        f"d{i}.txt": f"date {2022 + i % 2}-0{1 + i % 9}-1{i % 9} Ông Trần Văn Bình họp lần thứ {i} về đê điều."
        for i in range(DATED)
    }
    # A month with two days in it.
    articles |= {f"m{day}.txt": f"date 2021-05-{day:02d} Bà Lê Thị Hoa mở chợ phiên ngày {day}." for day in (3, 20)}
    with serve(build_site(tmp_path_factory.mktemp("long"), articles)) as url:
        yield url


def test_titles_name_the_page_once(page, long_url):
    page.goto(long_url)
    assert page.title() == "Kho tin tức"
    page.goto(long_url + ARTICLE)
    assert page.title() == page.locator("h1").inner_text() + " | Kho tin tức"
    page.goto(long_url + "dates/undated/")
    assert page.title() == "Bài không rõ ngày | Kho tin tức"


def test_undated_list_counts_pages_above_and_below_and_says_its_order(page, long_url):
    page.goto(long_url + "dates/undated/2/")
    pagers = page.locator("nav.archive-pager")
    assert pagers.count() == 2
    for pager in pagers.all():
        assert pager.inner_text().startswith(f"Bài 101–{UNDATED} · Trang:")
    # Above the list and below it.
    items = page.locator("ul.archive-list li")
    assert pagers.first.bounding_box()["y"] < items.first.bounding_box()["y"]
    assert pagers.last.bounding_box()["y"] > items.last.bounding_box()["y"]
    assert "xếp theo tên bài" in page.locator("article").inner_text()
    # Landmarks a screen reader lists by name, the page itself marked as the current one.
    above = page.get_by_role("navigation", name="Các trang của danh sách", exact=True)
    below = page.get_by_role("navigation", name="Các trang của danh sách, cuối danh sách", exact=True)
    for pager in (above, below):
        assert pager.locator('[aria-current="page"]').inner_text() == "2"
    above.get_by_role("link", name="1", exact=True).click()
    page.wait_for_url("**/dates/undated/")
    assert page.locator("nav.archive-pager").first.inner_text().startswith("Bài 1–100 · Trang:")


def test_letters_jump_to_their_titles_on_any_page(page, long_url):
    page.goto(long_url + "dates/undated/")
    letters = page.locator("nav.archive-letters a")
    texts = letters.all_inner_texts()
    assert texts == ["A", "B", "C", "Đ", "G", "H", "Ô", "Ư", "X", "Y"]
    for text in texts:
        page.goto(long_url + "dates/undated/")
        page.locator("nav.archive-letters").get_by_role("link", name=text, exact=True).click()
        page.wait_for_load_state("load")
        anchor = urlsplit(page.url).fragment
        heading = page.locator(f"h2#{anchor}")
        assert heading.inner_text() == text
        # The first title under it starts with the letter (a quote mark before it is not counted).
        first = page.locator(f"h2#{anchor} + ul li a").first.inner_text().lstrip('"')
        assert first[0].upper() in {"A": "AÁ"}.get(text, text)
    assert "/dates/undated/2/" in page.url  # the last letters are on the second page


def test_person_list_jumps_by_year_and_pages(page, long_url):
    page.goto(long_url + "people/tran-van-binh/")
    years = page.locator('nav.archive-letters[aria-label="Theo năm"] a')
    assert years.all_inner_texts() == ["2023", "2022", "Không rõ ngày"]
    assert page.locator("nav.archive-pager").count() == 2
    years.get_by_text("2022").click()
    assert page.locator("h2#year-2022").is_visible()
    # The oldest hundred, numbered 1 for good, say the dates they span and lead back to the newest.
    page.get_by_role("navigation", name="Các trang của danh sách", exact=True).get_by_role("link", name="1").click()
    page.wait_for_url("**/people/tran-van-binh/1/")
    pagers = page.locator("nav.archive-pager")
    assert pagers.first.inner_text().startswith("Không rõ ngày · Trang: Mới nhất 1")
    assert pagers.first.locator('[aria-current="page"]').inner_text() == "1"
    assert page.locator("ul.archive-list li").count() == 100
    pagers.last.get_by_role("link", name="Mới nhất").click()
    page.wait_for_url("**/people/tran-van-binh/")


def test_month_list_jumps_by_day(page, long_url):
    page.goto(long_url + "dates/2021/05/")
    days = page.get_by_role("navigation", name="Các ngày trong tháng")
    assert days.get_by_role("link").all_inner_texts() == ["3", "20"]
    days.get_by_role("link", name="20").click()
    page.wait_for_url("**/dates/2021/05/#day-20")
    assert page.locator("h2#day-20").inner_text() == "Ngày 20"


@pytest.mark.parametrize("address", ["", "people/tran-van-binh/", "people/tran-van-binh/1/", "dates/undated/2/", ARTICLE,
                                     "people/"])
def test_every_request_succeeds_on_the_site(page, long_url, address):
    requests, failed = [], []
    page.on("requestfinished", lambda request: requests.append(request))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(long_url + address)
    page.wait_for_load_state("networkidle")
    assert not failed
    assert requests and all(r.url.startswith(long_url) for r in requests), [r.url for r in requests]
    assert all(r.response().status < 400 for r in requests), [(r.url, r.response().status) for r in requests]


def test_printout_names_the_site_and_address_and_ends_with_the_article(page, long_url):
    page.goto(long_url + "articles/d1/")
    # The line is the head's site name and canonical address, shown by print.css alone.
    source = page.locator("head")
    assert not source.is_visible()
    page.emulate_media(media="print")
    assert source.is_visible()
    shown = page.evaluate("""() => [...document.head.children]
        .filter((element) => element.getBoundingClientRect().width > 0)
        .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
        .map((element) => getComputedStyle(element, "::before").content.slice(1, -1)).join("")""")
    assert shown == "Kho tin tức\xa0· https://example.github.io/news-archive/articles/d1/"
    assert source.bounding_box()["y"] + source.bounding_box()["height"] < page.locator("article h1").bounding_box()["y"]
    assert page.locator("time[datetime]").first.is_visible()
    for hidden in (".md-header", ".md-sidebar--primary", ".archive-further"):
        assert page.locator(hidden).count() and not page.locator(hidden).first.is_visible(), hidden
