"""The home page's span of dates: each end as precise as it is known, what both ends share said once."""

from __future__ import annotations

import pytest

from generator.locale import format_span
from generator.model import ArticleDate


@pytest.mark.parametrize("first, last, english, vietnamese", [
    # Years apart: each end whole, at its own precision.
    ((1986,), (1987, 3, 18), "from 1986 to 18 March 1987", "từ năm 1986 đến 18 tháng 3, 1987"),
    ((2020, 1, 5), (2024, 7, 1), "from 5 January 2020 to 1 July 2024", "từ 5 tháng 1, 2020 đến 1 tháng 7, 2024"),
    # One year: the year once, and the month once when both days lie in it.
    ((1987, 2, 2), (1987, 3, 18), "from 2 February to 18 March 1987", "từ 2 tháng 2 đến 18 tháng 3, 1987"),
    ((1987, 3, 2), (1987, 3, 18), "from 2 to 18 March 1987", "từ 2 đến 18 tháng 3, 1987"),
    ((1987, 2), (1987, 3, 18), "from February to 18 March 1987", "từ tháng 2 đến 18 tháng 3, 1987"),
    # An end known by its year (or month) alone holds the other.
    ((1987,), (1987, 3, 18), "dated 1987, the newest of 18 March", "đăng năm 1987, mới nhất ngày 18 tháng 3"),
    ((1987, 3), (1987, 3, 18), "dated March 1987, the newest of 18 March", "đăng tháng 3, 1987, mới nhất ngày 18 tháng 3"),
    ((1987, 3, 2), (1987,), "dated 1987, the oldest of 2 March", "đăng năm 1987, sớm nhất ngày 2 tháng 3"),
    # One date.
    ((2024, 3), (2024, 3), "dated March 2024", "đăng tháng 3, 2024"),
    ((2024, 3, 25), (2024, 3, 25), "dated 25 March 2024", "đăng ngày 25 tháng 3, 2024"),
])
def test_a_span_says_each_end_at_its_precision_and_what_they_share_once(first, last, english, vietnamese):
    assert format_span(ArticleDate(*first), ArticleDate(*last), "en") == english
    assert format_span(ArticleDate(*first), ArticleDate(*last), "vi") == vietnamese
