"""The generator's pages made HTML without Python-Markdown, byte for byte as Python-Markdown makes them.

MkDocs builds a new Markdown converter, all extensions and all, for every page, and most of a generated
page is HTML the passthrough extension hands through whole: at 10,000 articles that was a third of
MkDocs' time. The generator writes Markdown of a few known shapes (render/): blocks passed through,
headings, paragraphs of escaped text, bold labels and links, lists of links, attribute lists, rows of
links in `<nav>`. `GeneratedPage.render` reads those shapes and writes what Markdown would, with the
table of contents, the title and the anchors MkDocs takes from Markdown; a page with anything else, or
a site whose Markdown extensions differ from the ones these shapes were checked against, goes through
Markdown as before. tests/test_fast_pages.py builds sites both ways and compares every file.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

from markdown.extensions.toc import nest_toc_tokens, slugify, unique
from markdown.serializers import _escape_attrib_html
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page, _HTMLHandler, _RelativePathTreeprocessor
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_date, get_relative_url

from .addresses import MD_HREF
from .passthrough import BLOCKS
from .render.listing import PEOPLE_LINE_CLOSE, PEOPLE_LINE_OPEN
from .render.markdown import href_from, url_parts

# The Markdown set-up the shapes were checked against (mkdocs.yml; MkDocs puts its three first).
EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "admonition", "md_in_html", "generator.passthrough"]
EXTENSION_CONFIGS = {"toc": {"permalink": False}}

# Anything Markdown's whitespace pass would change, and the marks of its own placeholders; and fences.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029]")
_FENCES = ("```", "~~~")
_SPACES_LINE = re.compile(r"\n +(?:\n|$)")  # made empty by Markdown's whitespace pass
# Lines that may start a block of their own inside a paragraph (headings, lists, quotes, rules,
# setext underlines, admonitions, tables, code), or HTML.
_BLOCK_START = re.compile(r"[#>=+_|!<\-]|\*(?!\*[^\s*])|\d+[.)]|\s")
_HEADING = re.compile(r"(#{1,6}) (\S(?:.*\S)?)$")
_HEADING_ID = re.compile(r"(.*\S) \{ #([a-z0-9][a-z0-9_-]*) \}$")
_ATTRIBUTES = re.compile(r"\{ ((?:\.[a-z][a-z0-9_-]*|data-[a-z0-9-]+)(?: (?:\.[a-z][a-z0-9_-]*|data-[a-z0-9-]+))*) \}$")
_NAV = re.compile(r'<nav(?: (?!markdown=)[a-z-]+="[^"<>&]*")*>$')  # md_in_html reads a `markdown` one
# Inline Markdown the generator writes: character references, bold labels, links to files, and a few
# tags of its own (`<time>`, `<br>`). Between them, text with no mark Markdown reads.
_INLINE = re.compile(
    r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z0-9]+);"
    r"|\*\*(?P<strong>[^\s*_`\\\[\]<>&{}|](?:[^*_`\\\[\]<>&{}|\n]*[^\s*_`\\\[\]<>&{}|])?)\*\*"
    r"|\[(?P<text>[^\s\[\]*_`\\<>{}|](?:[^\[\]*_`\\<>{}|\n]*[^\s\[\]*_`\\<>{}|])?)\]\((?P<url>[A-Za-z0-9._/-]+(?:#[A-Za-z0-9_-]+)?)\)"
    r'|<(?:/(?:time|span)|br|(?:time|span)(?: [a-z-]+(?:="[^"<>&|]*")?)*)>'
)
_PLAIN = re.compile(r"[^&<>*_`\\\[\]{}|]*")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z0-9]+);")
# Where a link's address and a heading's id go once known (the page's Markdown has no such characters).
_LINK = "\x00{}\x00"
_LINK_MARK = re.compile("\x00([0-9]+)\x00")
# A page address of plain segments (the generator's slugs): joined to the site's address as text.
_PLAIN_URL = re.compile(r"(?:[a-z0-9][a-z0-9._~-]*/)*(?:[a-z0-9][a-z0-9._~-]*)?", re.IGNORECASE)
_HEADING_ANCHOR = "\x01{}\x01"
_HEADING_MARK = re.compile("\x01([0-9]+)\x01")


class _NotOurs(Exception):
    """A shape the fast path does not know: the page goes through Markdown."""


class _Heading(NamedTuple):
    level: int
    text: str  # inner HTML: text and character references
    id: str | None  # given in the Markdown


class GeneratedPage(Page):
    """A page of the generator's: rendered without Markdown when its Markdown is of a known shape."""

    addressed = False  # its raw HTML's `.md` links are page addresses already
    _raw_lines: list[str] | None = None
    _tree_ids: set[str] | None = None
    _anchor_ids: set[str] | None = None

    def _set_canonical_url(self, base: str | None) -> None:
        # MkDocs joins and splits the address anew for each of the thousands of pages, on every build
        # under `mkdocs serve`; a plain relative address joins as text, to the same.
        url = self.url
        if not base or not _PLAIN_URL.fullmatch(url):
            return super()._set_canonical_url(base)
        base = base if base.endswith("/") else base + "/"
        self.canonical_url, self.abs_url = base + url, _path_of(base) + url

    def render(self, config, files) -> None:
        self.addressed = False
        if config.markdown_extensions != EXTENSIONS or config.mdx_configs != EXTENSION_CONFIGS:
            return super().render(config, files)
        addresses = _addresses_of(files)
        try:
            blocks, headings, links, raw_lines = _read(self.markdown)
            content = addresses.html_links("\n".join(blocks).strip(), self.file)
        except _NotOurs:
            return super().render(config, files)
        # Past here nothing falls back: MkDocs' resolving of the Markdown links may log, as in Markdown.
        relative = _RelativePathTreeprocessor(self.file, files, config)
        urls = [_escape_attrib_html(addresses.markdown_link(relative, url)) for url in links]
        tokens, ids = _toc(headings)
        anchors = [f' id="{_escape_attrib_html(token["id"])}"' for token in tokens]
        content = _HEADING_MARK.sub(lambda m: anchors[int(m.group(1))], content)
        self.content = _LINK_MARK.sub(lambda m: urls[int(m.group(1))], content)
        # Markdown takes the title from an h1 that is the page's first element.
        self._title_from_render = tokens[0]["name"] if content.startswith("<h1 ") else None
        self.toc = get_toc(nest_toc_tokens(tokens))
        self._raw_lines, self._tree_ids = raw_lines, ids
        if mkdocs_pages.log.getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = relative.links_to_anchors
        self.addressed = True

    @property
    def present_anchor_ids(self) -> set[str] | None:
        """The ids on the page (MkDocs checks links to its anchors): those Markdown's tree would have,
        and those of raw HTML outside the passed-through blocks, read as MkDocs reads them. Worked out
        when asked for, which is seldom."""
        if self._raw_lines is not None:
            parser = _HTMLHandler()
            parser.feed("\n".join(self._raw_lines))
            parser.close()
            self._anchor_ids, self._raw_lines = self._tree_ids | parser.present_anchor_ids, None
        return self._anchor_ids

    @present_anchor_ids.setter
    def present_anchor_ids(self, value: set[str] | None) -> None:
        self._raw_lines, self._anchor_ids = None, value


@lru_cache(maxsize=4)
def _path_of(base: str) -> str:
    return urlsplit(base).path


def adopt(files, config) -> None:
    """Give the generator's pages a GeneratedPage, before MkDocs makes them plain ones. Those that
    mkdocs.yml's `nav` names are left to MkDocs, which gives them the titles it names them by."""
    named = {posixpath.normpath(path) for path in _nav_paths(config.nav)}
    # Each page reads the clock and the environment for the build's date (SOURCE_DATE_EPOCH): read
    # once for the thousands made here, on every save under `mkdocs serve`.
    date, each_time = get_build_date(), mkdocs_pages.get_build_date
    mkdocs_pages.get_build_date = lambda: date
    try:
        for file in files.documentation_pages(inclusion=lambda _: True):
            if file.generated_by and file.page is None and file.src_uri not in named:
                GeneratedPage(None, file, config)
    finally:
        mkdocs_pages.get_build_date = each_time


def _nav_paths(item) -> list[str]:
    if isinstance(item, str):
        return [item]
    if isinstance(item, dict):
        return [path for value in item.values() for path in _nav_paths(value)]
    if isinstance(item, list):
        return [path for value in item for path in _nav_paths(value)]
    return []


def _read(markdown: str) -> tuple[list[str], list[_Heading], list[str], list[str]]:
    """The page's HTML blocks (links to files as placeholders), its headings, the links, and the lines
    Markdown's raw-HTML reader would see (the passed-through blocks aside)."""
    if _UNSAFE.search(markdown) or any(fence in markdown for fence in _FENCES):
        raise _NotOurs
    if "\n " in markdown and _SPACES_LINE.search(markdown):
        raise _NotOurs
    lines = markdown.split("\n")
    blocks: list[str] = []
    headings: list[_Heading] = []
    links: list[str] = []
    raw_lines: list[str] = []
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        if not line:
            index += 1
            continue
        if line in BLOCKS:  # handed through whole by the passthrough extension
            end = _close(lines, index, BLOCKS[line])
            blocks.append("\n".join(lines[index : end + 1]))
            index = end + 1
            continue
        if line.startswith(PEOPLE_LINE_OPEN) and line.endswith(PEOPLE_LINE_CLOSE):
            blocks.append(line)
            index += 1
            continue
        end = index
        while end < count and lines[end]:
            if end > index and (lines[end] in BLOCKS or lines[end].startswith(PEOPLE_LINE_OPEN)):
                raise _NotOurs  # a passed-through block glued to the text before it
            end += 1
        block = lines[index:end]
        raw_lines += block
        blocks.append(_block(block, headings, links))
        index = end
    return blocks, headings, links, raw_lines


def _close(lines: list[str], start: int, close: str) -> int:
    try:
        return lines.index(close, start + 1)
    except ValueError:
        raise _NotOurs from None  # left open: Markdown reads it as written


def _block(lines: list[str], headings: list[_Heading], links: list[str]) -> str:
    first = lines[0]
    if first.startswith("#"):
        match = _HEADING.match(first)
        if len(lines) > 1 or not match or match.group(2).endswith("#"):
            raise _NotOurs
        text, given = match.group(2), None
        if given_id := _HEADING_ID.match(text):
            text, given = given_id.groups()
        level = len(match.group(1))
        inner = _inline(text, links)
        if "<" in inner or "\x00" in inner:
            raise _NotOurs
        headings.append(_Heading(level, inner, given))
        return f"<h{level}{_HEADING_ANCHOR.format(len(headings) - 1)}>{inner}</h{level}>"
    if first.startswith("<nav"):
        # Raw HTML, which Markdown's HTML reader hands on as written, with a blank line after.
        if not _NAV.match(first) or lines[-1] != "</nav>" or any("<nav" in line or "</nav" in line for line in lines[1:-1]):
            raise _NotOurs
        return "\n".join(lines) + "\n"
    if first.startswith("- "):
        items = []
        for line in lines:
            if not line.startswith("- ") or _BLOCK_START.match(line, 2) or line != line.rstrip():
                raise _NotOurs
            items.append(f"<li>{_inline(line[2:], links)}</li>")
        return "<ul>\n" + "\n".join(items) + "\n</ul>"
    attributes = ""
    if len(lines) > 1 and lines[-1].startswith("{"):
        match = _ATTRIBUTES.match(lines[-1])
        if not match:
            raise _NotOurs
        attributes = _attributes(match.group(1).split(" "))
        lines = lines[:-1]
    for line in lines:
        if _BLOCK_START.match(line) or line != line.rstrip():
            raise _NotOurs
    return f"<p{attributes}>{_inline(chr(10).join(lines), links)}</p>"


def _attributes(words: list[str]) -> str:
    """An attribute list's classes and valueless `data-` attributes, in the order Markdown writes them."""
    classes = [word[1:] for word in words if word.startswith(".")]
    named = {word: None for word in words if not word.startswith(".")}
    pairs = sorted([*(("class", " ".join(classes)),) * bool(classes), *((name, None) for name in named)])
    return "".join(f' {name}="{value}"' if value is not None else f" {name}" for name, value in pairs)


def _inline(text: str, links: list[str]) -> str:
    """The inline Markdown the generator writes, as HTML; links to files as placeholders."""
    out, position = [], 0
    for match in _INLINE.finditer(text):
        out += [_plain(text, position, match.start()), _token(match, links)]
        position = match.end()
    out.append(_plain(text, position, len(text)))
    return "".join(out)


def _plain(text: str, start: int, end: int) -> str:
    if _PLAIN.match(text, start, end).end() != end:
        raise _NotOurs
    return text[start:end]


def _token(match: re.Match, links: list[str]) -> str:
    if (strong := match.group("strong")) is not None:
        return f"<strong>{strong}</strong>"
    if (label := match.group("text")) is not None:
        if _PLAIN.fullmatch(_REFERENCE.sub("", label)) is None:
            raise _NotOurs
        links.append(match.group("url"))
        return f'<a href="{_LINK.format(len(links) - 1)}">{label}</a>'
    return match.group(0)  # a character reference or a tag of the generator's, as written


def _toc(headings: list[_Heading]) -> tuple[list[dict], set[str]]:
    """The table of contents Markdown's toc extension makes, and the ids of the page's headings."""
    used = {heading.id for heading in headings if heading.id}
    counters: dict[str, int] = {}
    tokens = []
    for heading in headings:
        name = " ".join(heading.text.split())
        anchor = heading.id or unique(_slug(name), used, counters)
        tokens.append({"level": heading.level, "id": anchor, "name": name, "html": heading.text, "data-toc-label": ""})
    return tokens, used


@lru_cache(maxsize=1 << 14)
def _slug(name: str) -> str:
    """The toc extension's id for a heading (before it is made unique): a month's heading is on
    thousands of pages."""
    return slugify(html.unescape(name), "-")


class _Addresses:
    """Where the `.md` links of raw HTML lead, as `addresses.md_links_to_urls` finds it: remembered by
    folder, since thousands of pages in one folder link to the same people."""

    def __init__(self, files) -> None:
        self.files = files
        self.targets: dict[tuple[str, str], str] = {}
        self.pages: dict[tuple[str, str], File | None] = {}

    def markdown_link(self, relative: _RelativePathTreeprocessor, url: str) -> str:
        """MkDocs' address for a Markdown link (`path_to_url`). A link to a page built here, without
        anchor, is the page's address relative to this one's, as there; MkDocs is asked the rest (it
        notes anchors, and logs a page missing or left out)."""
        source = relative.file.src_uri
        key = (posixpath.dirname(source), url)
        if key not in self.pages:
            page = None
            if "#" not in url and not url.startswith("/"):
                page = self.files.src_uris.get(relative._target_uri(source, url))
            self.pages[key] = page if page is not None and not page.inclusion.is_excluded() else None
        page = self.pages[key]
        if page is None:
            return relative.path_to_url(url)
        return urlunsplit(("", "", get_relative_url(page.url, relative.file.url), "", ""))

    def target(self, folder: str, link: str) -> str:
        key = (folder, link)
        if key not in self.targets:
            # Normalised already: the look-up `get_file_from_path` makes, without its PurePath.
            target = posixpath.normpath(posixpath.join(folder, link))
            if target not in self.files.src_uris:
                raise _NotOurs  # Markdown's route warns of it
            self.targets[key] = target
        return self.targets[key]

    def html_links(self, content: str, file) -> str:
        folder, here = posixpath.dirname(file.src_uri), url_parts(file.src_uri)

        def address(match: re.Match) -> str:
            return f'href="{href_from(here, self.target(folder, match.group(1)))}{match.group(2) or ""}"'

        return MD_HREF.sub(address, content)


_current: list[_Addresses] = []  # those of the build under way


def _addresses_of(files) -> _Addresses:
    if not _current or _current[0].files is not files:
        _current[:] = [_Addresses(files)]
    return _current[0]
