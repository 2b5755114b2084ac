"""Runs of capitalised words (and the particles inside names) found in a text: what is read as a possible
name."""

from __future__ import annotations

import re

from .tokens import _INITIALS, _PARTICLES, _is_capitalised


# Words, and dotted initials (`N.V.T.`, `H.T.P`) as one word.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}(?:[^\W\d_](?![\w.]))?|\w+(?:['’\-]\w+)*\.?")
# Stretches of text made of capitalised words (and particles) separated by spaces, found in one
# regular-expression pass; only these are then read word by word. Most of a text is lower case.
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x2000)) if c.isupper())
_UPPER += "".join(re.escape(c) for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
# Not from inside a word that opens with a figure: `12/34B Lê Văn Tám` is a street, `4K Studio` a product.
_STRETCH = re.compile(rf"[{_UPPER}](?<!\d\w)(?<!\d\w\w)(?<!\d\w\w\w)\S*(?: (?:(?:{'|'.join(sorted(_PARTICLES))}) )*(?:(?:al|el|ad|as|ash|bin|ibn)-)?[{_UPPER}]\S*)*")
# A regnal or generational number closes a name: `Elizabeth II`, `John Paul II`, `Henry Walker III`.
_REGNAL = frozenset("II III IV VI VII VIII".split())
# A particle joined to the family name by a hyphen: `Bashar al-Assad`, `Abdel Fattah el-Sisi`.
_JOINED_PARTICLE = re.compile(rf"^(?:al|el|ad|as|ash|bin|ibn)-[{_UPPER}]")


def _capitalised_runs(text: str) -> list[list[re.Match]]:
    """Maximal runs of capitalised words separated by single spaces; punctuation ends a run."""
    runs: list[list[re.Match]] = []
    for stretch in _STRETCH.finditer(text):
        start, end = stretch.span()
        first = _TOKEN.match(text, start, end)
        if first and first.end() == end:  # most stretches: one word, read here
            if _is_capitalised(first.group()):
                runs.append([first])
        else:
            runs += _runs_in(text, start, end)
    return runs


def _runs_in(text: str, start: int, end: int) -> list[list[re.Match]]:
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    previous_end = -1
    previous = ""  # the word before, which a run going on holds last
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        joined = False
        if current and text[previous_end : match.start()] == " ":
            # (Both tests below read a stop after the previous word: most words have none.)
            joined = not previous.endswith(".") or _continues(previous) and not _sentence_after_initial(previous, word)
        if _is_capitalised(word) or (joined and (word in _PARTICLES or _JOINED_PARTICLE.match(word)
                                                 or word in _REGNAL and _is_capitalised(previous))):
            if not joined and current:
                current = _flush(runs, current)
            current.append(match)
        elif current:
            current = _flush(runs, current)
        previous_end = match.end()
        previous = word
    if current:
        _flush(runs, current)
    return runs


def _sentence_after_initial(previous: str, word: str) -> bool:
    """`Liga B. Nhiều đội`: a Vietnamese word after a lone initial opens a sentence (a
    Vietnamese name writes its initials last: `Trần Văn T.`)."""
    return len(previous) == 2 and previous[1] == "." and not word.isascii()


def _continues(previous: str) -> bool:
    # A stop ends a run, except after initials: `George W. Bush`, `J. Scott Applewhite`, `F.W. de Klerk`.
    return not previous.endswith(".") or (len(previous) == 2 and previous[0].isupper()) or bool(_INITIALS.match(previous))


def _flush(runs: list[list[re.Match]], run: list[re.Match]) -> list[re.Match]:
    while run and run[-1].group() in _PARTICLES:
        run = run[:-1]
    if run:
        runs.append(run)
    return []
