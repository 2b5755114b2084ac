"""Firms by what is written with them: a legal form, a partner, a ticker, a share price moving, a list of
firms or of underwriters, an office and its holder, the head of a bank's or a body's name, what only
a firm has or undergoes."""

from __future__ import annotations

import re

from ...lexicon import casefold, entries, keys
from .given_names import _TAKES_A_PERSON
from .records import Candidate
from .tokens import _PARTICLES


# Legal forms written in capitals after a company's name, which end its run: `Koninklijke Boskalis NV`.
_COMPANY_FORM = re.compile(rf" (?:{'|'.join(map(re.escape, entries('legal_forms')))})\b")


def _without_firm_endings(tokens: list[str]) -> list[str]:
    """`Kowal Stone Group Plc` without `Group Plc`."""
    while tokens and casefold(tokens[-1]) in keys("firm_endings"):
        tokens = tokens[:-1]
    return tokens


def _firm_before_form(tokens: list[str]) -> list[str]:
    """`Kowal Dorval Trust Airways` (its legal form cut) is `Kowal Dorval`: without its firm endings and
    the words of firms' kinds closing it, while two words at least are left."""
    tokens = _without_firm_endings(tokens)
    firm = tokens
    while len(firm) > 2 and (casefold(firm[-1]) in keys("organisations") or casefold(firm[-1]) in keys("common_words")):
        firm = firm[:-1]
    return firm


_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# A price that moves to a price (not to a share of the vote: `rose five points to 38 percent`), or shares.
_MARKET_VERBS = "rose|fell|gained|lost|added|shed|eased|firmed|climbed|slipped|dropped|jumped|slid"
_MARKET_MOVE = re.compile(rf"(?:,? which)? (?:(?:{_MARKET_VERBS}) [\w.,/-]+(?: percent| pct| cents| pence)?"
                          r" to \d[\d.,/-]*(?! ?(?:percent|pct|%))"
                          rf"|shares (?:were|was|are|closed|ended|edged|traded|{_MARKET_VERBS})\b)")


def _kind_after(after: str) -> bool:
    word = _WORD_AFTER.match(after)
    return bool(word) and word.group(1) in keys("kinds_after")


_FIRM_PARTNERS = re.compile(r" (?:& [A-Z]|and Co\b)")
# The legal forms written after a firm's name (`Inc`, `NV`, `S.A`); `&` opens a partner's (above).
_FIRM_FORMS = "|".join(re.escape(form) for form in entries("legal_forms") if form != "&")
# `Kowal Nowak and Sons Inc`, `Hollis Mill and Loom Co`: a partner or a line of trade, then the legal form.
_PARTNER_AND_FORM = re.compile(rf" and (?:Sons\b|[A-Z][\w'-]+ (?:{_FIRM_FORMS})\b)")
# `Kowal Nowak <KNW.L>`: a newswire writes a company's ticker after it, or the company in angle brackets.
_TICKER_AFTER = re.compile(r" ?<[A-Z][A-Z0-9.]*>")
# `Kowal Bros Inc and Nowak Hollis`, `Hollis Marten and Kowal Nowak Ltd`: the next item of a list of firms
# (not an office's holder: `Kowal Corp, Chairman Jan Nowak`).
_FIRM_BEFORE = re.compile(rf"\b(?:{_FIRM_FORMS})\.?(?: <[A-Z][A-Z0-9.]*>)?(?:,| and|, and) $")
_FIRM_NEXT = re.compile(rf"(?:,|,? and) (?:[A-Z][\w'.-]* ){{1,3}}(?:{_FIRM_FORMS})\b")
_BODY_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|for|on|into) $")
_ELIDED_ARTICLE = re.compile(r"\b[dlDL]['’]$")
# How the text before a run ends where the two above can match (`$` also before a last line break):
# tested first, as searching the text costs more.
_FIRM_BEFORE_ENDS = (", ", " and ", ", \n", " and \n")
_BODY_BEFORE_ENDS = tuple(f" {word} {end}" for word in ("of", "for", "on", "into") for end in ("", "\n"))
# `Kowal Dorval (Securities) Ltd`, `Kowal Dorval EC SpA`: a bracketed line of trade or letters between
# the name and its legal form.
_FORM_AFTER_INSERT = re.compile(rf"(?: [A-Z]{{2,4}}| \([A-Z][\w ]*\))+ (?:{_FIRM_FORMS})\b")
# `Kowal Co's Dorval Vista`: what a firm owns, named after its possessive, is a unit or a brand.
_FIRM_OWNER_BEFORE = re.compile(rf"\b(?:{_FIRM_FORMS})['’]s $")
# `Kowal Dorval S.A.`, `Kowal N.V.`: a legal form closing the run (dotted forms are one word to the
# tokenizer, so they stay inside it); written with its stops or exactly, not `Sa`, a given name.
_LEGAL_FORMS = frozenset(form for form in entries("legal_forms") if form != "&")
_DOTLESS_FORMS = frozenset(form.replace(".", "").upper() for form in _LEGAL_FORMS)
# `Anglo-Dutch Kowal`, `Franco-Swiss Dorval`: two nations joined by a hyphen describe a joint firm or
# body, not a person; the combining forms written only so, and nationalities.
_JOINT_FORMS = frozenset({"anglo", "franco", "sino", "italo", "russo", "indo", "afro", "austro", "hispano", "nippo"})
# `Istituto per la Kowal`, `Caisse d'Amortissement de la Dorval`: after a capitalised head, a Romance
# preposition (with its article) or an elided `d'` goes on with the rest of an institution's name
# (a person's particles stand inside the run: `Jan de la Kowal`).
_ROMANCE_HEAD_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ (?:(?:per|pour|para|por|sur|pela|pelo|nella|sulla)(?: la| le| les| il| lo| el| l['’])? "
                                  r"|d['’])$")
_ROMANCE_ENDS = tuple(f"{word} " for word in ("per", "pour", "para", "por", "sur", "pela", "pelo", "nella", "sulla", " la",
                                              " le", " les", " il", " lo", " el")) + ("l'", "l’", "d'", "d’")
_BANK_HEADS = frozenset({"bank", "banque", "banco", "banca", "bankhaus"})
# `to acquire Kowal Dorval`, `its merger with Kowal Dorval`: what is bought or merged with is a firm
# (not `bought by`, `bid by`: a buyer may be a person).
_FIRM_OBJECT = re.compile(r"\b(?:to acquire|to buy out|acquisition of|takeover of|merger with|merge with|"
                          r"tender offer for|takeover bid for) $")
_FIRM_OBJECT_ENDS = (" of ", " with ", " for ", " acquire ", " out ")
# `Kowal Dorval's board`, `Kowal Dorval's subsidiary`: what only a firm has (not `shares` nor `stake`,
# which a person holds).
_FIRM_HAS = re.compile(r" (?:board|directors|shareholders|stockholders|subsidiary|subsidiaries|unit|units)\b")
# `underwriters are Kowal Dorval and Brannick Hart`, `managed by Kowal Dorval, Brannick Hart and …`:
# the names a syndicate of underwriters lists are its banks and brokers.
# (A manager of a team is a person: `lead managers are` only.)
_UNDERWRITERS = re.compile(r"(?:[Uu]nderwriters?|\bunderwritten by|\bmanaged by|lead managers? (?=are|is|were|was)"
                           r"|[Cc]o-managers?)"
                           r"(?: ?(?:are|is|were|was|include|included|will be))?:? "
                           r"(?:[A-Z][\w.'&-]*(?:,| and|, and)? )*$")
# ... or the list before what it did: `Kowal Dorval, Brannick Hart and Co Nowak co-managed the offering`.
_UNDERWRITERS_AFTER = re.compile(r"(?:(?:,| and|, and) [A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}){0,8},? (?:will |are |were )?"
                                 r"(?:co-managed|co-manage|co-managing|underwrote|underwrite|underwriting)\b"
                                 r"|(?:(?:,| and|, and) [A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4}){0,8} managed the "
                                 r"(?:deal|offering|issue|sale|placement)\b")


# `Jan Kowal of Hollis Marten said`, `an analyst with Hollis Marten`: the employer after its employee.
_HOLDER_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+) ([A-Z][a-z'’]+)|\b([a-z]+)) (?:of|with|at) $")
_CLAUSE_AFTER = re.compile(r"(?: said\b|[,.]|\s*$)")
_HOLDER_ENDS = tuple(f" {word} {end}" for word in ("of", "with", "at") for end in ("", "\n"))


def _is_legal_form(word: str) -> bool:
    return word in _LEGAL_FORMS or "." in word and word.replace(".", "").upper() in _DOTLESS_FORMS


def _is_joint_nationality(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in _JOINT_FORMS | keys("places") and parts[1] in keys("places")


def _employer_after_holder(run: Candidate) -> bool:
    if not run.before.endswith(_HOLDER_ENDS):  # most runs: searching the text before them costs more
        return False
    found = _HOLDER_BEFORE.search(run.before[-40:])
    if not found or not _CLAUSE_AFTER.match(run.after):
        return False
    if found.group(3):
        return found.group(3) in keys("firm_offices")
    # Not an office, a body or a place before `of`: `Minister of Finance`, `Bank of Japan`.
    return not any(casefold(w) in keys(lexicon) for w in found.group(1, 2)
                   for lexicon in ("titles", "organisations", "places", "common_words"))


def _office_in_firm(after: str) -> bool:
    """`Kowal Nowak analyst Jan Petrov`: an office of a firm, then its holder's name."""
    word = _WORD_AFTER.match(after)
    return bool(word) and word.group(1) in keys("firm_offices") and after[word.end() : word.end() + 2].strip()[:1].isupper()


# Vietnamese legal forms (of `legal_forms.txt`), written in capitals: before the run, the form, a capitalised
# kind of business perhaps (`Thủy sản`), then lower-case words: what the firm does.
_VN_LEGAL_FORMS = frozenset({"tnhh", "tmcp", "cp", "ctcp", "mtv"})  # `CTCP`: `Công ty cổ phần` written short
_VN_LEGAL_FORM_BEFORE = re.compile(r"\b(?:TNHH|TMCP|CP|CTCP|MTV)(?: [A-ZĐ][^\W\d_]*)?((?: [a-zà-ỹđ]+)*) $")
_JOINS_ANOTHER = _TAKES_A_PERSON | {"do", "và", "là", "hay", "hoặc", "gồm", "như", "tại", "ở"}


def _after_legal_form(before: str) -> bool:
    """`Công ty TNHH thủy sản Kowal`, not `Công ty TNHH Kowal do Lê Văn Dorval`: after a Vietnamese legal
    form and the words of its trade, with no word between that joins another name."""
    if "TNHH" not in before and "CP" not in before and "MTV" not in before:  # most runs: a cheap test first
        return False
    found = _VN_LEGAL_FORM_BEFORE.search(before)
    return found is not None and _JOINS_ANOTHER.isdisjoint(found.group(1).split())


# Tests of `_RULES` (rules.py) that read the patterns above, in the table's order.

def _company_form_after(run: Candidate) -> bool:
    return bool(_COMPANY_FORM.match(run.after))


def _market_move(run: Candidate) -> bool:
    return not run.owner and bool(_MARKET_MOVE.match(run.after))


def _partners_after(run: Candidate) -> bool:
    return bool(_FIRM_PARTNERS.match(run.after))


def _partner_and_form_after(run: Candidate) -> bool:
    return bool(_PARTNER_AND_FORM.match(run.after))


def _in_firm_list(run: Candidate) -> bool:
    return not run.front and bool(run.before.endswith(_FIRM_BEFORE_ENDS) and _FIRM_BEFORE.search(run.before[-30:])
                                  or run.after.startswith((",", " and ")) and _FIRM_NEXT.match(run.after))


def _ticker(run: Candidate) -> bool:
    return run.before.endswith("<") or bool(_TICKER_AFTER.match(run.after))


def _after_elided_head(run: Candidate) -> bool:
    return run.tokens[0] in _PARTICLES and bool(_ELIDED_ARTICLE.search(run.before))


def _body_of(run: Candidate) -> bool:
    return (run.before.endswith(_BODY_BEFORE_ENDS) and (found := _BODY_BEFORE.search(run.before[-30:])) is not None
            and found.group(1).casefold() in keys("bodies"))


def _form_after_insert(run: Candidate) -> bool:
    return (run.after[:2] == " (" or run.after[1:2].isupper()) and bool(_FORM_AFTER_INSERT.match(run.after))


def _after_romance_head(run: Candidate) -> bool:
    return run.before.endswith(_ROMANCE_ENDS) and bool(_ROMANCE_HEAD_BEFORE.search(run.before))


def _firm_object(run: Candidate) -> bool:
    return not run.owner and run.before.endswith(_FIRM_OBJECT_ENDS) and bool(_FIRM_OBJECT.search(run.before))


def _firm_has(run: Candidate) -> bool:
    return run.owner and bool(_FIRM_HAS.match(run.after))


def _underwriter(run: Candidate) -> bool:
    return not run.front and (("nder" in run.before or "anage" in run.before) and bool(_UNDERWRITERS.search(run.before))
                              or ("nder" in run.after or "anage" in run.after) and bool(_UNDERWRITERS_AFTER.match(run.after)))
