"""Where a cold build's seconds go: the generator's stages, then `mkdocs build` per kind of page.

    .venv/bin/python -m bench.cold_profile --size 10000

Builds the synthetic archive (bench/make_archive.py) as `make bench` does, `python -m generator build`
and then `mkdocs build`, both in this process with timers around their steps: wall and CPU seconds of
each generator stage (CPU with the extraction workers'), and for MkDocs the milliseconds a page of each
kind (articles, people, dates, ...) spends in Markdown, in the theme's templates, in the archive
plugin's two page hooks and in writing, then the search index. Timers cost a little; cProfile would
cost more and hide the split by kind.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import time
from collections import defaultdict
from pathlib import Path

from bench.run import setup_site, work_folder


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timers:
    def __init__(self) -> None:
        self.totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])

    def wrap(self, owner, name: str, label: str, kind=lambda *args, **kwargs: "") -> None:
        """Time every call of `owner.name` under `label` and the kind `kind(*args)` says."""
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), cpu_seconds()
            try:
                return original(*args, **kwargs)
            finally:
                total = self.totals[label, kind(*args, **kwargs)]
                total[0] += time.perf_counter() - wall
                total[1] += cpu_seconds() - cpu
                total[2] += 1

        setattr(owner, name, timed)


def page_kind(uri: str) -> str:
    return uri.split("/", 1)[0] if "/" in uri else "top"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    import jinja2
    import mkdocs.utils
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.structure.pages import Page

    import generator.build as gen
    import generator.fast_pages as fast_pages
    import generator.plugin as plugin
    import generator.search_index as search
    from generator.cli import main as generator_main

    timers = Timers()
    for name in ("find_articles", "_read_and_extract", "unify", "build_archive", "render_site", "write_pages", "copy_pages"):
        timers.wrap(gen, name, f"generator: {name}")
    timers.wrap(gen.Cache, "save", "generator: save the cache")
    current = lambda: page_kind(mkdocs_build._current_uri)  # noqa: E731
    timers.wrap(Page, "render", "mkdocs: Markdown", lambda page, *a: page_kind(page.file.src_uri))
    # The generator's pages, without Markdown; those it does not know go on to Markdown, timed there too.
    timers.wrap(fast_pages.GeneratedPage, "render", "mkdocs: generator's pages rendered (fast_pages)",
                lambda page, *a: page_kind(page.file.src_uri))
    timers.wrap(Page, "read_source", "mkdocs: read the page", lambda page, *a: page_kind(page.file.src_uri))
    timers.wrap(jinja2.Template, "render", "mkdocs: templates", lambda *a, **k: current())
    timers.wrap(plugin.ArchivePlugin, "on_page_content", "mkdocs: links to addresses (on_page_content)",
                lambda self, html, page, **k: page_kind(page.file.src_uri))
    timers.wrap(plugin.ArchivePlugin, "on_post_page", "mkdocs: compact HTML (on_post_page)",
                lambda self, output, page, **k: page_kind(page.file.src_uri))
    timers.wrap(mkdocs.utils, "write_file", "mkdocs: write", lambda content, path: current())
    timers.wrap(mkdocs_build, "_populate_page", "mkdocs: page read and converted, in all",
                lambda page, *a, **k: page_kind(page.file.src_uri))
    timers.wrap(mkdocs_build, "_build_page", "mkdocs: page built and written, in all",
                lambda page, *a, **k: page_kind(page.file.src_uri))
    timers.wrap(plugin.ArchivePlugin, "on_pre_build", "mkdocs: generator again (on_pre_build)")
    timers.wrap(plugin.ArchivePlugin, "on_files", "mkdocs: generated pages handed over (on_files)")
    timers.wrap(search, "read_article", "search index: read the article pages")
    timers.wrap(search, "_write_index", "search index: keys and files")
    timers.wrap(plugin, "build_search_index", "search index, in all")
    timers.wrap(plugin, "size_report", "mkdocs: size report")
    original_build_page = mkdocs_build._build_page

    def build_page(page, *args, **kwargs):  # the page being built, for the template and write timers
        mkdocs_build._current_uri = page.file.src_uri
        return original_build_page(page, *args, **kwargs)

    mkdocs_build._current_uri = ""
    mkdocs_build._build_page = build_page

    with work_folder(f"cold-{args.size}-", args.keep) as work:
        setup_site(args.size, work)
        os.chdir(work)
        steps = {}
        for step, run in (
            ("python -m generator build", lambda: generator_main(["build", "--articles", "articles", "--docs", "docs"])),
            ("mkdocs build", lambda: _mkdocs_build(load_config("mkdocs.yml"), mkdocs_build.build)),
        ):
            wall, cpu = time.perf_counter(), cpu_seconds()
            run()
            steps[step] = (time.perf_counter() - wall, cpu_seconds() - cpu)
        pages = defaultdict(int)
        for name in (work / ".archive-cache" / "pages").rglob("*.md"):
            pages[page_kind(name.relative_to(work / ".archive-cache" / "pages").as_posix())] += 1

    print(f"\n{args.size:,} articles; pages by kind: " + ", ".join(f"{kind} {n:,}" for kind, n in sorted(pages.items())))
    for step, (wall, cpu) in steps.items():
        print(f"{step:<60} {wall:8.1f} s wall {cpu:8.1f} s CPU")
    print(f"\n{'step':<60} {'kind':<10} {'calls':>7} {'wall s':>8} {'CPU s':>8} {'ms each':>8}")
    for (label, kind), (wall, cpu, calls) in sorted(timers.totals.items()):
        print(f"{label:<60} {kind:<10} {calls:>7,} {wall:8.2f} {cpu:8.2f} {1000 * wall / calls:8.2f}")


def _mkdocs_build(config, build) -> None:
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


if __name__ == "__main__":
    main()
