"""A word typed with one typo still finds what it meant, in a real browser: a letter changed, dropped,
added, or two swapped, or the space between two syllables; the words as typed first; and nothing more
when the words typed find enough."""

from __future__ import annotations

import pytest

from generator.search_index import near_files
from tests.conftest import build_site
from tests.serve_subpath import serve
from tests.test_browser import browser, page, settled  # noqa: F401 (fixtures)
from tests.test_search_index import read_key_file


def test_a_word_is_listed_among_the_words_of_its_length_by_its_first_and_by_its_last_letter():
    files = near_files(["quince", "quinze", "ab", "x2go", "café", "tạ", "p:quince", "quince tree"])
    # Plain words of three letters or more, as files of keys without fields; those by the last letter backwards.
    assert {name: list(read_key_file(text)) for name, text in files.items()} == {
        "q6": ["quince", "quinze"], "6e": ["ecniuq", "ezniuq"]}


@pytest.fixture(scope="module")
def typo_url(tmp_path_factory):
    """Made-up people and words: a person with a page, a word on one page beside a word one letter
    longer on four others, a word on many pages beside one a letter away on one, and two syllables
    a reader may type as one word."""
    site = build_site(tmp_path_factory.mktemp("typos"), {
        "quince-1.txt": "date 2022-03-01 Ông Bartholomew Quince khai trương cửa hàng bánh ở Đà Lạt.",
        "quince-2.txt": "date 2022-04-01 Ông Bartholomew Quince mở thêm lò bánh thứ hai.",
        "khue.txt": "date 2022-05-01 Bà Tạ Minh Khuê và ông Bartholomew Quince ký hợp đồng cung cấp bột mì.",
        "khue-2.txt": "date 2022-06-01 Bà Tạ Minh Khuê nhận giải thưởng doanh nhân trẻ.",
        "kanto.txt": "date 2021-01-01 Ngọn đồi Kanto nhìn ra biển.",
        **{f"kantor-{i}.txt": f"date 2023-0{i}-01 Nhà hát Kantor diễn vở thứ {i}." for i in range(1, 5)},
        **{f"harbour-{i}.txt": f"date 2020-0{i}-02 Cảng Zelmora đón tàu lần thứ {i}." for i in range(1, 7)},
        "zelmore.txt": "date 2020-08-02 Làng Zelmore trồng cà phê.",
        "bakery.txt": "date 2022-07-01 Cửa hàng mới bán bánh mì nướng.",
    }, person_pages_from=1)
    with serve(site) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("query, first", [
    ("ta minh khur", "people/ta-minh-khue/"),  # a letter changed
    ("bartholomw quince", "people/bartholomew-quince/"),  # a letter dropped
    ("bartholomew quuince", "people/bartholomew-quince/"),  # a letter added
    ("bartholomew qiunce", "people/bartholomew-quince/"),  # two letters swapped
    ("qunice", "people/bartholomew-quince/"),
])
def test_one_typo_a_word_still_finds_the_person_first(page, typo_url, query, first):
    assert settled(page, typo_url, query)[0] == first


@pytest.mark.browser
def test_the_list_says_and_marks_the_word_read_for_the_typo(page, typo_url):
    settled(page, typo_url, "ta minh khur")
    assert page.locator(".archive-search__status").inner_text() == "3 bài (tìm cả: khuê)"
    assert page.locator(".archive-search mark", has_text="Khuê").count() >= 1


@pytest.mark.browser
def test_two_syllables_typed_as_one_word_find_them(page, typo_url):
    assert settled(page, typo_url, "banhmi nuong") == ["articles/bakery/"]
    assert page.locator(".archive-search__status").inner_text() == "1 bài (tìm cả: bánh mì)"
    assert page.locator(".archive-search mark").all_inner_texts()[:3] == ["bánh", "mì", "nướng"]


@pytest.mark.browser
def test_the_word_as_typed_ranks_before_its_corrections(page, typo_url):
    assert settled(page, typo_url, "kanto") == ["articles/kanto/", *(f"articles/kantor-{i}/" for i in range(4, 0, -1))]


@pytest.mark.browser
def test_the_pages_holding_the_words_as_typed_show_before_the_corrections_are_in(page, typo_url):
    held = []
    page.route("**/search-index/near/**", lambda route: held.append(route))  # the corrections' files never come
    page.goto(typo_url)
    page.keyboard.press("/")
    with page.expect_request("**/search-index/near/**"):
        page.locator(".archive-search__input").press_sequentially("kanto", delay=30)
    page.locator(".archive-search__link").first.wait_for()
    assert page.locator(".archive-search__results").get_attribute("aria-busy") == "true"
    assert page.locator(".archive-search__link").count() == 1
    assert page.locator(".archive-search__status").inner_text() == "1 bài"


@pytest.mark.browser
def test_words_found_on_enough_pages_are_not_read_as_others(page, typo_url):
    found = settled(page, typo_url, "zelmora")
    assert len(found) == 6 and "articles/zelmore/" not in found
    assert page.locator(".archive-search__status").inner_text() == "6 bài"


@pytest.mark.browser
def test_one_typo_is_a_letter_changed_dropped_added_or_two_neighbours_swapped(page, typo_url):
    page.goto(typo_url)
    pairs = [["quince", "quinze", True], ["quince", "quice", True], ["quince", "quincee", True],
             ["quince", "qiunce", True], ["quince", "uqince", True], ["quince", "quinec", True],
             ["quince", "quince", False], ["quince", "qiuncr", False], ["quince", "quin", False], ["quince", "quincess", False]]
    found = page.evaluate("""async (pairs) => {
        const { oneTypo } = await import(new URL("assets/search.js", document.baseURI).href);
        return pairs.map(([a, b]) => oneTypo(a, b) && oneTypo(b, a));
    }""", pairs)
    assert found == [expected for _, _, expected in pairs]
