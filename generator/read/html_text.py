"""HTML to paragraphs of text: whole saved pages through trafilatura (main text, no boilerplate
or captions), and fragments (an export's `html` field) block by block."""

from __future__ import annotations

from html.parser import HTMLParser

from ..model import SourceMeta
from .plain import split_paragraphs

_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th", "dd", "dt"}
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head"}
_VOID = {"embed"}  # has no end tag: nothing inside it to drop


def page_to_article(html: str, url: str | None = None) -> tuple[list[str], SourceMeta, str | None]:
    """Paragraphs, metadata and date text (or None) of a saved news page."""
    import trafilatura  # here, not at the top: most archives hold no HTML, and it is slow to load

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False, include_tables=True,
        favor_precision=True,
    )
    if document is None or not (document.text or "").strip():
        return [], SourceMeta(), None
    meta = SourceMeta(title=document.title or None, author=document.author or None, url=document.url or url)
    # trafilatura puts one paragraph on each line.
    paragraphs = [" ".join(line.split()) for line in document.text.split("\n") if line.strip()]
    return paragraphs, meta, document.date or None


def fragment_to_paragraphs(html: str) -> list[str]:
    """The text of HTML, a paragraph per block element; markup, scripts and styles dropped. Read as a
    stream of tags, never as a tree, so that no depth of nesting loses text or recurses."""
    if not html.strip():
        return []
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    return split_paragraphs("".join(reader.chunks))


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.dropped: list[str] = []  # the open elements whose content is not text

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _DROPPED and tag not in _VOID:
            self.dropped.append(tag)
        elif not self.dropped and (tag in _BLOCKS or tag == "br"):
            self.chunks.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.dropped:
            while self.dropped.pop() != tag:
                pass
        elif not self.dropped and tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.chunks.append(data)
