"""The search index: Pagefind over the built article pages, in one part or, for large archives, one
part per year that the browser merges at query time (Pagefind's memory grows with the pages it holds).

Runs on a built site folder, whichever tool built it: the MkDocs plugin calls it after each build,
and `python -m generator index-search site/` after any other.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pagefind.index import PagefindIndex

from .site_size import folder_bytes

INDEX_DIR = "pagefind"
PARTS_FILE = "search-parts.json"  # lists the extra parts for the browser to merge
STAGING_DIR = ".pagefind-next"
# Above this many article pages, the index is split by year.
PART_SIZE = 20_000
_YEAR = re.compile(rb'data-pagefind-filter="year:(\d{4})"')


@dataclass(frozen=True)
class SearchReport:
    pages: int
    parts: int
    seconds: float
    bytes: int


def build_search_index(site: Path, part_size: int = PART_SIZE) -> SearchReport:
    """Index the site's article pages aside, then swap the new index in: while it is built (a minute
    at 100,000 articles), a served site keeps searching the previous one."""
    started = time.perf_counter()
    pages = sorted(site.glob("articles/*/index.html"))
    staging = site / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    groups = _by_year(pages) if len(pages) > part_size else {"": pages}
    names = []
    for index, (year, group) in enumerate(sorted(groups.items(), reverse=True)):
        name = INDEX_DIR if index == 0 else f"{INDEX_DIR}-{year or 'undated'}"
        _run(_index(site, group, staging / name, whole=len(groups) == 1))
        names.append(name)
    size = folder_bytes(staging)
    for old in [site / INDEX_DIR, *site.glob(f"{INDEX_DIR}-*")]:
        shutil.rmtree(old, ignore_errors=True)
    for name in names:
        (staging / name).rename(site / name)
    staging.rmdir()
    (site / PARTS_FILE).write_text(json.dumps(names[1:]), "utf-8")
    return SearchReport(len(pages), len(names), time.perf_counter() - started, size)


def _run(coroutine) -> None:
    # In a thread of its own: the caller may already run an event loop (a server, a browser driver).
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, coroutine).result()


def _by_year(pages: list[Path]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for page in pages:
        found = _YEAR.search(page.read_bytes())
        groups.setdefault(found.group(1).decode() if found else "", []).append(page)
    return groups


async def _index(site: Path, pages: list[Path], output: Path, whole: bool) -> None:
    # One Pagefind process per part, closed before the next starts: memory is that of one part.
    async with PagefindIndex(config={"output_path": str(output)}) as index:
        if whole:
            await index.add_directory(str(site), glob="articles/*/index.html")
            return
        for page in pages:
            await index.add_html_file(
                content=page.read_text("utf-8"), url="/" + page.parent.relative_to(site).as_posix() + "/"
            )
