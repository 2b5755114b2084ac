"""Teams by the lines of results they stand in: scores, fixtures, standings, scorers, aggregates and
points, which only sides have (what vouches for a player is in `described`)."""

from __future__ import annotations

import re

from ...lexicon import casefold, keys
from .records import Candidate


# `Aston Villa 2 Leeds 1`: each side of a result; `Aston Villa 10 6 2 2 18 9 20`: a row of standings.
# A side may carry its country in brackets, and a result its scorers: `Riverside (Albania) 2 Hillside
# (Malta) 1 (Smith 30th)`, `Riverside 1 F.C. Hillside 0`.
_SCORE_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} \D+ \d{1,2}(?: \(.*\))?\.?\s*$")
_SCORE_BEFORE = re.compile(r"(?:^|\n)\D+ \d{1,2} (?:[A-Z.]{2,5} )?$")
_SCORE_NEXT = re.compile(r"(?: \([^)]{2,30}\))? \d{1,2}\b")
# `AEK Athens (Greece) v Chemlon Humenne (Slovakia)`: the sides of a fixture.
_VERSUS_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?v ")
_VERSUS_BEFORE = re.compile(r"\S v $")
_STANDINGS = re.compile(r"(?: \d{1,3}){6,}\s*$")


def _is_score_line(before: str, after: str) -> bool:
    return bool(_SCORE_AFTER.match(after) and (len(before) < 40 and "\n" not in before or before.endswith("\n"))
                or (not after.strip() or _SCORE_NEXT.match(after)) and _SCORE_BEFORE.search(before))


# A line of results broken in two, each side's score on the other line: `Riverside (Albania) 0 Hillside`
# over `(Malta) 2`, `In Kato: Hillside (Malta)` over `0 (2-0)`.
_SCORE_THEN_SIDE = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} [A-Z][^\d\n]*$")
_COUNTRY_ONLY = re.compile(r" \([^)]{2,30}\)\s*$")


def _is_broken_score_line(before: str, after: str) -> bool:
    opens_line = len(before) < 40 and "\n" not in before or before.endswith("\n")
    return bool(opens_line and _SCORE_THEN_SIDE.match(after)
                or _COUNTRY_ONLY.match(after) and _SCORE_BEFORE.search(before))


# `Riverside 3 (Kowal 27th, Nowak 60th)`: a side's score, then its scorers with their minutes.
_SCORE_AND_SCORERS = re.compile(r" (?:\([^)]{2,30}\) )?\d{1,2} \([^()]*?\d{1,3}(?:st|nd|rd|th)\b")
# `Riverside - Jan Kowal (27th), Piet Nowak (60th)`: a side heading a line of its scorers.
_SIDE_SCORERS = re.compile(r" [-–] [A-Z][^\n]*?\(\d{1,3}(?:st|nd|rd|th)\b")
# `Riverside win 3-1 on aggregate`, `won 4-3 on penalties`: only a side plays two legs or a shoot-out.
_TWO_LEGS = re.compile(r" (?:\([^)]{2,30}\) )?(?:win|won|lose|lost|draw|drew|go through|went through|qualif\w+)\b"
                       r"[^\n.]{0,30}\bon (?:aggregate|penalties|away goals)\b")
# Sides beating each other where a point score or a half-time says it is a team game: `Riverside beat
# Hillside 98-91`, `Riverside beat 3-1 (halftime 2-1) Hillside`; a tennis or a squash result has neither.
_RESULT_VERB_AFTER = re.compile(r" (?:\([^)]{2,30}\) )?(?:beat|drew with|lost to)\b")
_RESULT_VERB_BEFORE = re.compile(r"\b(?:beat|drew with|lost to) (?:\d{1,3}-\d{1,3} (?:\([^)]*\) )?)?$")
_RESULT_VERBS = ("beat", "drew with", "lost to")
_CLUB_JOINED = re.compile(r"\b(?:khoác áo|gia nhập|đầu quân cho|thi đấu cho|chơi cho|đá cho|cập bến|lò đào tạo"
                          r"|trưởng thành từ lò) (?:CLB |đội bóng |đội )?$")
# A score right after the run (not a minute, `2-1'`), and a verb of a result earlier in its sentence.
# (Not a score of sets, another after it: `thắng Jan Kowal 6-4, 6-3` names a tennis player.)
_SCORE_RIGHT_AFTER = re.compile(r" \d{1,2} ?- ?\d{1,2}(?![\d'’]|,? \d)")
# `tỷ số 2-1 cho Riverside Rovers`: a score for a side.
_SCORE_FOR = re.compile(r"\b\d{1,2} ?- ?\d{1,2} cho $")
_RESULT_AGAINST = re.compile(r"\b(?:thua|thắng|hòa|hoà|hạ|đánh bại|vượt qua|gặp|đè bẹp|cầm hòa|cầm hoà|trước)"
                             r" (?:[^.!?\n]{0,80}, )?$")


def _names_result(before: str) -> bool:
    # Searching the text for the words is faster than the expression, which most runs fail.
    return any(map(before.__contains__, _RESULT_VERBS))


_HALF_TIME = re.compile(r"\bhalf[- ]?time\b", re.IGNORECASE)
_POINTS = re.compile(r"\b(\d{1,3})-(\d{1,3})\b")


def _team_result(run: Candidate) -> bool:
    if not (_RESULT_VERB_AFTER.match(run.after) or _names_result(run.before) and _RESULT_VERB_BEFORE.search(run.before)):
        return False
    line = run.before[run.before.rfind("\n") + 1 :] + run.after
    return bool(_HALF_TIME.search(line)) or any(max(int(a), int(b)) >= 30 for a, b in _POINTS.findall(line))


_COUNTRY_AND_RESULT = re.compile(r"^ \(([^()]{2,20})\) (?:beat\b|\d{1,2}[.:]\d|\d{1,3}-\d{1,3}\b)")


def _athlete_of(after: str) -> bool:
    found = _COUNTRY_AND_RESULT.match(after)
    return bool(found) and casefold(found.group(1)) in keys("places")


# Tests of `_RULES` (rules.py) that read the patterns above, in the table's order.

def _is_versus(run: Candidate) -> bool:
    return bool(_VERSUS_AFTER.match(run.after) or run.before.endswith((" v ", " v \n"))
                and _VERSUS_BEFORE.search(run.before))


def _heads_standings(run: Candidate) -> bool:
    return bool(_STANDINGS.match(run.after))


def _score_and_scorers_after(run: Candidate) -> bool:
    return bool(_SCORE_AND_SCORERS.match(run.after))


def _heads_scorers(run: Candidate) -> bool:
    return bool(_SIDE_SCORERS.match(run.after)) and not run.before[run.before.rfind("\n") + 1 :].strip()


def _two_legs(run: Candidate) -> bool:
    return bool(_TWO_LEGS.match(run.after))


def _club_joined(run: Candidate) -> bool:
    return bool(_CLUB_JOINED.search(run.before))


def _result_against(run: Candidate) -> bool:
    return (bool(_SCORE_RIGHT_AFTER.match(run.after)) and bool(_RESULT_AGAINST.search(run.before))
            or run.before.endswith(" cho ") and bool(_SCORE_FOR.search(run.before)))
