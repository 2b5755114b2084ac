"""The command line: `python -m generator build`. Turns domain errors into messages and exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from .assemble import assemble
from .build import build
from .config import load_config, load_settings, settings_from
from .errors import ArchiveError
from .shards import config_path, make_plan, read_plan, shard_site, stale_shards, write_configs, write_plan
from .site_size import size_report

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
    shards = commands.add_parser("shards", help="generate the pages, write a config per shard and print those to build")
    shards.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: %(default)s)")
    shards.add_argument("--strict", action="store_true", help="exit with status 1 when any article has a problem")
    shards.add_argument("--all", action="store_true", help="print every shard's config, not only those whose pages changed")
    shards.add_argument("--names", action="store_true", help="print the shards' names as a JSON list (for a CI matrix)")
    assemble = commands.add_parser("assemble", help="put the built shards together into one site")
    assemble.add_argument("site", type=Path, nargs="?", default=Path("site"), help="where (default: %(default)s)")
    assemble.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the site's mkdocs.yml (default: %(default)s)")
    index = commands.add_parser("index-search", help="build the search index of a built site (after Zensical, say)")
    index.add_argument("site", type=Path, nargs="?", default=Path("site"), help="the built site (default: %(default)s)")
    args = parser.parse_args(argv)

    if args.command == "index-search":
        from .search_index import build_search_index

        search = build_search_index(args.site)
        print(f"Indexed {search.pages} articles and {search.people} people: {search.bytes / 1e6:.1f} MB, {search.seconds:.1f} s")
        return 0 if search.pages else 1

    if args.command == "shards":
        return _shards(args)
    if args.command == "assemble":
        return _assemble(args)

    try:
        settings = load_settings(args.config)
        overrides = {key: value.resolve() for key, value in (("articles", args.articles), ("docs", args.docs)) if value}
        report = build(dataclasses.replace(settings, **overrides), progress=_progress_bar(), search_ahead=True)
    except ArchiveError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"{'note' if problem.level == 'note' else 'warning'}: {problem}", file=sys.stderr)
    print(report.summary())
    return 1 if args.strict and any(p.fails_strict for p in report.problems) else 0


def _shards(args) -> int:
    """Print the configs to build, one a line: `mkdocs build -f` each, side by side, then `assemble`.
    A site not built in shards is one build of mkdocs.yml itself."""
    try:
        config = load_config(args.config)
        settings = settings_from(config.plugins["archive"].config, config)
        if not settings.shard_by:
            print(json.dumps([]) if args.names else args.config)
            return 0
        report = build(settings, progress=_progress_bar(), into_docs=False)
        theme_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        plan = make_plan(settings, args.config.resolve(), theme_dir, report.shards, report.newest)
        write_plan(plan, settings)
        write_configs(plan, args.config.resolve(), settings)
    except ArchiveError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"{'note' if problem.level == 'note' else 'warning'}: {problem}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    if args.names:
        print(json.dumps([shard.name for shard in plan.shards]))
    else:
        for shard in plan.shards if args.all else stale_shards(plan, settings):
            print(config_path(args.config, shard.name))
    return 1 if args.strict and any(p.fails_strict for p in report.problems) else 0


def _assemble(args) -> int:
    try:
        settings = load_settings(args.config)
        if not settings.shard_by:
            return 0  # one build made the whole site
        assembled = assemble(read_plan(settings), lambda name: shard_site(settings, name), args.site, settings.site_url)
    except (ArchiveError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Assembled {assembled.shards} shards into {args.site}: {assembled.files} files; search over "
          f"{assembled.search.pages} articles and {assembled.search.people} people")
    for line in size_report(args.site, assembled.search.pages):
        print(f"{'warning: ' if line.startswith('over') else ''}{line}")
    return 0


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
