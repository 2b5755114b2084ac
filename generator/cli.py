"""The command line: `python -m generator build`. Turns domain errors into messages and exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from .build import build
from .config import load_settings
from .errors import ArchiveError

# Below this many files a run is over before a progress bar would be read.
_PROGRESS_FROM = 200


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-archive", description="Turn a folder of raw news articles into an MkDocs site.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="generate the Markdown pages under docs/ from the articles")
    run.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: %(default)s)")
    run.add_argument("--articles", type=Path, help="folder of raw articles (default: from mkdocs.yml, else articles/)")
    run.add_argument("--docs", type=Path, help="folder to write the pages into (default: from mkdocs.yml, else docs/)")
    run.add_argument("--strict", action="store_true", help="exit with status 1 when any article has a problem")
    index = commands.add_parser("index-search", help="build the search index of a built site (after Zensical, say)")
    index.add_argument("site", type=Path, nargs="?", default=Path("site"), help="the built site (default: %(default)s)")
    args = parser.parse_args(argv)

    if args.command == "index-search":
        from .search_index import build_search_index

        search = build_search_index(args.site)
        print(f"Indexed {search.pages} articles and {search.people} people: {search.bytes / 1e6:.1f} MB, {search.seconds:.1f} s")
        return 0 if search.pages else 1

    try:
        settings = load_settings(args.config)
        overrides = {key: value.resolve() for key, value in (("articles", args.articles), ("docs", args.docs)) if value}
        report = build(dataclasses.replace(settings, **overrides), progress=_progress_bar())
    except ArchiveError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"{'note' if problem.level == 'note' else 'warning'}: {problem}", file=sys.stderr)
    print(report.summary())
    return 1 if args.strict and any(p.fails_strict for p in report.problems) else 0


def _progress_bar():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < _PROGRESS_FROM:
            return
        width = 30
        filled = width * done // total
        end = "\n" if done == total else ""
        print(f"\rreading [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show
