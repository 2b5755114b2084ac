"""The small extractors: paragraph kinds, title, summary, language, sources, words, slugs."""

from __future__ import annotations

import pytest

from generator.extract import extract_article
from generator.extract import paragraphs
from generator.extract.language import detect_language
from generator.extract.paragraphs import caption_credit, classify
from generator.extract.sources import extract_sources
from generator.extract.summary import extract_summary
from generator.extract.text import count_words, cut_at_word, sentences
from generator.extract.title import extract_title
from generator.model import Kind, Paragraph
from generator.slugs import MAX_LENGTH, slugify, unique_slugs
from tests.conftest import SAMPLE, read_sample


@pytest.fixture(scope="module")
def sample(curation):
    return extract_article(read_sample(), "000-67ba8191cee16773", curation)


def test_sample_paragraph_kinds(sample):
    kinds = {p.text: p.kind for p in sample.paragraphs}
    assert kinds["Ông Netanyahu đón tiếp ông Biden tại Israel hồi tháng 10.2023"] is Kind.CAPTION
    # Headlines of other stories that nothing marks stay text: the page links them only when the
    # archive holds the story (test_render).
    assert kinds["Ông Trump kêu gọi Israel kết thúc cuộc chiến ở Gaza"] is Kind.BODY
    assert kinds["Tổng thống Biden chậm chỉ trích Israel dù biết Gaza bị tấn công bừa bãi?"] is Kind.BODY
    assert [p.kind for p in sample.paragraphs].count(Kind.BODY) == 15
    caption = next(p for p in sample.paragraphs if p.kind is Kind.CAPTION)
    assert caption.credit == "REUTERS"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Người dân xếp hàng tại Hà Nội AFP", ("Người dân xếp hàng tại Hà Nội", "AFP")),
        ("Cảnh sát tại hiện trường. Ảnh: Reuters", ("Cảnh sát tại hiện trường.", "Ảnh: Reuters")),
        ("Fans celebrate in Madrid (Photo: Getty Images)", ("Fans celebrate in Madrid", "(Photo: Getty Images)")),
        ("Police at the scene EPA-EFE", ("Police at the scene", "EPA-EFE")),
        # An agency named inside a sentence, not as a credit.
        ("The figures were first reported by Reuters", None),
        # A long paragraph that happens to end in a credit-like word is body text.
        (" ".join(["từ"] * 60) + " AFP", None),
        ("REUTERS", None),
    ],
)
def test_caption_credit(text, expected):
    assert caption_credit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Người dân đứng chờ ở bến xe. Ảnh minh họa",
        "Một góc phố cổ Ảnh: chụp màn hình",
        "Quang cảnh buổi lễ ảnh internet",
        "Runners at the start, photograph by Kim Lee.",
        "Flood waters rise in the valley (Tân Hoa Xã).",
        "Ships in the harbour - AP / Reuters ]",
        "Crowds outside the stadium XINHUA .",
        "Trade talks resumed on Monday, officials said.",
        "Một buổi chiều mưa ở Hà Nội",
        "Giá vàng hôm nay 12/3 tăng nhẹ",
    ],
)
def test_credit_looked_for_only_where_one_may_be(text):
    """The cheap look before the credit pattern passes every line the pattern finds a credit in."""
    if paragraphs._credit_pattern().search(text, paragraphs._credit_tail(text)):
        assert paragraphs._may_end_in_credit(text)
    assert caption_credit(text) == _credit_by_pattern_alone(text)


def _credit_by_pattern_alone(text):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paragraphs, "_may_end_in_credit", lambda text: True)
        return caption_credit(text)


def test_first_short_line_is_the_headline():
    kinds = [p.kind for p in classify(("Bão số 3 đổ bộ vào miền Bắc", "Cơn bão mạnh nhất trong năm đã đổ bộ.", "Xem thêm: Tin bão lũ"))]
    assert kinds == [Kind.TITLE, Kind.BODY, Kind.RELATED]


def test_a_byline_above_the_desk_s_closing_note_is_the_byline():
    paragraphs = classify(("Tiêu đề bài viết", "Nội dung bài viết rất dài và đủ câu.", "Trần Minh",
                           "* Bạn đọc có thắc mắc xin gửi thư về chuyên mục."))
    assert [p.kind for p in paragraphs[2:]] == [Kind.BYLINE, Kind.BODY]


def test_short_sentence_ending_in_a_stop_is_body():
    assert classify(("Mở đầu dài dòng.", "Ông nói thêm vài câu."))[1].kind is Kind.BODY


def test_sample_title(sample):
    assert sample.title == "Israel đã hủy chuyến đi sau khi Mỹ bỏ phiếu trắng trong cuộc biểu quyết của Hội đồng Bảo an…"
    assert 60 <= len(sample.title) <= 100


def test_title_never_cut_mid_word():
    words = ["nghiêncứu"] * 30
    title = extract_title((Paragraph(Kind.BODY, " ".join(words) + "."),))
    assert title.endswith("…")
    assert all(word == "nghiêncứu" for word in title.rstrip("…").split())


def test_short_first_sentence_is_the_title_without_its_stop():
    title = extract_title((Paragraph(Kind.BODY, "Giá xăng giảm lần thứ ba liên tiếp trong tháng. Chi tiết sau."),))
    assert title == "Giá xăng giảm lần thứ ba liên tiếp trong tháng"


def test_headline_line_is_the_title():
    assert extract_title(classify(("Bão số 3 đổ bộ vào miền Bắc", "Nội dung."))) == "Bão số 3 đổ bộ vào miền Bắc"


def test_summary_is_whole_sentences_within_the_limit(sample):
    assert sample.summary.startswith("Israel đã hủy chuyến đi")
    assert sample.summary.endswith("hôm 25.3.")
    long = extract_summary((Paragraph(Kind.BODY, "Câu một ngắn. " + "Câu hai rất dài " * 40 + "."),))
    assert long == "Câu một ngắn."


def test_sentences_do_not_end_at_dates_or_numbers():
    assert sentences("Hôm 25.3. Ông nói 1.160 người. Xong") == ["Hôm 25.3.", "Ông nói 1.160 người.", "Xong"]


def test_language(sample):
    assert sample.language == "vi"
    assert detect_language("The minister said on Monday that the plan was not ready and that it would change.") == "en"
    assert detect_language("12 34 56") == "und"


def test_sources(sample):
    assert sample.sources == ("Reuters", "AFP", "The Times of Israel")
    body = (Paragraph(Kind.BODY, "Theo hãng tin Bloomberg, giá tăng; ông nói với tờ Tuổi Trẻ rằng giá sẽ giảm."),)
    assert extract_sources(body) == ("Bloomberg", "Tuổi Trẻ")


def test_sources_only_where_a_word_opens():
    caption = (Paragraph(Kind.CAPTION, "Cảnh đêm ở cảng Lam Kiều", credit="ảnh: xinhua"),)
    assert extract_sources(caption) == ("Xinhua",)
    body = (Paragraph(Kind.BODY, "Quán Reutersburg mở cửa; anh nói vớitờ Sao Mai và ngồi gầntheo báo Bình Minh."),)
    assert extract_sources(body) == ()
    body = (Paragraph(Kind.BODY, "Ông nói với báo Lam Kiều."), Paragraph(Kind.BODY, "Bà trích tạp chí Sao Mai."))
    assert extract_sources(body) == ("Lam Kiều", "Sao Mai")


def test_word_count(sample):
    assert sample.word_count == count_words(SAMPLE.read_text("utf-8")) - 2  # the header's `date` and `2024-03`
    assert count_words("Ông Biden, 81 tuổi, nói: \"Không!\"") == 6


def test_cut_at_word():
    assert cut_at_word("một hai ba", 100) == "một hai ba"
    assert cut_at_word("một hai ba bốn", 9) == "một hai…"


def test_slugs_are_ascii_and_unique():
    assert slugify("Nguyễn Phú Trọng") == "nguyen-phu-trong"
    assert slugify("Đà Nẵng / ..") == "da-nang"
    assert slugify("???") == "untitled"
    # The name written as its slug keeps it; the others get a code made from their own key.
    assert unique_slugs(["A-B", "a b", "a-b"], ["1", "2", "3"]) == ["a-b-cea3", "a-b-4129", "a-b"]
    assert unique_slugs(["index", "x" * 300], ["1", "2"]) == ["index-cea3", "x" * MAX_LENGTH]


def test_an_agency_written_with_a_turkish_dotted_or_dotless_i_is_the_agency():
    # The case-blind pattern reads `İ` and `ı` as `i`; the name it matched was looked up with the dot
    # kept, and the article failed to build.
    assert extract_sources((Paragraph(Kind.BODY, "Hãng tin XİNHUA đưa tin hôm qua."),)) == ("Xinhua",)
    assert extract_sources((Paragraph(Kind.CAPTION, "Ảnh minh họa", "Ảnh: xınhua"),)) == ("Xinhua",)
