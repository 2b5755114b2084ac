"""Write a deterministic synthetic archive of raw articles in the sample's plain-text format.

    python -m bench.make_archive 10000 /tmp/archive/articles

Sentences come from the bundled sample and, when present, from bench/data/people_vi.jsonl and
people_en.jsonl; a few hundred made-up people recur across the archive, each introduced with a title
and then named short, as news copy does. A fixed seed makes every run byte-identical (for the same
sample and data files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "articles" / "000_67ba8191cee16773.txt"
DATA = Path(__file__).resolve().parent / "data"
SEED = 20240325
PEOPLE = 300  # recurring people: enough for realistic person pages, few enough that each recurs

VI_FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh".split()
VI_MIDDLE_M = "Văn Minh Quốc Hữu Đức Xuân Thanh Công Tiến Duy".split()
VI_MIDDLE_F = "Thị Ngọc Thu Thanh Minh Kim".split()
VI_GIVEN_M = "An Bình Cường Dũng Hải Hùng Long Nam Phong Quang Sơn Trung Tuấn Vinh Khánh Thắng Hiếu Lộc".split()
VI_GIVEN_F = "Hà Lan Linh Mai Thảo Yến Hương Trang Nga Hằng Vân Loan".split()
FOREIGN_FIRST_M = "John Michael David Emmanuel Olaf Ahmed Hiroshi Pedro Rishi Kevin Lars Viktor Jae-won Carlos".split()
FOREIGN_FIRST_F = "Sarah Giorgia Maria Anna Elena Ursula Yuko Amina Claudia Ingrid".split()
FOREIGN_FAMILY = ("Miller Schneider Rossi Tanaka Kowalski Dubois Haddad Silva Novak Petrov Jensen Okafor "
                  "Fischer Moreau Santos Horvat Larsen Kaplan Weber Lindqvist Moretti Yamada Castillo").split()
VI_TITLES = ["Bộ trưởng Tài chính", "Bộ trưởng Y tế", "Thứ trưởng Công Thương", "Chủ tịch UBND tỉnh Quảng Nam",
             "Phó chủ tịch Quốc hội", "Giám đốc Sở Xây dựng Hà Nội", "Tổng giám đốc", "Phó giáo sư", "Thống đốc"]
FOREIGN_TITLES = ["Tổng thống", "Thủ tướng", "Ngoại trưởng", "Bộ trưởng Quốc phòng",
                  "người phát ngôn Bộ Ngoại giao", "Đại sứ", "Tổng thư ký"]
EN_TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "spokesperson", "Ambassador"]
PLACES = "Hà Nội|TP Hồ Chí Minh|Đà Nẵng|Washington|Brussels|Tokyo|Jakarta|Geneva|New York|Cần Thơ".split("|")
CREDITS = ["REUTERS", "AFP", "Ảnh: AP", "Ảnh: Reuters", "ẢNH: AFP"]
VI_CLAUSES = ["các bên cần sớm nối lại đàm phán", "kế hoạch sẽ được triển khai ngay trong quý tới",
              "chính phủ không thay đổi lập trường", "số liệu chính thức sẽ được công bố vào cuối tháng",
              "việc điều tra đang được tiến hành", "hai nước nhất trí tăng cường hợp tác kinh tế",
              "ngân sách cho dự án đã được phê duyệt", "lệnh ngừng bắn cần được tôn trọng"]
EN_CLAUSES = ["talks would resume next week", "the plan would be carried out within the quarter",
              "the government had not changed its position", "official figures would be released at month's end"]
VI_HEADLINE_VERBS = ["kêu gọi đối thoại", "thăm chính thức Việt Nam", "phản đối dự luật mới",
                     "bác tin đồn từ chức", "ký thỏa thuận hợp tác", "điện đàm với người đồng cấp"]
EN_HEADLINE_VERBS = ["calls for talks", "visits Vietnam", "rejects resignation rumours", "signs cooperation deal"]


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    short: str  # the short mention after the first: "ông Dũng", "bà Miller", "Mr Miller"
    english: bool


def make_people(rng: random.Random) -> list[Person]:
    people: dict[str, Person] = {}
    while len(people) < PEOPLE:
        kind = rng.random()
        female = rng.random() < 0.35
        honorific = "bà" if female else "ông"
        if kind < 0.55:  # Vietnamese: family, middle, given; the short mention uses the given name
            given = rng.choice(VI_GIVEN_F if female else VI_GIVEN_M)
            name = f"{rng.choice(VI_FAMILY)} {rng.choice(VI_MIDDLE_F if female else VI_MIDDLE_M)} {given}"
            person = Person(name, rng.choice(VI_TITLES + [honorific]), f"{honorific} {given}", False)
        else:  # foreign: the short mention uses the family name, as in "ông Kirby"
            family = rng.choice(FOREIGN_FAMILY)
            name = f"{rng.choice(FOREIGN_FIRST_F if female else FOREIGN_FIRST_M)} {family}"
            english = kind > 0.85
            title = rng.choice(EN_TITLES) if english else rng.choice(FOREIGN_TITLES + [honorific])
            short = f"{'Ms' if female else 'Mr'} {family}" if english else f"{honorific} {family}"
            person = Person(name, title, short, english)
        people.setdefault(person.name, person)
    return sorted(people.values(), key=lambda p: p.name)


def sentences_of(text: str) -> list[str]:
    """Body sentences only: captions and related headlines are made separately, so the sentence pool skips them."""
    out: list[str] = []
    for line in text.splitlines():
        line = re.sub(r"^\s*date:?\s+\d{4}(-\d\d){0,2}\s+", "", line).strip()
        if len(line.split()) < 12 or not re.search(r"[.!?][\"”]?$", line):
            continue
        pieces: list[str] = []
        for piece in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+", line):
            # A piece opening in lower case ("25.3. hôm"), following an initial ("Trần Văn T.") or inside
            # an open quotation belongs to the sentence before it.
            if pieces and (piece[:1].islower() or piece[:1] == "(" or re.search(r"(^|[\s.])\w\.$", pieces[-1]) or pieces[-1].count('"') % 2):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        out += pieces
    return [s for s in out if len(s.split()) >= 5]


def load_pools() -> dict[str, list[str]]:
    pools = {"vi": sentences_of(SAMPLE.read_text(encoding="utf-8")), "en": []}
    for language in ("vi", "en"):
        path = DATA / f"people_{language}.jsonl"
        if path.is_file():  # written by others; the sample alone still makes an archive
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    pools[language] += sentences_of(json.loads(line).get("text", ""))
    return pools


def random_date(rng: random.Random) -> str:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(2025, 12, 31) - dt.date(2015, 1, 1)).days))
    return day.strftime("%Y-%m") if rng.random() < 0.35 else day.isoformat()


def person_sentences(rng: random.Random, person: Person, english: bool) -> tuple[str, list[str]]:
    """The introduction (title and full name) and two or three later short mentions."""
    if english:
        intro = f"{person.title} {person.name} said {rng.choice(EN_CLAUSES)}."
        later = [f"{person.short} added that {rng.choice(EN_CLAUSES)}.", f"According to {person.short}, {rng.choice(EN_CLAUSES)}."]
    else:
        intro = rng.choice([f"Phát biểu tại {rng.choice(PLACES)}, {person.title} {person.name} nhấn mạnh {rng.choice(VI_CLAUSES)}.",
                            f"{person.title[0].upper() + person.title[1:]} {person.name} cho biết {rng.choice(VI_CLAUSES)}."])
        later = [f"Theo {person.short}, {rng.choice(VI_CLAUSES)}.", f"\"Chúng tôi sẽ theo dõi sát tình hình\", {person.short} nói.",
                 f"{person.short[0].upper() + person.short[1:]} cũng khẳng định {rng.choice(VI_CLAUSES)}."]
    return intro, rng.sample(later, k=min(len(later), rng.randint(2, 3)))


def make_article(rng: random.Random, pools: dict[str, list[str]], people: list[Person]) -> str:
    english = bool(pools["en"]) and rng.random() < 0.15
    pool = pools["en" if english else "vi"]
    cast = rng.sample([p for p in people if p.english == english] or people, k=rng.randint(1, 4))
    # Every introduction comes before any short mention, so each person is named in full first.
    intros, mentions = [], []
    for person in cast:
        intro, later = person_sentences(rng, person, english)
        intros.append(intro)
        mentions += later
    person_lines = intros + mentions
    target = rng.randint(430, 590)
    sentences, words = [rng.choice(pool)], 0
    while words < target or person_lines:
        sentence = person_lines.pop(0) if person_lines and rng.random() < 0.4 else rng.choice(pool)
        sentences.append(sentence)
        words += len(sentence.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    lead = cast[0]
    if rng.random() < 0.6:  # a photo caption: short, no full stop, an agency credit at the end
        where = f"in {rng.choice(PLACES)}" if english else f"tại {rng.choice(PLACES)} hôm {rng.randint(1, 28)}.{rng.randint(1, 12)}"
        caption = f"{lead.short[0].upper() + lead.short[1:]} {where} {rng.choice(CREDITS[:2] if english else CREDITS)}"
        paragraphs.insert(min(2, len(paragraphs)), caption)
    if rng.random() < 0.4:  # a related-story headline: a short stand-alone line without a closing full stop
        verb = rng.choice(EN_HEADLINE_VERBS if english else VI_HEADLINE_VERBS)
        headline = f"{lead.title[0].upper() + lead.title[1:]} {lead.name} {verb}"
        paragraphs.insert(min(4, len(paragraphs)), headline)
    # The sample's header: a leading space, the date, and the body running on in the same line.
    return f" date {random_date(rng)} " + "\n\n".join(paragraphs)


def write_archive(count: int, folder: Path, seed: int = SEED) -> list[Path]:
    rng = random.Random(seed)
    pools, people = load_pools(), make_people(rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:06d}.txt"
        path.write_text(make_article(rng, pools, people), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles (1000, 10000, 100000)")
    parser.add_argument("folder", type=Path, help="where to write NNNNNN.txt files")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    write_archive(args.count, args.folder, args.seed)


if __name__ == "__main__":
    main()
