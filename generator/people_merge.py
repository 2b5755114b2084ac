"""One person, one page, across the archive: spellings that differ only in case, tone marks,
spacing or hyphens (`Kim Jong-un`, `Kim Jong Un`) become one name, and a short name (`Blair` from
`Mr Blair`, `Tùng`, `Xuân Son`) joins the full name in the archive that ends with it when one full
name owns it clearly:

1. the one that shares people with the article (`Blair` beside `Gordon Brown`), by at least twice
   as many as any other; or, when others share nearly as many, the one named beside them in far
   more articles;
2. else, when none does, the one the archive names in two articles or more and far more often than
   any other (`Bill Clinton`, where `Hillary Clinton` is named once).

Otherwise the short name keeps a page of its own and is listed for an editor. So is a short name
that the archive credits (a byline, a photo credit: `Ảnh: Đình Huệ`), which never joins a full name
(`Vương Đình Huệ`) on its own. The people file always wins: a name it gives is never changed here.
The extractor only keeps a lone word that an honorific, a title or a role vouches for, so every
short name reaching this stage was written as a person's.

A full name of two Vietnamese words whose first is a family name (`Hà Dorval`) is also how sports
news writes the given names of a fuller one (`Nguyễn Hà Dorval`). It joins the fuller name that ends
with it, tone marks and all, only when that name shares at least two people with the article, twice
as many as any other such name, and the archive names it in more articles than the two words alone
(a name written alone more often than in full, like `Minh Kessel` beside a rarer `Lê Minh Kessel`, is
more often someone whose own full name the archive seldom gives). Otherwise, and when credited or
given by the people file, it keeps its page, not listed: it names a person as it stands.

Before all this, a name that one article sets aside as a firm (by its legal form, its ticker, a
partner, an office of the firm: `Acme Brands Inc`, `Acme Brands <ACMB>`) is a firm in every article
(`Acme Brands said`), unless the people file lists it; each article it is taken from records it
among its names set aside, for the editor's report."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .collation import name_order
from .curation import Curation, person_key
from .extract.paragraphs import byline
from .extract.people import FIRM_RULES, is_full_name
from .extract.people.resolve import may_be_given_names
from .lexicon import casefold
from .model import Article, Kind

# Shared people decide when the best candidate shares at least this many times as many as the next.
CONTEXT_MARGIN = 2
# Without shared people, the most named full name owns the short name when the archive names it in
# this many articles at least, and this many times as often as the next. A full name named once
# elsewhere is as often another person as the same one (CoNLL-2003 train, bench/RESULTS.md).
DOMINANT_ARTICLES = 2
DOMINANCE = 6
# When full names share as many of an article's people, the one named beside them in this many articles
# at least, and this many times as often as the next, owns the short name (`Blair` beside `Gordon Brown`:
# the Blair named beside him far more often). Tuned on Reuters-21578 and CoNLL-2003 train (bench/RESULTS.md).
TOGETHER_LEAST = 3
TOGETHER_MARGIN = 3
# A full name that may be given names (`Hà Dorval`) joins a fuller one on at least this many shared
# people: one shared player is often a teammate of both (the football archive, bench/RESULTS.md).
GIVEN_NAMES_SHARED = 2
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_AUTHOR_JOINS = re.compile(r"\s*(?:,|;|/| - | – | và | and )\s*")
# A name taken from an article because another article gives it as a firm: the reason and the rule.
FIRM_ELSEWHERE, FIRM_VETO = "a firm in another article", "firm-elsewhere"


@dataclass(frozen=True)
class Directory:
    """What the archive knows of the names in it, by folded key: each key's spelling, how many
    articles name each full name and whom with, the full names by each of their endings, and the
    names it credits."""

    spelling: dict[str, str]
    articles: Counter[str]
    companions: dict[str, Counter[str]]
    by_ending: dict[str, frozenset[str]]
    credited: frozenset[str]
    curated: frozenset[str]


@dataclass(frozen=True)
class Decision:
    """Where one short name of one article goes: a full name's key, or None to stay apart; the full
    names it could be, for the editor's list when it stays apart."""

    key: str | None
    rule: str  # the id of the rule that decided, for the benchmark to count what each one does
    candidates: tuple[str, ...] = ()


def credited_names(article: Article) -> set[str]:
    """Folded names the article credits: its author, its byline lines and its photo credits."""
    names = set(_AUTHOR_JOINS.split(article.author or ""))
    for paragraph in article.paragraphs:
        line = paragraph.text if paragraph.kind is Kind.BYLINE else paragraph.credit if paragraph.kind is Kind.CAPTION else None
        if line:
            authors, sources = byline(line) or ((), ())
            names.update(authors, sources)
    return {person_key(name) for name in names if name.strip()}


def directory(articles: list[Article], curation: Curation = Curation(),
              tallies: tuple[dict[str, Counter[str]], Counter[str]] | None = None) -> Directory:
    """What the archive knows of its names; `tallies`, when already counted: each folded name's
    spellings and how many articles credit each name."""
    spellings, credits = tallies or _tallies(articles)
    curated = frozenset(person_key(name) for name in curation.aliases.values())
    curated_spellings = _curated_spellings(curation)
    spelling = {key: _spelling(counts, curated_spellings.get(key)) for key, counts in spellings.items()}
    full = {key for key, name in spelling.items() if is_full_name(name)}
    articles_of: Counter[str] = Counter()
    companions: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        keys = {person_key(name) for name in article.people}
        for key in keys & full:
            articles_of[key] += 1
            companions[key].update(keys - {key})
    by_ending: dict[str, set[str]] = defaultdict(set)
    for key in full:
        for ending in _endings(key):
            by_ending[ending].add(key)
    return Directory(spelling, articles_of, dict(companions), {k: frozenset(v) for k, v in by_ending.items()},
                     frozenset(+credits), curated)


def decide(known: Directory, key: str, article: Article) -> Decision:
    """Where the short name `key` of `article` goes (see the module's rules)."""
    candidates = known.by_ending.get(key, frozenset())
    if key in known.curated:
        return Decision(None, "curated")
    if not candidates:
        return Decision(None, "no-full-name")
    ordered = _in_order(candidates)
    if key in known.credited:
        return Decision(None, "credited", ordered)
    others = {person_key(name) for name in article.people} - {key}
    # A membership test, not a Counter's lookup, which calls `__missing__` for a name it lacks (most of
    # an article's names are not among a candidate's companions); a companion's count is never 0.
    shared = sorted(((sum(map(known.companions[c].__contains__, others)), c) for c in ordered), reverse=True)
    runner_up = shared[1][0] if len(shared) > 1 else 0
    if shared[0][0] and shared[0][0] >= CONTEXT_MARGIN * runner_up:
        return Decision(shared[0][1], "shared-people")
    if shared[0][0]:
        # As many people shared with two full names: how often each is named beside them decides.
        together = sorted(((sum(known.companions[c][o] for o in others if o in known.companions[c]), c)
                           for c in ordered), reverse=True)
        second = together[1][0] if len(together) > 1 else 0
        if together[0][0] >= TOGETHER_LEAST and together[0][0] >= TOGETHER_MARGIN * second:
            return Decision(together[0][1], "named-together")
    owner = None if shared[0][0] else _most_named(known, ordered)
    if owner is not None:
        return Decision(owner, "most-named")
    return Decision(None, "ambiguous", ordered)


def decide_given_names(known: Directory, key: str, article: Article, written: str) -> Decision:
    """Where the full name `key`, `written` so in `article`, which may be the given names of fuller names,
    goes (see the module's rules). The article's own tone marks count, not the page's spelling: one
    writing `Hà Dorval` means none of the archive's `Nguyễn Hạ Dorval`."""
    if key in known.curated:
        return Decision(None, "curated")
    if key in known.credited:
        return Decision(None, "credited")
    candidates = [c for c in _in_order(known.by_ending[key]) if _written_alike(written, known.spelling[c])]
    if not candidates:
        return Decision(None, "given-names-unlike")
    others = {person_key(person) for person in article.people} - {key}
    shared = sorted(((sum(map(known.companions[c].__contains__, others)), c) for c in candidates), reverse=True)
    (best, owner), runner_up = shared[0], shared[1][0] if len(shared) > 1 else 0
    clear = best >= GIVEN_NAMES_SHARED and best >= CONTEXT_MARGIN * runner_up
    if clear and known.articles[owner] > known.articles[key]:
        return Decision(owner, "given-names")
    return Decision(None, "given-names-apart")


def _written_alike(short: str, full: str) -> bool:
    """Whether `full` ends with `short` tone marks and all (`Hà Dorval` is not `Nguyễn Hạ Dorval`),
    wherever each writer puts them (`Hoà`, `Hòa`); a name written without them matches either way."""
    ending = " ".join(full.split()[-len(short.split()):])
    return short.isascii() or ending.isascii() or _tones_last(short) == _tones_last(ending)


def _tones_last(name: str) -> str:
    words = unicodedata.normalize("NFD", casefold(name)).split()
    return " ".join("".join(c for c in w if c not in _TONE_MARKS) + "".join(c for c in w if c in _TONE_MARKS)
                    for w in words)


def _most_named(known: Directory, candidates: tuple[str, ...]) -> str | None:
    """The full name that owns a short name by being far the most named, if one does: what `decide`
    reads of the archive when no candidate shares people with the article, the same for every article."""
    named = sorted(((known.articles[c], c) for c in candidates), reverse=True)
    runner_up = named[1][0] if len(named) > 1 else 0
    if named[0][0] >= DOMINANT_ARTICLES and named[0][0] >= DOMINANCE * runner_up:
        return named[0][1]
    return None


def _endings(key: str) -> list[str]:
    """The short names a full name's key ends with: `văn an` and `an` for `nguyễn văn an`."""
    words = key.split()
    return [" ".join(words[-size:]) for size in range(1, len(words))]


@lru_cache(maxsize=1 << 14)  # a given name may end hundreds of full names, and hundreds of articles use it
def _in_order(candidates: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(candidates))


@dataclass(frozen=True)
class Unified:
    """One run's unification, kept for the next: the articles as given (less their firms) and as
    unified, by id, the short names each kept apart (with the full names each could be), and what
    the directory is made of (each folded name's spellings, and how many articles credit it)."""

    given: dict[str, Article]
    unified: dict[str, Article]
    apart: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    known: Directory
    spellings: dict[str, Counter[str]]
    credits: Counter[str]


def unify_people(articles: list[Article], curation: Curation = Curation()
                 ) -> tuple[list[Article], list[tuple[str, tuple[str, ...]]]]:
    """The articles with their people unified, and the short names kept apart with the full names
    each could be."""
    result = unify(articles, curation)
    return [result.unified[a.id] for a in articles], ambiguous_names(result)


def ambiguous_names(result: Unified) -> list[tuple[str, tuple[str, ...]]]:
    known = result.known
    apart: dict[str, set[str]] = defaultdict(set)
    for kept_apart in result.apart.values():
        for key, candidates in kept_apart:
            apart[key].update(candidates)
    ambiguous = [(known.spelling[key], tuple(sorted((known.spelling[c] for c in candidates), key=name_order)))
                 for key, candidates in apart.items() if candidates]
    return sorted(ambiguous, key=lambda item: name_order(item[0]))


def unify(articles: list[Article], curation: Curation = Curation(), previous: Unified | None = None) -> Unified:
    """The archive's unification. `previous`, the last run's with the same people file, is updated
    rather than redone when few articles changed: the directory by what they add and take away, and
    the articles whose names' directory entries did not change keep their unified people. The
    result is the same as done afresh (tests/test_build.py compares both). The firms are vetoed
    first, all over again: an article another article's firm reaches counts as changed."""
    firms = firm_keys(articles, curation)
    given = {article.id: without_firms(article, firms) for article in articles}
    last = previous.given if previous is not None else {}
    changed = {id for id, article in given.items() if last.get(id) is not article and last.get(id) != article}
    if previous is not None:
        changed |= previous.given.keys() - given.keys()
    updated = _updated(previous, [previous.given[id] for id in changed if id in previous.given],
                       [given[id] for id in changed if id in given], curation
                       ) if previous and len(changed) * 20 <= len(given) else None
    if updated is None:
        spellings, credits = _tallies(given.values())
        known, redo = directory(list(given.values()), curation, (spellings, credits)), set(given)
    else:
        known, spellings, credits, reached = updated
        redo = changed | {id for id, article in given.items() if reached(article)}
    full = set(known.articles)
    unified, apart = {}, {}
    for id, article in given.items():
        if id not in redo:
            unified[id], apart[id] = previous.unified[id], previous.apart[id]
            continue
        names, kept_apart = {}, []
        for name in article.people:
            key = person_key(name)
            if key not in full:
                decision = decide(known, key, article)
                if decision.key is None and decision.candidates:
                    kept_apart.append((key, decision.candidates))
                key = decision.key or key
            elif key in known.by_ending and may_be_given_names(known.spelling[key]):
                key = decide_given_names(known, key, article, name).key or key
            names[name] = known.spelling[key]
        people = tuple(dict.fromkeys(names.values()))
        if people != article.people:
            merged = tuple((name, names[name]) for name in article.people if name != names[name])
            article = dataclasses.replace(article, people=people, spellings=merged)
        unified[id], apart[id] = article, tuple(kept_apart)
    return Unified(given, unified, apart, known, spellings, credits)


def firm_keys(articles: list[Article], curation: Curation = Curation()) -> frozenset[str]:
    """The keys of the names some article set aside as a firm, but for the people file's names."""
    firms = {person_key(name) for article in articles for name, _, rule in article.set_aside
             if rule in FIRM_RULES}
    return frozenset(firms.difference(curation.aliases))


def without_firms(article: Article, firms: frozenset[str]) -> Article:
    """The article without the people whose names are firms, which it records as set aside."""
    vetoed = [name for name in article.people if person_key(name) in firms]
    if not vetoed:
        return article
    return dataclasses.replace(article, people=tuple(name for name in article.people if name not in vetoed),
                               set_aside=(*article.set_aside, *((name, FIRM_ELSEWHERE, FIRM_VETO) for name in vetoed)))


def _tallies(articles) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Each folded name's spellings, counted over the articles, and how many articles credit each."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    credits: Counter[str] = Counter()
    for article in articles:
        for name in article.people:
            spellings[person_key(name)][name] += 1
        credits.update(credited_names(article))
    return dict(spellings), credits


def _updated(previous: Unified, old: list[Article], new: list[Article], curation: Curation):
    """The directory with the `old` versions of the changed articles taken away and the `new` ones
    added, its tallies, and a test of whether an unchanged article's unification may change with
    it; None when a name became or stopped being a full name, which changes whom short names could
    be: then all is done afresh."""
    known = previous.known
    touched = {person_key(name) for article in (*old, *new) for name in article.people}
    spellings = {**previous.spellings, **{key: previous.spellings.get(key, Counter()).copy() for key in touched}}
    credits = previous.credits.copy()
    for sign, versions in ((-1, old), (1, new)):
        for article in versions:
            for name in article.people:
                spellings[person_key(name)][name] += sign
            credits.update({name: sign for name in credited_names(article)})
    spelling, curated_spellings = dict(known.spelling), _curated_spellings(curation)
    for key in touched:
        counts = +spellings.pop(key)  # without the spellings no article uses any more
        if counts:
            spellings[key] = counts
            spelling[key] = _spelling(counts, curated_spellings.get(key))
        else:
            spelling.pop(key, None)
    if any((key in known.articles) != (key in spelling and is_full_name(spelling[key])) for key in touched):
        return None
    full = set(known.articles)
    rekeyed = touched & full  # whose article counts and companions change
    articles_of, companions = known.articles.copy(), {**known.companions, **{k: known.companions[k].copy() for k in rekeyed}}
    for sign, versions in ((-1, old), (1, new)):
        for article in versions:
            keys = {person_key(name) for name in article.people}
            for key in keys & full:
                articles_of[key] += sign
                companions[key].update({other: sign for other in keys - {key}})
    for key in rekeyed:
        companions[key] = +companions[key]
    credits = +credits
    directory = Directory(spelling, +articles_of, companions, known.by_ending, frozenset(credits), known.curated)
    respelled = {key for key in touched if spelling.get(key) != known.spelling.get(key)}
    recredited = directory.credited ^ known.credited
    # `decide` reads of a candidate which of an article's people are among its companions and how often
    # they were named beside it, and when none is, how many articles name it: the short names whose
    # candidates were named beside a changed article's people, and those whose most named candidate changed.
    rekeyed_endings = {ending for key in rekeyed for ending in _endings(key)}.intersection(known.by_ending)
    reowned = {key for key in rekeyed_endings
               if _most_named(known, ordered := _in_order(known.by_ending[key])) != _most_named(directory, ordered)}
    # A full name that may be given names reads its own count and credit, and its candidates' spellings,
    # counts and companions: each change redoes every article naming it.
    respelled_endings = {ending for key in respelled & full for ending in _endings(key)}
    regiven = (rekeyed | rekeyed_endings | respelled_endings | recredited) & full & known.by_ending.keys()

    def reached(article: Article) -> bool:
        """Whether a name of the article is spelt anew, may be given names whose count, credit or
        candidates changed, or is a short name whose credit, or whose candidates' counts or
        companions as the article reads them, changed."""
        for name in article.people:
            key = person_key(name)
            if key in respelled or key in regiven or key not in full and (
                    key in recredited or key in reowned
                    or key in rekeyed_endings and not touched.isdisjoint(map(person_key, article.people))):
                return True
        return False

    return directory, spellings, credits, reached


def _spelling(counts: Counter[str], curated: str | None) -> str:
    """The most used spelling names everyone who folds alike; ties go to the alphabetically first.
    The people file's spelling of its own names wins."""
    return curated or min(counts, key=lambda n: (-counts[n], n))


def _curated_spellings(curation: Curation) -> dict[str, str]:
    return {person_key(name): name for name in curation.aliases.values()}
