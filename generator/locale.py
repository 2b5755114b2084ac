"""The words the generated pages use around the articles, in the site's language, and dates as readers write them."""

from __future__ import annotations

from dataclasses import dataclass

from .model import ArticleDate


@dataclass(frozen=True)
class Plural:
    """A count, `1 article` or `2 articles`, its number grouped in thousands as the language writes
    them (`1.500 bài viết`, `1,500 articles`); read like a label: `.format(n=...)`."""

    one: str
    other: str
    thousands: str = ","

    def format(self, n: int) -> str:
        return (self.one if n == 1 else self.other).format(n=_grouped(n, self.thousands))


def _count(text: str) -> Plural:
    """A Vietnamese count: one form for every number, grouped in thousands by dots."""
    return Plural(text, text, ".")


LABELS = {
    "vi": {
        "home": "Trang chủ",
        "people": "Nhân vật",
        "dates": "Theo ngày",
        "date": "Ngày",
        "sources": "Nguồn",
        "language": "Ngôn ngữ",
        "reading_time": "Thời gian đọc",
        "minutes": "{n} phút",
        "articles_count": _count("{n} bài viết"),
        "people_count": _count("{n} nhân vật"),
        "newest": "Bài mới nhất",
        "recent_people": "Nhân vật được nhắc nhiều gần đây",
        "most_mentioned": "Nhân vật được nhắc nhiều nhất",
        "archive_counts": "Kho lưu trữ có {articles} bài viết về {people} nhân vật, {span}.",
        "span": "từ {first} đến {last}",
        "span_one": "đăng {date}",
        "span_newest": "đăng {period}, mới nhất {date}",
        "span_oldest": "đăng {period}, sớm nhất {date}",
        "archive_counts_undated": "Kho lưu trữ có {articles} bài viết về {people} nhân vật.",
        "mentioned_with": "Thường được nhắc cùng",
        "no_date": "Không rõ ngày",
        "no_month": "Không rõ tháng",
        "undated_title": "Bài không rõ ngày",
        "month_only": "Trong tháng, không rõ ngày",
        "related": "Đọc thêm",
        "related_stories": "Bài liên quan",
        "previous": "Bài trước",
        "next": "Bài sau",
        "follow": "Theo dõi",
        "feed_title_all": "{site}: bài mới",
        "feed_title_person": "{site}: {name}",
        "all_people": "Tất cả nhân vật",
        "years": "Các năm",
        "months": "Các tháng",
        "no_people": "Chưa có nhân vật nào.",
        "people_without_pages": _count("{n} nhân vật khác ít được nhắc đến nên không có trang riêng; "
                                       "tìm kiếm vẫn tìm thấy các bài có tên họ."),
        "pages": "Trang",
        "page": "trang {n}",
        "previous_page": "‹ Trang trước",
        "next_page": "Trang sau ›",
        "newest_page": "Mới nhất",
        "pager_above": "Các trang của danh sách",
        "pager_below": "Các trang của danh sách, cuối danh sách",
        "by_letter": "Theo chữ cái",
        "by_year": "Theo năm",
        "by_day": "Các ngày trong tháng",
        "articles_range": "Bài {first}–{last}",
        "people_range": "Nhân vật {first}–{last}",
        "undated_order": "Các bài không rõ ngày đăng, xếp theo tên bài từ A đến Z.",
        "title_order": "Xếp theo tên bài, từ A đến Z.",
        "aliases": "Tên khác",
        "first_mention": "Nhắc đến lần đầu",
        "only_mention": "Nhắc đến",
        "last_mention": "Lần gần nhất",
        "timeline": "Bài viết theo tháng, từ {first} đến {last}: {n} trong {months} tháng",
        "timeline_unplaced": "{n} không rõ tháng, không có trên biểu đồ",
    },
    "en": {
        "home": "Home",
        "people": "People",
        "dates": "Dates",
        "date": "Date",
        "sources": "Sources",
        "language": "Language",
        "reading_time": "Reading time",
        "minutes": "{n} min",
        "articles_count": Plural("{n} article", "{n} articles"),
        "people_count": Plural("{n} person", "{n} people"),
        "newest": "Newest articles",
        "recent_people": "Most mentioned lately",
        "most_mentioned": "Most mentioned",
        "archive_counts": "The archive holds {articles} articles about {people} people, {span}.",
        "span": "from {first} to {last}",
        "span_one": "dated {date}",
        "span_newest": "dated {period}, the newest of {date}",
        "span_oldest": "dated {period}, the oldest of {date}",
        "archive_counts_undated": "The archive holds {articles} articles about {people} people.",
        "mentioned_with": "Often mentioned with",
        "no_date": "Date unknown",
        "no_month": "Month unknown",
        "undated_title": "Articles without a date",
        "month_only": "During the month, day unknown",
        "related": "Related coverage",
        "related_stories": "Related stories",
        "previous": "Previous",
        "next": "Next",
        "follow": "Follow",
        "feed_title_all": "{site}: newest articles",
        "feed_title_person": "{site}: {name}",
        "all_people": "All people",
        "years": "Years",
        "months": "Months",
        "no_people": "No people yet.",
        "people_without_pages": Plural(
            "1 more person is named too seldom to have a page; search finds the article naming them.",
            "{n} more people are named too seldom to have a page of their own; search finds the articles naming them.",
        ),
        "pages": "Pages",
        "page": "page {n}",
        "previous_page": "‹ Previous page",
        "next_page": "Next page ›",
        "newest_page": "Newest",
        "pager_above": "Pages of the list",
        "pager_below": "Pages of the list, at its end",
        "by_letter": "By letter",
        "by_year": "By year",
        "by_day": "Days of the month",
        "articles_range": "Articles {first}–{last}",
        "people_range": "People {first}–{last}",
        "undated_order": "Articles whose date is not known, in order of title from A to Z.",
        "title_order": "In order of title, from A to Z.",
        "aliases": "Also known as",
        "first_mention": "First mentioned",
        "only_mention": "Mentioned",
        "last_mention": "Last mentioned",
        "timeline": "Articles by month, from {first} to {last}: {n} in {months} month(s)",
        "timeline_unplaced": "{n} without a known month, not on the chart",
    },
}
SUPPORTED = tuple(LABELS)
LANGUAGE_NAMES = {
    "vi": {"vi": "Tiếng Việt", "en": "Tiếng Anh", "und": "Không rõ"},
    "en": {"vi": "Vietnamese", "en": "English", "und": "Unknown"},
}
_MONTHS_EN = "January February March April May June July August September October November December".split()


def month_name(month: int, lang: str) -> str:
    return f"tháng {month}" if lang == "vi" else _MONTHS_EN[month - 1]


def format_number(n: int, lang: str) -> str:
    """`1.500` in Vietnamese, `1,500` in English."""
    return _grouped(n, "." if lang == "vi" else ",")


def _grouped(n: int, thousands: str) -> str:
    return f"{n:,}".replace(",", thousands)


def format_date(date: ArticleDate, lang: str) -> str:
    """`25 tháng 3, 2024` / `25 March 2024`, as precise as the date is known."""
    if date.year is None:
        return LABELS[lang if lang in LABELS else "en"]["no_date"]
    if date.month is None:
        return f"năm {date.year}" if lang == "vi" else str(date.year)
    month = f"{month_name(date.month, lang)}{',' if lang == 'vi' else ''} {date.year}"
    return f"{date.day} {month}" if date.day else month


def format_span(first: ArticleDate, last: ArticleDate, lang: str) -> str:
    """From the oldest date to the newest, each as precise as it is known, what both share written once:
    `from 1986 to 18 March 1987`, `from 2 to 18 March 1987`; `dated 1987, the newest of 18 March` when
    one lies inside the other's year or month."""
    labels = LABELS[lang]
    old, new = _known(first), _known(last)
    if old[0] != new[0]:
        return labels["span"].format(first=format_date(first, lang), last=format_date(last, lang))
    if old == new:
        return labels["span_one"].format(date=_on(first, format_date(first, lang), lang))
    shared = min(len(old), len(new))
    if old[:shared] == new[:shared]:
        period, inside = (first, last) if len(old) < len(new) else (last, first)
        return labels["span_newest" if inside is last else "span_oldest"].format(
            period=format_date(period, lang), date=_on(inside, _without(inside, 1, lang), lang))
    same_month = len(old) == len(new) == 3 and old[1] == new[1]
    return labels["span"].format(first=_without(first, 2 if same_month else 1, lang), last=format_date(last, lang))


def _known(date: ArticleDate) -> tuple[int, ...]:
    return tuple(part for part in (date.year, date.month, date.day) if part is not None)


def _without(date: ArticleDate, shared: int, lang: str) -> str:
    """The date without its year (`shared` 1) or its year and month (2), which the span names once."""
    if shared == 2:
        return str(date.day)
    month = month_name(date.month, lang)
    return f"{date.day} {month}" if date.day else month


def _on(date: ArticleDate, text: str, lang: str) -> str:
    """`ngày 18 tháng 3`: a day alone is read so in Vietnamese."""
    return f"ngày {text}" if lang == "vi" and date.day else text


def format_day(date: ArticleDate, lang: str) -> str:
    """`ngày 25` / `25 March`: the date under a heading that names its month; nothing when the day is not known."""
    if not date.day:
        return ""
    return f"ngày {date.day}" if lang == "vi" else f"{date.day} {month_name(date.month, lang)}"


def format_month(year: int, month: int, lang: str) -> str:
    text = format_date(ArticleDate(year, month), lang)
    return text[0].upper() + text[1:]
