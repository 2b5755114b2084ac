"""Person extraction measured on public labelled news (`make bench-people-real CORPORA=folder`).

The corpora are read from a folder laid out by `make-dev-corpora.sh` (see bench/RESULTS.md), given
as an argument or in NEWS_CORPORA; without it the benchmark says so and exits cleanly. Their
licences forbid redistribution: nothing from them is copied into the repository. Development splits
are scored; `--split train` reads the training splits, the only ones to tune on.

Scored per article as bench/people.py does: the set of people an article names against the set
found, names compared folded. A short labelled mention (`ông Lâm`) counts as the full name the same
article gives when exactly one full name holds it. VLSP 2018 labels bylines and photo credits as
people; the project lists those as the article's author, so the main figure sets them aside
(`vlsp2018`), and `vlsp2018-all` scores every label as given. VLSP 2016 gives one sentence an
article and is scored on full names alone (`vlsp2016-full`).

With `--archive`, each set is one archive: every article is extracted as the build extracts it
(`extract_article`, no people file), the archive-wide steps run over them all as `generator/build.py`
runs them (`people_merge.unify`: firms vetoed, short names merged), and each article's people after
them are scored the same way. A name the merge changed is scored as the article wrote it: the labels
say who an article names, not whom across the archive (`Kowal` labelled, `Jan Kowal` merged), and
a wrong merge costs a page, not a mention (`make bench-people-archive` measures the merge itself).
Speed is then the whole archive's, extraction and merge.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.people import Extract, Labelled, Score, fold, header, report, rules, score  # noqa: E402
from generator.curation import Curation  # noqa: E402
from generator.extract import extract_article  # noqa: E402
from generator.extract.people import article_words, find_mentions, find_people, lists_settled_by_article  # noqa: E402
from generator.model import ArticleDate, RawArticle  # noqa: E402
from generator.people_merge import unify  # noqa: E402
from generator.read.plain import split_paragraphs  # noqa: E402

_TAG = re.compile(r'<ENAMEX TYPE="([A-Z]+)">|</ENAMEX>')
# What a credit line holds besides names: `Theo`, `Ảnh:`, `(tổng hợp)`, an agency, a date stamp.
_CREDIT_WORDS = re.compile(r"^(?:theo|ảnh|nguồn|ctv|pv|tổng|hợp|t/h|th|lược|dịch|từ|và|bài|clip|video|thực|hiện|[^\w]+|\d[\d:/ ]*|\W*[a-z0-9.]+\.(?:vn|com|net)\W*)\W*$",
                           re.IGNORECASE)
_CREDIT_LABEL = re.compile(r"(?:ảnh|nguồn|photo)\s*:\s*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^)]*\)?")
_SOURCE = re.compile(r"/| Theo ")
_SOURCE_LINE = ("Theo ", "(Theo ")
_ACRONYM = re.compile(r"^[A-ZĐƯƠÂÊÔĂ]{2,}[.A-ZĐƯƠÂÊÔĂ]*$")  # `PGS.TS.`: degrees and ranks before a name


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    top: bool  # not inside another entity: a person inside `đại học Harwick` names the school


def strip_enamex(marked: str) -> tuple[str, list[Span]]:
    """The text without its tags, and every entity in it (nested ones too)."""
    out, spans, stack, cursor, length = [], [], [], 0, 0
    for tag in _TAG.finditer(marked):
        piece = marked[cursor : tag.start()]
        out.append(piece)
        length += len(piece)
        cursor = tag.end()
        if tag.group(1):
            stack.append((tag.group(1), length))
        elif stack:
            kind, start = stack.pop()
            spans.append(Span(start, length, kind, not stack))
    out.append(marked[cursor:])
    return "".join(out), spans


def _is_credit(text: str, span: Span, last_line: tuple[int, int], others: list[Span]) -> bool:
    """A byline or a credit: after `Ảnh:` or `Theo`, on a last line that holds names and credit words
    only, or on such a line right before a last line that gives the source (`Theo …`, `(Theo …)`)."""
    if _CREDIT_LABEL.search(text[max(0, span.start - 12) : span.start]):
        return True
    if _names_only(text, span, last_line, others):
        return True
    start, end = last_line
    if not text.startswith(_SOURCE_LINE, start):
        return False
    before = text[:start].rstrip()
    line = (before.rfind("\n") + 1, len(before))
    return _names_only(text, span, line, others)


def _names_only(text: str, span: Span, line: tuple[int, int], others: list[Span]) -> bool:
    start, end = line
    if not start <= span.start < end:
        return False
    rest, cursor = [], start
    for other in sorted((s for s in others if s.top and start <= s.start < end), key=lambda s: s.start):
        rest.append(text[cursor : other.start])
        cursor = other.end
    rest.append(text[cursor:end])
    # The source after a slash or a capital `Theo`, and anything in brackets, may be any words:
    # `Theo Hà Dorval/Báo X`, `Hà Dorval Theo Báo X`.
    names = _SOURCE.split(_BRACKETED.sub(" ", " ".join(rest)), maxsplit=1)[0]
    words = [w for w in re.split(r"[\s|\-–,]+", names) if w]
    return all(_CREDIT_WORDS.match(w) or _ACRONYM.match(w) for w in words)


def _resolve_short(names: set[str]) -> frozenset[str]:
    """A short name counts as the one full name of the article that ends with it or holds it; full
    names that all stand inside the longest of them (`quy lam` in `tran quy lam`) are that one."""
    result = set()
    for name in names:
        words = name.split()
        holders = [n for n in names if len(n.split()) > len(words)
                   and (n.split()[-len(words):] == words or (len(words) == 1 and words[0] in n.split()))]
        longest = max(holders, key=len, default="")
        if len(holders) > 1 and all(_inside(h.split(), longest.split()) for h in holders):
            holders = [longest]
        result.add(holders[0] if len(holders) == 1 else name)
    return frozenset(result)


def _inside(words: list[str], longer: list[str]) -> bool:
    rest = iter(longer)
    return all(w in rest for w in words)


def load_vlsp2018(folder: Path, credits: bool) -> list[Labelled]:
    articles = []
    for path in sorted(folder.rglob("*.muc")):
        text, spans = strip_enamex(html.unescape(path.read_text("utf-8")))
        body = text.rstrip()
        last_line = (body.rfind("\n") + 1, len(body))
        people = {fold(text[s.start : s.end]) for s in spans if s.kind == "PERSON" and s.top
                  and (credits or not _is_credit(text, s, last_line, spans))}
        people.discard("")
        articles.append(Labelled(str(path.relative_to(folder)), tuple(split_paragraphs(text)), _resolve_short(people)))
    return articles


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'[a-z]{1,2}\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenize(words: list[str]) -> str:
    text = " ".join(_quotes_attached(words))
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def _quotes_attached(words: list[str]) -> list[str]:
    """`" A Film Title "` as the article wrote it, `"A Film Title"`: the straight quotes of a sentence
    alternate, each odd one opening (joined to the word after it), each even one closing."""
    joined: list[str] = []
    opening, attach = True, False
    for word in words:
        if word == '"':
            if opening or not joined:
                joined.append(word)
                attach = True
            else:
                joined[-1] += word
            opening = not opening
        elif attach:
            joined[-1] += word
            attach = False
        else:
            joined.append(word)
    return joined


def _columns(path: Path, separator: str | None, docstart: bool) -> list[list[list[tuple[str, str]]]]:
    """Documents of sentences of (word, tag); without `docstart`, each sentence is a document."""
    documents, sentences, sentence = [], [], []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            if sentences:
                documents.append(sentences)
            sentences = []
            continue
        if not line.strip():
            if sentence:
                sentences.append(sentence)
                if not docstart:
                    documents.append(sentences)
                    sentences = []
            sentence = []
            continue
        cells = line.split(separator)
        sentence.append((cells[0], cells[-1]))
    if sentences:
        documents.append(sentences)
    return documents


def _iob_people(sentence: list[tuple[str, str]]) -> list[str]:
    names, current = [], []
    for word, tag in sentence + [("", "O")]:
        if tag.endswith("PER") and not (tag.startswith("B-") and current):
            current.append(word)
            continue
        if current:
            names.append(" ".join(current))
        current = [word] if tag == "B-PER" else []
    return names


def load_columns(path: Path, separator: str | None, docstart: bool, name: str) -> list[Labelled]:
    articles = []
    for number, document in enumerate(_columns(path, separator, docstart)):
        paragraphs = tuple(detokenize([w for w, _ in s]) for s in document)
        people = {fold(detokenize(n.split())) for s in document for n in _iob_people(s)}
        articles.append(Labelled(f"{name}:{number}", paragraphs, _resolve_short(people)))
    return articles


def sets(corpora: Path, split: str) -> dict[str, list[Labelled]]:
    vlsp = corpora / "vi-vlsp2018" / split
    conll = corpora / "en-conll2003" / ("valid.txt" if split == "dev" else "train.txt")
    found = {}
    if vlsp.is_dir():
        found["vlsp2018"] = load_vlsp2018(vlsp, credits=False)
        found["vlsp2018-all"] = load_vlsp2018(vlsp, credits=True)
    if split == "dev" and (corpora / "vi-vlsp2016" / "dev.txt").is_file():
        sentences = load_columns(corpora / "vi-vlsp2016" / "dev.txt", "\t", False, "vlsp2016")
        # Scored on full names (two words or more) on both sides: one sentence rarely gives more.
        found["vlsp2016-full"] = [dataclasses.replace(a, people=frozenset(n for n in a.people if " " in n))
                                  for a in sentences]
    if conll.is_file():
        found["conll2003"] = load_columns(conll, " ", True, "conll2003")
    return found


def full_names_only(extract: Extract) -> Extract:
    return lambda paragraphs: [n for n in extract(paragraphs) if " " in n]


def archive_people(articles: list[Labelled]) -> list[list[str]]:
    """Each article's people once the whole set has been through the build's stages as one archive,
    a merged name as the article wrote it."""
    curation = Curation()
    extracted = [extract_article(RawArticle(a.id, a.id, ArticleDate(), a.paragraphs), "", curation) for a in articles]
    unified = unify(extracted, curation).unified
    people = []
    for given, labelled in zip(extracted, articles):
        article = unified[labelled.id]
        written = {person: name for name, person in article.spellings if person not in given.people}
        people.append([written.get(name, name) for name in article.people])
    return people


def score_archive(articles: list[Labelled], full_only: bool, repeat: int = 1) -> Score:
    """`score` over the archive's people: the time is the whole archive's, extraction and merge."""
    started = time.process_time()
    for _ in range(repeat):
        people = archive_people(articles)
    seconds = (time.process_time() - started) / repeat
    found = [frozenset(fold(n) for n in names if " " in n or not full_only) for names in people]
    hits = sum(len(f & a.people) for f, a in zip(found, articles))
    misses = tuple((a.id, n) for f, a in zip(found, articles) for n in sorted(a.people - f))
    extras = tuple((a.id, n) for f, a in zip(found, articles) for n in sorted(f - a.people))
    return Score(hits, sum(map(len, found)), sum(len(a.people) for a in articles), seconds, len(articles),
                 misses, extras)


def contributions(articles: list[Labelled]) -> dict[str, Counter]:
    """Per rule: spans it accepted that are people (right) or not (wrong), spans it set aside that
    are not people (right) or are (wrong)."""
    curation = Curation()
    tally: dict[str, Counter] = {}
    for article in articles:
        people, near = find_people(article.paragraphs, curation)
        # A mention counts where it reached the article's people; short ones by their words.
        kept = [set(fold(p).split()) for p in people]
        labelled = [set(n.split()) for n in article.people]
        said = article_words(article.paragraphs)
        mentions, pending = [], []
        for offset, text in enumerate(article.paragraphs):
            mentions += find_mentions(text, offset, None, said, pending)[0]
        for mention in mentions + lists_settled_by_article(pending, mentions):
            words = set(fold(mention.name).split())
            if not any(words <= k for k in kept):
                continue
            right = any(words <= w for w in labelled)
            tally.setdefault(f"accept {mention.rule}", Counter())["right" if right else "wrong"] += 1
        for miss in near:
            wrong = any(set(fold(miss.name).split()) <= w for w in labelled)
            tally.setdefault(f"reject {miss.rule}", Counter())["wrong" if wrong else "right"] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("NEWS_CORPORA"),
                        help="the folder make-dev-corpora.sh laid out (or NEWS_CORPORA)")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list every miss and every extra name")
    parser.add_argument("--rules", action="store_true", help="each rule's right and wrong decisions")
    parser.add_argument("--only", help="score this set alone")
    parser.add_argument("--archive", action="store_true",
                        help="each set as one archive: people after the archive-wide merge")
    parser.add_argument("--half", choices=("odd", "even"),
                        help="VLSP 2018 articles at odd or even positions (from 1) by file name: rules "
                             "read off one half's errors, checked on the other")
    args = parser.parse_args()
    corpora = Path(args.corpora) if args.corpora else None
    found = sets(corpora, args.split) if corpora and corpora.is_dir() else {}
    if not found:
        print(f"No corpora in {args.corpora or '(unset)'}: give the folder make-dev-corpora.sh laid out; skipped.")
        return
    if args.only:
        found = {args.only: found[args.only]}
    if args.half:
        first = 0 if args.half == "odd" else 1
        found = {name: articles[first::2] if name.startswith("vlsp2018") else articles
                 for name, articles in found.items()}
    print(header("set", 14))
    for name, articles in found.items():
        repeat = 1 if args.split == "train" else 3
        if args.archive:
            result = score_archive(articles, name.endswith("-full"), repeat)
        else:
            extract = full_names_only(rules()) if name.endswith("-full") else None
            result = score(articles, extract, repeat)
        report(name, result, args.errors, 14)
    if args.rules:
        for name, articles in found.items():
            if name.endswith(("-all", "-full")):  # labels cut to suit the score, not the rules
                continue
            print(f"\n{name}: rule, right, wrong")
            for rule, counts in sorted(contributions(articles).items()):
                print(f"  {rule:<40}{counts['right']:>7}{counts['wrong']:>7}")


if __name__ == "__main__":
    main()
