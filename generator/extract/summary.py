"""A short summary: the opening sentences of the body, whole where they fit."""

from __future__ import annotations

from ..model import Kind, Paragraph
from .text import cut_at_word, sentences

SUMMARY_MAX = 300


def extract_summary(paragraphs: tuple[Paragraph, ...]) -> str:
    body = [p.text for p in paragraphs if p.kind is Kind.BODY and p.text] or [paragraphs[0].text or paragraphs[0].credit or ""]
    chosen: list[str] = []
    for sentence in sentences(" ".join(body[0].split())):
        if chosen and len(" ".join([*chosen, sentence])) > SUMMARY_MAX:
            break
        chosen.append(sentence)
    return cut_at_word(" ".join(chosen), SUMMARY_MAX)
