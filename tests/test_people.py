"""People extraction: the sample exactly, then each rule on its own, in Vietnamese and English."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from generator.curation import Curation, load_curation
from generator.errors import ConfigError
from generator.extract.people import extract_people, find_people
from tests.conftest import read_sample

SAMPLE_PEOPLE = (
    "Benjamin Netanyahu",
    "John Kirby",
    "Joe Biden",
    "Donald Trump",
    "Yoav Gallant",
    "Jake Sullivan",
    "Lloyd Austin",
    "Pat Ryder",
)
NEVER_PEOPLE = (
    "Hội đồng Bảo an Liên Hiệp Quốc", "Liên Hiệp Quốc", "Lầu Năm Góc", "Hamas", "Gaza", "Dải Gaza", "Rafah",
    "Israel", "Mỹ", "Washington", "Palestine", "REUTERS", "Reuters", "AFP", "The Times of Israel", "Times",
)


def people(text: str, curation: Curation = Curation()) -> tuple[str, ...]:
    return extract_people(tuple(text.split("\n\n")), curation)


def test_sample_people_exactly(curation):
    raw = read_sample()
    found = extract_people(raw.paragraphs, curation)
    assert found == SAMPLE_PEOPLE
    assert not set(found) & set(NEVER_PEOPLE)


def test_sample_without_curation_finds_trump_only_by_family_name():
    # Only the curated file knows Trump's full name: the article never gives it.
    raw = read_sample()
    found = extract_people(raw.paragraphs, Curation())
    assert "Donald Trump" not in found
    assert "Trump" in found
    assert set(found) - {"Trump"} == set(SAMPLE_PEOPLE) - {"Donald Trump"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Title, then a country, then the name.
        ("Thủ tướng Anh Rishi Sunak phát biểu.", ("Rishi Sunak",)),
        # Multi-word office with a ministry and a country between it and the name.
        ("Bộ trưởng Quốc phòng Israel Yoav Gallant tới Mỹ.", ("Yoav Gallant",)),
        # A Vietnamese full name and its given name after an honorific.
        ("Tổng Bí thư Nguyễn Phú Trọng dự họp.\n\nÔng Trọng nhấn mạnh.", ("Nguyễn Phú Trọng",)),
        # A lone name after an honorific is a person even with no full name.
        ("Bà Lan cho biết giá tăng.", ("Lan",)),
        # A lone name after an office is not enough: offices are often followed by organisations.
        ("Bộ trưởng Quốc phòng cho biết.", ()),
        # Places and organisations that look like names.
        ("Đoàn đến Hà Nội và Lầu Năm Góc, rồi Thái Lan.", ()),
        ("Ông Hùng làm việc tại Bộ Công Thương.", ("Hùng",)),
        # English: titles, possessives, a short mention resolved to the full name.
        ("President Joe Biden spoke.\n\nBiden's aides said Biden would travel.", ("Joe Biden",)),
        ("Israeli Prime Minister Benjamin Netanyahu met Mr Blinken.", ("Benjamin Netanyahu", "Blinken")),
        # English organisations and sentence-initial words are not people.
        ("The White House and the Security Council met. After Monday, Congress voted.", ()),
        ("According to the New York Times, the Federal Reserve held rates.", ()),
        # A capitalised word opening a sentence is compared with its tone marks: `Nguyên` is not `Nguyễn`.
        ("Nguyên đơn là cụ Nguyễn Thị Tám.\n\nCụ Tám vắng mặt.", ("Nguyễn Thị Tám",)),
        # Unmarked words only look Vietnamese: `Le Pen` stays with its given name.
        ("Tòa tuyên Marine Le Pen phạm tội.", ("Marine Le Pen",)),
        # Two full names end the same way: the short form names neither.
        ("Bà Marine Le Pen và ông Jean-Marie Le Pen.\n\nBà Le Pen kháng cáo.", ("Marine Le Pen", "Jean-Marie Le Pen")),
        # Given names that could start a name resolve to the full name beside them.
        ("Thủ môn Trần Thị Kim Thanh cản phá.\n\n\"Tôi tin mình\", Kim Thanh nói.", ("Trần Thị Kim Thanh",)),
        # Right after an honorific, a word that is also a place is a given name.
        ("Sau bà Park Geun-hye năm 2017.", ("Park Geun-hye",)),
        # Another name for someone just named is not another person.
        ("Ông Lê Trí Anh, hay Jimmy Lai, ra tòa. Ông Lý Gia Siêu (John Lee) phát biểu.", ("Lê Trí Anh", "Lý Gia Siêu")),
        ("Xuân Son, tên khai sinh Rafaelson Bezerra Fernandes, sinh tại Brazil.", ()),
        # A kind of place carries on along a list, and reaches over a few lower-case words.
        ("Các tuyến phố Trần Khát Chân, Hoàng Văn Thụ và Trần Quốc Hoàn ùn tắc.", ()),
        ("Các tổ chức quốc tế như Goldman Sachs, Morgan Stanley góp ý.", ()),
        ("Economists at Goldman Sachs and Morgan Stanley expect a cut.", ()),
        # ... but `in` does not carry on past a comma.
        ("In Washington, Joe Biden said no.", ("Joe Biden",)),
        # Stadiums, shops and labels named after people.
        ("Trận đấu trên sân Philippe Chatrier. Chuỗi kem Dairy Queen lãi.", ()),
        ("He heads the cashmere label Loro Piana and the firm Harrington Webb Wealth.", ()),
        # A quotation that is only a name is the title of a work.
        ('She starred in "Emilia Pérez" and sang on “Saturday Night Live”.', ()),
        # A company's unit, not a person, unless an office goes with the name in the article.
        ("Reliance said profit rose. Reliance Jio Infocomm grew.", ()),
        ("Tesla bán ít xe. Giám đốc tài chính Tesla Vaibhav Taneja nói.\n\nÔng Taneja thừa nhận.", ("Vaibhav Taneja",)),
        ("Among them was fellow Irishman Shane Lowry.", ("Shane Lowry",)),
    ],
)
def test_rules(text, expected):
    assert people(text) == expected


def test_short_mention_with_two_candidates_stays_unresolved():
    text = "Ông Nguyễn Văn Nam và ông Trần Văn Nam gặp nhau.\n\nÔng Nam nói."
    assert people(text) == ("Nguyễn Văn Nam", "Trần Văn Nam")


def test_a_short_mention_of_names_inside_one_full_name_is_that_person():
    # `Minh Khải` stands inside `Trần Minh Khải`: `thầy Khải` is him, not an ambiguity.
    text = "Thầy Trần Minh Khải dạy vẽ. Họa sĩ Minh Khải nghỉ việc.\n\nThầy Khải nói."
    found, near = find_people(tuple(text.split("\n\n")), Curation())
    assert found == ("Trần Minh Khải",)
    assert not [n for n in near if n.rule == "ambiguous-short"]


def test_curation_maps_aliases_and_never(tmp_path: Path):
    path = tmp_path / "people.yml"
    path.write_text("people:\n  - name: Tô Lâm\n    aliases: [Lâm]\nnever: [Jake Sullivan]\n", "utf-8")
    curation = load_curation(path)
    text = "Ông Lâm gặp Cố vấn Jake Sullivan."
    assert people(text, curation) == ("Tô Lâm",)


def test_a_name_the_people_file_never_lists_is_no_longer_reported_set_aside(tmp_path: Path):
    # The report of names set aside leaves out what the file settles, written with a hyphen or not.
    path = tmp_path / "people.yml"
    text = "Shares of Hollis-Marten Nowak Inc fell."
    assert [m.name for m in find_people((text,), Curation())[1]] == ["Hollis-Marten Nowak"]
    path.write_text("never: [Hollis Marten Nowak]\n", "utf-8")
    assert find_people((text,), load_curation(path))[1] == ()


def test_curation_matching_ignores_case_and_tone_marks(tmp_path: Path):
    path = tmp_path / "people.yml"
    path.write_text("people:\n  - name: Donald Trump\n    aliases: [trump]\n", "utf-8")
    assert load_curation(path).canonical("TRUMP") == "Donald Trump"


def test_bad_people_file_lists_every_problem(tmp_path: Path):
    path = tmp_path / "people.yml"
    path.write_text("people:\n  - aliases: [x]\n  - name: A B\n    aliases: x\nnever: 3\n", "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_curation(path)
    assert len(caught.value.problems) == 3
    assert all(str(path) in problem for problem in caught.value.problems)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A photo credit names the photographer, not a person of the story.
        ("Ông Trần Văn Hùng phát biểu.\n\nNgười dân xếp hàng trước cổng. Ảnh: Lê Minh Tâm", ("Trần Văn Hùng",)),
        # The last line holding names and credit words only is the byline.
        ("Bà Nguyễn Thị Lan cho biết giá tăng.\n\nHoàng Anh - Báo Mới | 10:05 12/03/2024", ("Nguyễn Thị Lan",)),
        ("Bà Nguyễn Thị Lan cho biết giá tăng.\n\nTheo Thu Hà (tổng hợp)", ("Nguyễn Thị Lan",)),
        ("Ông Phạm Quốc Bảo về quê.\n\nMinh Châu", ("Phạm Quốc Bảo",)),
        # ... but a last sentence is not a byline.
        ("Trời mưa to.\n\nÔng Phạm Quốc Bảo về quê.", ("Phạm Quốc Bảo",)),
        # Stem and branch name a lunar year.
        ("Tết Đinh Dậu năm nay, ông Lê Văn Bình về quê.\n\nĐinh Dậu là năm con gà.", ("Lê Văn Bình",)),
        # An office written after the name takes its capitalised first word back.
        ("Ông Nguyễn Văn Tiến Chủ tịch xã cho biết.", ("Nguyễn Văn Tiến",)),
        # A house number, or a kind of place in front, makes a name a street or a school.
        ("Cửa hàng ở 60 Hồ Hảo Hớn, quận 1 đông khách.", ()),
        ("Đường Nguyễn An Ninh ngập nước. Trường Tiểu học Lê Văn Tám khai giảng.", ()),
        # A company or a team of a place: `… Việt Nam`.
        ("Hanmi Việt Nam tăng vốn điều lệ.", ()),
        # Products, companies and teams by a common word in them, unless an office goes before.
        ("Cuộc thi Fitness Model năm nay và dịch vụ Apple Pay.", ()),
        ("The Commodities Desk said Atlanta Braves fans paid more.", ()),
        ("Health Secretary Wes Streeting spoke.", ("Wes Streeting",)),
        # Days and periods make a time phrase, letters alone a table's header.
        ("Prices rose from a Week Ago. Sheffield Wednesday lost.", ()),
        ("W L T Pct", ()),
        # Results and standings name teams.
        ("Aston Villa 2 Leeds 1\n\nAston Villa 10 6 2 2 18 9 20", ()),
        ("Tom Lehman 65 68 70 203", ("Tom Lehman",)),
        # Firms in business news: a partner or a trade and a legal form after the run, a ticker or
        # angle brackets, an office of the firm and its holder after it; what a body's head opens.
        ("Shares went through Hollis Marten and Sons Inc and Jan Kowal and Petrov Inc.", ()),
        ("Piet Nowak and Lars Holm spoke.", ("Piet Nowak", "Lars Holm")),
        ("Hollis Marten <HMN.L> bought <Kowal Nowak> from Piet Nowak.", ("Piet Nowak",)),
        ("Hollis Marten analyst Piet Nowak said Hollis Marten grew.", ("Piet Nowak",)),
        ("The Federation of Kowal Nowak met Piet Nowak.", ("Piet Nowak",)),
        # The next item of a list of firms, but not an office's holder after a firm.
        ("Underwriters are Kowal Bros Inc and Nowak Hollis. Co-leads are Piet Marten and Lars Holm Bank SA.", ()),
        ("Lenders are Hollis Marten, Kowal Nowak ASA and Piet Holm Oyj.", ()),  # any legal form of the lexicon
        ("It left Kowal Corp, Chairman Piet Nowak said.", ("Piet Nowak",)),
        # The employer after its employee (not after an office or a body: `Minister of`, `Bank of`).
        ("Chris Kowal of Hollis Marten said so. Jan Nowak, an analyst with Piet Holm, agreed.", ("Chris Kowal", "Jan Nowak")),
        ("The son of Piet Nowak said so.", ("Piet Nowak",)),
        # A place after the particle closing a name; a kind after the run.
        ("Hollis Marten de France grew. The Kowal Nowak airstrip and the Piet Holm province.", ()),
        # The rest of a compound word is no name, but a name may follow it.
        ("Aid to sub-Kowal Nowak. He beat fellow-American Anne Kowal 6-0.", ("Anne Kowal",)),
        # A compound modifier closing a run; a determiner opening it.
        ("A Kowal Nowak-ordered study. Another Kowal bank failed.", ()),
        # Forms and heads of firms' names, waters and lands, and common words of business news.
        ("Kowal Bros, Nowak SpA, Banque Hollis and Cie Marten rose.", ()),
        ("The Kowal Islands, the Nowak Basin and Great Hollis.", ()),
        ("Hollis Savings Institutions backed the Kowal Plan and Nowak Dlrs.", ()),
    ],
)
def test_set_aside_rules(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role that only a person holds makes two given names a name.
        ("HLV Hữu Thắng hài lòng. Tiền đạo Công Phượng ghi bàn, ca sĩ Đăng Khôi hát.", ("Hữu Thắng", "Công Phượng", "Đăng Khôi")),
        # A possessive inside a run: the name after an owner, or the owner of a thing.
        ("It replaces Chelsea's Darren Walsh in the squad.", ("Darren Walsh",)),
        ("A chief of President Peter Molefe's Tswana clan spoke.", ("Peter Molefe",)),
        # A nationality inside a foreign run ends what stands before the name.
        ("Second-seeded Spaniard Carlos Ortega won.", ("Carlos Ortega",)),
        # An initial with its stop is not the article `A`.
        ("A. Stewart b Khan 44", ("A. Stewart", "Khan")),
        # A school's type with a capital between the kind of school and its name.
        ("Học sinh trường Chuyên Lê Văn Tám dự thi. Cô Lê Thị Hoa dạy ở Trường THPT Chuyên Trần Văn Bảy.",
         ("Lê Thị Hoa",)),
        # A particle after an honorific that opens the sentence is the name's, though written lower case.
        ("Bà von der Marten nói. Ông van den Berk đến sau.", ("von der Marten", "van den Berk")),
    ],
)
def test_name_boundaries(text, expected):
    assert people(text) == expected


def test_makers_and_house_numbers_with_parts():
    text = "Chiếc Toyota Camry đỗ trước nhà 489/57/11 Huỳnh Văn Bánh và số 6C2 Đinh Bộ Lĩnh."
    assert people(text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # Quantities and qualifiers before a name are not part of it; neither is a player's position.
        ("Unseeded Paul Hanley won. Both Iran and Iraq voted. Reliever Mark Acton pitched.", ("Paul Hanley", "Mark Acton")),
        # Places of several words are taken whole, nationalities too.
        ("Talks in Sierra Leone and Abu Dhabi. Namibian Frank Rowe ran.", ("Frank Rowe",)),
        # A club by the form of its name.
        ("Ajax Amsterdam beat Levski Sofia.", ()),
    ],
)
def test_qualifiers_places_and_clubs(text, expected):
    assert people(text) == expected


def test_a_province_is_not_an_honorific_and_a_club_after_a_role_is_a_club():
    assert people("Tỉnh Bà Rịa - Vũng Tàu mưa lớn. Tiền vệ Man Utd ghi bàn.") == ()


def test_a_role_does_not_vouch_for_one_vietnamese_word():
    # Titles of works and contests capitalise their first word only.
    assert people("Anh hát Phía sau một cô gái, ca sĩ Phía sau một cô gái nói. Cuộc thi Hoa hậu Đại dương mở.") == ()
    assert people("HLV Park dặn dò. Ca sĩ Đăng Khôi hát.") == ("Park", "Đăng Khôi")


def test_from_is_not_a_place_cue():
    assert people("He scored after a back pass from Ernest Faber.") == ("Ernest Faber",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The kind of place before a run speaks of the place it opens with, not of the name after it.
        ("Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hải yêu cầu báo cáo.", ("Nguyễn Tiến Hải",)),
        # Punctuation after a cue word ends what it speaks of; a capitalised word is part of a name, no cue.
        ("Tòa xử 4 người: Nguyễn Việt Hà và Trần Văn Bình.", ("Nguyễn Việt Hà", "Trần Văn Bình")),
        ("Bà Lê Thị Hoa, giám đốc chi nhánh Vũng Tàu, Nguyễn Minh Đạo, giám đốc chi nhánh Hà Nội.",
         ("Lê Thị Hoa", "Nguyễn Minh Đạo")),
        # A family name the article uses alone still opens a full name.
        ("Cảnh sát phát hiện Phạm Thị Hằng chở hàng cấm.\n\nPhạm khai nhận.", ("Phạm Thị Hằng",)),
        # Văn and rarer family names open a name of three syllables.
        ("Các bị cáo Văn Thanh Tâm và Phù Văn Sơn nhận án treo.", ("Văn Thanh Tâm", "Phù Văn Sơn")),
        # A name the article gives as a place keeps that sense where it stands alone.
        ("Đoàn về thành phố Phan Thiết hôm qua.\n\nPhan Thiết có nắng đẹp.", ()),
        # An organisation's name capitalises its first word: its head reaches the name across lower-case words...
        ("Hội khỏe Phù Đổng năm nay đông vui.", ()),
        # ... but written lower case the same word closes other words.
        ("Em có cơ hội gặp Nguyễn Văn An. Thủ môn cản phá quả phạt đền của Alex Morgan.",
         ("Nguyễn Văn An", "Alex Morgan")),
    ],
)
def test_place_cues_and_family_names(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Among full names, given names alone and lone family names are people too.
        ("Đêm nhạc có Trần Văn Hải, Lê Thị Mai, Tùng Lâm và Fernandes.",
         ("Trần Văn Hải", "Lê Thị Mai", "Tùng Lâm", "Fernandes")),
        # A line-up after a colon: five names or more, none of them anything else.
        ("Đội hình xuất phát: Văn Toàn, Minh Khoa, Đức Lương, Hữu Tài, Quốc Bảo.",
         ("Văn Toàn", "Minh Khoa", "Đức Lương", "Hữu Tài", "Quốc Bảo")),
        # A place in the list makes it something else than a list of names; so do fewer names.
        ("Đoàn qua Trần Văn Hải, Lê Thị Mai, Tùng Lâm và Hà Nội.", ("Trần Văn Hải", "Lê Thị Mai")),
        ("Đội hình: Văn Toàn, Minh Khoa.", ()),
    ],
)
def test_names_in_lists(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Decomposed tone marks do not split a word.
        (unicodedata.normalize("NFD", "Sinh viên Hồ Sơn Công đoạt giải."), ("Hồ Sơn Công",)),
        # A byline's source may follow `Theo`.
        ("Ông Lê Văn Bình về quê.\n\nHà Dorval Theo Tin tức Riverside", ("Lê Văn Bình",)),
        # A kind of place before a colon heads a list of places.
        ("Mưa lớn ở các huyện: Quế Phong, Quỳ Châu, Kỳ Sơn và Con Cuông.", ()),
        # Ships, channels and plants are named after their kind, across lower-case words.
        ("Hôm qua tàu ngầm Veliky Novgorod khai hỏa. Đài truyền hình Al Mayadeen đưa tin.", ()),
        # ... but a comma closes the phrase.
        ("Ở mảng truyền hình, Lưu Hán Lương nhận thù lao cao nhất.", ("Lưu Hán Lương",)),
        # After a role, a place of two words is stripped; one word may be a given name.
        ("VĐV Trung Quốc Zhang về nhì.", ("Zhang",)),
        # A capital `Anh` inside a sentence opens a given name; before a foreign name it is the country.
        ("Ca sĩ Anh Thơ hát. Ngoại trưởng Anh Boris Johnson tới.", ("Anh Thơ", "Boris Johnson")),
    ],
)
def test_forms_of_text_and_cues(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A team between two scores in a line of results.
        ("Results:\nBayern Munich 4 Bayer Leverkusen 2\nCologne 0 Hansa Rostock 2", ()),
        # A paper, a place or a club by the article it opens with; a given name before the article keeps it.
        ("Le Monde and El Mundo reported it. Marine Le Pen spoke in Las Vegas.", ("Marine Le Pen",)),
        # ... not an unmarked Vietnamese family name, nor `Les`, a given name.
        ("Bạn đọc Le Thi Hanh gửi 500.000 đồng. Les Ferdinand scored.", ("Le Thi Hanh", "Les Ferdinand")),
        # A demonym or a position before the name ends what stands before it.
        ("He passed fellow Briton Graeme Obree. Wing Pieter Hendriks is fit.", ("Graeme Obree", "Pieter Hendriks")),
        # Companies and works by a word of their kind.
        ("Sun Microsystems and Atria Oy grew. He wrote a Piano Concerto.", ()),
    ],
)
def test_results_papers_and_positions(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A maker opening a run names a product; after an office, the employer.
        ("Anh mua chiếc Rolls Royce Ghost và Samsung Galaxy Note.", ()),
        ("Giám đốc tài chính Toyota Kenta Mori phát biểu.", ("Kenta Mori",)),
        # A common word glued to the name before it is not part of the name.
        ("Ông Chiunói rằng hai bên đã gặp nhau.", ("Chiu",)),
        # A capitalised word opening an office written after it is not a name: `Đoàn Chủ tịch`.
        ("Đoàn Chủ tịch đã ban hành kế hoạch.", ()),
    ],
)
def test_brands_glued_words_and_offices(text, expected):
    assert people(text) == expected


def test_look_alike_eth_and_offices_of_a_school():
    # Ð (eth) is read as Đ: a province is a place whichever letter the source used.
    assert people("Mưa lớn tại Ðồng Nai và Bình Dương.") == ()
    assert people("Cô Hiệu trưởng Bùi Kim Thúy cảm ơn. NSND Anh Tú hát.") == ("Bùi Kim Thúy", "Anh Tú")


def test_model_numbers_credits_in_brackets_and_head_coaches():
    assert people("Hãng bán máy chủ ProLiant Gen10 và điện thoại Note20 Ultra.") == ()
    assert people("Ông Lê Văn Bình phát biểu. (Ảnh Đỗ Linh)") == ("Lê Văn Bình",)
    # After a head coach's title, a word that is also a place's or a company's is a family name.
    assert people("Tân HLV trưởng Park Choong Kyun ra mắt.") == ("Park Choong Kyun",)


def test_a_credit_above_the_sources_name_and_crossroads():
    assert people("Ông Lê Văn Bình về quê.\n\nTheo Trần Vy\n\nDân Việt") == ("Lê Văn Bình",)
    assert people("Xe kẹt ở ngã tư Lương Phú. Mẫu áo của Catalina Swimwear.") == ()


def test_new_towns_vietnam_branches_and_rarer_family_names():
    text = "Dự án ở khu đô thị Habour Ville. Công ty Ambition Vietnam tuyển người. Đội Aston Martin thắng."
    assert people(text) == ()
    assert people("Người phát ngôn Uông Văn Bân nói. Mưa ở Uông Bí.") == ("Uông Văn Bân",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A word before a place or a nationality is no name; a player's country in brackets keeps him.
        ("Atheist China bans it. Leftist Mexican group says no.", ()),
        ("He met Michael Jordan.", ("Michael Jordan",)),
        ("Malivai Washington (U.S.) beat Tim Henman (Britain) 6-4.", ("Malivai Washington", "Tim Henman")),
        # A date after a name is not part of it.
        ("Kohl to meet Yeltsin Sept 7, Interfax said.", ()),
    ],
)
def test_places_with_a_word_before_and_dates_after(text, expected):
    assert people(text) == expected


def test_a_legal_form_after_a_run_makes_it_a_company():
    assert people("Dredging group Koninklijke Boskalis NV said profit rose. Deutsche Lufthansa AG fell.") == ()


def test_two_family_names_in_a_row_after_a_title_of_a_contest():
    # What stands before the name is cut; of two family names in a row the second opens the name.
    assert people("Khách mời có HH Đại Dương Đặng Thu Thảo và Vingroup Phạm Nhật Vượng.") == (
        "Đặng Thu Thảo", "Phạm Nhật Vượng")


def test_streets_named_with_an_honorific():
    # A place cue before the run, or a house number, is not stopped by an honorific inside the run...
    assert people("Cây me ở đầu phố Bà Triệu. Bà Lan ở số 38 Bà Hom.") == ("Lan",)
    # ... but `Anh` there may be the nationality the cue speaks of.
    assert people("Bác sĩ người Anh William Harvey giải mã.") == ("William Harvey",)


def test_the_sides_of_a_fixture():
    assert people("Cup fixtures:\nAEK Athens (Greece) v Chemlon Humenne (Slovakia)\nCercle Brugge v Brann Bergen") == ()


def test_papers_agencies_and_sides_named_after_their_kind():
    assert people("The pro-government daily Le Figaro and the Italian side Juventus Torino agreed.") == ()


def test_a_month_after_a_preposition_is_no_place_a_list_goes_on_from():
    assert people("Hollis Kowal spoke first in December and Jan Dorval is now repeating it.") == ("Hollis Kowal", "Jan Dorval")


def test_a_foreign_title_after_phim_is_the_film_and_a_language_is_no_person():
    text = "Cô đóng loạt phim Kowal Wolf và phim The Great Dorval. Nhà sản xuất phim Jan Hollis cưới cô."
    assert people(text) == ("Jan Hollis",)
    # Languages in a list, which read as given names would make a list of people.
    assert people("Các ngành có nhu cầu cao như: Tiếng Hàn, Tiếng Đức, Tiếng Nga, Tiếng Ý, Quản trị nhà hàng.") == ()


def test_a_firm_after_ctcp_the_short_form_of_a_joint_stock_company_is_no_person():
    assert people("CTCP Quốc tế Hoàng Kowal (RXT) vừa báo lỗ. Ông Trần Văn Dorval, Chủ tịch CTCP Lê Kessel, nói.") == (
        "Trần Văn Dorval",)


def test_after_many_players_the_run_is_their_team_but_not_after_many_times():
    assert people("Huấn luyện viên bất hòa với nhiều cầu thủ Hollis Kessel như Marco Dorval, Piet Kowal.") == (
        "Marco Dorval", "Piet Kowal")
    assert people("Hậu vệ này nhiều lần được HLV Hans Kessel gọi.") == ("Hans Kessel",)


def test_a_party_is_no_person_and_before_a_name_is_no_part_of_it():
    assert people("Lib Dem Hollis Kowal said the Lib Dems and Plaid Cymru would vote against it.") == ("Hollis Kowal",)
    assert people("Both signed the Dorval Declaration and the Hollis Convention.") == ()


def test_a_song_s_translation_in_brackets_is_the_song_too():
    assert people("Her hit was the song Kowal Jawani (Rising Dorval) of 1998.") == ()


def test_a_work_named_after_its_kind_or_by_a_pronoun_inside_is_no_person_anywhere_in_the_article():
    text = ("Hollis Dorval, the film, opens today.\n\nIts star Jan Kowal was in the drama Hollis Dorval first. "
            "Hollis Dorval took two awards; so did the song Do They Miss Kowal.\n\nDo They Miss Kowal sold well.")
    assert people(text) == ("Jan Kowal",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An age, a year of birth or the minute of a goal after given names alone makes them a person...
        ("Cả nhà đón Hồng Nhung, 24 tuổi và Thu Hà (SN 1999) về quê ngoại.", ("Hồng Nhung", "Thu Hà")),
        ("Đội nhà thắng nhờ công của Quốc Vinh (12') và Tiến Hải (số 9, phút 70).", ("Quốc Vinh", "Tiến Hải")),
        # ... but a number in brackets alone says nothing.
        ("Ảnh về Hồng Lĩnh (2) được đăng lại.", ()),
    ],
)
def test_what_only_a_person_has_written_after_the_name(text, expected):
    assert people(text) == expected


def test_a_role_before_a_list_of_three_speaks_of_all_of_them():
    assert people("Đêm nhạc có ca sĩ Tùng Lâm, Bảo Thy, Minh Thư góp giọng.") == ("Tùng Lâm", "Bảo Thy", "Minh Thư")
    # Two names are not yet a list; a place makes it something else.
    assert people("Đêm nhạc có ca sĩ Tùng Lâm, Bảo Thy góp giọng.") == ("Tùng Lâm",)
    assert people("Đêm nhạc có ca sĩ Tùng Lâm, Bảo Thy, Hà Nội góp giọng.") == ("Tùng Lâm",)


def test_a_word_the_article_writes_in_lower_case_does_not_open_a_name():
    text = "Although Kowalski won, he was tired.\n\nHe rested although the race went on."
    assert people(text) == ()  # `Kowalski` alone, never given in full
    text = "Although Jan Kowalski won, he was tired.\n\nHe rested although the race went on."
    assert people(text) == ("Jan Kowalski",)
    # A word also written with a capital inside a sentence may be a given name.
    text = "Bill Morrow won.\n\nThe bill passed, said Bill Morrow."
    assert people(text) == ("Bill Morrow",)


def test_a_hyphen_before_a_capital_ends_a_vietnamese_name():
    assert people("Ông Lê Văn An-Phó chủ tịch xã phát biểu.") == ("Lê Văn An",)
    assert people("Cặp VĐV Trần Văn Bình-Thượng tá Lê Văn Cường về nhì.") == ("Trần Văn Bình", "Lê Văn Cường")
    assert people("Ông Kim Jong-un thị sát.") == ("Kim Jong-un",)


def test_an_office_after_a_lone_word_even_before_a_comma():
    assert people("Cảm ơn ngài Đại sứ, ông Lê Văn An nói.") == ("Lê Văn An",)


def test_a_year_after_a_name_makes_it_an_edition():
    text = "Thí sinh Miss Lens 2030 tập dượt.\n\nBan tổ chức Miss Lens cho biết. Hoa hậu Biển Xanh 2030 có 30 thí sinh."
    assert people(text) == ()
    assert people("Bà Lê Thị Hoa sinh năm 1960.") == ("Lê Thị Hoa",)


def test_sides_with_their_country_and_scorers_in_a_line_of_results():
    text = ("In Riverside: Riverside Rovers (Albania) 2 Hillside Town (Malta) 1 (Jan Kowal 30th)\n\n"
            "Lakeside Athletic 1 F.C. Northfield Wanderers 0")
    assert people(text) == ("Jan Kowal",)


def test_a_place_after_its_kind_and_of():
    assert people("Rain fell on the town of Bou Saada, said Ali Haddad.") == ("Ali Haddad",)
    assert people("Đơn vị thuộc trung đội Lê Thị Hồng Gấm, bà Trần Thị Mai kể.") == ("Trần Thị Mai",)


def test_a_place_stripped_before_a_foreign_name_is_not_its_cue():
    assert people("Ngày 3-4, đại sứ Mỹ tại Chile Jonah Whitfield thông báo.") == ("Jonah Whitfield",)
    assert people("Bộ phim của nhà sản xuất người Ý Marco Bellandi gây sốt.") == ("Marco Bellandi",)
    # In English the place opens a team's name.
    assert people("Detroit beat the Toronto Blue Jays.") == ()


def test_a_particle_joined_by_a_hyphen_and_offices_written_with_one():
    assert people("Tổng thống Bashir al-Hamdi phát biểu.") == ("Bashir al-Hamdi",)
    assert people("Palestinian Attorney-General Khalil al-Masri said so.") == ("Khalil al-Masri",)
    # A group after its kind is no person, nor is one after `nhóm`.
    assert people("Nhóm phiến quân Jabhat al-Fath rút lui.") == ()


def test_the_owner_of_a_company_is_an_office():
    assert people("Hôm qua ông chủ Facebook Jan Kowal cho hay.") == ("Jan Kowal",)
    # The firm written between an officer's title and the name is the employer.
    assert people("Dự lễ có CEO Nvidia Jan Kowal và CEO OpenAI Piet Holm.") == ("Jan Kowal", "Piet Holm")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A legal form in capitals does not stop the kind of place before it.
        ("Công ty TNHH thủy sản Hồng Phát và Công ty CP Sơn Miền Tây nợ thuế.", ()),
        # Avenues, festivals and features are named after their kind.
        ("Xe chạy trên đại lộ Trần Văn Lâm. Dịp lễ Songkran Water đông khách. Tắt tính năng Locate Me.", ()),
        # ... but not across `của`: the song is the singer's.
        ("Ca khúc của Lê Minh Thư được yêu thích.", ("Lê Minh Thư",)),
    ],
)
def test_kinds_of_place_across_legal_forms_but_not_across_an_owner(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A kind of place before `gồm:`, `như:` heads a list of places.
        ("Quận có 9 phường, gồm: Tân Mỹ, Đông Hòa, Liên Hòa và Phú Lãm.", ()),
        # ... also where a number closes one of them.
        ("Quận có 9 phường, gồm: Tân Mỹ 1, Tân Mỹ 2, Đông Hòa, Liên Hòa và Phú Lãm.", ()),
        # Parks, facilities and animals are named after their kind.
        ("Đoàn đến vườn quốc gia Bù Gia Mập, rồi cơ sở Ramesh Kumar.", ()),
        ("Chú chó Rusty Brown chạy nhanh.", ()),
        # A model code right before a run, or a line the article writes with a model number, makes a product.
        ("Máy bay XR-200K Silver Hawk bay qua. Ông Lê Văn An nói.", ("Lê Văn An",)),
        ("Hãng ra mắt Nova 5 Pro và chiếc nhỏ Nova Compact.", ()),
        # ... but a degree with a figure before a Vietnamese name does not.
        ("BSCK1 Trần Mạnh Tùng cho biết.", ("Trần Mạnh Tùng",)),
    ],
)
def test_lists_of_places_parks_animals_and_products(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A district before its city in brackets is a place; a full name of three signs a letter.
        ("Em học trường THCS Tân Mỹ (Hoàng Mai, Hà Nội) về nhất.", ()),
        ("Thư của bạn đọc (Lê Văn An, Nam Định) gửi tới.", ("Lê Văn An",)),
        # A city opened by a saint's title is a place; `Pv`, a reporter, is an office before a name.
        ("Cô bé đến từ xứ Saint Morvania và hát rất hay.", ()),
        ("Trao đổi với Pv Đời sống, ông Trần Văn Tám cho biết.", ("Trần Văn Tám",)),
        # A magazine, named by a cue of two words, with its edition's country in brackets.
        ("Cô lên bìa tạp chí Moon Garden (Đài Loan) tháng này.", ()),
        # Two kinds of school joined in one word still name the school after someone.
        ("Em học trường TH-THCS Lê Văn Tám, xã Hòa An.", ()),
        ("Em học Trường THCS&THPT Võ Thị Sáu.", ()),
        # A capitalised kind heads a name across capitalised words; not after an office, nor from an initial.
        ("Văn phòng Công chứng Bùi Văn Tâm làm việc.", ()),
        ("Chánh Văn phòng Bộ Lê Văn Hùng nói.", ("Lê Văn Hùng",)),
        ("P. Strang b M. Waugh 9", ("P. Strang", "M. Waugh")),
        # Products by their kind or a common word in them; plants in a list after their kind.
        ("Hãng giới thiệu bàn phím Swift Board và chuỗi Verona Coffee.", ()),
        ("Các thủy điện Sơn Tây, Bản Mai, Krông Pa xả lũ.", ()),
    ],
)
def test_places_in_brackets_heads_of_names_and_products(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A regnal number closes a name; inside a run it names a club.
        ("Queen Elizabeth II and Pope Gregory XVI aside, Henry Walker III spoke.", ("Elizabeth II", "Henry Walker III")),
        ("Willem II Riverside drew with Hillside.", ()),
        # Words that open a sentence and never a name.
        ("Although Danny Ruiz won, he left. Therefore I stay. Teenager Yuki Tanaka led.", ("Danny Ruiz", "Yuki Tanaka")),
        # A place by the word it opens with.
        ("Boats sank on Lake Ontario and at Port Louis in County Cork.", ()),
    ],
)
def test_regnal_numbers_sentence_openers_and_heads_of_places(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A middle name second makes the first word a family name, however rare.
        ("Phát biểu tổng kết, Đại tá Sa Văn Lực cảm ơn các đội.", ("Sa Văn Lực",)),
        ("Em Ô Thị Hạnh nhận học bổng.", ("Ô Thị Hạnh",)),
        # A conjunction opening a sentence is no part of the name.
        ("Hay Marco Rossi sau nhiều danh hiệu vẫn khiêm tốn.", ("Marco Rossi",)),
        # A common word glued inside a run ends the name there.
        ("Chuyên gia Peter Novakcủa Cơ quan Thống kê nhận định.", ("Peter Novak",)),
    ],
)
def test_middle_names_conjunctions_and_glued_words(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A compound modifier opens no name; hyphenated offices and nationalities are stripped.
        ("Third-seeded Pablo Ruiz beat Moroccan Karim Idrissi. Toronto-based Goldrock rose.", ("Pablo Ruiz", "Karim Idrissi")),
        ('"We will wait," Undersecretary-General Kenji Sato said. Major-General Arif spoke.', ("Kenji Sato",)),
    ],
)
def test_compound_modifiers_and_hyphenated_offices(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A scorer's minute in brackets, a batting line: only players are written so.
        ("Riverside 2 (Kowal 12th, Nowak 80th) Hillside 1 (Bauer 45th).", ("Kowal", "Nowak", "Bauer")),
        ("Amir Sadiq c Hollis b Crane 46", ("Amir Sadiq", "Hollis", "Crane")),
        # A line may break inside the brackets.
        ("Riverside 3 (Kowal 12th, Nowak 80th and\n\nBauer 85th).", ("Kowal", "Nowak", "Bauer")),
        # ... but a minute alone in a sentence is no cue.
        ("The Riverside 12th battalion left.", ()),
    ],
)
def test_scorers_and_batting_lines(text, expected):
    assert people(text) == expected


def test_a_kind_of_place_that_opens_a_role_is_the_roles():
    assert people("Đội mua thêm cầu thủ trẻ Dani Rivas và mời cựu cầu thủ huyền thoại Jan Kowal.") == (
        "Dani Rivas", "Jan Kowal")


def test_two_vietnamese_full_names_in_brackets_are_two_people_and_distances_are_no_house_numbers():
    assert people("Luật sư đề nghị giảm án cho Hà Văn Nam (Lê Thị Hồng Hoa).") == ("Hà Văn Nam", "Lê Thị Hồng Hoa")
    assert people("Lý Gia Minh (John Lee) phát biểu.") == ("Lý Gia Minh",)
    assert people("Ở nội dung 200m Nguyễn Thị Ánh Hồng về nhất.") == ("Nguyễn Thị Ánh Hồng",)


def test_initials_with_their_stops_open_a_name_and_clubs_open_with_their_form():
    assert people("President F.W. de Kock met P.W. Boshoff.") == ("F.W. de Kock", "P.W. Boshoff")
    assert people("F.C. Riverside beat the visitors.") == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # A batsman opening a batting line.
        ("Inzamam-ul-Hafeez c Hollis b Crane 35", ("Inzamam-ul-Hafeez", "Hollis", "Crane")),
        # A player followed by a country and a result keeps a family name that is a common word.
        ("4 - Kumiko Date (Japan) beat Tom Mills (U.S.) 6-2 6-3", ("Kumiko Date", "Tom Mills")),
        # ... where a side with a common word in it is still a side.
        ("Riverside Rovers 2 Hillside Athletic 1", ()),
    ],
)
def test_batsmen_and_players_with_their_country(text, expected):
    assert people(text) == expected


def test_the_people_of_a_place_of_two_words_and_a_makers_model():
    assert people("Costa Rican police and Sierra Leonean farmers met. Jan Kowal drove a Ford Escort.") == ("Jan Kowal",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An English article inside a run opens a paper; a lone initial before a Vietnamese word ends a sentence.
        ("Trang The Ledger viết. Ông Lê Văn An theo dõi giải Liga B. Nhiều đội thua.", ("Lê Văn An",)),
        # A two-word office closing a Vietnamese name; an acronym glued to a word; a line with a model number.
        ("Các vị gồm Trần Huyền Trân Công Chúa và ông Lê Văn Bình.", ("Trần Huyền Trân", "Lê Văn Bình")),
        ("Gói vay trên nền tảng Biz ABCBank. Máy dùng chip Helio Zeta 5 mới.", ()),
        # A continent ending a sentence is still a place.
        ("Đội dự giải Châu Á. Sau đó, họ nghỉ.", ()),
    ],
)
def test_articles_initials_offices_and_glued_acronyms(text, expected):
    assert people(text) == expected


def test_a_lone_capital_closing_a_run_and_eateries_named_after_their_kind():
    assert people("Các đội ở Serie A và Group B thi đấu. Quán ăn Đồng Xanh đông khách.") == ()
    assert people("Bà Lê Thị A. cho biết.") == ("Lê Thị A.",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Words whose initials spell the acronym beside them are what it stands for.
        ("Hệ thống dùng SRU (Speech Recognition Unit) và ông Lê Văn An nói.", ("Lê Văn An",)),
        ("Công nghệ nhận dạng (SRU - Speech Recognition Unit) được dùng.", ()),
        ("The Speech Recognition Unit (SRU) hired Jan Kowal.", ("Jan Kowal",)),
        ("Giải chạy (Vietnam Hill Race - VHR 2030) xuất phát.", ()),
        ("Hệ thống dùng SRU (\nSpeech Recognition Unit) mới.", ()),  # a line break inside the brackets
        # ... but a name whose initials do not spell it stays a person.
        ("Giám đốc FPT - Lê Văn An cho biết.", ("Lê Văn An",)),
        # A ship's prefix, in capitals, before its name; the title `Ms` is no prefix.
        ("Tàu cứu hộ MV Sea Falcon lên đường. Ms Anna Kowal said.", ("Anna Kowal",)),
        # A model code after a line the article also writes with one makes a product.
        ("Máy dùng chip Vexa Helio G70. Bản rẻ dùng Helio G35.", ()),
        # Eateries by a common word in them.
        ("Khu ẩm thực có Pizza Roma, Bún chả và Burger Lane.", ()),
        # ... and technologies and labels by theirs.
        ("Máy dùng công nghệ Q-Max Inverter, kem có chỉ số Full Spectrum.", ()),
    ],
)
def test_acronym_expansions_ships_model_codes_and_eateries(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An honorific after a kind of place is part of the place's name.
        ("Du khách leo Núi Bà Hương rồi gặp bà Lan.", ("Lan",)),
        # A school's type in capitals between its kind and its name.
        ("Cô Lê Thị Hoa (trường PT Martin Kowal, Hà Nội) cho biết.", ("Lê Thị Hoa",)),
        # A name after a place and a slash is a place too; a park by a common word in it.
        ("Các chặng Đà Nẵng/Lê Hòa đều đông. Ông Lê Văn An nói.", ("Lê Văn An",)),
        ("Đoàn thăm công viên Vinpearl Safari rồi gặp ông Lê Văn An.", ("Lê Văn An",)),
        # A family name and two given names that spell a province are a person; a team of four is not.
        ("Phó Thủ tướng Lê Thái Bình gặp đội Hoàng Long Nghệ An. Ông Phạm Hòa Bình nói.", ("Lê Thái Bình", "Phạm Hòa Bình")),
        # ... but without a cue, a name of three that ends with a place is not: a club.
        ("Đội Mai Quảng Ninh thắng.", ()),
        # Resorts after their kind; an illustration's credit.
        ("Lễ hội ở khu nghỉ dưỡng Mizu Takara Ngọc Sơn (Ảnh minh họa: Lê Minh Thư). Ông Lê Văn An nói.", ("Lê Văn An",)),
    ],
)
def test_places_with_an_honorific_a_school_type_or_a_slash(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone foreign name after an office only a person holds; after a company's office it is the company.
        ("Tổng thống Kowalski nói. Thủ tướng Ba Lan Nowak đồng ý. Chủ tịch Vexabank vắng mặt.", ("Kowalski", "Nowak")),
        # Of two places before a lone foreign word, the second is its given name.
        ("Tổng thống Chile Santiago Kowal kêu gọi ký sớm.", ("Santiago Kowal",)),
        # A nationality goes on to other places only, not to the name after it.
        ("Một kỹ sư người Ba Lan - Anna Kowalska cho biết. Một họa sĩ người Pháp, Jan Dupont mở triển lãm.",
         ("Anna Kowalska", "Jan Dupont")),
        # `thay người` is a substitution, not a nationality.
        ("Đội rút Minh ra, thay người Lê Văn Ân vào.", ("Lê Văn Ân",)),
        # A country of one word opening a Vietnamese name of three, with no cue before it.
        ("Chị Hoa gặp Nhật Lâm Vy ở chợ.", ("Hoa", "Nhật Lâm Vy")),
    ],
)
def test_offices_of_a_person_nationalities_and_countries_in_names(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A line of results broken in two: each side's score stands on the other line.
        ("In Kato: Vardo Kelmis (Albania) 0 Sorvan Telda\n\n(Malta) 2 (halftime 0-0)", ()),
        ("In Kato: Vardo Kelmis (Albania) 5 Sorvan Telda (Malta)\n\n0 (2-0)", ()),
        # A side's score followed by its scorers, and a side heading a line of its scorers.
        ("Vardo Kelmis 3 (Kowal 27th, Nowak 60th) Sorvan Telda 1 (Lind 80th)", ("Kowal", "Nowak", "Lind")),
        ("Scorers:\n\nVardo Kelmis - Jan Kowal (27th), Piet Nowak (60th)\n\nAttendance: 5,000",
         ("Jan Kowal", "Piet Nowak")),
        # Only a side wins over two legs or on penalties.
        ("Vardo Kelmis win 3-1 on aggregate.", ()),
        # Sides beating each other by points or at half-time; players beat each other by games.
        ("Marlo Pennix beat Dorva Kess 98-91 (50-48 half-time)", ()),
        ("Marlo Pennix (Albania) beat 3-1 (halftime 2-1) Dorva Kess (Malta)", ()),
        ("Jan Kowal (Poland) beat Piet Nowak (Albania) 6-4 6-3", ("Jan Kowal", "Piet Nowak")),
    ],
)
def test_sides_in_results_broken_across_lines(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Roles of sport, stage and family vouch for given names alone.
        ("Đội có kình ngư Minh Khôi, lão tướng Đức Hòa và người đẹp Thu Hà. Con gái Lan Chi đi học.",
         ("Minh Khôi", "Đức Hòa", "Thu Hà", "Lan Chi")),
        # A role speaks of the list it opens after `như`, `gồm`, `là`.
        ("Đêm nhạc mời các ca sĩ như Minh Khôi, Thu Hà, Lan Chi.", ("Minh Khôi", "Thu Hà", "Lan Chi")),
        # ... but not for a common word alone, its field.
        ("Cô là vận động viên Judo giỏi.", ()),
        # A minute before the run, a shirt number or a minute after it.
        ("Phút 31, Minh Khôi đánh đầu. 5 phút sau, Đức Hòa (số 12) sút xa. Ghi bàn: Lan Chi 40', Quốc Bảo 81'.",
         ("Minh Khôi", "Đức Hòa", "Lan Chi", "Quốc Bảo")),
        # A full name in brackets after one word is the actor of a part: a second person. The part is
        # a person too where both are Vietnamese names.
        ("Trong phim, Tâm (Lê Văn Ân) gặp Hạnh (Jan Kowal).", ("Tâm", "Lê Văn Ân", "Jan Kowal")),
        ("Nhóm có ba thành viên: Tí (Hà Minh Khôi), MKowa (Đỗ Thu Hà) và Bin.", ("Tí", "Hà Minh Khôi", "MKowa",
                                                                                 "Đỗ Thu Hà")),
        # ... but not a town before its province, nor a word after a place cue.
        ("Anh về Vinh (Nghệ An) rồi ra Hòn (Quảng Ninh).", ()),
        ("Họ học ở trường Kowalski (Lê Văn Ân).", ("Lê Văn Ân",)),
    ],
)
def test_roles_lists_minutes_and_actors_of_parts(text, expected):
    assert people(text) == expected


def test_districts_and_armed_groups_are_no_people():
    assert people("Dự án ở Hà Bắc và Hồ Tây bị chậm. Nhóm Tahrir al-Sham tấn công. Ông Lê Văn Ân nói.") == ("Lê Văn Ân",)


def test_a_list_holding_a_name_the_article_gives_a_person_elsewhere():
    assert people("Đêm nhạc có Minh Khôi, Thu Hà và Lan Chi.") == ()
    assert people("Ca sĩ Thu Hà hát.\n\nĐêm nhạc có Minh Khôi, Thu Hà và Lan Chi.") == ("Thu Hà", "Minh Khôi", "Lan Chi")


def test_chinese_family_names_read_in_vietnamese():
    assert people("Hoắc Văn Đình và Chung Hữu Lương đóng chung.") == ("Hoắc Văn Đình", "Chung Hữu Lương")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Technologies, dishes, missiles and columns after their kind.
        ("Máy có công nghệ làm mát Frost Flow. Món Gratin Riga ngon. Tên lửa Falcon IV bay xa.", ()),
        # A capitalised Vietnamese word inside a list before a foreign name opens the name.
        ("Đội vắng Kowal, Theo Nowak và Lê Văn Ân.", ("Kowal", "Theo Nowak", "Lê Văn Ân")),
    ],
)
def test_kinds_of_things_and_given_words_inside_lists(text, expected):
    assert people(text) == expected


def test_given_names_that_fold_to_a_family_name_resolve_beside_a_marked_full_name():
    assert people("Tiền vệ Lê Phi Hải đá hay. Phi Hải ghi bàn.") == ("Lê Phi Hải",)


def test_a_teacher_addressed_and_a_striker_named():
    assert people("Chân sút Kowalski ghi bàn. Thầy Minh giảng bài.") == ("Kowalski", "Minh")


def test_korean_family_names_and_the_buddhist_family_name():
    assert people("Lee Soo Ah và Choi Min Ho đến dự. Thích Minh Tâm giảng pháp.") == (
        "Lee Soo Ah", "Choi Min Ho", "Thích Minh Tâm")
    # A Korean family name that the organisations list also holds, before two Korean syllables.
    assert people("Phim do Park Sun Woo đóng. Khách sạn Park Lane Hotel mở cửa.") == ("Park Sun Woo",)


def test_a_word_saying_what_kind_of_player_between_the_role_and_the_name():
    assert people("Tiền vệ trung tâm Kowal chơi hay, tiền đạo trẻ Minh Khôi ghi bàn.") == ("Kowal", "Minh Khôi")


def test_where_a_photo_shows_someone():
    assert people("Thu Hà (trái) trò chuyện với Kowal (ảnh) sau trận.") == ("Thu Hà", "Kowal")


def test_temples_and_shrines_by_their_kind():
    assert people("Du khách thăm Đền Bạch Vân và miếu Lê Văn Tịnh. Ông Lê Văn Ân nói.") == ("Lê Văn Ân",)


def test_a_vietnamese_word_before_a_foreign_given_and_family_name():
    assert people("Giám đốc vùng châu Âu Jan Kowalski nói. Diễn viên Mai Daisy đến.") == (
        "Jan Kowalski", "Mai Daisy")


def test_a_rank_before_a_country_is_no_house_number():
    assert people("Cung thủ số 1 Việt Nam Lê Thị Hoa thắng. Nhà ở số 12 Lê Lợi.") == ("Lê Thị Hoa",)


def test_a_kind_of_place_reaches_no_further_than_its_clause():
    assert people("Trên sân khách, thầy trò Jan Kowal hòa. Còn hiện tại, Anna Nowak giữ ghế.") == (
        "Jan Kowal", "Anna Nowak")


def test_one_word_after_a_plural_role_is_the_team_unless_a_list_follows():
    assert people("Các cầu thủ Riverside tập luyện, một cầu thủ Hillside ngã. Các điệp viên Kowal, Nowak, Lis gặp nhau.") == (
        "Kowal", "Nowak", "Lis")


def test_a_continent_after_chau_and_eateries_named_after_their_cook():
    assert people("Nhà vô địch châu Âu Kowal thắng. HLV Kowal cười. Khu ăn uống có Cơm chiên Lê Ký và phở Trần Hưng.") == (
        "Kowal",)


def test_border_gates_and_structures_by_their_kind():
    assert people("Hai cửa khẩu quốc tế Hà Vân và Lê Sơn mở lại.") == ()
    assert people("Công trình tre Green Arch do kiến trúc sư Lê Văn Ân thiết kế.\n\nGreen Arch là công trình lớn nhất.") == (
        "Lê Văn Ân",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A team the results name is a team in the report above them too.
        ("Vardo Kelmis took the lead when Jan Kowal scored.\n\nVardo Kelmis 2 Sorvan Telda 1", ("Jan Kowal",)),
        # A firm by its partners or `& Co` after it, and by the ending of its name, wherever it stands.
        ("Brenna Dorval cut its target, Kowal Nowak & Co said.\n\nBrenna Dorval Inc sells paint.", ()),
        ("Hollis Marten and Co raised its target. Analysts said Hollis Marten sees gains.", ()),
        # ... unless an office or an honorific vouches for the person where the name stands.
        ("Jan Kowal & Co grew, chairman Jan Kowal said.", ("Jan Kowal",)),
    ],
)
def test_a_team_or_a_firm_is_one_throughout_the_article(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A point of the compass cut to its letter before a place.
        ("S. Korea asked Jan Kowal to stay; N. Korea did not.", ("Jan Kowal",)),
        # Kinds of firm by a common word in them, and banks and brokers before their names.
        ("Dorval Pictures and Kelmis Aviation gained; investment banks Hollis Marten and Kowal Stern agreed.", ()),
        # Offices: a commander, a rugby lock.
        ("Lock Aled Pryce is fit. Commander Tomas Vela spoke.", ("Aled Pryce", "Tomas Vela")),
        # A sentence may open after a quotation mark: a word the article writes in lower case opens no name.
        ('"Cheerful Piet Nowak left," a cheerful aide said.', ("Piet Nowak",)),
    ],
)
def test_compass_places_kinds_of_firm_and_offices(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The kind written after a run: a paper, a party, a firm's unit, a building; not after a possessive.
        ("The Dravo Kelmis daily said the Sorvan Telda party lost.", ()),
        ("President Jan Kowal's party won.", ("Jan Kowal",)),
        # A share price that moves names a firm; a share of the vote names no one.
        ("Dorva Kess fell 1.5 percent to 395.0 and Hollis Marten shares were down.", ()),
        ("Jan Kowal rose five points to 38 percent.", ("Jan Kowal",)),
        # A ship in a line of charters (cargo and date) or of sales (year of building, tonnage).
        ("Dorva Kess 48 14/10 Lagos / Oslo W150.\n\nSorvan Telda - (built 1990) 45,000 dwt sold.", ()),
        # A town by its state written short after it; not a person's suffix, nor a country opening a phrase.
        ("Bonds of Dorva Kess, N.J., and of Sorvan Telda, Wisc.", ()),
        ("Jan Kowal, Jr., met Piet Nowak, U.S. envoy.", ("Jan Kowal", "Piet Nowak")),
        # `At` or `In` opening a sentence, a run and a comma set the scene: a place, not a name of the list after it.
        ("At Riverside, Jan Kowal and Piet Nowak homered.", ("Jan Kowal", "Piet Nowak")),
        # Every firm ending goes: `Group Plc`.
        ("Kelmis Stone Group Plc said so.\n\nKelmis Stone expects more.", ()),
        # The people of a place, the nationality with an s; before a name it is no part of it.
        ("Weary Chileans met. Proud Chileans Piet Nowak and Jan Kowal sang.", ("Piet Nowak", "Jan Kowal")),
        # ... a country with an s is a family name, and a broker or a banker before a name is a person's job.
        ("Senator Jan Chiles met broker Piet Nowak and the bank, Ada Lind.", ("Jan Chiles", "Piet Nowak", "Ada Lind")),
    ],
)
def test_kinds_after_share_prices_firm_endings_and_nationalities(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Three names joined by hyphens in one word are a line-up, never one person; after a role, each is one.
        ("Barcelona dùng bộ ba Kowal-Marek-Jonas ở giữa sân.", ()),
        ("Đội khách có các tiền vệ De Vreeland-Kowal-Pedrosa ở tuyến giữa.", ("De Vreeland", "Kowal", "Pedrosa")),
        # ... a line-up of acronyms, countries or groups names no one; a double name has one hyphen a word.
        ("Liên minh Pháp-NATO-EU-Al Sarim tấn công, theo ông Jean-Pierre Kowal-Nowak.",
         ("Jean-Pierre Kowal-Nowak",)),
        ("Giới hạn trên hợp đồng KTX-Rand-Option tháng 3.", ()),
        # A name in brackets right after an organisation or a place is its other name.
        ("Công ty Cổ phần Hàng tiêu dùng Hoa Mai (Hoa Mai Consumer) báo lãi.", ()),
        ("Ông Trần Văn Lâm, Tổng giám đốc Công ty TNHH Sao Sáng (Bright Star Trading), cho biết.", ("Trần Văn Lâm",)),
        # ... but a Vietnamese full name there is a person, and so are a team's members after its country.
        ("Tập đoàn Hoa Mai (Nguyễn Văn Tâm) đã nộp đơn.", ("Nguyễn Văn Tâm",)),
        ("2. Canada (Jan Kowal, Piet Nowak, Ada Lind) 45.120", ("Jan Kowal", "Piet Nowak", "Ada Lind")),
    ],
)
def test_line_ups_joined_by_hyphens_and_other_names_of_organisations(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Three pairs in a row, a name and a name in brackets, are players and their parts.
        ("Phim có Minh Thư (Lan), Bảo Anh (Hạnh), Jan Kowal (Tom) và Thu Hà (Mai).",
         ("Minh Thư", "Lan", "Bảo Anh", "Hạnh", "Jan Kowal", "Tom", "Thu Hà", "Mai")),
        # ... not districts after their city, clubs in capitals, words glossed one by one, nor two pairs.
        ("Các quận Hà Đông (Hà Nội), Thủ Đức (TP.HCM), Hải Châu (Đà Nẵng) được chọn.", ()),
        ("Đội hình: Văn Kowal (HNFC), Minh Tâm (SLNA), Quốc Hải (HAGL) đá chính.", ()),
        ("Mô hình gồm Mind (Tâm), Body (Thân), Soul (Hồn) và Spirit (Thần).", ()),
        ("Phim có Bảo Anh (Hạnh) và Thu Hà (Mai).", ()),
        # English results write players with their clubs so: no parts there.
        ("Goals by Jan Kowal (Riverside), Piet Nowak (Westfield), Ada Lind (Eastbury).", ("Jan Kowal", "Piet Nowak", "Ada Lind")),
    ],
)
def test_a_cast_written_as_players_and_their_parts(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Roles of sport, stage and family vouch for given names after them, and for the list they open.
        ("Ngoại binh Kowalczyk ghi bàn, trụ cột Nowak chơi tốt.", ("Kowalczyk", "Nowak")),
        ("Cuốn sách tặng các con Minh Khôi, Thu Hà, Lan Chi.", ("Minh Khôi", "Thu Hà", "Lan Chi")),
        ("Bộ phim dựa trên hồi ký của tác giả Lou Marek.", ("Lou Marek",)),
        # A user's handle is a person's: `nick`, `facebook` before it.
        ("Một nhân viên có nick Kowal21 cho biết; facebook Thu Diệp bình luận.", ("Kowal21", "Thu Diệp")),
        # ... but not a platform's name after `nick`.
        ("Anh ấy dùng nick Zalo để nhắn tin cho đồng nghiệp.", ()),
        # A goal's verb after two words vouches for given names; one word may be a club; `Dù` opens a sentence.
        ("Trên chấm phạt đền, Quốc Bảo nâng tỷ số lên 2-0. Riverside nâng tỷ số lên 3-1, rồi Lan Chi lập cú đúp.",
         ("Quốc Bảo", "Lan Chi")),
        ("Dù Minh Khôi đá hỏng phạt đền, đội vẫn thắng.", ("Minh Khôi",)),
        # ... and so does a verb of a life's events.
        ("Tin đồn Thu Diệp kết hôn lan nhanh; Bảo Vy bật khóc trên sân khấu.", ("Thu Diệp", "Bảo Vy")),
    ],
)
def test_roles_of_sport_stage_and_family_and_a_goals_verb(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A run no cue vouches for, in a list beside two known firms, brands or places, is of their kind.
        ("Anh nhận thư mời từ Google, Apple, Kowal Moreno và Dorval Trust.", ()),
        ("Các nước Peru, Chile, Bolivia và Paraguai Norte ký kết.", ()),
        # ... but people listed with one place stay people, and a role vouches for its list.
        ("Jan Kowal, Piet Nowak và Hà Nội.", ("Jan Kowal", "Piet Nowak")),
        ("Các ca sĩ Jan Kowal, Piet Nowak, Bắc Ninh và Hà Nội.", ("Jan Kowal", "Piet Nowak")),
    ],
)
def test_a_run_listed_beside_known_firms_brands_or_places(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A capital inside a word that opens with a figure opens no name: a house number, `4K`, `5G`.
        ("Bà Lê Thị Hoa (12/34B Lê Văn Tám, Q.3) ủng hộ 1.000.000 đồng.", ("Lê Thị Hoa",)),
        ("Máy quay 4K Hồng Hà và mạng 5G Hoa Mai Sài Gòn.", ()),
        # ... but one glued to a lower-case word still does: the source lost a space.
        ("Chính quyền Tổng thốngJan Kowal ở Warsaw.", ("Jan Kowal",)),
    ],
)
def test_a_capital_inside_a_word_that_opens_with_a_figure(text, expected):
    assert people(text) == expected


def test_common_words_of_products_shows_and_firms():
    # English common words name a feature, a dish, a show or a fund, never a person.
    assert people("Chế độ Night Vision được nhắc tới. Lava Cake là món ngon. Dorval Associates đầu tư.") == ()


def test_a_run_opening_with_a_ministry_department_or_association_after_a_role():
    # `Bộ`, `Cục`, `Hội`, `Ban`, `Vụ`, `Phòng` open an organisation's name: after a role it is the role's team.
    assert people("Giải Nhì thuộc về đôi VĐV Bộ Hậu cần, giải Ba về VĐV Cục Kỹ thuật.") == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # What someone is called, after a word for them, is a person's name, given names alone too.
        ("Năm 2015 anh cưới một cô giáo tên Thu Loan ở quê.", ("Thu Loan",)),
        ("Bản ghi do một người thợ tên Kowar để lại.", ("Kowar",)),
        # ... but what a thing bears or has may be anything: a song, an app, a firm.
        ("Anh ra mắt ca khúc mang tên Thu Vàng. Ứng dụng có tên Minh Nhật ra mắt.", ()),
        ("Cái tên Thiên Lộc được chọn cho cửa hiệu.", ()),
    ],
)
def test_a_name_given_as_what_someone_is_called(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb of a player's game after two words or more vouches for given names alone.
        ("Sau giờ nghỉ, Quốc Bảo lại tỏa sáng bằng cú sút xa.", ("Quốc Bảo",)),
        ("Trong ngày mở màn, Minh Đan ghi tới 3 bàn.", ("Minh Đan",)),
        ("Ở phút cuối, Thanh Lộc bỏ lỡ quả đá phạt.", ("Thanh Lộc",)),
    ],
)
def test_given_names_before_a_verb_of_the_game(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # One foreign word no lexicon knows before two marked Vietnamese words is a stage name, whole,
        # even where the article also writes the foreign word alone.
        ("Tối qua Jovin Hoàng Sơn hát ba ca khúc. Jovin cảm ơn khán giả.", ("Jovin Hoàng Sơn",)),
        ("Tomi Hoàng Dương (trái) đứng cạnh mẹ.", ("Tomi Hoàng Dương",)),
        # ... a known firm before a full name is the employer.
        ("Kỹ sư Google Nguyễn Hòa An nói.", ("Nguyễn Hòa An",)),
    ],
)
def test_a_stage_name_of_a_foreign_word_and_a_vietnamese_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A kind of place capitalised as the first word of a Vietnamese run names the place.
        ("Chúng tôi tới Ga Hòa Lạc lúc 5 giờ, rồi dạo quanh Sân Lê Hòa.", ()),
        ("Đoàn khách của Vương Quốc Anh đã tới Huế.", ()),
        # ... not a kind that is also a family or a given name.
        ("Hồ Văn Lộc có mặt.", ("Hồ Văn Lộc",)),
        ("Hôm qua Trường Lâm kết hôn.", ("Trường Lâm",)),
        # ... nor after a role or an honorific.
        ("Đêm diễn có ca sĩ Sông Thu và bà Sân Hoa.", ("Sông Thu", "Sân Hoa")),
    ],
)
def test_a_kind_of_place_opening_the_run(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A family name that heads organisations, one capitalised word and a lower-case one: the organisation.
        ("Đoàn Thanh niên tổ chức hội trại. Đoàn Thanh tra làm việc hai tuần.", ()),
        # ... a person addressed so, or with a name of three, stays one.
        ("Ông Đoàn Thanh cho biết sẽ làm việc. Cầu thủ Đoàn Văn Lực ghi bàn.", ("Đoàn Thanh", "Đoàn Văn Lực")),
    ],
)
def test_an_organisation_cut_after_a_family_name_that_heads_organisations(text, expected):
    assert people(text) == expected


def test_a_nickname_after_land_and_a_place_gone_back_to():
    # `đất` (land) before a capitalised run names a place or its nickname.
    assert people("Món bánh nổi tiếng của đất Hà Thành. Đội bóng đất Mỏ thắng.") == ()
    # A place gone back to, before its province, is a place; a full name of three stays a person.
    assert people("Anh lái xe trở về Quế Lâm, Bắc Ninh.") == ()
    assert people("Anh kể về Nguyễn Văn Toản, Bắc Ninh.") == ("Nguyễn Văn Toản",)


def test_a_kind_of_place_reaches_further_in_vietnamese_text():
    # `viện nghiên cứu hạt nhân X`: an institute named after someone, by its kind five words before.
    assert people("Bà Anna Kowal làm việc ở viện nghiên cứu hạt nhân Dorval Hunt.") == ("Anna Kowal",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two lone foreign words no lexicon knows, joined as a pair, are two people in Vietnamese text.
        ("Cặp đấu này thắng Kowar và Dessler sau hai set.", ("Kowar", "Dessler")),
        ("Theo tôi, Morrit hay Pelandi đều sút phạt giỏi.", ("Morrit", "Pelandi")),
        # ... not in a longer list, not in English text, not a known brand, not a storm after `bão`.
        ("Kelmar, Ostrin, Dovra và Pellin đều mưa lớn.", ()),
        ("Talks between Kowar and Dessler ended.", ()),
        ("Khách gọi xe qua Uber và Grab nhiều hơn.", ()),
        ("Quỹ giúp người dân vùng bão Harvel và Irmon.", ()),
    ],
)
def test_two_lone_foreign_words_joined_as_a_pair(text, expected):
    assert people(text) == expected


def test_vietnamese_cities_and_districts_that_read_like_names():
    # Provincial cities and urban districts are in the gazetteer: `Phan Thiết`, `Gò Vấp` are no people.
    assert people("Phan Thiết và Đồng Hới nắng nóng, Gò Vấp mưa to.") == ()


def test_a_series_letter_closing_a_sentence_and_titles_by_their_common_words():
    # `Serie A.` ending a Vietnamese sentence is the league, not a name with an initial.
    assert people("Anh ghi 10 bàn cho đội bóng hàng đầu Serie A. Mùa tới anh về nước.") == ()
    # ... a Vietnamese name keeps its initial.
    assert people("Bị cáo Lò Thị A. khai nhận.") == ("Lò Thị A.",)
    # Titles of shows and features, bars and firms, by an English common word in them.
    assert people("Chị xem Dark Mirror và Lion Tank, rồi tới Sunset Bar.") == ()


def test_a_kind_of_place_reaches_no_further_in_english_nor_from_inside_a_name():
    # English words are whole words: four of them are as far as a kind of place reaches.
    assert people("They live in a small town named after the builder Tom Kowal.") == ("Tom Kowal",)
    # A kind closing a capitalised name is the name's own word, no cue for what follows.
    assert people("Theo ông đồ, Thành Miếu vốn là nơi thờ Mạnh Khâu.") == ("Mạnh Khâu",)


def test_a_firm_by_its_initials_and_one_letter_more_in_brackets():
    # `Hoàng Quân (HQC)`: the initials and one letter more, a firm's ticker or its `Corporation`.
    assert people("Cổ phiếu Địa Ốc Hoàng Lộc (HLC) tăng.") == ()
    # ... other letters in brackets after a person say nothing of it.
    assert people("Ông Trần Minh Lộc (UBND) phát biểu.") == ("Trần Minh Lộc",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A list with a person in it: in Vietnamese text its lone foreign words no lexicon knows are people.
        ("Tủ sách có Jan Kowal, Morrit, Pelandi và Dessler.", ("Jan Kowal", "Morrit", "Pelandi", "Dessler")),
        # ... not in English text, where lists of lone words hold firms and places.
        ("The shelf holds Jan Kowal, Morrit, Pelandi and Dessler.", ("Jan Kowal",)),
        # A lone word no honorific vouches for is no person of a list, even where the article writes it
        # elsewhere, after an office too (an office stands before firms).
        ("Đêm nhạc do Kelmar tài trợ.\n\nKelmar, Minh Khôi và Lan Chi có mặt.", ()),
        ("Giám đốc Kelmar nói.\n\nAnh mua Kelmar, Dorvax và Pellin.", ()),
        # `hay` (or) joins the names of a list as `và` does.
        ("Hàng thủ có các trung vệ như Jan Kowal, Morrit hay Pelandi.", ("Jan Kowal", "Morrit", "Pelandi")),
    ],
)
def test_lists_with_a_person_hold_lone_foreign_names(text, expected):
    assert people(text) == expected


def test_van_and_a_given_name_after_a_role_is_what_the_person_goes_by():
    assert people("Đội vắng thủ thành Văn Khôi.") == ("Văn Khôi",)
    # `Thị` is the middle of a woman's name: alone after a cue it is still no whole name.
    assert people("Cô Thị Hà dạy giỏi.") == ()
    assert people("Anh gặp Văn Khôi.") == ()


def test_a_role_opening_brackets_speaks_of_the_name_in_them():
    # `bà Ngân (NSND Diệu Vân)`: a part and, in brackets after a role, its player's given names.
    assert people("Cả nhà vui, trừ bà Ngân (NSND Diệu Vân).") == ("Ngân", "Diệu Vân")
    assert people("Bà Ngân (ca sĩ Diệu Vân) hát.") == ("Ngân", "Diệu Vân")
    # ... with no role, given names in brackets stay no one's.
    assert people("Bà Ngân (Diệu Vân) hát.") == ("Ngân",)


def test_a_hyphen_before_a_marked_vietnamese_word_ends_a_foreign_name():
    assert people("Em Jonah Kowalski-Trường Trung học cơ sở Hòa Bình nói.") == ("Jonah Kowalski",)
    # ... a double family name joins two foreign words.
    assert people("Đạo diễn Jonah Kowal-Nowak về nước.") == ("Jonah Kowal-Nowak",)


def test_an_office_written_with_capitals_is_no_person():
    # Every word an office's: the office itself, after a possessive too.
    assert people("In May she rose to Executive Vice President, then to Corporate Staff Director.") == ()
    assert people("Its Executive Vice President said so.") == ()
    # ... the name after it is the person; a family name that is also an office's word stays one.
    assert people("Kowal Executive Vice President Jan Nowak said so.") == ("Jan Nowak",)
    assert people("Actress Anna Chancellor arrived.") == ("Anna Chancellor",)


def test_a_grade_with_a_roman_number_is_no_person():
    assert people("Grain reserves stayed low. Level IV stocks held steady all winter.") == ()


def test_an_office_goes_on_leftwards_from_its_first_word_written_after_an_honorific():
    # `ông Phó Thủ tướng`: `Thủ` opens `thủ tướng`, and `Phó` with it `phó thủ tướng`.
    assert people("Ông Phó Thủ tướng Lê Văn Hải nói.") == ("Lê Văn Hải",)
    assert people("Hôm qua, bà Phó Giám đốc sở cho biết.") == ()
    # ... a given name that opens no office stays the name's.
    assert people("Ông Nguyễn Văn Tiến Chủ tịch xã nói.") == ("Nguyễn Văn Tiến",)


def test_words_of_finance_and_of_foreign_banks_name_no_person():
    assert people("The End-Day Backlog rose and the Export Bonus was paid.") == ()
    # ... not a word that is also a Vietnamese given name (`Thu Loan`): `Loan` is left out.
    assert people("Ankara Kredi Bankasi and Kowal Handels said so.") == ()


def test_one_word_after_an_office_with_a_name_beside_it_is_the_employer():
    assert people("Sau trận, cựu huấn luyện viên Riverside, Kowalski thừa nhận sai sót.") == ()
    # ... a list after the office is its people.
    assert people("Tiền đạo Kowalski, Nowak và Rossi ghi bàn.") == ("Kowalski", "Nowak", "Rossi")
    assert people("HLV Kowalski, người Ba Lan, nói.") == ("Kowalski",)


def test_one_word_after_a_counted_role_is_their_team_unless_a_list_of_names_follows():
    assert people("Các cầu thủ Riverside, cũng cùng quan điểm, phản đối.") == ()
    assert people("Các cầu thủ Kowalski, Nowak và Rossi ghi bàn.") == ("Kowalski", "Nowak", "Rossi")


def test_a_kind_of_place_before_a_bracket_heads_the_list_in_it():
    # Schools named after people, listed in brackets after their kind: places, all of them.
    assert people("Em vào một trong ba trường THPT (Lê Văn Hưu, Kim Sơn, Việt Đức), nguyện vọng còn lại tùy.") == ()
    # ... a bracket after a person or a role holds a person.
    assert people("Ông Nguyễn Văn Hải (Lê Văn Hưu) nói.") == ("Nguyễn Văn Hải", "Lê Văn Hưu")


def test_the_jewish_people_s_name_is_a_place_s():
    assert people("Họ chống lại nạn phân biệt chủng tộc và chủ nghĩa bài Do Thái.") == ()
    assert people("Ông Đỗ Thái Bình phát biểu.") == ("Đỗ Thái Bình",)


def test_another_name_of_the_person_in_brackets_vouches_for_given_names():
    # `(tên thật …)`, `(còn có nghệ danh là …)`: only a person has a real name or a stage name.
    assert people("Sau đó Minh Khôi (tên thật Lê Minh Khôi) lên sân khấu.")[0] == "Minh Khôi"
    assert people("Nổi bật là Lan Chi (còn có nghệ danh là Chi Bé), con gái một diễn viên.")[0] == "Lan Chi"
    # ... other words in brackets after given names vouch for nothing.
    assert people("Nổi bật là Lan Chi (Hà Nội) năm nay.") == ()


def test_an_office_s_word_after_an_english_honorific_is_a_family_name():
    assert people("Mr Bishop said the talks would resume on Monday.") == ("Bishop",)
    assert people("Then Mr. Judge left the room.") == ("Judge",)
    # ... where the article writes it as an office, in lower case or before a name, it is the office.
    assert people("Mr President, the president's aide said, the vote is lost.") == ()
    assert people("We thank you, Mr. President, wrote President Jan Kowal's aide.") == ("Jan Kowal",)
    # ... nor where it is called, before a comma or a stop; an honorific closing a run is the next name's.
    assert people("Dear Mr. President, the letter began.") == ()
    assert people("Dear Mr. Kowal, the letter began.") == ("Kowal",)


def test_a_run_after_a_counted_role_or_a_board_is_their_team():
    assert people("Các cầu thủ Dorval Kessel phản đối quyết định.") == ()
    assert people("Ban lãnh đạo Dorval Kessel quyết định sa thải HLV.") == ()
    assert people("Hội đồng quản trị Dorval Kessel họp sáng nay.") == ()
    # ... not where a list goes on from it, nor an example after `như`, nor a Vietnamese full name.
    assert people("Các cầu thủ Jan Kowal và Tom Nowak ghi bàn.") == ("Jan Kowal", "Tom Nowak")
    assert people("Giao diện có các nhân vật như Dorval Kessel.") == ("Dorval Kessel",)
    assert people("Các cầu thủ Nguyễn Văn An, cũng phản đối.") == ("Nguyễn Văn An",)
    # ... and one organisation's board before a person keeps the person.
    assert people("Ban điều hành UEFA Jesper Kowal nói.") == ("Jesper Kowal",)


def test_towns_areas_carriers_and_accounts_are_kinds_of_place_or_firm():
    assert people("Họ sống gần thị trấn Kowal và Nowak ở hạt Dorval.") == ()
    assert people("Thuê bao hai nhà mạng Kowal và Nowak sẽ phải chờ.") == ()
    assert people("Hòn đảo nằm giữa 2 khu vực Kowal và Nowak, gần bờ.") == ()
    assert people("Ông lập tài khoản Kowal và Nowak để chia sẻ ảnh.") == ()
    # ... a pair with no kind before it is two people.
    assert people("Hai năm sau, Kowal và Nowak chia tay.") == ("Kowal", "Nowak")


def test_a_pair_of_models_after_their_brands_is_no_pair_of_people():
    assert people("Khách chọn Toyota Dorval và Ford Kessel trong quý.") == ()
    assert people("Hai năm sau, Dorval và Kessel chia tay.") == ("Dorval", "Kessel")


def test_a_verb_of_motion_before_a_run_goes_to_a_place():
    assert people("Cả đoàn rời bến, chuyển sang Dinh Thanh Vân rồi xuống Trần Văn Khương.") == ()
    assert people("Ông Trần Văn Khương xuống Hà Đông.") == ("Trần Văn Khương",)


def test_a_tale_s_title_is_no_person():
    # `Truyện` (a tale), `Truyền Kỳ` (a legend) close the titles of dramas and novels, never a name.
    assert people("Nữ diễn viên Sở Lâm Truyện sinh con, Lê Văn An chúc mừng.") == ("Lê Văn An",)
    assert people("Phim Vũ Hoa Truyền Kỳ ra mắt tháng sau.") == ()
    assert people("Ông Tô Kỳ nói.") == ("Tô Kỳ",)


def test_what_only_a_player_does_vouches_for_one_foreign_word():
    assert people("Phút 20, Kowal đánh đầu dội xà ngang.") == ("Kowal",)
    assert people("Thủ môn đẩy được cú sút của Nowak.") == ("Nowak",)
    # ... not what a club does too, nor a Vietnamese word opening a sentence.
    assert people("Riverside ghi bàn ở phút 5.") == ()
    assert people("Cú dứt điểm của Lê Văn An đi vọt xà.") == ("Lê Văn An",)


def test_a_character_of_fiction_is_no_person():
    # The part an actor plays, and the character named again with no cue later in the article.
    assert people("Lê Văn An nổi tiếng với vai Hà Dorval trong phim Rừng Xanh.") == ("Lê Văn An",)
    assert people("Cô vào vai Trần Thị Kowal.\n\nTrần Thị Kowal là cô gái nghèo.") == ()
    assert people("Diễn viên Lê Văn An (vai Nguyễn Văn Kowal) hóa thân thành Hà Dorval.") == ("Lê Văn An",)
    # ... a part named by a word of address and a noun; not the actor played beside, nor a shoulder patted.
    assert people("Cô nổi tiếng với vai phụ cô gái Kim Dorval.") == ()
    assert people("Cô đóng vai chính cùng Lê Văn Kowal.") == ("Lê Văn Kowal",)
    assert people("Vai diễn ấy làm Lê Văn Kowal buồn.") == ("Lê Văn Kowal",)
    assert people("Anh vỗ vai anh Lê Văn Kowal.") == ("Lê Văn Kowal",)
    # ... and a name that brackets opened by `nhân vật` say is one.
    assert people("Lê Văn An xuất hiện với Hà Dorval (nhân vật của anh trong phim).") == ("Lê Văn An",)
    # `nhân vật` is a character beside a work, and a figure of the news without one.
    assert people("Nhân vật Nguyễn Văn Kowal trong tiểu thuyết gây tranh cãi.") == ()
    assert people("Nhân vật Nguyễn Văn Kowal kể lại chuyện đời mình.") == ("Nguyễn Văn Kowal",)
    # ... and an honorific later vouches for the person.
    assert people("Anh đóng vai chính.\n\nÔng Nguyễn Văn Kowal cho biết.") == ("Nguyễn Văn Kowal",)


def test_a_lake_opening_with_the_family_name_ho_is_no_person():
    assert people("Du khách dạo quanh Hồ Xuân Kowal rồi ngồi ven Hồ Văn Dorval.") == ()
    assert people("Nhà thơ Hồ Xuân Kowal được nhắc tới.") == ("Hồ Xuân Kowal",)


def test_dinh_before_vietnamese_words_is_a_palace_where_the_family_name_is_dinh_with_a_stroke():
    assert people("Đoàn khách tham quan Dinh Độc Kowal rồi về khách sạn.") == ()
    assert people("Ông Đinh Văn Kowal cho biết.") == ("Đinh Văn Kowal",)
    assert people("Mr Dinh Van Kowal said so.") == ("Dinh Van Kowal",)  # no marks: the family name


def test_a_headline_s_given_name_in_lower_case_names_the_whole_name():
    assert people("Hà Văn kowal giành huy chương\n\nVận động viên Hà Văn Kowal về nhất.") == ("Hà Văn Kowal",)
    # ... not where the article never writes the whole name.
    assert people("Hà Văn quý mến cô ấy.") == ("Hà Văn",)


def test_a_counted_kind_of_place_earlier_in_the_clause_heads_a_list_after_gom():
    # Schools named after people, listed after `6 trường …, gồm`, the kind far back in the clause.
    assert people("Hiện 6 trường đang dạy thử chương trình song ngữ và chứng chỉ quốc tế tại các trường trên"
                  " địa bàn thành phố, gồm Lê Văn Kowal, Hà Thị Dorval.") == ()
    assert people("Đoàn công tác gồm Lê Văn Kowal và Hà Thị Dorval.") == ("Lê Văn Kowal", "Hà Thị Dorval")
    # ... the last counted word of the clause is the one the list is of, and a role is no kind of place.
    assert people("Đội thiếu hai cầu thủ ở hàng thủ gồm Lê Văn Kowal và Hà Thị Dorval.") == (
        "Lê Văn Kowal", "Hà Thị Dorval")
    assert people("Đơn vị gồm các huyện Kowal và Dorval có 4 ứng cử viên gồm Lê Văn Kowal, Hà Thị Dorval.") == (
        "Lê Văn Kowal", "Hà Thị Dorval")


def test_a_rice_variety_after_its_kind_is_no_person():
    assert people("Giống lúa Kessel Dorval cho năng suất cao, lúa Hà Kowal thì không.") == ()


def test_an_office_of_a_firm_and_a_misspelt_title_are_no_part_of_a_name():
    # `Senior Vice President` in a list of people and their offices is the office.
    assert people("Jan Kowal, Senior Vice President, and Tom Nowak, Treasurer, signed.") == ("Jan Kowal", "Tom Nowak")
    assert people("The Treasury Secretary said so.") == ()
    # ... and a title written with a letter missing stays out of the name after it.
    assert people("Represenative Jan Kowal said so.") == ("Jan Kowal",)


def test_a_firm_s_name_opened_by_a_nationality_in_another_language():
    assert people("Deutsche Kowalbank said so. Norsk Nowak agreed.") == ()
    assert people("Jan Deutsch said so.") == ("Jan Deutsch",)


def test_a_news_agency_opens_no_name():
    assert people("Dealers told Reuters Kowal would sell.") == ()
    assert people("Dealers told Reuters that Jan Kowal would sell.") == ("Jan Kowal",)


def test_the_end_of_a_firm_s_name_in_angle_brackets():
    assert people("The offer of <Banque du Kowal et des Nowak Dorval> (BND) is firm.") == ()
    assert people("Jan Kowal said <Nowak Dorval> rose.\n\nLater Tom Nowak left.") == ("Jan Kowal", "Tom Nowak")


def test_an_institution_after_an_elided_article():
    assert people("The bank signed with l'Union de Kowalerie et de Nowakement.") == ()
    assert people("He met Jan de Kowal in May.") == ("Jan de Kowal",)


def test_a_subtitle_in_quotes_opening_with_an_article():
    assert people('The slogan "Beans - The Other Kowal Meal" was dropped.') == ()
    assert people('"Jan Kowal - Tom Nowak" was the line-up.') == ("Jan Kowal", "Tom Nowak")


def test_common_words_organisations_places_and_kinds_of_business_news():
    # A tax office of two common words, a railway, a poll, crude grades, a sum in cents.
    assert people("The Kowal Revenue said so.") == ()
    assert people("Kowal Railroads and the Nowak Gallup Poll agreed.") == ()
    assert people("Kowal Intermediate and Nowak Sour fell by 2.5 Dorval Cents.") == ()
    # ... a chain's stores, a table's line ended in a month, a province of two words.
    assert people("A charge from the sale of Kowal Showcase stores.") == ()
    assert people("KOWALTOWN, May 9 - Ended Jan two") == ()
    assert people("Nova Scotia said so, and lawmakers on Capitol Hill agreed.") == ()


def test_an_organisation_s_whole_name_of_the_list_and_a_letter_after_a_slash():
    # Whole names whose words alone name people too.
    assert people("Analysts said Fannie Mae rose and Sallie Mae fell.") == ()
    assert people("Actress Sallie Kowal said so.") == ("Sallie Kowal",)
    # `F/H April`: half of an abbreviation written with a slash.
    assert people("F/H March rose by a cent.") == ()


def test_a_property_a_hyphened_office_and_an_investor_before_a_name():
    assert people("It bought the adjacent Kowal Lake property.") == ()
    assert people("Vice-Premier Jan Kowal said so. Investor Tom Nowak agreed.") == ("Jan Kowal", "Tom Nowak")
    assert people("Jan Kowal, Dai-Ichi Nowak general manager, said so.") == ("Jan Kowal",)


def test_firms_bought_merged_with_or_owning_a_board():
    # `firm-object`: what is acquired or merged with; a seller may be a person.
    assert people("Its agreement to acquire Kowal Dorval was approved.") == ()
    assert people("Its merger with Brannick Hart ends in May.") == ()
    assert people("It bought the unit from Jan Kowal.") == ("Jan Kowal",)
    # `firm-has`: a board or a subsidiary is a firm's; shares are a person's too.
    assert people("Kowal Dorval's board approved the deal.") == ()
    assert people("Jan Kowal's shares rose.") == ("Jan Kowal",)


def test_underwriters_are_banks_and_brokers():
    assert people("Underwriters include Kowal Dorval Lambert.") == ()
    assert people("It was managed by Kowal Dorval and Brannick Hart Securities.") == ()
    assert people("The lead managers are Kowal Dorval and Brannick Hart.") == ()
    # A manager of a team is a person.
    assert people("England manager Jan Kowal said so.") == ("Jan Kowal",)


def test_a_legal_form_after_an_insert_a_bank_s_head_and_a_firm_s_brand():
    # `form-after-insert`: a bracketed line of trade or letters before the legal form.
    assert people("Kowal Dorval (Securities) Ltd said so.") == ()
    assert people("Ing C. Kowal EC Spa <KOW.MI> said so.") == ()
    # `bank-head`: a bank named after its founders; an office after `Bank` is a person's.
    assert people("Tom Brannick, who follows stocks for Bank Kowal Dorval, says so.") == ("Tom Brannick",)
    assert people("Bank governor Jan Kowal said so.") == ("Jan Kowal",)
    # `firm-owned`: what a firm's possessive names is a unit or a brand; a team's player is a person.
    assert people("It was distributed by Walt Kowal Co's Dorval Vista, and more.") == ()
    assert people("Riverside's Jan Kowal scored.") == ("Jan Kowal",)


def test_a_closing_legal_form_and_words_of_industry_places_and_openers():
    # `form-closing`: a dotted legal form stays in the run; the firm is the words before it, all through.
    assert people("Kowal Dorval S.A. said it would sell.\n\nKowal Dorval expects more.") == ()
    assert people("Ông Lê Văn Sa nói.") == ("Lê Văn Sa",)
    assert people("Jan A.G. Kowal said so.") == ("Jan A.G. Kowal",)
    # Kinds of business, of waters and lands, and words that open a sentence.
    assert people("Kowal Chemical and Dorval Futures agreed.") == ()
    assert people("Brannick Creek and Kowal Prefecture were flooded.") == ()
    assert people("Besides Jan Kowal, the firm said so.") == ("Jan Kowal",)


def test_a_joint_firm_a_banking_group_a_mining_firm_and_a_form_after_an_office_word():
    # `joint-nationality`: two nations joined by a hyphen open a joint firm's name, all through.
    assert people("Anglo-Dutch Kowal Dorval said its profit rose.\n\nKowal Dorval expects more.") == ()
    assert people("Italian-born Jan Kowal said so.") == ("Jan Kowal",)
    assert people("The Kowal Dorval banking group said so.") == ()
    assert people("Kowal Dorval Mines and Brannick Minerals agreed.") == ()
    # `form-closing` where an office's word inside the name left the legal form alone.
    assert people("Kowal General Corp said so.\n\nLater Kowal General said no.") == ()


def test_underwriters_listed_before_what_they_did_and_words_of_markets():
    assert people("Kowal Dorval, Brannick Hart and Nowak Lind co-managed the deal.") == ()
    assert people("Along with co-managers Kowal Dorval and Brannick Hart, they sold it.") == ()
    assert people("Jan Kowal managed the team well.") == ("Jan Kowal",)
    # Terms of markets and trade, a falls and a zone.
    assert people("Kowal Public Law and the Dorval Traders agreed.") == ()
    assert people("Brannick Falls lies in the Kowal Zone.") == ()
    assert people("Other Jan Kowal fans said so.") == ("Jan Kowal",)


def test_the_rest_of_an_institution_s_name_after_a_romance_preposition():
    assert people("The Istituto per la Kowalizione Dorvale said so.") == ()
    assert people("A Caisse d'Brannickement de la Kowal Dorvale said so.") == ()
    assert people("Former President Jan Kowal d'Dorval said so.") == ("Jan Kowal",)


def test_the_firm_before_a_kind_of_firm_and_a_closing_legal_form():
    assert people("Kowal Dorval Airways Ltd said so.\n\nKowal Dorval expects more.") == ()
    assert people("Kowal Trans-Dorval Minerals Ltd said so.\n\nKowal Trans-Dorval expects more.") == ()


def test_an_office_of_a_firm_in_capitals_standing_alone():
    assert people("said Jan Kowal, Associate Director of Dorval. Tom Brannick, Executive Director, agreed.") == (
        "Jan Kowal", "Tom Brannick")


def test_anh_after_a_language_or_a_paper_is_england_not_a_word_of_address():
    # `english-of`: the run names a kind of English or the paper, not a person addressed as `anh`.
    assert people("Cô học tiếng Anh Kowal Dorval.\n\nTheo báo Anh Kessel, Lê Văn An đã tới.") == ("Lê Văn An",)
    assert people("Anh Hà Dorval học tiếng Anh.") == ("Hà Dorval",)


def test_an_office_written_on_in_lower_case_after_a_word_of_address_is_no_person():
    # `office-written-on`: the capitals stop inside the office (`Hội trưởng`, `Phó Bí thư`).
    assert people("Chị Hội trưởng mua quà. Con gái Phó Bí thư xã đi học.") == ()
    # ... not a given name before a lower-case word that opens no office, nor a full name before an office.
    assert people("Chị Hà Dorval mua quà. Con trai Lê Văn Kowal viết đơn.") == ("Hà Dorval", "Lê Văn Kowal")


def test_a_list_after_some_or_many_of_a_kind_of_place_and_gom_is_of_places():
    # `một số`, `nhiều` count a kind of place as numbers do (see the counted kind before `gồm`).
    assert people("Lũ ngập một số thành phố ven biển, bao gồm Kowal và Dorval.") == ()
    assert people("Đoàn có nhiều vận động viên, bao gồm Lê Văn Kowal và Hà Thị Dorval.") == (
        "Lê Văn Kowal", "Hà Thị Dorval")


def test_a_ward_or_a_district_written_short_in_an_address_is_no_person():
    # `address-kind`: `P.` (a ward), `Q.` (a district) before a name that an address goes on from.
    assert people("Chủ tịch UBND P. Hòa Dorval, TP Kessel có mặt.") == ()
    assert people("Bà Lê Thị Kowal (P.Tan Dorval, Q.3, TP Kessel) gửi quà.") == ("Lê Thị Kowal",)
    # ... not an initial after a word of address, nor where no address follows.
    assert people("Ông Q. Kowal, TP Kessel nói.") == ("Q Kowal",)
    # `TX`, a town written short, is a kind the lexicon now holds.
    assert people("Nhà văn hóa TX Hoàng Kessel mới xây.") == ()


def test_a_name_after_the_head_of_an_organisation_and_its_acronym_ends_the_organisation_s_name():
    # `head-acronym`: `Hội KTS Lê Văn Kowal` is an association named after him.
    assert people("Hội thảo do Hội KTS Lê Văn Kowal tổ chức.") == ()
    # ... not the holder of an office of it.
    assert people("Giám đốc Sở GTVT Lê Văn Kowal phát biểu.") == ("Lê Văn Kowal",)


def test_an_article_opens_a_paper_after_a_place_or_a_word_stripped_from_the_front():
    # `opens-with-article`, widened: `Theo`, a country before the paper's article.
    assert people("Theo Le Kowal, ông Hà Văn An đã tới.\n\nNhật báo Pháp Le Dorval đưa tin.") == ("Hà Văn An",)
    # ... not after a word of address, nor inside a name.
    assert people("Bà Le Kowal nói. Ông Jean-Marie Le Dorval nói.") == ("Le Kowal", "Jean-Marie Le Dorval")


def test_kinds_of_thing_and_places_the_lexicon_lacked():
    # `chiếc`, the word that counts a car or a phone; `phía đông`, a point of the compass; Hongkong written
    # as one word; a country's names.
    assert people("Anh có chiếc Kessel Dorval. Ở phía đông Kessel Dorval có giao tranh.") == ()
    assert people("Hoa hậu Hongkong tới. Ông Kowal thăm Đại Hàn Dân Quốc. Dầu của Ả-rập Saudi tăng.") == ("Kowal",)


def test_truong_and_one_syllable_is_a_given_name_where_no_kind_of_school_follows():
    assert people("Đêm nhạc có ca sĩ Lan Kowal, Bích Dorval, Trường Khải, Nguyễn Trần Kessel.") == (
        "Lan Kowal", "Bích Dorval", "Trường Khải", "Nguyễn Trần Kessel")
    assert people("Danh hài Trường Khải nói.") == ("Trường Khải",)
    # ... not a school of a kind written after `Trường`, nor a place.
    assert people("Học sinh Trường Cao đẳng Kowal và Trường Tiểu học Lê Văn Dorval.") == ()
    assert people("Quần đảo Trường Sa.") == ()
    assert people("Phim có Lan Kowal, Trường Thành, Hà Văn Dorval.") == ("Lan Kowal", "Hà Văn Dorval")  # the Great Wall


def test_words_of_address_for_a_young_man_or_woman_vouch_for_a_lone_name():
    # `anh chàng`, `cô nàng`: the lexicon lacked them (bare `chàng`, `nàng` name characters of tales too).
    assert people("Mẹ của anh chàng Minh Khải mở quán. Fan gặp cô nàng Kessel.") == ("Minh Khải", "Kessel")


def test_a_point_of_the_compass_last_is_a_family_name_and_before_another_word_a_place():
    # `compass_words`: last in a run it is a family name; anywhere before, it opens a place.
    assert people("Ông Jonas West mở quán cà phê ở Kessel.") == ("Jonas West",)
    assert people("Mr Jonas West said on Monday that talks would go on.") == ("Jonas West",)
    assert people("Troops left North Dorval and Arab East Kessel on Monday.") == ()


def test_given_names_alone_by_their_syllables_where_a_word_takes_a_person():
    # `given-name-shape`: syllables of given names only, after a word that takes a person or before a
    # person's verb (an adverb between).
    assert people("Khán giả hát cùng Uyên Khải.") == ("Uyên Khải",)
    assert people("Thục Kiều chia sẻ rằng cô vui.") == ("Thục Kiều",)
    assert people("Sáng nay Uyên Khải đã gặp bạn.") == ("Uyên Khải",)
    assert people("Trận đấu có thay Tuệ Minh Khải ở phút cuối.") == ("Tuệ Minh Khải",)
    # The full name of the article still wins.
    assert people("Bà Lê Uyên Khải tới.\n\nKhán giả hát cùng Uyên Khải.") == ("Lê Uyên Khải",)


def test_given_name_syllables_need_a_word_that_takes_a_person_and_nothing_else_in_the_run():
    # No such word: as often a place or a firm.
    assert people("Uyên Khải mở cửa từ sáng.") == ()
    # A syllable no given name is made of, a known place, a word stripped from the front of the run.
    assert people("Anh đi cùng Uyên Kowal.") == ()
    assert people("Du khách tới cùng Trung Hoa.") == ()
    assert people("Đoàn đi cùng Sở Uyên Khải.") == ()
    # After an office the syllables name its ministry or its body.
    assert people("Bộ trưởng Thục Kiều cho biết.") == ()


def test_given_name_syllables_read_as_a_firm_or_a_place_by_what_is_written_with_them():
    # `given-name-shape`: an acronym before (the kind of the hospital), a figure after (a line, an edition),
    # the place, the firm's board or an office of it named elsewhere in the article, `nói riêng` (in
    # particular); `trung cấp`, a kind of school (`place_kinds.txt`), after `Trường`.
    assert people("Bác sĩ Bệnh viện ĐKQT Uyên Khải cho biết.") == ()
    assert people("Cùng với Uyên Khải 2, hầm mới dài 6 km.") == ()
    assert people("Học sinh học cùng Trường Trung cấp Kowal.") == ()
    assert people("Nhà máy ở thị xã Uyên Khải.\n\nSản phẩm của Uyên Khải được ưa chuộng.") == ()
    assert people("Ngành du lịch nói chung và Uyên Khải nói riêng đều khó.") == ()
    assert people("Ban lãnh đạo Uyên Khải họp.\n\nSản phẩm của Uyên Khải được ưa chuộng.") == ()
    assert people("Chủ tịch Uyên Khải họp.\n\nCổ phiếu của Uyên Khải tăng.") == ()
    assert people("Sản phẩm của Uyên Khải được ưa chuộng.") == ("Uyên Khải",)


def test_a_pair_joined_by_va_with_a_person_named_in_it():
    # `pair-with-person`: in Vietnamese text, given-name syllables or a lone foreign word joined by `và` to a
    # person are a person too.
    assert people("Hàng công có Lê Văn Kowal và Thục Kiều.") == ("Lê Văn Kowal", "Thục Kiều")
    assert people("Bà Hà Dorval và Morrit cùng đi.") == ("Hà Dorval", "Morrit")
    # The person may be named so elsewhere in the article.
    assert people("Ca sĩ Thanh Kessel hát.\n\nThanh Kessel và Uyên Khải song ca.") == ("Thanh Kessel", "Uyên Khải")
    # Not after a comma, which sets a name beside what it stands for; not after an acronym (a branch);
    # not a syllable no given name is made of; not in English text.
    assert people("Quán cà phê của Kowal, Jan Dorval nói.") == ("Jan Dorval",)
    assert people("Trận gặp KVB Uyên Khải và Lê Văn Kowal rất căng.") == ("Lê Văn Kowal",)
    assert people("Hàng công có Lê Văn Kowal và Uyên Phòng.") == ("Lê Văn Kowal",)
    assert people("The pair Jan Kowal and Dessler won.") == ("Jan Kowal",)
    # A run of capitalised words that nothing vouches for may be a firm or a place: it speaks for nothing.
    assert people("Túi da của Morrit và Louis Dorval rất đắt.") == ("Louis Dorval",)


def test_a_role_of_one_word_opening_the_run_is_no_part_of_the_name():
    # A role written with a capital at a sentence's start joins the run: the name is what follows it.
    assert people("Nhiều người bình luận.\n\nBạn Thanh Kessel nói: “Nên bỏ”.") == ("Thanh Kessel",)
    assert people("Cô hát bài của Diva Thanh Kessel.") == ("Thanh Kessel",)
    assert people("Nhiều người bình luận.\n\nNickname Thanh Kessel viết: “Nên bỏ”.") == ("Thanh Kessel",)
    # Not in English text, nor before one word: the run may be all a name or a product.
    assert people("Diva Jan Kowal sang.") == ("Diva Jan Kowal",)
    assert people("Tin mới. Facebook Messenger ra mắt.") == ()
    # ... nor before a Vietnamese word that no name is made of: `Bạn Trên Mây` is a title.
    assert people("Anh đóng phim Bạn Trên Mây năm đó.") == ()


def test_an_office_only_a_person_holds_opening_the_run_vouches_for_a_lone_foreign_name():
    # Written with a capital, the office joins the run; the lone name after it is still a person.
    assert people("Lăng mộ của Pharaoh Kowal rất lớn.") == ("Kowal",)
    assert people("Dân chúng đã chờ.\n\nTổng thống Kowal phát biểu.") == ("Kowal",)
    # After an office a company may hold, a lone word is as often the company.
    assert people("Dân chúng đã chờ.\n\nChủ tịch Vexabank phát biểu.") == ()


def test_a_run_that_is_all_of_a_quotation_in_straight_single_quotes_is_a_title():
    # Headlines quote a name of a ship or a work between two straight single quotes, as between curly ones.
    assert people("Tàu ngầm 'Dorval Kessel' phóng tên lửa.") == ()
    assert people("Tàu ngầm ‘Dorval Kessel’ phóng tên lửa.") == ()
    # A possessive after a name is no closing quote.
    assert people("Ông Jan Kowal' nói.") == ("Jan Kowal",)


def test_a_map_and_a_genre_of_music_are_no_people():
    # `bản đồ` (a map) before its title (`place_kinds.txt`); `Vpop`, `Kpop` after a role (`common_words.txt`).
    assert people("Sách có bản đồ Dorval Kessel cũ.") == ()
    assert people("Đêm diễn mời các nghệ sĩ Vpop góp mặt.") == ()


def test_chinese_family_names_banh_and_co_open_a_full_name():
    # `Bành`, `Cổ`: family names read in Vietnamese (`surnames_vi.txt`).
    assert people("Bành Thục Kiều nói rằng cô vui.") == ("Bành Thục Kiều",)
    assert people("Phim có Cổ Thiên Kiều đóng vai chính.") == ("Cổ Thiên Kiều",)


def test_a_firm_named_before_its_stock_code_is_no_person_in_the_article():
    # `stock-code`: Vietnamese news writes a listed firm's stock code and exchange in brackets after it;
    # the firm's name alone elsewhere in the article (`của Kessco`) is the firm.
    text = "Tổng công ty Bia Nam Hà - Kessco (Mã CK: KSC) họp cổ đông.\n\nSản lượng của Kessco và Dorvco giảm mạnh."
    found, near = find_people(tuple(text.split("\n\n")), Curation())
    assert found == ("Dorvco",)
    assert [(n.name, n.rule) for n in near] == [("Kessco", "stock-code")]
    assert people("Công ty Dorval (HoSE: DRV) báo lãi, ông Lê Văn Kowal nói.") == ("Lê Văn Kowal",)
    # Without the code, the pair is read as two people.
    assert people("Sản lượng của Kessco và Dorvco giảm mạnh.") == ("Kessco", "Dorvco")


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        # What a player plays for or joins is a club, here and wherever else the article writes it.
        ("Tiền vệ Jan Kowal đang khoác áo Kessco Varna.\n\nKessco Varna đứng thứ ba.", ("Jan Kowal",), "club-joined"),
        ("Hậu vệ Piet Dorval sẽ đầu quân cho CLB Kessco Varna.", ("Piet Dorval",), "club-joined"),
        # Who a result is against, with its score right after it.
        ("Riverside thua Kessco Varna 0-2, Hillside Marte 1-3 ở vòng bảng.", (), "result-against"),
        ("Bàn của Lê Văn Kowal mang về tỷ số 2-1 cho Kessco Varna.", ("Lê Văn Kowal",), "result-against"),
        # After a club and its country, the foreign name is the club's.
        ("Tiền đạo Jan Kowal được CLB Australia Kessco Varna cho về.", ("Jan Kowal",), "place-noun"),
    ],
)
def test_a_club_by_what_players_do_with_it(text, expected, rule):
    found, near = find_people(tuple(text.split("\n\n")), Curation())
    assert found == expected
    assert "Kessco Varna" in {n.name for n in near if n.rule == rule}


def test_a_score_of_sets_is_no_result_against_a_team():
    _, near = find_people(("Lê Văn Kowal thắng Jan Dorval 6-4, 6-3 ở vòng hai.",), Curation())
    assert not [n for n in near if n.rule == "result-against"]


def test_two_line_ups_run_together_leave_the_next_side_out_of_the_last_name():
    text = "Đội hình Riverside: Lê Văn Kowal, Trần Văn Dorval, Jan Kessel Thanh Hóa: Hà Văn Marte, Đỗ Văn Lusk."
    found = people(text)
    assert "Jan Kessel" in found and not [name for name in found if "Thanh" in name]
    # A Vietnamese name keeps its last given name, though it is also a country's.
    assert "Hà Thị Văn Nga" in people("Đội hình Riverside: Hà Văn Marte, Hà Thị Văn Nga: Đỗ Văn Lusk, Trần Văn Dorval.")


def test_a_place_matches_in_either_placement_of_its_tone_mark():
    from generator.lexicon import keys
    assert {"thanh hóa", "thanh hoá", "khánh hòa", "khánh hoà"} <= keys("places")
    assert people("Jan Kowal rời Khánh Hoà hôm qua.") == people("Jan Kowal rời Khánh Hòa hôm qua.") == ("Jan Kowal",)


def test_a_sentence_run_into_a_name_leaves_its_first_word_out():
    # Readers' comments whose line breaks were lost: each reader's name, then the next comment.
    text = "Nên dừng giải sớm. Ha Van Kowal Tôi nghĩ khác. Nên đá tiếp. Tran Dorval Không thể bỏ giải."
    assert people(text) == ("Ha Van Kowal", "Tran Dorval")
    # Marked, a name of two keeps such a word, which may be a given name.
    assert people("Nhân vật Hà Văn Không xuất hiện.") == ("Hà Văn Không",)


@pytest.mark.parametrize(
    "text",
    [
        # A kind of place inside a word of another meaning: `phạt đền` (a penalty), `trường hợp` (a case).
        "Anh nhường quả phạt đền cho Hà Văn Kowal sút.",
        "Đội mời thêm người như trường hợp Hà Văn Kowal.",
        # Nor does a kind reach across a word saying with whom or when.
        "Cả đội ở lại khách sạn cùng Hà Văn Kowal.",
        "Đội được hưởng phạt đền khi Hà Văn Kowal ngã.",
    ],
)
def test_a_kind_of_place_reaches_no_person_past_another_word_or_meaning(text):
    assert people(text) == ("Hà Văn Kowal",)


@pytest.mark.parametrize(
    "text",
    [
        # A year closing an award's name before the holder: no house number.
        "Anh là Quả Bóng Vàng Riverside 2021 Hà Văn Kowal.",
        # The weight on someone's shoulders: no part in a film.
        "Hy vọng của đội dồn lên vai Hà Văn Kowal.",
    ],
)
def test_a_year_of_an_award_or_a_shoulder_before_a_name_leaves_the_person(text):
    assert people(text) == ("Hà Văn Kowal",)


def test_given_name_syllables_giang_canh_vi_tiep_vien():
    # `given-name-shape`: more syllables Vietnamese given names are made of (`given_names_vi.txt`);
    # `Giáng Sinh` (Christmas) stays a feast (`common_words.txt`).
    assert people("Khán giả hát cùng Giáng Kiều.") == ("Giáng Kiều",)
    assert people("Cảnh Tiệp chia sẻ rằng anh vui.") == ("Cảnh Tiệp",)
    assert people("Trận chung kết có Thục Viên và Thục Vĩ tới dự.") == ()
    assert people("Thục Vĩ đã gặp bạn cũ.") == ("Thục Vĩ",)
    assert people("Cổ động viên hát cùng Thục Viên.") == ("Thục Viên",)
    assert people("Không khí của Giáng Sinh tràn ngập phố.") == ()


def test_a_run_after_a_vietnamese_legal_form_in_its_clause_is_the_firm():
    # `after-legal-form`: the kind written without tone marks (`Cong ty`), or beyond its reach after the
    # words of the firm's trade; not past a word that joins another name (`do`, `và`, `cùng`).
    text = "Danh sách ủng hộ: Cong ty TNHH Kessel Dorval: 20.000 đồng; Nguyen Van Kieu: 500.000 đồng."
    found, near = find_people((text,), Curation())
    assert found == ("Nguyen Van Kieu",)
    assert ("Kessel Dorval", "after-legal-form") in [(n.name, n.rule) for n in near]
    assert people("Công ty TNHH thương mại dịch vụ xuất nhập khẩu Kessel Dorval bị phạt.") == ()
    assert people("Giám đốc Công ty TNHH thương mại Kessel Lê Văn Kiều nói.") == ("Lê Văn Kiều",)
    assert people("Đơn vị CP Kessel cùng Trần Thị Hoa ký.") == ("Trần Thị Hoa",)
    assert people("Hợp tác xã và TNHH Kessel do Trần Thị Hoa làm giám đốc.") == ("Trần Thị Hoa",)


def test_a_lone_name_that_ends_a_hyphened_family_name_is_that_person():
    # The words of `al-Kessel` count one by one: `ông Kessel` is the one full name that ends with it;
    # the hyphened word alone still is too.
    assert people("Tổng thống Bashar al-Kessel phát biểu. Sau đó ông Kessel rời đi.") == ("Bashar al-Kessel",)
    assert people("President Bashar al-Kessel spoke. Later Mr Kessel left.") == ("Bashar al-Kessel",)
    assert people("Bộ trưởng Anna Kramp-Kessel nói. Bà Kramp-Kessel cho biết.") == ("Anna Kramp-Kessel",)


def test_words_spelt_by_the_acronym_after_a_comma_are_what_it_stands_for():
    found, near = find_people(("Prices of Frozen Kowal Juice, FKJ, rose, Jan Dorval said.",), Curation())
    assert found == ("Jan Dorval",)
    assert ("Frozen Kowal Juice", "acronym-expansion") in [(n.name, n.rule) for n in near]


def test_capitalised_ordinary_words_the_article_writes_in_lower_case_are_no_name():
    text = "Click Gift Box to pay; you can click the gift box, Jan Kowal said, as did Will Kessel, who will go."
    assert people(text) == ("Jan Kowal", "Will Kessel")
    # After an honorific the words are a name.
    assert people("The rose will bloom. Ms Rose Will said so.") == ("Rose Will",)


@pytest.mark.parametrize(
    "text",
    [
        "Người hâm mộ rất quan tâm đến Nguyễn Văn Kowal lúc này.",
        "Bàn thắng từ Hà Văn Kowal giúp đội thắng.",
    ],
)
def test_a_preposition_of_place_after_a_phrase_that_takes_a_person_is_no_cue(text):
    assert people(text) == (text.split("Văn Kowal")[0].split()[-1] + " Văn Kowal",)
    # A street after the bare preposition stays a place.
    assert people("Anh đi từ Hà Văn Kowal đến chợ.") == ()


def test_given_names_that_could_open_with_a_family_name_are_the_full_name_beside_them():
    # `Hoàng` is a family name too, but beside the full name the two words are how the article writes him.
    assert people("Tiền vệ Nguyễn Hoàng Kowal ghi bàn.\n\nHLV rút Hoàng Kowal ra nghỉ.") == ("Nguyễn Hoàng Kowal",)
