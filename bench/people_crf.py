"""Underthesea's CRF `ner()` weighed against the rules on the Vietnamese development set (`make bench-people-crf`).

Three extractors, scored as bench/people.py scores the rules: the rules alone; the CRF alone (its
PER entities, sentence by sentence); the rules with the CRF's people added, less any the rules'
lexicons and cues call a place, an organisation or a title, all resolved in the article as the
rules resolve their own. Runs in bench/.venv-crf, so that the project never depends on the model.
Only the CRF shipped in the wheel is used: `ner(deep=True)` downloads a model and is never called.
"""

from __future__ import annotations

import argparse
import time
from contextlib import contextmanager

# `people` first: it puts this checkout's generator ahead of any installed one.
from people import header, load, report, rules, score
from underthesea import ner, sent_tokenize

# The module whose `find_people` reads every paragraph through `find_mentions`: the name patched below.
import generator.extract.people.article as people_rules

# Besides `Mention`, the rules' own decisions, imported rather than copied so that the comparison
# follows the extractor as it changes (they are private: a rename fails here, loudly): what stands
# before a name (titles, honorifics, place cues such as `tại`, `TP`), what is stripped from its
# front, what holds an organisation.
from generator.extract.people import Mention
from generator.extract.people.cues import _after_place_cue, _contains_organisation, _ends_with
from generator.extract.people.trim import _strip_front
from generator.lexicon import casefold, keys


def crf_people(text: str) -> list[tuple[list[str], str]]:
    """Each PER entity in `text` (its syllables) with the text the CRF read before it."""
    found = []
    for sentence in sent_tokenize(text):
        words = ner(sentence)
        index = 0
        while index < len(words):
            if words[index][3] != "B-PER":
                index += 1
                continue
            end = index + 1
            while end < len(words) and words[end][3] == "I-PER":
                end += 1
            # A quotation mark is sometimes tagged as part of the name (`" Tâm`).
            syllables = [s for word in words[index:end] for s in word[0].split() if any(c.isalnum() for c in s)]
            if syllables:
                found.append((syllables, " ".join(word[0] for word in words[:index])))
            index = end
    return found


def crf_alone(paragraphs: tuple[str, ...]) -> list[str]:
    return [" ".join(name) for text in paragraphs for name, _ in crf_people(text)]


def crf_mentions(text: str, offset: int) -> list[Mention]:
    """The CRF's people in one paragraph as the rules' mentions, less what the rules' lexicons and
    cues call a place, an organisation or a title. The rules' other tests (a Vietnamese name starts
    with a family name, a lone name needs an honorific or a full name) are left out: they are where
    the CRF could add what the rules miss, and resolution still applies the second."""
    mentions = []
    for tokens, before in crf_people(text):
        # The rules never let an acronym into a name (`VFF Trần Quốc Tuấn`); it stays a cue (`TP`).
        while tokens and len(tokens[0]) > 1 and tokens[0].isupper():
            before += " " + tokens.pop(0)
        before += " "
        words = before.casefold().split() if before.endswith(" ") else []
        honorific, title = _ends_with(words, "honorifics"), _ends_with(words, "titles")
        tokens, stripped = _strip_front(tokens)
        honorific = honorific or stripped == "honorifics"
        title = title or honorific or stripped == "titles"
        name = casefold(" ".join(tokens))
        if (not tokens or _contains_organisation(tokens) or name in keys("places") or name in keys("agencies")
                or (not title and _after_place_cue(before))):
            continue
        # The position only orders the names found; the first spelling in the paragraph is close enough.
        position = offset + max(text.find(" ".join(tokens)), 0)
        mentions.append(Mention(tuple(tokens), title, honorific, position, "crf"))
    return mentions


@contextmanager
def crf_mentions_added():
    """The rules with the CRF's mentions in each paragraph: `extract_people` reads every paragraph
    through `find_mentions`, so its resolution (lone names to full names, honorifics, curation)
    applies to both alike. Fails if it no longer does, rather than measure the rules alone."""
    rules_only = people_rules.find_mentions
    calls = 0

    def find_mentions(text: str, offset: int = 0, *args, **kwargs):
        nonlocal calls
        calls += 1
        mentions, standalone = rules_only(text, offset, *args, **kwargs)
        return mentions + crf_mentions(text, offset), standalone

    people_rules.find_mentions = find_mentions
    try:
        yield
    finally:
        people_rules.find_mentions = rules_only
    if not calls:
        raise SystemExit("extract_people no longer calls find_mentions: the CRF's mentions were never added")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and extra name of the CRF variants")
    args = parser.parse_args()
    articles = load("vi")
    started = time.process_time()
    ner("Ông Putin ca ngợi Liên Xô")  # the models load on the first call; that is start-up, not per article
    print(f"CRF models loaded in {time.process_time() - started:.2f} s (process time)")
    print(header("variant", 11))
    # Five passes of the rules, as bench/people.py times them; one of the CRF takes seconds already.
    report("rules", score(articles, rules(), repeat=5), False, 11)
    report("crf", score(articles, crf_alone), args.errors, 11)
    with crf_mentions_added():
        report("rules+crf", score(articles, rules()), args.errors, 11)


if __name__ == "__main__":
    main()
