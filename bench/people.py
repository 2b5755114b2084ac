"""Person extraction measured against the labelled development sets (`make bench-people`).

Scores the people found in each article (after in-article resolution, without the curated people
file, so that the extractor itself is measured) against the labels: micro-averaged precision,
recall and F1 per language, and articles per second on one core.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.curation import Curation  # noqa: E402
from generator.extract.people import extract_people  # noqa: E402
from generator.lexicon import fold as _fold  # noqa: E402
from generator.read.plain import split_paragraphs  # noqa: E402

DATA = ROOT / "bench" / "data"
# What is scored: the names one article's paragraphs yield (bench/people_crf.py scores other extractors).
Extract = Callable[[tuple[str, ...]], Iterable[str]]


def fold(name: str) -> str:
    """Names compared without case, tone marks or punctuation: `Trần Văn T.` is `tran van t`."""
    return " ".join(re.sub(r"[^\w\s]", " ", _fold(name)).split())
SEED = ROOT / "articles" / "000_67ba8191cee16773.txt"
# The seed article, labelled as the development sets are: `Trump` is all the article gives.
SEED_PEOPLE = ["Benjamin Netanyahu", "John Kirby", "Joe Biden", "Trump", "Yoav Gallant", "Jake Sullivan",
               "Lloyd Austin", "Pat Ryder"]


@dataclass(frozen=True)
class Labelled:
    id: str
    paragraphs: tuple[str, ...]
    people: frozenset[str]  # folded names


@dataclass(frozen=True)
class Score:
    true_positives: int
    found: int
    labelled: int
    seconds: float
    articles: int
    misses: tuple[tuple[str, str], ...]  # (article id, name) labelled but not found
    extras: tuple[tuple[str, str], ...]  # (article id, name) found but not labelled

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.labelled if self.labelled else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(language: str) -> list[Labelled]:
    articles = []
    for line in (DATA / f"people_{language}.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        people = frozenset(fold(p["name"]) for p in record["people"])
        articles.append(Labelled(record["id"], tuple(split_paragraphs(record["text"])), people))
    if language == "vi":
        text = SEED.read_text("utf-8").split(" ", 3)[3]  # the body, after ` date 2024-03 `
        articles.append(Labelled("seed", tuple(split_paragraphs(text)), frozenset(fold(p) for p in SEED_PEOPLE)))
    return articles


def rules() -> Extract:
    """The extractor itself, without the curated people file."""
    curation = Curation()
    return lambda paragraphs: extract_people(paragraphs, curation)


def score(articles: list[Labelled], extract: Extract | None = None, repeat: int = 1) -> Score:
    """Found against labelled over `articles`; the rules unless another `extract` is given."""
    extract = extract or rules()
    started = time.process_time()
    for _ in range(repeat):
        found = [frozenset(fold(name) for name in extract(a.paragraphs)) for a in articles]
    seconds = (time.process_time() - started) / repeat
    hits = sum(len(f & a.people) for f, a in zip(found, articles))
    misses = tuple((a.id, n) for f, a in zip(found, articles) for n in sorted(a.people - f))
    extras = tuple((a.id, n) for f, a in zip(found, articles) for n in sorted(f - a.people))
    return Score(hits, sum(map(len, found)), sum(len(a.people) for a in articles), seconds, len(articles),
                 misses, extras)


def header(first: str, width: int = 9) -> str:
    return (f"{first:<{width}}{'articles':>9}{'labelled':>9}{'found':>7}{'precision':>10}{'recall':>8}{'F1':>7}"
            f"{'articles/s':>12}")


def report(label: str, result: Score, errors: bool, width: int = 9) -> None:
    """One row of the table; with `errors`, every miss and every extra name under it."""
    print(f"{label:<{width}}{result.articles:>9}{result.labelled:>9}{result.found:>7}{result.precision:>10.3f}"
          f"{result.recall:>8.3f}{result.f1:>7.3f}{result.articles / result.seconds:>12.0f}")
    if errors:
        for article, name in result.misses:
            print(f"  miss  {article}: {name}")
        for article, name in result.extras:
            print(f"  extra {article}: {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and every extra name")
    args = parser.parse_args()
    print(header("language"))
    for language in ("vi", "en"):
        report(language, score(load(language), repeat=5), args.errors)


if __name__ == "__main__":
    main()
