"""The Markdown extension that passes the generator's HTML lists through: same HTML, less work."""

from __future__ import annotations

import re

import markdown

from generator.index import build_archive
from generator.model import ArticleDate
from generator.passthrough import PassThroughExtension
from generator.render import render_site
from tests.test_render import _article

EXTENSIONS = ["toc", "attr_list", "admonition", "md_in_html"]


def convert(text: str, passthrough: bool) -> str:
    body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
    html = markdown.Markdown(extensions=EXTENSIONS + ([PassThroughExtension()] if passthrough else [])).convert(body)
    return re.sub(r"\n+", "\n", html)


def test_every_generated_page_converts_to_the_same_html():
    articles = [_article(f"a{n}", ArticleDate(2024, 3, 1 + n), ["Joe Biden", "Lê <b>Văn</b> A"], title=f"*Tin* </ul> {n}")
                for n in range(5)]
    pages = [p for p in render_site(build_archive(articles), "vi", "Kho", 5).pages if p.path.suffix == ".md"]
    assert any('<ul class="archive-list">' in p.content for p in pages)
    assert any('<figure class="archive-timeline">' in p.content for p in pages)
    for page in pages:
        assert convert(page.content, True) == convert(page.content, False), page.path


def test_a_list_left_open_goes_to_the_parser_as_written():
    text = 'Trước\n\n<ul class="archive-list">\n<li>*một*</li>\n\nSau *đó*'
    assert convert(text, True) == convert(text, False)


def test_the_list_reaches_the_parser_as_one_stored_block():
    md = markdown.Markdown(extensions=[PassThroughExtension()])
    lines = ["Trước", "", '<ul class="archive-list">', "<li>một</li>", "<li>hai</li>", "</ul>", "", "Sau"]
    out = md.preprocessors["archive_passthrough"].run(lines)
    assert out[0:2] == ["Trước", ""] and out[-2:] == ["", "Sau"] and len(out) == 6
    assert md.htmlStash.rawHtmlBlocks == ['<ul class="archive-list">\n<li>một</li>\n<li>hai</li>\n</ul>']


def test_an_articles_people_line_is_one_stored_block():
    md = markdown.Markdown(extensions=[PassThroughExtension()])
    line = '<p class="archive-people"><strong>Nhân vật:</strong> <a href="../a.md">A</a></p>'
    out = md.preprocessors["archive_passthrough"].run(["Trước", "", line, "", "*Sau*"])
    assert line not in out and md.htmlStash.rawHtmlBlocks == [line]
    assert convert(f"Trước\n\n{line}\n\n*Sau*", True) == convert(f"Trước\n\n{line}\n\n*Sau*", False)


def test_the_block_of_related_stories_goes_whole_with_its_list():
    articles = [_article(f"a{n}", ArticleDate(2024, 3, 1 + n), ["Joe Biden"], title=f"*Tin* <{n}>") for n in range(3)]
    page = next(p for p in render_site(build_archive(articles), "vi", "Kho", 5).pages if p.path.as_posix() == "articles/a1.md")
    md = markdown.Markdown(extensions=[PassThroughExtension()])
    md.convert(page.content.split("\n---\n", 1)[1])
    (further,) = [block for block in md.htmlStash.rawHtmlBlocks if block.startswith('<div class="archive-further"')]
    assert '<ul class="archive-list">' in further and further.endswith("</div>")
    assert "Bài trước: <a href=\"a0.md\">*Tin* &lt;0&gt;</a><br>\nBài sau: <a href=\"a2.md\">" in further
