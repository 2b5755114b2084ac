"""Every rule of the person extractor, by the id it gives what it decides, with a case of its own.

Each case is a short made-up text and the name one rule decides in it: a person the rule accepts (its id
is the rule of the name's mentions), or a name it sets aside (a name set aside under its id, and no
person). The ids of the table are exactly the extractor's, so that a rule cannot lose its only case.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from types import ModuleType

import pytest

from generator.curation import Curation
from generator.extract import people
from generator.extract.people import article_words, find_mentions, find_people, lists_settled_by_article
from generator.extract.people.lists import _List
from generator.extract.people.rules import _PLACE_OR_FIRM_RULES, _RULES, _SIDE_RULES

# Each case: the rule's id, what it decides (a person, or a name set aside), the text, and the name decided.
PERSON, ASIDE = "person", "set aside"

CASES = (
    # Bylines and credits: the article's author and its photographers are not people it names.
    ("byline", ASIDE, "Ông Lê Văn Bình về quê.\n\nTrần Thu Kessel", "Trần Thu Kessel"),
    ("credit", ASIDE, "Người dân xếp hàng trước cổng. Ảnh: Lê Minh Kowal", "Lê Minh Kowal"),
    # Places: a kind of place or a preposition before the run, a place's own shape, or a larger place after it.
    ("place-noun", ASIDE, "Đoàn khách tới thị trấn Hà Dorval chiều qua.", "Hà Dorval"),
    ("place-preposition", ASIDE, "Ông Lê Văn An làm việc tại Hà Dorval.", "Hà Dorval"),
    ("place-list", ASIDE, "Các xã Hà Kowal, Lê Dorval và Trần Kessel bị ngập.", "Lê Dorval"),
    ("place-in-article", ASIDE, "Đoàn tới thị trấn Hà Dorval.\n\nHà Dorval có nhiều cây cổ thụ.", "Hà Dorval"),
    ("place-head", ASIDE, "Cô bé đến từ xứ Saint Kowalia và hát rất hay.", "Saint Kowalia"),
    ("place-suffix", ASIDE, "Đội Mai Quảng Ninh thắng.", "Mai Quảng Ninh"),
    ("place-in-brackets", ASIDE, "Em học trường THCS Tân Mỹ (Hoàng Kowal, Hà Nội) về nhất.", "Hoàng Kowal"),
    ("place-before-province", ASIDE, "Anh lái xe trở về Quế Kowal, Bắc Ninh.", "Quế Kowal"),
    ("place-lakeside", ASIDE, "Du khách dạo quanh Hồ Xuân Kowal rồi về.", "Hồ Xuân Kowal"),
    ("kind-opens", ASIDE, "Hôm qua Ga Hòa Minh đông khách.", "Ga Hòa Minh"),
    ("named-after", ASIDE, "Đường Nguyễn Văn Kowal ngập nước.", "Nguyễn Văn Kowal"),
    ("named-after", ASIDE, "Du khách leo Núi Bà Kowal rồi gặp bà Lan.", "Kowal"),
    ("house-number", ASIDE, "Cửa hàng ở 60 Hồ Văn Kowal, quận 1 đông khách.", "Hồ Văn Kowal"),
    ("house-number", ASIDE, "Quán ở 38 Bà Lựu đông khách.", "Lựu"),
    ("address-kind", ASIDE, "Chủ tịch UBND P. Hòa Dorval, TP Kessel có mặt.", "Hòa Dorval"),
    ("palace", ASIDE, "Đoàn khách tham quan Dinh Độc Kowal rồi về khách sạn.", "Dinh Độc Kowal"),
    ("alias-of-place", ASIDE, "Công ty Cổ phần Hàng tiêu dùng Hoa Mai (Hoa Kowal Consumer) báo lãi.",
     "Hoa Kowal Consumer"),
    ("particle-place", ASIDE, "Hollis Marten de France grew.", "Hollis Marten de France"),
    # Firms, their units and their products: a legal form, a ticker, a partner, a price or an office beside the run.
    ("company-form", ASIDE, "Lenders are Hollis Marten, Kowal Nowak ASA and the state.", "Kowal Nowak"),
    ("firm-ending", ASIDE, "Kowal Dorval Group said so.", "Kowal Dorval"),
    ("form-closing", ASIDE, "Shares of Hollis-Marten Nowak Inc fell.", "Hollis-Marten Nowak"),
    ("form-closing", ASIDE, "Shares of Kowal General Corp fell.", "Kowal General"),
    ("form-after-insert", ASIDE, "Kowal Dorval (Securities) Ltd said so.", "Kowal Dorval"),
    ("firm-partners", ASIDE, "Brenna Dorval cut its target, Kowal Nowak & Co said.", "Kowal Nowak"),
    ("firm-and-partner", ASIDE, "Shares went through Hollis Marten and Sons Inc.", "Hollis Marten"),
    ("firm-list", ASIDE, "Kowal Bros, Nowak SpA, Banque Hollis and Cie Marten rose.", "Kowal Bros"),
    ("ticker", ASIDE, "Hollis Marten <HMN.L> bought it.", "Hollis Marten"),
    ("angle-bracket-end", ASIDE, "The offer of <Banque du Kowal et des Nowak Dorval> (BND) is firm.", "Nowak Dorval"),
    ("after-legal-form", ASIDE, "Danh sách ủng hộ: Cong ty TNHH Kessel Dorval: 20.000 đồng.", "Kessel Dorval"),
    ("stock-code", ASIDE, "Công ty Dorval (HoSE: DRV) báo lãi, ông Lê Văn Kowal nói.", "Dorval"),
    ("market-move", ASIDE, "Dorva Kess fell 1.5 percent to 395.0 yesterday.", "Dorva Kess"),
    ("office-in-firm", ASIDE, "Hollis Marten analyst Piet Nowak said so.", "Hollis Marten"),
    ("employer-after-holder", ASIDE, "Chris Kowal of Hollis Marten said so.", "Hollis Marten"),
    ("employer-before-name", ASIDE, "Sau trận, cựu huấn luyện viên Riverside, Kowalski thừa nhận sai sót.",
     "Riverside"),
    ("firm-object", ASIDE, "Its merger with Brannick Hart ends in May.", "Brannick Hart"),
    ("firm-has", ASIDE, "Kowal Dorval's board approved the deal.", "Kowal Dorval"),
    ("firm-owned", ASIDE, "It was distributed by Walt Kowal Co's Dorval Vista, and more.", "Dorval Vista"),
    ("underwriter", ASIDE, "The lead managers are Kowal Dorval and Brannick Hart.", "Brannick Hart"),
    ("bank-head", ASIDE, "Tom Brannick, who follows stocks for Bank Kowal Dorval, says so.", "Kowal Dorval"),
    ("joint-nationality", ASIDE, "Anglo-Dutch Kowal Dorval said its profit rose.", "Kowal Dorval"),
    ("foreign-nationality", ASIDE, "Norsk Nowak agreed with Jan Kessel.", "Norsk Nowak"),
    ("kind-after", ASIDE, "The Kowal Dorval banking group said so.", "Kowal Dorval"),
    ("body-of", ASIDE, "The Federation of Kowal Nowak met Piet Nowak.", "Kowal Nowak"),
    ("romance-head", ASIDE, "The Istituto per la Kowalizione Dorvale said so.", "Kowalizione Dorvale"),
    ("elided-head", ASIDE, "The bank signed with l'Union de Kowalerie.", "de Kowalerie"),
    ("head-acronym", ASIDE, "Hội thảo do Hội KTS Lê Văn Kowal tổ chức.", "Lê Văn Kowal"),
    ("head-cut", ASIDE, "Đoàn Thanh niên tổ chức hội trại.", "Đoàn Thanh"),
    ("unit-of-standalone", ASIDE, "Kessco said profit rose. Kessco Kowal Dorval grew.", "Kessco Kowal Dorval"),
    ("side-of-its-people", ASIDE, "Hội đồng quản trị Dorval Kessel họp sáng nay.", "Dorval Kessel"),
    ("side-in-article", ASIDE, "Kowal Dorval Ltd rose.\n\nKowal Dorval sells paint.", "Kowal Dorval"),
    ("glued-acronym", ASIDE, "Gói vay trên nền tảng Biz KWLBank ra mắt.", "Biz KWLBank"),
    ("brand-model", ASIDE, "Anh mua chiếc Samsung Kowal Nova.", "Kowal Nova"),
    ("model-number", ASIDE, "Máy bay XR-200K Silver Kowal bay qua.", "Silver Kowal"),
    ("product-line", ASIDE, "Hãng ra mắt Nova 5 Pro và chiếc nhỏ Nova Compact.", "Nova Compact"),
    ("common-word", ASIDE, "The Kowal Revenue said so.", "Kowal Revenue"),
    # Sports: the sides of a result, a fixture or a table are teams; what only a player does names a player.
    ("score-line", ASIDE, "Riverside Rovers 2 Hillside Athletic 1", "Riverside Rovers"),
    ("versus", ASIDE, "Cup fixtures:\nRiverside Rovers v Hillside Athletic", "Riverside Rovers"),
    ("standings-row", ASIDE, "Riverside Rovers 10 6 2 2 18 9 20", "Riverside Rovers"),
    ("broken-score-line", ASIDE, "In Kato: Vardo Kelmis (Albania) 5 Sorvan Telda (Malta)\n\n0 (2-0)", "Vardo Kelmis"),
    ("score-and-scorers", ASIDE, "Vardo Kelmis 3 (Kowal 27th, Nowak 60th) Sorvan Telda 1 (Lind 80th)", "Vardo Kelmis"),
    ("side-scorers", ASIDE, "Scorers:\n\nVardo Kelmis - Jan Kowal (27th), Piet Nowak (60th)\n\nAttendance: 5,000",
     "Vardo Kelmis"),
    ("two-legs", ASIDE, "Vardo Kelmis win 3-1 on aggregate.", "Vardo Kelmis"),
    ("team-result", ASIDE, "Marlo Pennix beat Dorva Kess 98-91 (50-48 half-time)", "Marlo Pennix"),
    ("club-joined", ASIDE, "Tiền vệ Lê Văn Kowal vừa gia nhập Kessco Varna.", "Kessco Varna"),
    ("result-against", ASIDE, "Riverside thua Kessco Varna 0-2 ở vòng bảng.", "Kessco Varna"),
    ("number-inside", ASIDE, "Kowal II Riverside drew with Hillside.", "Kowal II Riverside"),
    ("letter-last", ASIDE, "Các đội ở Serie A thi đấu.", "Serie A"),
    ("table-header", ASIDE, "W D L Pts\n\nRiverside Rovers won.", "W D L Pts"),
    ("player-act", PERSON, "Phút 20, Kowal đánh đầu dội xà ngang.", "Kowal"),
    # Works and titles: a quotation, a part, a tale, a paper, an office, a ship, a contest and its year.
    ("quoted-title", ASIDE, "Tàu ngầm ‘Dorval Kessel’ phóng tên lửa.", "Dorval Kessel"),
    ("role-in-fiction", ASIDE, "Cô nổi tiếng với vai phụ cô gái Kim Dorval.", "Kim Dorval"),
    ("character-in-article", ASIDE, "Cô đóng vai Hà Dorval.\n\nHà Dorval là một cô gái nghèo.", "Hà Dorval"),
    ("part-before-player", PERSON, "Trong phim, Tâm (Lê Văn Ân) gặp Hạnh.", "Tâm"),
    ("tale-title", ASIDE, "Bộ phim Vũ Kowal Truyền Kỳ ra mắt tháng sau.", "Vũ Kowal Truyền Kỳ"),
    ("work-kind-before", ASIDE, "She stars in the drama Hollis Dorval, out in May.", "Hollis Dorval"),
    ("title-word-inside", ASIDE, "The single Kowal Is Here went to number one.", "Kowal Is Here"),
    ("title-word-last", ASIDE, "Kowal Of The Hills sold out.", "Kowal Of"),
    ("title-word-first", ASIDE, "Readers of Who Kowal Dorval voted.", "Who Kowal Dorval"),
    ("the-inside-sentence", ASIDE, "She sang with The Kowal Sisters last year.", "Kowal Sisters"),
    ("english-of", ASIDE, "Cô học tiếng Anh Kowal Dorval.", "Kowal Dorval"),
    ("office-words", ASIDE, "Its Executive Vice President said so.", "Executive Vice President"),
    ("office-written-on", ASIDE, "Hôm qua, bà Phó Giám đốc sở cho biết.", "Phó Giám"),
    ("ship-prefix", ASIDE, "The tanker MV Kowal Star sank.", "Kowal Star"),
    ("vessel-row", ASIDE, "Dorva Kess 48 14/10 Lagos / Oslo W150.", "Dorva Kess"),
    ("slashed-letter", ASIDE, "F/H Kowal rose by a cent.", "H Kowal"),
    ("acronym-expansion", ASIDE, "Hệ thống Speech Kowal Unit (SKU) ra mắt.", "Speech Kowal Unit"),
    ("event-year", ASIDE, "Hoa hậu Biển Dorval 2030 có 30 thí sinh.", "Biển Dorval"),
    ("event-year", ASIDE, "Thí sinh Miss Kowal 2030 tập dượt.", "Kowal"),
    ("event-in-article", ASIDE, "Thí sinh Miss Kowal Dorval 2030 tập dượt.\n\nMiss Kowal Dorval có 30 thí sinh.",
     "Kowal Dorval"),
    # Time: the name of a lunar year, a phrase of time.
    ("lunar-year", ASIDE, "Tết Đinh Dậu năm nay, ông Lê Văn Bình về quê.", "Đinh Dậu"),
    ("lower-case-words", ASIDE, "Sales of paper cups rose, and Paper Cups grew, Jan Kowal said.", "Paper Cups"),
    ("time-phrase", ASIDE, "Prices rose from a Week Ago.", "Week Ago"),
    # Lists: names joined by hyphens or listed beside people or things, and another name for the one just named.
    ("joined-line-up", ASIDE, "Liên minh Kowal-Nowak-Dorval Kessel tấn công.", "Kowal-Nowak-Dorval Kessel"),
    ("joined-line-up", PERSON, "Đội khách có các tiền vệ De Vreeland-Kowal-Pedrosa ở tuyến giữa.", "Kowal"),
    ("list-of-names", PERSON, "Tiền đạo Kowalski, Nowak và Rossi ghi bàn.", "Nowak"),
    ("list-with-named-people", PERSON, "Ca sĩ Thu Hà hát.\n\nĐêm nhạc có Minh Khôi, Thu Hà và Lan Chi.", "Lan Chi"),
    ("pair-with-person", PERSON, "Hàng công có Lê Văn Kowal và Thục Kiều.", "Thục Kiều"),
    ("foreign-in-list", PERSON, "Tủ sách có Jan Kowal, Morrit, Pelandi và Dessler.", "Morrit"),
    ("foreign-pair", PERSON, "Hai năm sau, Kowal và Nowak chia tay.", "Kowal"),
    ("cast-list", PERSON, "Phim có Minh Thư (Lan), Thục Kiều (Hạnh), Jan Kowal (Tom) và Thu Hà (Mai).", "Hạnh"),
    ("list-of-things", ASIDE, "Anh nhận thư mời từ Google, Apple, Kowal Moreno và Dorval Trust.", "Kowal Moreno"),
    ("alias", ASIDE, "Lý Gia Minh (Jan Kowal) phát biểu.", "Jan Kowal"),
    # Given names: Vietnamese given names and lone words, by what is written before, after or elsewhere.
    ("given-name-shape", PERSON, "Khán giả hát cùng Uyên Khải.", "Uyên Khải"),
    ("given-truong", PERSON, "Danh hài Trường Khải nói.", "Trường Khải"),
    ("country-given-name", PERSON, "Chị Hoa gặp Nhật Lâm Khuê ở chợ.", "Nhật Lâm Khuê"),
    ("lower-case-given-name", PERSON, "Hà Văn kowal giành huy chương\n\nAnh về nhất ở cự ly 100 m. Ảnh: Hà Văn Kowal",
     "Hà Văn Kowal"),
    ("named-so", PERSON, "Năm 2015 anh cưới một cô giáo tên Thu Loan ở quê.", "Thu Loan"),
    ("other-name-after", PERSON, "Sau đó Minh Khôi (tên thật Lê Minh Khôi) lên sân khấu.", "Minh Khôi"),
    ("age-or-minute-after", PERSON, "Chị Lan gặp Yến Nhi, 23 tuổi, ở chợ.", "Yến Nhi"),
    ("stage-name", PERSON, "Ca khúc mới của Dorvi Hoàng Sơn ra mắt.", "Dorvi Hoàng Sơn"),
    ("name-ending-run", PERSON, "Khách mời có Dorvalco Phạm Minh Khôi.", "Phạm Minh Khôi"),
    ("ambiguous-short", ASIDE, "Ông Nguyễn Văn Nam và ông Trần Văn Nam gặp nhau.\n\nÔng Văn Nam nói.", "Văn Nam"),
    # Words of address and offices: what only a person is called, and an office left alone.
    ("after-honorific", PERSON, "Ông Lê Văn Kowal nói.", "Lê Văn Kowal"),
    ("after-title", PERSON, "Actress Sallie Kowal said so.", "Sallie Kowal"),
    ("after-office-of-a-person", PERSON, "Dân chúng đã chờ.\n\nTổng thống Kowal phát biểu.", "Kowal"),
    ("office-word-family-name", PERSON, "Mr Bishop said the talks would resume on Monday.", "Bishop"),
    ("lone-after-office", ASIDE, "Cô là vận động viên Judo giỏi.", "Judo"),
    ("capitalised-run", PERSON, "Then Anna Kowalska left.", "Anna Kowalska"),
    # English: an article, a compound, a nationality, a state or an agency around the capitals.
    ("opens-with-article", ASIDE, "El Kowal reported it.", "El Kowal"),
    ("compound-modifier", ASIDE, "A Kowal Nowak-ordered study.", "Kowal Nowak-ordered"),
    ("demonym", ASIDE, "Costa Rican police met Jan Kessel.", "Costa Rican"),
    ("nationality-plural", ASIDE, "Weary Chileans met Jan Kessel.", "Weary Chileans"),
    ("before-place", ASIDE, "Atheist Kenya bans it, Jan Kessel said.", "Atheist Kenya"),
    ("compass-place", ASIDE, "Jan Kessel left N. Ireland yesterday.", "N. Ireland"),
    ("state-after", ASIDE, "Bonds of Dorva Kess, N.J., were sold.", "Dorva Kess"),
    ("agency-first", ASIDE, "Dealers told Reuters Kowal would sell.", "Reuters Kowal"),
)


def _extractor_modules() -> list[ModuleType]:
    """The extractor's module, and those of its package if it is one: every place a set-aside name is made."""
    return [module for name, module in list(sys.modules.items())
            if name == people.__name__ or name.startswith(f"{people.__name__}.")]


def decided(text: str) -> tuple[tuple[str, ...], list[people.NearMiss], list[people.Mention]]:
    """The people of `text`, every name a rule set aside on the way (also those a first rule set aside
    already, which the extractor lists once), and the mentions with the rules that found them."""
    made: list[people.NearMiss] = []

    @dataclass(frozen=True)
    class Recorded(people.NearMiss):
        def __post_init__(self) -> None:
            made.append(self)

    paragraphs = tuple(text.split("\n\n"))
    with pytest.MonkeyPatch.context() as patch:
        for module in _extractor_modules():
            if getattr(module, "NearMiss", None) is people.NearMiss:
                patch.setattr(module, "NearMiss", Recorded)
        found, _ = find_people(paragraphs, Curation())
    words = article_words(paragraphs)
    mentions: list[people.Mention] = []
    pending: list[_List] = []
    offset = 0
    for paragraph in paragraphs:
        mentions += find_mentions(paragraph, offset, None, words, pending)[0]
        offset += len(paragraph) + 2
    return found, made, mentions + lists_settled_by_article(pending, mentions)


@pytest.mark.parametrize("rule, verdict, text, name", CASES, ids=[case[0] for case in CASES])
def test_the_rule_decides_its_case(rule, verdict, text, name):
    found, set_aside, mentions = decided(text)
    if verdict == PERSON:
        assert name in found
        # A lone word's own run is no person: only a rule that vouches for it makes it one.
        rules = {m.rule for m in mentions if m.name == name}
        assert rule in rules and rules - {rule} <= ({"capitalised-run"} if " " not in name else set())
    else:
        assert name not in found
        assert (name, rule) in {(miss.name, miss.rule) for miss in set_aside}


def test_every_rule_has_a_case():
    assert {case[0] for case in CASES} == people.RULE_IDS


def test_the_rules_the_extractor_gives_are_all_known():
    emitted = set()
    for _, _, text, _ in CASES:
        _, set_aside, mentions = decided(text)
        emitted |= {miss.rule for miss in set_aside} | {m.rule for m in mentions}
    assert emitted <= people.RULE_IDS
    tables = {rule for rule, _, _ in _RULES} | people.FIRM_RULES | _SIDE_RULES | _PLACE_OR_FIRM_RULES
    assert tables <= people.RULE_IDS
