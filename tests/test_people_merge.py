"""Across the archive: each rule of generator/people_merge.py on articles written for the test."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.curation import Curation, load_curation
from generator.extract import extract_article
from generator.model import Article, ArticleDate, Kind, Paragraph, RawArticle
from generator.people_merge import FIRM_ELSEWHERE, decide, directory, person_key, unify, unify_people


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


def test_when_full_names_share_as_many_people_the_one_named_far_more_often_beside_them_owns_the_short_name():
    jan = [_article(f"t{n}", ["Jan Kowal", "Piet Dorval"]) for n in range(3)]
    anna = _article("c", ["Anna Kowal", "Piet Dorval"])
    people, ambiguous = _people([*jan, anna, _article("s", ["Kowal", "Piet Dorval"])])
    assert people[-1] == ("Jan Kowal", "Piet Dorval") and ambiguous == []
    # Two to one is not far enough ahead, nor three times named beside once when two are named.
    for articles in ([*jan[1:], anna], [*jan, anna, _article("d", ["Anna Kowal", "Piet Dorval"])]):
        people, ambiguous = _people([*articles, _article("s", ["Kowal", "Piet Dorval"])])
        assert people[-1][0] == "Kowal" and ambiguous == [("Kowal", ("Anna Kowal", "Jan Kowal"))]


def test_how_often_named_together_follows_the_archive_when_updated_as_done_afresh():
    filler = [_article(f"x{n}", [f"Jan Kessco{n}"]) for n in range(60)]
    jan = [_article(f"t{n}", ["Jan Kowal", "Piet Dorval"]) for n in range(3)]
    anna = _article("c", ["Anna Kowal", "Piet Dorval"])
    short = _article("s", ["Kowal", "Piet Dorval"])
    before = unify([*filler, *jan, anna, short])
    # Each step changes an article, never `s`: a fourth article names Anna beside Piet, then Jan a
    # third time is taken away, then both come back.
    steps = [([*filler, *jan, anna, _article("d", ["Anna Kowal", "Piet Dorval"]), short], "Kowal"),
             ([*filler, *jan[1:], anna, short], "Kowal"),
             ([*filler, *jan, anna, short], "Jan Kowal")]
    for articles, joins in steps:
        updated, fresh = unify(articles, previous=before), unify(articles)
        assert updated.unified == fresh.unified and updated.unified["s.txt"].people[0] == joins
        before = updated


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


def _team(slug: str, people: list[str]) -> Article:
    return _article(slug, [*people, "Lê Kessel", "Trần Minh Varna", "Đỗ Quang Holm"])


def test_two_given_names_that_are_also_a_full_name_join_the_fuller_name_on_shared_people():
    # `Hà Dorval` is a family and a given name, but sports news writes `Nguyễn Hà Dorval` so.
    fuller = [_team(f"f{n}", ["Nguyễn Hà Dorval"]) for n in range(3)]
    people, ambiguous = _people([*fuller, _article("s", ["Hà Dorval", "Lê Kessel", "Đỗ Quang Holm"])])
    assert people[-1] == ("Nguyễn Hà Dorval", "Lê Kessel", "Đỗ Quang Holm") and ambiguous == []
    # One shared person is often a teammate of both: not clear enough.
    people, ambiguous = _people([*fuller, _article("s", ["Hà Dorval", "Lê Kessel", "Phan Minh Oster"])])
    assert people[-1][0] == "Hà Dorval" and ambiguous == []
    # Nor is a second fuller name sharing as many.
    other = [_article(f"o{n}", ["Trần Hà Dorval", "Lê Kessel", "Đỗ Quang Holm"]) for n in range(3)]
    people, _ = _people([*fuller, *other, _article("s", ["Hà Dorval", "Lê Kessel", "Đỗ Quang Holm"])])
    assert people[-1][0] == "Hà Dorval"


def test_two_given_names_written_more_often_than_the_fuller_name_keep_their_page():
    fuller = [_team("f", ["Nguyễn Hà Dorval"])]
    alone = [_team(f"s{n}", ["Hà Dorval"]) for n in range(2)]
    people, _ = _people([*fuller, *alone])
    assert [p[0] for p in people] == ["Nguyễn Hà Dorval", "Hà Dorval", "Hà Dorval"]
    # Once the fuller name is the more written, the same articles join it.
    people, _ = _people([*fuller, _team("g", ["Nguyễn Hà Dorval"]), _team("h", ["Nguyễn Hà Dorval"]), *alone])
    assert {p[0] for p in people} == {"Nguyễn Hà Dorval"}


def test_two_given_names_join_only_a_fuller_name_with_their_tone_marks():
    fuller = [_team(f"f{n}", ["Nguyễn Hạ Dorval"]) for n in range(3)]
    people, _ = _people([*fuller, _team("s", ["Hà Dorval"])])
    assert people[-1][0] == "Hà Dorval"
    # Where the writer puts the mark on `oa` does not matter.
    fuller = [_team(f"f{n}", ["Phạm Văn Loà"]) for n in range(3)]
    people, _ = _people([*fuller, _team("s", ["Văn Lòa"])])
    assert people[-1][0] == "Phạm Văn Loà"


def test_two_given_names_credited_or_in_the_people_file_never_join(tmp_path: Path):
    fuller = [_team(f"f{n}", ["Nguyễn Hà Dorval"]) for n in range(3)]
    credited = _article("c", [], credit="Ảnh: Hà Dorval")
    people, _ = _people([*fuller, credited, _team("s", ["Hà Dorval"])])
    assert people[-1][0] == "Hà Dorval"
    people_file = tmp_path / "people.yml"
    people_file.write_text("people:\n  - name: Hà Dorval\n", "utf-8")
    people, _ = _people([*fuller, _team("s", ["Hà Dorval"])], load_curation(people_file))
    assert people[-1][0] == "Hà Dorval"


def test_two_given_names_follow_the_archive_when_updated_as_done_afresh():
    filler = [_article(f"x{n}", [f"Vũ Minh Kessco{n}"]) for n in range(40)]
    fuller = [_team(f"f{n}", ["Nguyễn Hà Dorval"]) for n in range(3)]
    alone = [_team("s", ["Hà Dorval"]), _article("t", ["Hà Dorval", "Lê Kessel", "Phan Minh Oster"])]
    before = unify([*filler, *fuller, *alone])
    # Each step changes an article or two, never `s` or `t`: the fuller name named no more often than
    # the two words, then named beside `t`'s people, then the two words credited, then not.
    met = _article("m", ["Nguyễn Hà Dorval", "Phan Minh Oster"])
    credit = _article("c", [], credit="Ảnh: Hà Dorval")
    steps = [([*filler, *fuller[1:], *alone], "Hà Dorval", "Hà Dorval"),
             ([*filler, *fuller, met, *alone], "Nguyễn Hà Dorval", "Nguyễn Hà Dorval"),
             ([*filler, *fuller, met, *alone, credit], "Hà Dorval", "Hà Dorval"),
             ([*filler, *fuller, *alone], "Nguyễn Hà Dorval", "Hà Dorval")]
    for articles, s_joins, t_joins in steps:
        updated, fresh = unify(articles, previous=before), unify(articles)
        assert updated.unified == fresh.unified
        assert (updated.unified["s.txt"].people[0], updated.unified["t.txt"].people[0]) == (s_joins, t_joins)
        before = updated


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


def _extracted(slug: str, text: str, curation: Curation = Curation()) -> Article:
    return extract_article(RawArticle(f"{slug}.txt", f"{slug}.txt", ArticleDate(2024), (text,)), slug, curation)


def test_a_name_one_article_gives_as_a_firm_is_a_firm_in_every_article():
    bare = _extracted("bare", "Hollis Marten said profits rose. Piet Holm agreed.")
    assert bare.people == ("Hollis Marten", "Piet Holm")
    for written in ("Hollis Marten Inc said so.", "Hollis Marten <HMN.L> said so."):  # a legal form, a ticker
        (unified, _, _), _ = unify_people([bare, _extracted("firm", written), _extracted("other", "Piet Holm said.")])
        assert unified.people == ("Piet Holm",)
        # The article records what it lost, for the editor's report.
        assert unified.set_aside == (("Hollis Marten", FIRM_ELSEWHERE, "firm-elsewhere"),)
    # Without the article that gives the form, a person.
    assert unify_people([bare])[0][0].people == ("Hollis Marten", "Piet Holm")


def test_a_firm_named_before_its_stock_code_is_a_firm_in_every_article():
    bare = _extracted("bare", "Sản lượng của Kessco và Dorvco giảm mạnh.")
    assert bare.people == ("Kessco", "Dorvco")
    listed = _extracted("listed", "Tổng công ty Bia Nam Hà - Kessco (Mã CK: KSC) họp cổ đông.")
    (unified, _), _ = unify_people([bare, listed])
    assert unified.people == ("Dorvco",)


def test_the_people_file_keeps_a_firm_s_name_a_person(tmp_path: Path):
    people_file = tmp_path / "people.yml"
    people_file.write_text("people:\n  - name: Hollis Marten\n", "utf-8")
    curation = load_curation(people_file)
    articles = [_extracted("bare", "Hollis Marten said profits rose.", curation),
                _extracted("firm", "Hollis Marten Inc said so.", curation)]
    assert [a.people for a in unify_people(articles, curation)[0]] == [("Hollis Marten",), ("Hollis Marten",)]


def test_a_list_of_firms_does_not_make_its_items_firms_elsewhere():
    # A list names a firm's owner beside the firm.
    articles = [_extracted("list", "Jan Kowal and Kowal Holdings Inc said so."),
                _extracted("bare", "Jan Kowal said so.")]
    assert articles[0].set_aside[0] == ("Jan Kowal", "a firm, in a list of firms", "firm-list")
    assert unify_people(articles)[0][1].people == ("Jan Kowal",)


def test_one_key_for_a_name_wherever_names_are_compared(tmp_path: Path):
    assert person_key("Kim Jong-un") == person_key("KIM  Jong Un")
    # An initial with its stop or without is one name, and one person's page.
    assert person_key("J. Alden Kowal") == person_key("J Alden Kowal") == person_key("J.Alden Kowal")
    with_stop, without = _article("a", ["J. Alden Kowal"]), _article("b", ["J Alden Kowal"])
    assert {a.people for a in unify_people([with_stop, without, _article("c", ["J. Alden Kowal"])])[0]} == {("J. Alden Kowal",)}
    people_file = tmp_path / "people.yml"
    people_file.write_text("people:\n  - name: Park Geun-hye\n    aliases: [Madam Geun-hye]\n"
                           "never:\n  - Hollis-Marten\n", "utf-8")
    curation = load_curation(people_file)
    # An alias written with a hyphen catches the spelling without, and the other way round.
    assert curation.canonical("Madam Geun Hye") == curation.canonical("Park Geun Hye") == "Park Geun-hye"
    assert curation.is_never("Hollis Marten")
    # So does a firm's veto: a firm written with a hyphen is the name written without.
    firm = dataclasses.replace(_article("firm", []),
                               set_aside=(("Hollis-Marten Nowak", "a company, by the legal form written after it",
                                           "company-form"),))
    bare = _article("bare", ["Hollis Marten Nowak", "Lê Văn Hải"])
    assert unify_people([firm, bare])[0][1].people == ("Lê Văn Hải",)


def test_the_firm_veto_reads_the_rule_s_id_not_its_wording():
    # A firm's rule vetoes its name whatever its reason says; a place's rule does not.
    for rule, vetoed in (("ticker", True), ("place-noun", False)):
        firm = dataclasses.replace(_article("firm", []), set_aside=(("Hollis Marten", "reworded", rule),))
        bare = _article("bare", ["Hollis Marten"])
        assert (unify_people([firm, bare])[0][1].people == ()) is vetoed


def test_a_club_a_player_joins_is_a_club_in_every_article():
    listed = _extracted("listed", "Nổi bật có Kessco Varna, Jan Kowal và Piet Dorval.")
    assert "Kessco Varna" in listed.people
    joined = _extracted("joined", "Tiền vệ Hà Văn Lusk vừa gia nhập Kessco Varna.")
    (unified, _), _ = unify_people([listed, joined])
    assert "Kessco Varna" not in unified.people and "Jan Kowal" in unified.people
