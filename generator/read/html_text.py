"""HTML to paragraphs of text: whole saved pages through trafilatura (main text, no boilerplate
or captions), and fragments (an export's `html` field) block by block."""

from __future__ import annotations

from ..model import SourceMeta
from .plain import split_paragraphs

_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th", "dd", "dt"}
_DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head"}


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
    """The text of an HTML fragment, a paragraph per block element; markup, scripts and styles dropped."""
    if not html.strip():
        return []
    import lxml.html  # here, not at the top: only exports with HTML need it

    root = lxml.html.fragment_fromstring(html, create_parent="div")
    chunks: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROPPED:
            if element.tail:
                chunks.append(element.tail)
            return
        if tag in _BLOCKS or tag == "br":
            chunks.append("\n\n" if tag != "br" else "\n")
        if element.text and tag not in _DROPPED:
            chunks.append(element.text)
        for child in element:
            walk(child)
        if tag in _BLOCKS:
            chunks.append("\n\n")
        if element.tail:
            chunks.append(element.tail)

    walk(root)
    return split_paragraphs("".join(chunks))
