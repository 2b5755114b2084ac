"""CSV exports (a spreadsheet's, a dataset's): one article a row, under a header that names the columns
as JSON Lines records name their fields (`title`, `date`, `text` or `html`, `url`, `author`, `id`; people
separated by `;`); other columns are kept. A bad row is reported with its line; the other rows still build."""

from __future__ import annotations

import csv
import io
from functools import partial

from ..errors import ArticleError
from ..model import Problem, RawArticle
from .jsonl import export_articles, record_from_fields

# A field as long as an article: the csv module's default limit is 128 KB.
csv.field_size_limit(1 << 30)


def parse_csv(text: str, source: str) -> tuple[list[RawArticle], list[Problem]]:
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(rows)]
    except (StopIteration, csv.Error):
        raise ArticleError(source, 1, "no header row", "name the columns in the first row: title, date, text…") from None
    if not {"text", "html"} & set(header):
        raise ArticleError(source, 1, "no `text` or `html` column", "name the column holding each article's text `text`")
    return export_articles(_records(rows, header, source), source, "row", (2, "write one article a row under the header"))


def _records(rows, header: list[str], source: str):
    """Each row's first line and how to read it as an article, or what is wrong with it."""
    line = rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            yield Problem(source, line, f"not a CSV row ({error})", "quote the field and double its quotes")
            line = rows.line_num + 1
            continue
        number, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Problem(source, number, f"{len(row)} columns where the header names {len(header)}; not read",
                          "quote a field that holds a comma, or give the row every column")
            continue
        fields = {name: cell for name, cell in zip(header, row) if cell.strip()}
        if "people" in fields:
            fields["people"] = [name.strip() for name in fields["people"].split(";") if name.strip()]
        yield number, partial(record_from_fields, fields, source, number)
