"""Real newsroom layouts, one extractor at a time: export headers, a paragraph a line, hard-wrapped
wire copy, dates from publication lines, folders and datelines; headlines, captions, bylines and
credits, marked related lines and whole source names. Pages built from each layout are pinned by
tests/test_golden.py."""

from __future__ import annotations

import pytest

from generator.curation import Curation
from generator.extract import extract_article
from generator.extract.paragraphs import byline, caption_credit, classify, related_mark
from generator.extract.sources import extract_sources
from generator.model import ArticleDate, Kind, Paragraph, RawArticle, SourceMeta
from generator.read.dates import date_in_path, dateline, parse_date, text_date
from generator.read.plain import parse_plain, split_paragraphs


def kinds(*paragraphs: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in classify(paragraphs, title)]


# --- reading ---------------------------------------------------------------------------------

def test_export_header_lines_give_date_and_url_and_are_not_text():
    raw = parse_plain("# doc_id = news_1\n# url = https://x.vn/a.htm\n# date = 20201101\nTiêu đề\nĐoạn một.", "a.txt")
    assert raw.date == ArticleDate(2020, 11, 1)
    assert raw.meta.url == "https://x.vn/a.htm"
    assert raw.meta.extra == (("doc_id", "news_1"),)
    assert raw.paragraphs == ("Tiêu đề", "Đoạn một.")


def test_a_paragraph_a_line_and_blank_line_paragraphs():
    assert split_paragraphs("Tiêu đề\nĐoạn một.\nĐoạn hai.") == ["Tiêu đề", "Đoạn một.", "Đoạn hai."]
    assert split_paragraphs("Tiêu đề\n\nĐoạn một.\n\nĐoạn hai.") == ["Tiêu đề", "Đoạn một.", "Đoạn hai."]
    # A line opening with a lower-case word goes on with the one before; `iPhone` opens a paragraph.
    assert split_paragraphs("Hai.\nstill two.\niPhone 12 ra mắt.") == ["Hai.\nstill two.", "iPhone 12 ra mắt."]


def test_hard_wrapped_wire_copy_is_joined_at_its_indents():
    text = ("    SALVADOR, Feb 26 - The port authority said it would raise\nharbour fees by five pct from next\n"
            "month.\n    A spokesman said the revenue would pay for\ndredging of the channel.\n REUTER")
    assert split_paragraphs(text) == [
        "SALVADOR, Feb 26 - The port authority said it would raise harbour fees by five pct from next month.",
        "A spokesman said the revenue would pay for dredging of the channel.",
        "REUTER",
    ]


@pytest.mark.parametrize("value, expected", [
    ("20201101", ArticleDate(2020, 11, 1)),
    ("Thứ tư, 10/9/2025, 16:30 (GMT+7)", ArticleDate(2025, 9, 10)),
    ("Chủ nhật, 5/1/2025, 20:00 (GMT+7)", ArticleDate(2025, 1, 5)),
    ("Monday, March 25, 2024 10:00 AM", ArticleDate(2024, 3, 25)),
])
def test_publication_lines_and_compact_dates(value, expected):
    assert parse_date(value) == expected


def test_dates_from_folders_datelines_and_publication_lines():
    assert date_in_path("tin/2024/03/25/cho-noi.txt") == ArticleDate(2024, 3, 25)
    assert date_in_path("2024/03/x.txt") == ArticleDate(2024, 3)
    assert date_in_path("tin/x.txt") == ArticleDate()
    assert dateline("SALVADOR, Feb 26 - The port") == (2, 26, None)
    assert dateline("WASHINGTON (AP) _ The") == (None, None, "AP")
    assert dateline("The US - and more") is None
    # A day and a month are no date without a year; the folder gives the year.
    assert text_date(("SALVADOR, Feb 26 - The port",), "wire/x.txt") == ArticleDate()
    assert text_date(("SALVADOR, Feb 26 - The port",), "1987/x.txt") == ArticleDate(1987, 2, 26)
    assert text_date(("Tiêu đề", "Thứ hai, 25/3/2024, 08:00 (GMT+7)", "Đoạn."), "x.txt") == ArticleDate(2024, 3, 25)


# --- headline, captions, bylines, related lines -----------------------------------------------

def test_headline_whatever_separates_it_and_never_repeated():
    assert kinds("Đê mới chặn sóng lớn", "Thành phố khởi công đê.", "Đê mới chặn sóng lớn")[::2] == [
        ("title", "Đê mới chặn sóng lớn"), ("title", "Đê mới chặn sóng lớn")]
    # Two sentences, or a statement's full stop, are a lead, not a headline.
    assert kinds("Ông nói vậy. Bà nói khác", "Đoạn.")[0][0] == "body"
    assert kinds("Người dân TP. HCM dựng lều trại", "Đoạn.")[0][0] == "title"
    # An export whose text opens with its title run into the lead.
    assert kinds("Đội thắng ngược Đội khách mở tỷ số.", title="Đội thắng ngược")[:2] == [
        ("title", "Đội thắng ngược"), ("body", "Đội khách mở tỷ số.")]


@pytest.mark.parametrize("text, expected", [
    ("Hình ảnh mô phỏng xe mới của Tamo. Ảnh: Matthew Swann.", ("Hình ảnh mô phỏng xe mới của Tamo.", "Ảnh: Matthew Swann.")),
    ("Tổng thống Mỹ Joe Biden (Ảnh: NBC).", ("Tổng thống Mỹ Joe Biden", "(Ảnh: NBC).")),
    ("Thứ hạng các nền kinh tế (ảnh: AFP/Getty).", ("Thứ hạng các nền kinh tế", "(ảnh: AFP/Getty).")),
    ("Hiện trường vụ án. Ảnh: T.L.", ("Hiện trường vụ án.", "Ảnh: T.L.")),
    ("Học sinh trong giờ học (ảnh minh họa)", ("Học sinh trong giờ học", "(ảnh minh họa)")),
    ("Ảnh minh họa", ("", "Ảnh minh họa")),
    ("Police at the scene. Photo: John Smith/Reuters", ("Police at the scene.", "Photo: John Smith/Reuters")),
    ("Demonstrators in Paris REUTERS/Benoit Tessier", ("Demonstrators in Paris", "REUTERS/Benoit Tessier")),
    ("Crowds gather (Photo by Jane Doe/Getty Images)", ("Crowds gather", "(Photo by Jane Doe/Getty Images)")),
    ("Tàu khu trục. (Nguồn: Pinterest)", ("Tàu khu trục.", "(Nguồn: Pinterest)")),
    ("Thông báo trên trang của đội. Ảnh: chụp màn hình", ("Thông báo trên trang của đội.", "Ảnh: chụp màn hình")),
    # A sentence with a colon after `ảnh` is no credit.
    ("Nhiều người chụp ảnh tại Đà Nẵng: trời rất đẹp", None),
])
def test_captions(text, expected):
    assert caption_credit(text) == expected


@pytest.mark.parametrize("run, credit, rest", [
    ("Ảnh: Hiếu Lương Không ai nghĩ trận đấu sẽ khó như vậy.", "Ảnh: Hiếu Lương", "Không ai nghĩ"),
    ("Ảnh: Bola Thành tích của đội có thể còn tăng.", "Ảnh: Bola", "Thành tích của đội"),
    ("Ảnh: Hiếu Lương Việt Nam cũng phải chơi trên sân cỏ nhân tạo.", "Ảnh: Hiếu Lương", "Việt Nam cũng"),
    ("Ảnh: Đức Đồng Theo Supachok, trận đấu có thể khác.", "Ảnh: Đức Đồng", "Theo Supachok"),
    ("Ảnh: Xuân Bình . Viettel trung thành với lối chơi phòng ngự.", "Ảnh: Xuân Bình .", "Viettel trung thành"),
    ("Ảnh: Hiếu Lương Phút 62, thủ môn ném bóng ra biên.", "Ảnh: Hiếu Lương", "Phút 62"),
    ("Ảnh: chụp màn hình Phút thứ 9, trong pha đá phạt góc.", "Ảnh: chụp màn hình", "Phút thứ 9"),
])
def test_where_a_credit_run_into_the_next_paragraph_ends(run, credit, rest):
    found = classify(("Tiêu đề bài", "Trận đấu rất khó. Trung vệ ăn mừng. " + run))
    assert (found[2].credit, found[3].text.startswith(rest)) == (credit, True)


def test_a_credit_to_the_end_of_the_line_is_whole():
    assert classify(("Tiêu đề bài", "Tàu phóng tên lửa ở Idlib. Ảnh: Bộ Quốc phòng Nga."))[1].credit == "Ảnh: Bộ Quốc phòng Nga."


def test_caption_inline_at_a_paragraph_end_and_run_into_the_next():
    long = "Đội chủ nhà gỡ hòa trước giờ nghỉ và ghi thêm bàn thắng ở hiệp hai. " * 5
    assert kinds("Tiêu đề bài", long + "Trung vệ ăn mừng. Ảnh: NVCC.")[1:] == [
        ("body", long.strip()), ("caption", "Trung vệ ăn mừng.")]
    run = long + "Trung vệ ăn mừng. Ảnh: Hiếu Lương Không ai nghĩ trận đấu sẽ khó như vậy."
    assert kinds("Tiêu đề bài", run)[1:] == [
        ("body", long.strip()), ("caption", "Trung vệ ăn mừng."), ("body", "Không ai nghĩ trận đấu sẽ khó như vậy.")]


@pytest.mark.parametrize("text, expected", [
    ("Việt Hà", (("Việt Hà",), ())),
    ("Thành Quảng - Quý Sáng", (("Thành Quảng", "Quý Sáng"), ())),
    ("Trần Ánh- Mạnh Hùng", (("Trần Ánh", "Mạnh Hùng"), ())),
    ("Minh PhươngTheo Politico", (("Minh Phương",), ("Politico",))),
    ("T.ThủyVideo: Reddit", (("T.Thủy",), ("Reddit",))),
    ("Theo Sức khỏe & Đời sống", ((), ("Sức khỏe & Đời sống",))),
    ("Theo Vân DuNgười lao động", (("Vân Du",), ("Người lao động",))),
    ("Nguồn: VTV", ((), ("VTV",))),
    ("REUTER", ((), ("Reuters",))),
    ("Ảnh, Video: Carscoop", ((), ("Carscoop",))),
    ("Tổng hợp", ((), ())),
    ("T.L.", (("T.L.",), ())),
    # Fragments and sentences are not credits.
    ("Theo ghi nhận của", None),
    ("Chí Hiếu và nhóm cộng sự cung cấp", None),
    ("Thống kê trận đấu.", None),
    ("Hết.", None),
])
def test_bylines_and_credits(text, expected):
    assert byline(text) == expected


def test_byline_closes_the_article_and_is_kept_from_people():
    paragraphs = ("Đê mới chặn sóng", "Ông Trần Văn Lộc, một ngư dân, nói vậy.", "Nguyễn Minh AnhTheo Politico")
    raw = RawArticle("a.txt", "a.txt", ArticleDate(), paragraphs, SourceMeta())
    article = extract_article(raw, "a", Curation())
    assert article.paragraphs[-1].kind is Kind.BYLINE
    assert article.author == "Nguyễn Minh Anh" and article.sources == ("Politico",)
    assert "Nguyễn Minh Anh" not in article.people and "Trần Văn Lộc" in article.people
    # A byline run into the last sentence of an export's text.
    assert kinds("Tiêu đề bài", "Trận sau diễn ra cuối tháng. Thu Sang")[1:] == [
        ("body", "Trận sau diễn ra cuối tháng."), ("byline", "Thu Sang")]
    assert kinds("Tiêu đề bài", "Chọn quần áo hợp dáng người Theo Trung Nam/Dân Việt")[1:] == [
        ("body", "Chọn quần áo hợp dáng người"), ("byline", "Theo Trung Nam/Dân Việt")]
    # `Theo QQ/Ifeng` ends like a photo credit but closes the article as its source.
    assert kinds("Tiêu đề bài", "Đoạn một.", "Mi Vân", "Theo QQ/Ifeng")[2:] == [
        ("byline", "Mi Vân"), ("byline", "Theo QQ/Ifeng")]


def test_related_lines_only_where_marked():
    assert related_mark(">> Đội tuyển cần thay đổi") == (">>", "Đội tuyển cần thay đổi")
    assert related_mark("Xem thêm: Ghe thuyền tấp nập") == ("Xem thêm:", "Ghe thuyền tấp nập")
    assert related_mark("READ MORE: Fed holds rates") == ("READ MORE:", "Fed holds rates")
    # A site's own calls to its readers are marked the same way, and are no story.
    for line in (">> Quan điểm của bạn thế nào?", ">> Chia sẻ bài viết của bạn tại đây .", ">> Xem đáp án",
                 ">> Bài viết cùng tác giả:",
                 ">> Bài viết không nhất thiết trùng với quan điểm của tòa soạn."):
        assert related_mark(line) is None, line
    assert related_mark(">> Bạn gái cầu thủ lên tiếng") == (">>", "Bạn gái cầu thủ lên tiếng")
    # Subheadings, bylines, credits and a sentence split in two are text, never a box.
    found = kinds("Tiêu đề bài", "Phản ứng của người dân", "Theo ghi nhận của", "Báo Giao thông", "Đoạn cuối.",
                  "Ảnh, Video: Carscoop")
    assert "related" not in [kind for kind, _ in found]
    run = "Trận đấu rất khó. >> 'Đội tuyển cần thay đổi' Trận tiếp theo diễn ra cuối tháng."
    assert kinds("Tiêu đề bài", run)[1:] == [
        ("body", "Trận đấu rất khó."), ("related", "'Đội tuyển cần thay đổi'"), ("body", "Trận tiếp theo diễn ra cuối tháng.")]


def test_sources_are_whole_names():
    def sources(text):
        return extract_sources((Paragraph(Kind.BODY, text),))

    assert sources("Ông nói với kênh Fox News. Khi ông Bill O'Reilly rời đi, MSNBC đưa tin.") == ("Fox News",)
    assert sources("Theo báo cáo của Brand Finance, giá trị thương hiệu tăng.") == ()
    assert sources("theo tờ VnExpress.net hôm qua") == ("VnExpress.net",)
