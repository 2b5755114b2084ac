"""Article structure on real layouts (`make bench-structure [NEWS_CORPORA=folder]`).

Reads the public corpora laid out by make-dev-corpora.sh (a folder given as the argument or in
NEWS_CORPORA; without one it says so and exits 0), writes each corpus in a temporary folder as the
input the generator reads (.txt files, a .jsonl export, .html pages), runs the reader and the
extraction stage on every article, and prints per corpus:

- headline kept: the article's title is the expected headline (the corpus's own title field or
  tag where it has one, else the rule stated per corpus below), and the headline is not repeated
  as body text;
- captions: caption lines found in the raw text by an independent rule (`CAPTION_LINE`: a credit
  label `Ảnh:`/`Photo:`/`Video:`/`Đồ họa:` or `Ảnh minh họa` in the last 80 characters of a line,
  or inline before the next sentence in run-together text), and how many came out as captions;
- bylines: articles whose last raw line is a byline by the corpus's own field (VnExpress `author`,
  Reuters' `REUTER` sign-off) or by a rule (a short last line of capitalised words or `Theo X`),
  and how many of them got an author or a source from it;
- related boxes: lines marked as related (`>>`, `Xem thêm:` …) in the raw text, boxes made, and
  boxes made from lines that are not marked (made only for a headline of another article);
- dated: articles that state a date (header, field, <DATE>) and how many got it, as precise;
- words lost: words of the input that are on no paragraph, caption, byline or box.

People extraction is not run here (bench/people.py measures it), which keeps a run to a minute.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import html
import json
import os
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.curation import Curation  # noqa: E402
from generator.extract import extract_article  # noqa: E402
from generator.extract.paragraphs import is_headline  # noqa: E402
from generator.index import title_key  # noqa: E402
from generator.model import Article, ArticleDate, Kind, Precision  # noqa: E402
from generator.read import read_file  # noqa: E402
from generator.read.dates import parse_date  # noqa: E402

CAPTION_LINE = re.compile(
    r"(?:\b(?:Ảnh|ảnh|Photo|Video|Đồ họa)\s*:\s*[^:?]{1,60}|\((?:Nguồn|nguồn)[^:()]{0,8}:[^:()]{1,60}\)\.?|[Ảả]nh minh họa\W*)$"
)
INLINE_CAPTION = re.compile(r"(?<=[.!?…)\"”’'])\s+Ảnh\s*:\s*")
MARKED = re.compile(r"^(?:>>|(?:Xem thêm|Đọc thêm|Tin liên quan|READ MORE|Related)\s*:)", re.IGNORECASE)
WORD = re.compile(r"\w+")
_TAG = re.compile(r"</?ENAMEX[^>]*>")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # taken out by the reader too


@dataclass
class Tally:
    articles: int = 0
    headlines: int = 0
    headlines_kept: int = 0
    repeated: int = 0
    caption_lines: int = 0
    captions_found: int = 0
    bylines: int = 0
    bylines_found: int = 0
    marked: int = 0
    boxes: int = 0
    unmarked_boxes: int = 0
    stated_dates: int = 0
    dated: int = 0
    dated_day_off: int = 0  # a dateline's local day against the wire's New York timestamp
    words: int = 0
    words_lost: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Case:
    """One input article and what its corpus says to expect of it."""

    path: Path
    raw_lines: tuple[str, ...]  # the article's text as lines, without export headers
    headline: str | None  # None: the corpus has no headline for it
    date: ArticleDate | None  # the date the corpus states, None when it states none
    byline: bool  # its last line is a byline or credit
    record: int = 0  # which record of a .jsonl file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("NEWS_CORPORA"))
    parser.add_argument("--show", type=int, default=0, help="print N random articles' paragraphs, classified")
    parser.add_argument("--only", action="append", choices=list(CORPORA), help="measure this corpus only")
    args = parser.parse_args()
    if not args.corpora or not Path(args.corpora).is_dir():
        print("bench-structure: no corpora folder (give one, or set NEWS_CORPORA); skipped")
        return 0
    corpora = Path(args.corpora)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        for name, convert in CORPORA.items():
            if args.only and name not in args.only:
                continue
            if not (corpora / SOURCE[name]).exists():
                print(f"{name}: not in {corpora}; skipped")
                continue
            cases = list(convert(corpora / SOURCE[name], work / name))
            tally, shown = measure(cases, work / name, args.show)
            report(name, tally)
            for text in shown:
                print(text)
    return 0


def measure(cases: list[Case], root: Path, show: int) -> tuple[Tally, list[str]]:
    tally = Tally()
    articles: list[tuple[Case, Article]] = []
    read: dict[Path, list] = {}
    for case in cases:
        if case.path not in read:
            raws, _ = read_file(case.path, root)
            read[case.path] = raws
        raws = read[case.path]
        if case.record >= len(raws):
            continue
        raw = raws[case.record]
        # People are bench/people.py's to measure: skipped here.
        raw = dataclasses.replace(raw, meta=dataclasses.replace(raw.meta, people=()))
        articles.append((case, extract_article(raw, "", Curation())))
    titles = {title_key(a.title): a.id for _, a in articles}
    for case, article in articles:
        check(case, article, titles, tally)
    random.seed(11)
    sample = random.sample(articles, min(show, len(articles)))
    return tally, [_shown(case, article) for case, article in sample]


def check(case: Case, article: Article, titles: dict[str, str], tally: Tally) -> None:
    tally.articles += 1
    kinds = article.paragraphs
    if case.headline is not None:
        tally.headlines += 1
        tally.headlines_kept += title_key(article.title) == title_key(case.headline)
    if case.headline is not None or any(p.kind is Kind.TITLE for p in kinds):
        title = title_key(article.title)
        tally.repeated += sum(p.kind is Kind.BODY and title_key(p.text) == title for p in kinds)
    # A credit closing the article with the writer's name (`Diệu Nga (Ảnh: BTC)`) is kept in the byline.
    captions = [f"{p.text} {p.credit or ''}" for p in kinds if p.kind in (Kind.CAPTION, Kind.BYLINE)]
    for line in case.raw_lines:
        expected = _caption_pieces(" ".join(line.split()))  # white space folded, as the reader does
        tally.caption_lines += len(expected)
        tally.captions_found += sum(any(credit in c for c in captions) for credit in expected)
    if case.byline:
        tally.bylines += 1
        tally.bylines_found += any(p.kind is Kind.BYLINE for p in kinds)
    tally.marked += sum(bool(MARKED.match(line)) + line.count(" >> ") for line in case.raw_lines)
    for p in kinds:
        linked = p.kind is Kind.BODY and is_headline(p.text) and titles.get(title_key(p.text), article.id) != article.id
        if p.kind is Kind.RELATED or linked:
            tally.boxes += 1
            tally.unmarked_boxes += p.kind is not Kind.RELATED
    if case.date is not None:
        tally.stated_dates += 1
        tally.dated += article.date == case.date
        tally.dated_day_off += _one_day_apart(article.date, case.date)
    # Compared in NFC, as the reader normalises: a decomposed letter is the same letter.
    given = Counter(WORD.findall(unicodedata.normalize("NFC", " ".join(case.raw_lines))))
    kept = Counter(WORD.findall(" ".join(f"{p.text} {p.credit or ''}" for p in kinds)))
    tally.words += sum(given.values())
    tally.words_lost += sum((given - kept).values())


def _one_day_apart(got: ArticleDate, stated: ArticleDate) -> bool:
    if got.precision is not Precision.DAY or stated.precision is not Precision.DAY:
        return False
    return abs(date(got.year, got.month, got.day) - date(stated.year, stated.month, stated.day)) == timedelta(days=1)


def _caption_pieces(line: str) -> list[str]:
    """The credits of the caption lines in one raw line: the line's own, and those run into it."""
    credits = [m.group() for m in CAPTION_LINE.finditer(line[-80:])]
    for found in INLINE_CAPTION.finditer(line):
        if found.end() < len(line) - 80:
            credits.append(line[found.start() : found.end()].strip())
    return credits


def _shown(case: Case, article: Article) -> str:
    lines = [f"--- {case.path.name}#{case.record}: {article.title} | {article.date.iso} | {article.author} | "
             f"{', '.join(article.sources)}"]
    for p in article.paragraphs:
        text = p.text if len(p.text) < 160 else p.text[:100] + " … " + p.text[-50:]
        lines.append(f"  {p.kind.value:8} {text}" + (f"  [{p.credit}]" if p.credit else ""))
    return "\n".join(lines)


def report(name: str, t: Tally) -> None:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"

    print(f"{name}: {t.articles} articles")
    print(f"  headline kept     {share(t.headlines_kept, t.headlines)}; repeated as body text: {t.repeated}")
    print(f"  captions          {share(t.captions_found, t.caption_lines)} caption lines recognised")
    print(f"  bylines           {share(t.bylines_found, t.bylines)} found")
    print(f"  related boxes     {t.boxes} made; {t.marked} lines marked; {t.unmarked_boxes} from unmarked lines "
          "(another article's headline)")
    off = f"; {t.dated_day_off} more a day off (dateline's day against the wire's timestamp)" if t.dated_day_off else ""
    print(f"  dated             {share(t.dated, t.stated_dates)} of those stating a date{off}")
    print(f"  words lost        {share(t.words_lost, t.words)}")


# --- The corpora, each written as the generator's input ---------------------------------------

_BYLINE_RULE = re.compile(r"^(?:Theo\s+\S.*|[A-ZĐ][^\s.!?:;,]*(?:[ .-]+[A-ZĐ][^\s.!?:;,]*){0,6}(?:Theo .*)?)$")


def _byline_rule(line: str) -> bool:
    """A short last line of capitalised words or `Theo X`: the rule for corpora without a field."""
    return len(line.split()) <= 10 and bool(_BYLINE_RULE.match(line.strip())) and not CAPTION_LINE.search(line)


def dantri(source: Path, out: Path) -> Iterator[Case]:
    """Files as they are. No headline field: a first line that does not end like a sentence
    (`.`, `:`, `…`, `,`, `;`) and has at most 30 words is taken as the expected headline; otherwise
    the expected title is not a headline and is checked only for not being a caption."""
    out.mkdir(parents=True)
    for path in sorted(source.glob("*.txt")):
        target = out / path.name
        shutil.copy(path, target)
        lines = [_CONTROLS.sub("", line) for line in path.read_text("utf-8").split("\n") if line.strip()]
        headers = [line for line in lines if line.startswith("# ")]
        body = tuple(line for line in lines if not line.startswith("# "))
        date = next((parse_date(h.split("=", 1)[1]) for h in headers if h.startswith("# date")), None)
        first = body[0].strip() if body else ""
        headline = first if is_headline(first) and not CAPTION_LINE.search(first) else None
        yield Case(target, body, headline, date, bool(body) and _byline_rule(body[-1]))


def vlsp(source: Path, out: Path) -> Iterator[Case]:
    """Tags stripped; the first line, followed by a blank line, is the headline. No dates stated."""
    out.mkdir(parents=True)
    for number, path in enumerate(sorted(source.rglob("*.muc"))):
        text = _TAG.sub("", path.read_text("utf-8"))
        target = out / f"{number:04d}.txt"
        target.write_text(text, "utf-8")
        lines = tuple(line for line in text.split("\n") if line.strip())
        if lines:
            yield Case(target, lines, lines[0].strip(), None, _byline_rule(lines[-1]))


def vnexpress(source: Path, out: Path) -> Iterator[Case]:
    """One .jsonl export of the records with text: `title`, `date`, `author`, `url`, `text`. The
    headline is the title field; a byline is expected where `author` is a name and the text ends with it."""
    out.mkdir(parents=True)
    target = out / "vnexpress.jsonl"
    with target.open("w", encoding="utf-8") as export:
        number = 0
        for path in sorted(source.glob("*.json")):
            for record in json.loads(path.read_text("utf-8")):
                content = record.get("content") or ""
                if not content.strip():
                    continue
                author = record.get("author") if record.get("author") != "Unknown" else None
                fields = {"title": record["title"], "date": record["date"], "url": record["url"], "text": content}
                export.write(json.dumps(fields, ensure_ascii=False) + "\n")
                lines = tuple(line for line in content.split("\n") if line.strip())
                byline = bool(author) and content.rstrip().endswith(author)
                yield Case(target, lines, record["title"], parse_date(record["date"]), byline, number)
                number += 1


_REUTERS = re.compile(r"<REUTERS.*?NEWID=\"(\d+)\".*?</REUTERS>", re.DOTALL)


def reuters(source: Path, out: Path) -> Iterator[Case]:
    """Each story with a body as .txt in a folder of its year (`1987/<id>.txt`), as archives file
    them: the TITLE line, a blank line, then the dateline and the body as the wire sent them
    (hard-wrapped, indented paragraphs, `REUTER` last). Expected: the TITLE, the <DATE> to the day
    (the dateline gives the month and day, the folder the year), a credit where `REUTER` closes it."""
    for path in sorted(source.glob("*.sgm")):
        for story in _REUTERS.finditer(path.read_text("latin-1")):
            text = story.group()
            title, dateline, body = (_tag(text, t) for t in ("TITLE", "DATELINE", "BODY"))
            stamp = re.search(r"<DATE>\s*(\d+)-([A-Z]+)-(\d{4})", text)
            if not title or not body or not stamp:
                continue
            stated = parse_date(f"{stamp.group(1)} {stamp.group(2).title()} {stamp.group(3)}")
            folder = out / stamp.group(3)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{story.group(1)}.txt"
            article = f"{title}\n\n{dateline.strip()} {body.strip()}".replace("\x03", "").rstrip()
            target.write_text(article + "\n", "utf-8")
            lines = tuple(line for line in article.split("\n") if line.strip())
            yield Case(target, lines, title, stated, lines[-1].strip() in ("REUTER", "REUTERS"))


def _tag(text: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return html.unescape(re.sub(r"&#\d+;", "", found.group(1))) if found else ""


def pages(source: Path, out: Path) -> Iterator[Case]:
    """Saved pages as .html. Expected: the benchmark's `articleBody` (scrapinghub: words lost only,
    it states no headline or date); fundus's record beside the page (title, publishing date,
    authors, body paragraphs and image captions, as `caption Ảnh: credit` lines)."""
    out.mkdir(parents=True)
    truth = {}
    truth_file = source / "ground-truth.json"
    if truth_file.exists():
        truth = json.loads(truth_file.read_text("utf-8"))
    for path in sorted(source.rglob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        target = out / f"{key}.html"
        target.write_bytes(gzip.decompress(path.read_bytes()))
        records = [json.loads(f.read_text("utf-8")) for f in path.parent.glob("*.json")]
        record = next(iter(records[0].values())) if records else None
        if record:
            body = [*record["body"]["summary"], *(p for s in record["body"]["sections"] for p in s["paragraphs"])]
            captions = [f"{i['caption']} Ảnh: {', '.join(i['authors'])}" for i in record.get("images", []) if i.get("caption")]
            stated = parse_date(record["publishing_date"])
            lines = tuple(line for line in body if line.strip()) + tuple(captions)
            yield Case(target, lines, record["title"], stated, bool(record.get("authors")))
            continue
        body = truth.get(key, {}).get("articleBody", "")
        if body:
            yield Case(target, tuple(line for line in body.split("\n") if line.strip()), None, None, False)


SOURCE = {
    "vi-dantri": "vi-dantri",
    "vi-vlsp2018-train": "vi-vlsp2018/train",
    "vi-vlsp2018-dev": "vi-vlsp2018/dev",
    "vi-vnexpress-football": "vi-vnexpress-football",
    "en-reuters21578": "en-reuters21578",
    "html-fundus-vn": "html-fundus/vn",
    "html-scrapinghub": "html-scrapinghub",
}
CORPORA: dict[str, Callable[[Path, Path], Iterator[Case]]] = {
    "vi-dantri": dantri,
    "vi-vlsp2018-train": vlsp,
    "vi-vlsp2018-dev": vlsp,
    "vi-vnexpress-football": vnexpress,
    "en-reuters21578": reuters,
    "html-fundus-vn": pages,
    "html-scrapinghub": pages,
}


if __name__ == "__main__":
    sys.exit(main())
