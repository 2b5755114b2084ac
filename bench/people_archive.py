"""One person, one page, across the archive, measured on real English news (`make bench-people-archive`).

Reads the folder laid out by `make-dev-corpora.sh` (see bench/RESULTS.md), given as an argument or
in NEWS_CORPORA; without it the benchmark says so and exits cleanly. Nothing from the corpora is
copied into the repository. Each set is read by the generator's own stages (reading, extraction,
`unify_people`), then:

- `reuters`: the Reuters-21578 stories of its training split (LEWISSPLIT="TRAIN") with a body, as
  one archive. `<PEOPLE>` names, per story, the people it is about (`reagan`, `james-baker`). The
  stories nearly always give these names in full, so each full name matching a tag of its story is
  left out as below. Apart: where the short names the stories give alone end after unification.
- `conll-train`, `conll-valid`: the CoNLL-2003 train and valid documents together as one archive;
  the full names the extractor found in a document and that are labelled are left out as below.

Leave one out: for each such full name, the document
  is given the family name alone instead (`Blair` for `Tony Blair`, as a story that says only
  `Mr Blair` would), the archive is unified again, and the short name is scored by where it ends:
  the full name it stood for (right), another person (wrong merge) or a page of its own. Only the
  full names that some other document of the archive also gives can be found at all; those are the
  `resolvable` column.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.people_real import _columns, _iob_people, detokenize  # noqa: E402
from generator.curation import Curation  # noqa: E402
from generator.extract import extract_article  # noqa: E402
from generator.lexicon import fold  # noqa: E402
from generator.model import Article, ArticleDate, RawArticle  # noqa: E402
from generator.people_merge import Directory, decide, directory, person_key, unify_people  # noqa: E402
from generator.read import read_file  # noqa: E402

_STORY = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.DOTALL)


@dataclass(frozen=True)
class Outcome:
    """Where short names ended: on the right full name, on another person's page, or on their own."""

    right: int = 0
    variant: int = 0  # on the page of another spelling of the same name (`A. Kumble` for `Anil Kumble`)
    wrong: int = 0
    alone: int = 0
    resolvable: int = 0  # cases whose right full name the archive gives elsewhere

    @property
    def cases(self) -> int:
        return self.right + self.variant + self.wrong + self.alone


def _tag(text: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return html.unescape(re.sub(r"&#\d+;", "", found.group(1))) if found else ""


def reuters_archive(source: Path) -> tuple[list[Article], dict[str, tuple[str, ...]]]:
    """The training stories as articles, read from plain-text files as an archive keeps them, and
    each story's `<PEOPLE>` tags (hyphens as spaces) by article id."""
    tags: dict[str, tuple[str, ...]] = {}
    articles = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for target, text in write_reuters_stories(source, root):
            (raw,), _ = read_file(target, root)
            articles.append(extract_article(raw, "", Curation()))
            people = _tag(text, "PEOPLE")
            tags[raw.id] = tuple(fold(t.replace("-", " ")) for t in re.findall(r"<D>(.*?)</D>", people))
    return articles, tags


def write_reuters_stories(source: Path, root: Path) -> Iterator[tuple[Path, str]]:
    """Each training story with a title, a body and a date, written under `root` as an archive keeps it
    (a folder a year; the title, a blank line, the dateline and the body): its file and its SGML."""
    for path in sorted(source.glob("*.sgm")):
        for story in _STORY.finditer(path.read_text("latin-1")):
            if 'LEWISSPLIT="TRAIN"' not in story.group(1):
                continue
            text = story.group(2)
            title, dateline, body = (_tag(text, t) for t in ("TITLE", "DATELINE", "BODY"))
            stamp = re.search(r"<DATE>\s*\d+-[A-Z]+-(\d{4})", text)
            number = re.search(r'NEWID="(\d+)"', story.group(1))
            if not title or not body or not stamp or not number:
                continue
            target = root / stamp.group(1) / f"{number.group(1)}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"{title}\n\n{dateline.strip()} {body.strip()}".replace("\x03", "").rstrip() + "\n",
                              "utf-8")
            yield target, text


def _matches(name: str, tag: str) -> bool:
    """A full name matches a tag holding all its words and ending with its family name."""
    words, wanted = name.split(), tag.split()
    return words[-1] == wanted[-1] and set(wanted) <= set(words)


def same_person(name: str, other: str) -> bool:
    """Two spellings of one name: the same family name, and given names alike or one an initial of
    the other (`A. Kumble`, `Anil Kumble`), or one name's words all in the other (`Ivan F Boesky`)."""
    words, others = fold(name).replace(".", "").split(), fold(other).replace(".", "").split()
    if words[-1] != others[-1]:
        return False
    if set(words) <= set(others) or set(others) <= set(words):
        return True
    first, other_first = words[0], others[0]
    return first == other_first or (min(len(first), len(other_first)) == 1 and first[0] == other_first[0])


def _without(known: Directory, article: Article) -> Directory:
    """What the archive knows once this article is taken out of it."""
    keys = {person_key(name) for name in article.people}
    articles_of = known.articles.copy()
    companions = dict(known.companions)
    by_ending = dict(known.by_ending)
    for key in keys & set(articles_of):
        articles_of[key] -= 1
        companions[key] = companions[key] - Counter(keys - {key})
        if not articles_of[key]:
            del articles_of[key]
            words = key.split()
            for size in range(1, len(words)):
                ending = " ".join(words[-size:])
                by_ending[ending] = by_ending[ending] - {key}
    return dataclasses.replace(known, articles=articles_of, companions=companions, by_ending=by_ending)


def leave_one_out(articles: list[Article], wanted: Callable[[Article, str], bool], group: Callable[[Article], str]
                  ) -> tuple[dict[str, Outcome], Counter]:
    """Each wanted full name of an article, given as its family name alone, scored by where
    `decide` sends it in the archive without that article."""
    outcomes: dict[str, Outcome] = defaultdict(Outcome)
    errors: Counter = Counter()
    rules: dict[str, Counter] = defaultdict(Counter)
    known = directory(articles)
    for article in articles:
        keys = {person_key(p) for p in article.people}
        for name in article.people:
            key = person_key(name)
            family = key.split()[-1]
            if " " not in key or not wanted(article, key) or family in keys:
                continue
            shortened = dataclasses.replace(article, people=tuple(family if p == name else p for p in article.people))
            others = _without(known, article)
            decision = decide(others, family, shortened)
            ended = decision.key
            outcome = outcomes[group(article)]
            resolvable = int(key in others.articles)
            verdict = "right" if ended == key else "variant" if ended and same_person(name, ended) else "wrong" if ended else "apart"
            rules[f"{group(article)} {decision.rule}"][verdict] += 1
            if ended == key:
                outcome = dataclasses.replace(outcome, right=outcome.right + 1, resolvable=outcome.resolvable + 1)
            elif verdict == "variant":
                outcome = dataclasses.replace(outcome, variant=outcome.variant + 1, resolvable=outcome.resolvable + resolvable)
            elif ended:
                outcome = dataclasses.replace(outcome, wrong=outcome.wrong + 1, resolvable=outcome.resolvable + resolvable)
                errors[f"wrong: {name} -> {ended}"] += 1
            else:
                outcome = dataclasses.replace(outcome, alone=outcome.alone + 1, resolvable=outcome.resolvable + resolvable)
                if resolvable:
                    errors[f"own page, resolvable: {name}"] += 1
            outcomes[group(article)] = outcome
    return outcomes, errors, rules


def score_reuters(articles: list[Article], tags: dict[str, tuple[str, ...]]) -> tuple[Outcome, Counter, Counter, dict]:
    """Leave one out on the full names that match a tag of their story; and, for the short names
    stories give alone, where they end after unification (right: the full name the tag's stories
    give most often themselves)."""
    outcomes, errors, rules = leave_one_out(articles, lambda a, key: any(_matches(key, t) for t in tags.get(a.id, ())),
                                     lambda a: "reuters")
    unified, _ = unify_people(articles)
    before = {a.id: [fold(p) for p in a.people] for a in articles}
    after = {a.id: [fold(p) for p in a.people] for a in unified}
    full_for: dict[str, Counter] = defaultdict(Counter)
    for article_id, names in before.items():
        for tag in tags.get(article_id, ()):
            full_for[tag].update(n for n in names if " " in n and _matches(n, tag))
    kinds: Counter = Counter()
    for article_id, article_tags in tags.items():
        for tag in article_tags:
            names = before[article_id]
            family = tag.split()[-1]
            if any(" " in n and _matches(n, tag) for n in names):
                kinds["full"] += 1
            elif family not in names:
                kinds["missed"] += 1
            else:
                ended = [n for n in after[article_id] if n.split()[-1] == family]
                gold = full_for[tag].most_common(1)[0][0] if full_for[tag] else None
                kinds["short, right" if gold in ended else "short, wrong" if any(" " in n for n in ended)
                      else "short, own page"] += 1
    return outcomes["reuters"], errors, kinds, rules


def conll_archive(corpora: Path) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """Train and valid documents as articles (ids `train:N`, `valid:N`), and each one's labelled people (folded)."""
    articles, labelled = [], {}
    for name in ("train", "valid"):
        path = corpora / "en-conll2003" / f"{name}.txt"
        if not path.is_file():
            continue
        for number, document in enumerate(_columns(path, " ", True)):
            article_id = f"{name}:{number}"
            paragraphs = tuple(detokenize([w for w, _ in s]) for s in document)
            raw = RawArticle(article_id, article_id, ArticleDate(1996, 8), paragraphs)
            articles.append(extract_article(raw, "", Curation()))
            labelled[article_id] = frozenset(fold(detokenize(n.split())) for s in document for n in _iob_people(s))
    return articles, labelled


def short_pages(articles: list[Article]) -> tuple[int, int]:
    """How many pages bear a one-word name after unification, and how many mentions they hold."""
    unified, _ = unify_people(articles)
    counts = Counter(p for a in unified for p in a.people if " " not in p)
    return len(counts), sum(counts.values())


def _row(name: str, outcome: Outcome, pages: tuple[int, int] | None) -> str:
    share = lambda n: f"{n:>6} ({n / outcome.cases:.3f})" if outcome.cases else f"{n:>6}"  # noqa: E731
    alone_pages = f"{pages[0]:>8} / {pages[1]:<8}" if pages else f"{'':>19}"
    return (f"{name:<14}{outcome.cases:>7}{outcome.resolvable:>11}  {share(outcome.right)}  {share(outcome.variant)}  "
            f"{share(outcome.wrong)}  "
            f"{share(outcome.alone)}  {alone_pages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("NEWS_CORPORA"),
                        help="the folder make-dev-corpora.sh laid out (or NEWS_CORPORA)")
    parser.add_argument("--errors", action="store_true", help="list every wrong merge and short name left alone")
    parser.add_argument("--only", choices=("reuters", "conll"), help="measure this corpus alone")
    args = parser.parse_args()
    corpora = Path(args.corpora) if args.corpora else None
    reuters = corpora / "en-reuters21578" if corpora and args.only != "conll" else None
    has_conll = corpora is not None and args.only != "reuters" and (corpora / "en-conll2003" / "train.txt").is_file()
    if not (reuters and reuters.is_dir()) and not has_conll:
        print(f"No corpora in {args.corpora or '(unset)'}: give the folder make-dev-corpora.sh laid out; skipped.")
        return
    print(f"{'set':<14}{'cases':>7}{'resolvable':>11}  {'right':>14}  {'other spelling':>14}  {'wrong merge':>14}  {'own page':>14}  "
          f"one-word pages / mentions")
    errors: Counter = Counter()
    rules: dict[str, Counter] = {}
    if reuters and reuters.is_dir():
        articles, tags = reuters_archive(reuters)
        outcome, reuters_errors, kinds, rules = score_reuters(articles, tags)
        print(_row("reuters", outcome, short_pages(articles)))
        errors.update(reuters_errors)
    if has_conll:
        articles, labelled = conll_archive(corpora)
        outcomes, conll_errors, conll_rules = leave_one_out(articles, lambda a, key: key in labelled[a.id], lambda a: a.id.split(":")[0])
        pages = short_pages(articles)
        for name in ("train", "valid"):
            print(_row(f"conll-{name}", outcomes[name], pages if name == "valid" else None))
        errors.update(conll_errors)
        rules.update(conll_rules)
    if reuters and reuters.is_dir():
        print(f"\nReuters tags as the stories give them: full name in the story {kinds['full']}, missed by the "
              f"extractor {kinds['missed']}; short name alone {kinds['short, right'] + kinds['short, wrong'] + kinds['short, own page']}: "
              f"on the right full name {kinds['short, right']}, on another {kinds['short, wrong']}, "
              f"on its own page {kinds['short, own page']}")
    print("\nEach rule's decisions (leave one out): right, same person in another spelling, wrong, kept apart")
    for rule, counts in sorted(rules.items()):
        print(f"  {rule:<32}" + "".join(f"{counts[v]:>7}" for v in ("right", "variant", "wrong", "apart")))
    if args.errors:
        for error, count in sorted(errors.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:>4}  {error}")


if __name__ == "__main__":
    main()
