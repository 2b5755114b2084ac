"""A Markdown extension (`generator.passthrough` in mkdocs.yml): the lists of articles and people, a
person's chart, the line of an article's people, its paragraphs, captions and related headlines, and
its block of related stories, which the generator writes as HTML, pass through the Markdown parser
untouched.

Python-Markdown reads every raw HTML block with its HTML parser to find where it ends; on the index
pages, which are mostly such lists, that was half of the conversion time. These blocks are known
exactly (one opening line, one closing line, escaped text between), so they are handed to the
parser's store of raw HTML as they are. Text from an article can never start such a line: its `<`
is written `&lt;`. Without the extension the pages convert to the same HTML, only slower.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from .render.chart import CHART_CLOSE, CHART_OPEN
from .render.listing import FURTHER_CLOSE, FURTHER_OPEN, LIST_CLOSE, LIST_OPEN, PEOPLE_LINE_CLOSE, PEOPLE_LINE_OPEN
from .render.markdown import TEXT_BLOCKS

# The blocks' first lines, and the line that ends each: the first one reached opens a block, so a
# list inside the block of related stories goes with it.
BLOCKS = {LIST_OPEN: LIST_CLOSE, FURTHER_OPEN: FURTHER_CLOSE, CHART_OPEN: CHART_CLOSE, **TEXT_BLOCKS}


class _PassThrough(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        block: list[str] | None = None
        close = ""
        for line in lines:
            if block is None:
                if line in BLOCKS:
                    block, close = [line], BLOCKS[line]
                elif line.startswith(PEOPLE_LINE_OPEN) and line.endswith(PEOPLE_LINE_CLOSE):
                    result += [self.md.htmlStash.store(line), ""]
                else:
                    result.append(line)
            else:
                block.append(line)
                if line == close:
                    result += [self.md.htmlStash.store("\n".join(block)), ""]
                    block = None
        # A list left open is not one of ours: it goes on to the parser as written.
        return result + (block or [])


class PassThroughExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before the parser's own raw-HTML reader (priority 20), after whitespace is normalised (30).
        md.preprocessors.register(_PassThrough(md), "archive_passthrough", 25)


def makeExtension(**kwargs) -> PassThroughExtension:  # noqa: N802 (the name Markdown looks for)
    return PassThroughExtension(**kwargs)
