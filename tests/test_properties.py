"""Property-based tests: any Unicode text survives reading and rendering unchanged, and stays inert."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.read.decode import decode
from generator.read.plain import parse_plain
from generator.render.markdown import escape_text, front_matter

# MkDocs always adds toc, tables and fenced_code; mkdocs.yml adds the rest.
EXTENSIONS = ["toc", "tables", "fenced_code"] + [
    next(iter(e)) if isinstance(e, dict) else e
    for e in yaml.safe_load((Path(__file__).parent.parent / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]
]
# Text as articles hold it: any printable character, Markdown and HTML syntax included, spaces and newlines.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")),
        st.sampled_from(list("<>&\"'`*_[](){}#|~^=$:!-+.\\ \n")),
    ),
    min_size=1,
    max_size=200,
)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text))


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_renders_as_itself_and_nothing_else(text):
    line = " ".join(text.split())
    rendered = markdown.markdown(escape_text(line), extensions=EXTENSIONS)
    page = _Html()
    page.feed(rendered)
    assert page.tags <= {"p"}
    assert " ".join("".join(page.text).split()) == line


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_reading_keeps_every_word_in_order(text):
    if not text.strip() or re.match(r"\s*date\b", text, re.IGNORECASE):
        return  # empty files are errors, and a leading `date` is a header: both tested elsewhere
    decoded = decode(text.encode("utf-8"), "p.txt")
    if decoded.repaired:  # text that reads as UTF-8 once read as Latin-1 is repaired, and that is reported
        assert decoded.repaired.line >= 1 and decoded.text != text
        return
    raw = parse_plain(decoded.text, "p.txt")
    assert _words(" ".join(raw.paragraphs)) == _words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120))
def test_any_title_round_trips_through_front_matter(title):
    text = front_matter({"title": title, "people": [title]})
    loaded = yaml.safe_load(text.split("---\n", 2)[1])
    assert loaded["people"] == [title]
    # Themes print the title as HTML: it is stored escaped, and unescaping gives it back.
    assert html.unescape(loaded["title"]) == title
    assert "<" not in loaded["title"]
