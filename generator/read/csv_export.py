"""CSV exports (a spreadsheet's, a dataset's): one article a row, under a header that names the columns
as JSON Lines records name their fields (`title`, `date`, `text` or `html`, `url`, `author`, `id`; people
separated by `;`); other columns are kept. A bad row is reported with its line; the other rows still build."""

from __future__ import annotations

import csv
import dataclasses
import io

from ..errors import ArticleError
from ..model import Problem, RawArticle
from .jsonl import record_from_fields

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
    articles, problems, first_line = [], [], {}
    line = rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem(source, line, f"not a CSV row ({error})", "quote the field and double its quotes"))
            line = rows.line_num + 1
            continue
        number, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(Problem(source, number, f"{len(row)} columns where the header names {len(header)}; not read",
                                    "quote a field that holds a comma, or give the row every column"))
            continue
        fields = {name: cell for name, cell in zip(header, row) if cell.strip()}
        if "people" in fields:
            fields["people"] = [name.strip() for name in fields["people"].split(";") if name.strip()]
        try:
            article = record_from_fields(fields, source, number)
        except ArticleError as error:
            problems.append(error.problem)
            continue
        if article.id in first_line:
            problems.append(Problem(source, number, f"the same id as line {first_line[article.id]}; built with the id "
                                    f"line-{number}", "give each row an id of its own", "warning"))
            article = dataclasses.replace(article, id=f"{source}#line-{number}")
        first_line.setdefault(article.id, number)
        articles.append(article)
        problems.extend(article.warnings)
    if not articles and not problems:
        problems.append(Problem(source, 2, "no articles in the export", "write one article a row under the header"))
    return articles, problems
