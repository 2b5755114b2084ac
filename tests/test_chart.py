"""A person's articles by month: the bars, their months and counts, the span, and text kept as text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from generator.model import ArticleDate
from generator.render.chart import bar_chart, timeline
from tests.test_render import _article

SVG = "{http://www.w3.org/2000/svg}"


def _figure(articles, lang="vi") -> ET.Element:
    # The chart is well-formed XML too: parse it as such, with SVG's namespace as HTML gives it.
    return ET.fromstring(timeline(articles, lang).replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1))


def _bars(figure: ET.Element) -> list[tuple[str, str, str]]:
    """Each bar's slot middle, height and title, from its line up from the bottom (`M x bottom V top`)."""
    bars = []
    for path in figure.iter(f"{SVG}path"):
        if path.get("class") != "archive-timeline__rule":
            x, bottom, top = re.fullmatch(r"M(\S+) (\d+)V(\d+)", path.get("d")).groups()
            bars.append((x, str(int(bottom) - int(top)), path.find(f"{SVG}title").text))
    return bars


def test_one_bar_per_month_with_articles():
    articles = [
        _article("a", ArticleDate(2024, 3, 25)),
        _article("b", ArticleDate(2024, 3)),
        _article("c", ArticleDate(2023, 12, 1)),
        _article("d", ArticleDate(2023)),  # known only by its year: not in any month
        _article("e", ArticleDate()),
    ]
    figure = _figure(articles)
    svg = figure.find(f"{SVG}svg")
    assert svg.get("viewBox") == "0 0 12 2"  # a year of months, up to two articles high
    assert _bars(figure) == [("8.5", "1", "Tháng 12, 2023: 1 bài viết"), ("11.5", "2", "Tháng 3, 2024: 2 bài viết")]
    # The summary spans what the labels under the chart show, and counts the two articles it cannot place.
    assert svg.get("aria-label") == (
        "Bài viết theo tháng, từ tháng 4, 2023 đến tháng 3, 2024: 3 bài viết trong 2 tháng; "
        "2 bài viết không rõ tháng, không có trên biểu đồ"
    )
    assert figure.find("p").text == "2 bài viết không rõ tháng, không có trên biểu đồ"
    assert svg.find(f"{SVG}path[@class='archive-timeline__rule']").get("d") == "M9 0V2"  # a line where 2024 begins
    assert [span.text for span in figure.iter("span")] == ["Tháng 4, 2023", "Tháng 3, 2024"]


def test_a_single_month_is_shown_in_its_year():
    figure = _figure([_article("a", ArticleDate(2024, 1, 5))])
    assert figure.find(f"{SVG}svg").get("width") == "192"
    assert _bars(figure) == [("11.5", "1", "Tháng 1, 2024: 1 bài viết")]
    assert figure.find(f"{SVG}path[@class='archive-timeline__rule']") is None  # January is the first slot's own month: no line before it
    assert figure.find("p") is None  # every article is on the chart


def test_fifteen_years_are_one_slot_per_month():
    articles = [_article(f"a{n}", ArticleDate(2010 + n, 1 + n % 12, 1)) for n in range(15)]
    figure = _figure(articles, "en")
    svg = figure.find(f"{SVG}svg")
    months = (2024 - 2010) * 12 + 3  # January 2010 to March 2024
    assert svg.get("viewBox") == f"0 0 {months} 1" and svg.get("width") == str(months * 16)
    bars = _bars(figure)
    assert len(bars) == 15 and bars[0] == ("0.5", "1", "January 2010: 1 article")
    assert bars[-1] == (f"{months - 1 + 0.5:g}", "1", "March 2024: 1 article")
    assert svg.find(f"{SVG}path[@class='archive-timeline__rule']").get("d").count("M") == 14  # one line at each new year


def test_no_chart_without_a_known_month():
    assert timeline([_article("a", ArticleDate(2023)), _article("b", ArticleDate())], "vi") == ""


def test_text_stays_text():
    title, label = '</svg><script>alert("x")</script>', "<b>Tí & Tèo</b>"
    svg = ET.fromstring(bar_chart(title, [(label, 3), ("empty", 0)]).replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1))
    assert svg.get("aria-label") == title
    assert [bar.find(f"{SVG}title").text for bar in svg.iter(f"{SVG}path")] == [label]  # no bar for a count of 0
    assert not list(svg.iter(f"{SVG}script")) and not list(svg.iter(f"{SVG}b"))
