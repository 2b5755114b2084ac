"""Safe Markdown: article text escaped so that it can only ever be text, and front matter through YAML."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from ..model import Person
from . import paths

# Characters with a meaning in Markdown, in HTML or in the extensions this site enables (see
# mkdocs.yml), written as character references: the parser treats a reference as a plain character,
# and the browser shows the character itself. `&`, `<`, `>` stop HTML; the rest stop emphasis,
# links, images, code, tables, attribute lists and Jinja-like `{{ }}`. Every reference costs the
# Markdown parser time, so characters that matter only at the start of a line are escaped only there.
_EVERYWHERE = {c: f"&#{ord(c)};" for c in "&<>\\`*_{}[]|~#"}
_ESCAPE = re.compile("|".join(re.escape(c) for c in _EVERYWHERE))
# Only at the start of a line: list markers, numbered lists (`1.`, `1)`), rules and headings (`=`),
# admonitions (`!!! danger`).
_LINE_START = re.compile(r"^(?:\d+)?[-+.)=]|^!")


def escape_text(text: str) -> str:
    """Markdown for `text` that renders exactly as `text`, inert; lines become line breaks."""
    lines = []
    for line in text.split("\n"):
        line = _ESCAPE.sub(lambda m: _EVERYWHERE[m.group()], " ".join(line.split()))
        lines.append(_LINE_START.sub(_escape_line_start, line))
    return "<br>\n".join(lines)


def _escape_line_start(match: re.Match) -> str:
    token = match.group()
    return token[:-1] + f"&#{ord(token[-1])};"


# An article's paragraphs, captions and related headlines, written as HTML with the opening and
# closing tags on lines of their own: the Markdown parser passes each block through whole
# (passthrough.py), so its cost is linear in its length whatever it holds (as Markdown, each line
# break and escaped character was a step that copied the rest of the paragraph: 200,000 short lines
# took twenty minutes).
PARAGRAPH_OPEN = "<p>"
CAPTION_OPEN = '<p class="archive-caption">'
RELATED_OPEN = '<div class="admonition related">'
BYLINE_OPEN = '<p class="archive-byline">'
DATELINE_OPEN = '<p class="archive-date">'
TEXT_BLOCKS = {PARAGRAPH_OPEN: "</p>", CAPTION_OPEN: "</p>", RELATED_OPEN: "</div>", BYLINE_OPEN: "</p>", DATELINE_OPEN: "</p>"}


def html_text(text: str) -> str:
    """HTML that shows exactly `text`, inert; lines become line breaks."""
    return "<br>\n".join(html.escape(" ".join(line.split()), quote=False) for line in text.split("\n"))


def html_block(opening: str, inner: str) -> str:
    """One of TEXT_BLOCKS around `inner` (HTML), as the passthrough extension knows it."""
    return f"{opening}\n{inner}\n{TEXT_BLOCKS[opening]}\n"


# The first line of every generated page: tells people not to edit it, and tells the writer the
# file is its own to replace or remove.
GENERATED_MARK = "---\n# Generated from the articles folder: edit the article or people.yml, not this page.\n"


# Keys themes print into the HTML as they are (Material and Zensical alike): their `<`, `>` and `&`
# are kept as character references in the front matter, so that a title like `</title><script>` is
# text on every page and in every theme. The description and the author go into attributes
# (`<meta name="author" content="…">`): quotes too.
THEME_PRINTED = {"title": False, "description": True, "author": True}


def for_themes(meta: dict) -> dict:
    """The front matter as written: keys that themes print, HTML-escaped; `html.unescape` reverses it."""
    return {
        key: html.escape(value, quote=THEME_PRINTED[key]) if key in THEME_PRINTED and isinstance(value, str) else value
        for key, value in meta.items()
    }


# A theme's own search index (Zensical builds one; MkDocs, without Material's search plugin, none) holds
# nothing: the archive's own index (search_index.py) holds the articles instead.
SEARCH_EXCLUDED = {"search": {"exclude": True}}


def front_matter(meta: dict) -> str:
    """YAML front matter written by the YAML library: any title round-trips, quotes and all."""
    meta = for_themes(meta) | SEARCH_EXCLUDED
    body = _dump(meta, allow_unicode=True)
    if any(mark in body for mark in _YAML_LINE_BREAKS):
        # YAML reads these as line breaks even inside quotes: escape them, and the text round-trips.
        body = _dump(meta, allow_unicode=False)
    return f"{GENERATED_MARK}{body}---\n"


_YAML_LINE_BREAKS = ("\x85", "\u2028", "\u2029")


# libyaml's emitter when the YAML package was built with it: the same output, many times faster.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(meta: dict, allow_unicode: bool) -> str:
    node = _node(meta, set())
    if node is None:  # a value the nodes below do not make: the library's representer, as it always did
        return yaml.dump(
            meta, Dumper=_DUMPER, allow_unicode=allow_unicode, sort_keys=False, width=10_000, default_flow_style=False
        )
    return yaml.serialize(node, Dumper=_DUMPER, allow_unicode=allow_unicode, width=10_000)


_TAG = "tag:yaml.org,2002:"


def _node(value: object, containers: set[int]):
    """The node PyYAML's safe representer makes of `value` (with `sort_keys` and `default_flow_style`
    off), made without its dispatch on every value: a quarter of rendering an archive's pages went
    there. None where it would make another: a type other than text, whole numbers, booleans, None,
    lists and mappings, or a list or mapping met twice (it would write an alias)."""
    kind = type(value)
    if kind is str:
        return ScalarNode(_TAG + "str", value)
    if kind is bool:
        return ScalarNode(_TAG + "bool", "true" if value else "false")
    if kind is int:
        return ScalarNode(_TAG + "int", str(value))
    if value is None:
        return ScalarNode(_TAG + "null", "null")
    if kind is not list and kind is not dict or id(value) in containers:
        return None
    containers.add(id(value))
    if kind is list:
        items = [_node(item, containers) for item in value]
        return None if any(item is None for item in items) else SequenceNode(_TAG + "seq", items, flow_style=False)
    pairs = [(_node(key, containers), _node(item, containers)) for key, item in value.items()]
    if any(key is None or item is None for key, item in pairs):
        return None
    return MappingNode(_TAG + "map", pairs, flow_style=False)


def link(text: str, source: str, target: str, attributes: str = "") -> str:
    """A Markdown link from page `source` to page `target` (both relative to docs/), text escaped;
    `attributes` are the generator's own (attr_list), never article text."""
    return f"[{escape_text(text)}]({relative_path(source, target)})" + (f"{{ {attributes} }}" if attributes else "")


def relative_path(source: str, target: str) -> str:
    """`target` as seen from the page `source`, both relative to docs/ (posixpath.relpath, without
    its look-ups of the working directory, which a large archive calls hundreds of thousands of times,
    each pair of pages once: it is the pair of folders that repeats)."""
    # The target's own name is never a shared folder, even when a folder of the source bears it.
    here, in_folder, _ = source.rpartition("/")
    there, to_folder, name = target.rpartition("/")
    return _way(here if in_folder else None, there if to_folder else None) + name


@lru_cache(maxsize=1 << 12)
def _way(here: str | None, there: str | None) -> str:
    """The way from folder `here` to folder `there` (relative to docs/, None for docs/ itself), with a
    slash after each step."""
    return "".join(f"{step}/" for step in _steps(here.split("/") if here is not None else [],
                                                 there.split("/") if there is not None else []))


@lru_cache(maxsize=1 << 16)
def page_href(source: str, target: str) -> str:
    """The URL of page `target` relative to the URL of page `source` (both paths under docs/), as
    MkDocs gives pages their own folder (`people/x.md` is served as `people/x/`)."""
    return href_from(url_parts(source), target)


def href_from(here: tuple[str, ...], target: str) -> str:
    """`page_href` from the page whose URL's parts are `here` (`url_parts`): a page links to hundreds."""
    steps = _steps(here, url_parts(target))
    return "/".join(steps) + "/" if steps else "./"


@lru_cache(maxsize=1 << 16)
def url_parts(page: str) -> tuple[str, ...]:
    """The parts of the URL MkDocs serves page `page` at: `people/x.md` -> (`people`, `x`)."""
    return tuple(part for part in paths.url(page).split("/") if part)


def _steps(here: Sequence[str], there: Sequence[str]) -> list[str]:
    """The way from folder `here` to folder `there`: up out of what they do not share, then down."""
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return [".."] * (len(here) - common) + list(there[common:])


def html_link(text: str, source: str, target: str) -> str:
    """The same link as `link`, as HTML: long lists are written as HTML, which the Markdown parser
    passes through whole. Like a Markdown link it names the page's file, relative to this page's
    file: Zensical turns such links into page addresses itself, the archive plugin does for MkDocs."""
    return f'<a href="{relative_path(source, target)}">{html.escape(text, quote=False)}</a>'


def html_person(person: Person, source: str) -> str:
    """A person's name as HTML: a link to their page, or the name alone in a span when they have none."""
    page = paths.person_page(person)
    if page:
        return html_link(person.name, source, page)
    return f"<span>{html.escape(person.name, quote=False)}</span>"


def person_link(person: Person, source: str) -> str:
    """The same as `html_person`, as Markdown: a link, or the name as text."""
    page = paths.person_page(person)
    return link(person.name, source, page) if page else escape_text(person.name)
