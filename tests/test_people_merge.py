"""Across the archive: each rule of generator/people_merge.py on articles written for the test."""

from __future__ import annotations

from pathlib import Path

from generator.curation import Curation, load_curation
from generator.extract import extract_article
from generator.model import Article, ArticleDate, Kind, Paragraph, RawArticle
from generator.people_merge import decide, directory, unify_people


def _article(slug: str, people: list[str], author: str | None = None, credit: str | None = None) -> Article:
    paragraphs = (Paragraph(Kind.BODY, f"Tin {slug}."),)
    if credit:
        paragraphs += (Paragraph(Kind.CAPTION, "Quang cảnh buổi họp.", credit=credit),)
    return Article(id=f"{slug}.txt", slug=slug, source=f"{slug}.txt", title=f"Tin {slug}", date=ArticleDate(2024),
                   language="vi", paragraphs=paragraphs, people=tuple(people), sources=(), word_count=3,
                   summary=f"Tin {slug}.", author=author)


def _people(articles: list[Article], curation: Curation = Curation()) -> tuple[list[tuple[str, ...]], list]:
    unified, ambiguous = unify_people(articles, curation)
    return [a.people for a in unified], ambiguous


def test_spellings_that_differ_in_case_or_tone_marks_are_one_name():
    people, _ = _people([_article("a", ["Lê Văn Hải"]), _article("b", ["Le Van Hai"]), _article("c", ["Lê Văn Hải"])])
    assert people == [("Lê Văn Hải",)] * 3


def test_shared_people_decide_between_two_full_names():
    articles = [
        _article("a", ["Tony Blair", "Gordon Brown"]),
        _article("b", ["Tony Blair", "Gordon Brown", "John Prescott"]),
        _article("c", ["Dennis Blair", "Robert Gates"]),
        _article("d", ["Blair", "Gordon Brown"]),  # `Mr Blair` beside his chancellor
        _article("e", ["Blair", "Robert Gates"]),
    ]
    people, ambiguous = _people(articles)
    assert people[3] == ("Tony Blair", "Gordon Brown") and people[4] == ("Dennis Blair", "Robert Gates")
    assert ambiguous == []
    # Shared by both alike: not clear enough.
    tied = articles[:3] + [_article("f", ["Blair", "Gordon Brown", "Robert Gates"])]
    people, ambiguous = _people(tied)
    assert people[3][0] == "Blair" and ambiguous == [("Blair", ("Dennis Blair", "Tony Blair"))]


def test_the_most_named_full_name_owns_a_short_name_alone():
    clintons = [_article(f"b{n}", ["Bill Clinton"]) for n in range(6)] + [_article("h", ["Hillary Clinton"])]
    people, ambiguous = _people([*clintons, _article("s", ["Clinton"])])
    assert people[-1] == ("Bill Clinton",) and ambiguous == []
    # Five to one is not far enough ahead.
    people, ambiguous = _people([*clintons[1:], _article("s", ["Clinton"])])
    assert people[-1] == ("Clinton",) and ambiguous == [("Clinton", ("Bill Clinton", "Hillary Clinton"))]


def test_a_lone_full_name_named_once_is_not_enough():
    once = [_article("a", ["Nguyễn Văn Tùng"]), _article("b", ["Tùng"])]
    people, ambiguous = _people(once)
    assert people[1] == ("Tùng",) and ambiguous == [("Tùng", ("Nguyễn Văn Tùng",))]
    people, ambiguous = _people([*once, _article("c", ["Nguyễn Văn Tùng"])])
    assert people[1] == ("Nguyễn Văn Tùng",) and ambiguous == []


def test_given_names_alone_join_their_full_name_too():
    articles = [_article("a", ["Nguyễn Xuân Son", "Kim Sang-sik"]), _article("b", ["Xuân Son", "Kim Sang-sik"])]
    assert _people(articles)[0][1] == ("Nguyễn Xuân Son", "Kim Sang-sik")


def test_a_credited_name_never_joins_a_full_name():
    leader = [_article(f"v{n}", ["Vương Đình Huệ", "Phạm Minh Chính"]) for n in range(3)]
    # A photographer credited under a caption, and the same name taken for a person elsewhere.
    articles = [*leader, _article("p", [], credit="Ảnh: Đình Huệ"), _article("q", ["Đình Huệ", "Phạm Minh Chính"])]
    people, ambiguous = _people(articles)
    assert people[-1] == ("Đình Huệ", "Phạm Minh Chính") and ambiguous == [("Đình Huệ", ("Vương Đình Huệ",))]
    # So does a writer given as the author.
    articles = [*leader, _article("p", [], author="Minh Chính, Lan Anh"), _article("q", ["Minh Chính"])]
    assert _people(articles)[0][-1] == ("Minh Chính",)
    # Without the credit, the same short name joins.
    articles = [*leader, _article("q", ["Đình Huệ", "Phạm Minh Chính"])]
    assert _people(articles)[0][-1] == ("Vương Đình Huệ", "Phạm Minh Chính")


def test_a_credit_line_read_from_the_text_keeps_the_name_apart():
    def extracted(slug: str, paragraphs: tuple[str, ...]) -> Article:
        raw = RawArticle(f"{slug}.txt", f"{slug}.txt", ArticleDate(2024), paragraphs)
        return extract_article(raw, slug, Curation())

    leader = [extracted(f"v{n}", ("Chủ tịch Quốc hội Vương Đình Huệ gặp Thủ tướng Phạm Minh Chính.",)) for n in range(3)]
    credited = extracted("p", ("Người dân xếp hàng trước cổng trụ sở. Ảnh: Đình Huệ", "Buổi họp kéo dài ba giờ."))
    known = directory([*leader, credited])
    short = _article("q", ["Đình Huệ", "Phạm Minh Chính"])
    assert decide(known, "dinh hue", short).rule == "credited"


def test_the_people_file_wins(tmp_path: Path):
    people_file = tmp_path / "people.yml"
    people_file.write_text("people:\n  - name: Tùng\n  - name: Lê Văn Hải\n", "utf-8")
    curation = load_curation(people_file)
    articles = [_article("a", ["Nguyễn Văn Tùng", "Lê Minh"]), _article("b", ["Tùng", "Lê Minh"]),
                _article("c", ["Le Van Hai"]), _article("d", ["LE VAN HAI"])]
    people, ambiguous = _people(articles, curation)
    # A name the editor gives is never joined to another, and the editor's spelling names the page.
    assert people[1] == ("Tùng", "Lê Minh") and people[2] == ("Lê Văn Hải",) and ambiguous == []


def test_spellings_that_differ_in_hyphens_are_one_name():
    people, _ = _people([_article("a", ["Kim Jong-un"]), _article("b", ["Kim Jong Un"]), _article("c", ["Kim Jong-un"])])
    assert people == [("Kim Jong-un",)] * 3


def test_a_short_name_joins_a_hyphenated_full_name():
    articles = [_article("a", ["Park Geun-hye", "Lê Văn Hải"]), _article("b", ["Park Geun-hye"]),
                _article("c", ["Geun Hye", "Lê Văn Hải"])]
    people, _ = _people(articles)
    assert people[2] == ("Park Geun-hye", "Lê Văn Hải")
