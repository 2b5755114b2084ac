"""The search index built from the generator's records on the other core, while the generator renders
and writes the pages, which mostly keeps one core busy: the site's build then links the index in from
the cache folder instead of reading every built page back (search_index.build_search_index)."""

from __future__ import annotations

import dataclasses
import gc
import json
import multiprocessing
import os
import shutil
import sys
import threading
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path

from .config import Settings
from .model import Archive
from .render.search_pages import search_pages
from .search_index import INDEX_DIR, STAGING_DIR, SearchReport, write_search_index

# In the cache folder, beside the index: the state of the run it was built from, and its report.
STAMP = "search-index.json"


@dataclass(frozen=True)
class Indexing:
    """A search index being built in a forked process, into `cache`, from a run in `state`."""

    process: BaseProcess
    cache: Path
    state: str

    def finish(self) -> SearchReport | None:
        """Wait for it; what the index holds, when it was built."""
        self.process.join()
        return ready(self.cache, self.state)


def start(archive: Archive, settings: Settings, state: str) -> Indexing | None:
    """Index `archive` in a forked process, into the cache folder; None where forking is not safe (a
    process with other threads, under `mkdocs serve`) or would not run beside this one."""
    if threading.active_count() > 1 or (os.cpu_count() or 1) < 2:
        return None
    settings.cache.mkdir(parents=True, exist_ok=True)
    (settings.cache / STAMP).unlink(missing_ok=True)
    for stream in (sys.stdout, sys.stderr):  # else the copy would write what this one had yet to
        stream.flush()
    process = multiprocessing.get_context("fork").Process(target=_index, args=(archive, settings, state),
                                                          name="search-index")
    process.start()
    return Indexing(process, settings.cache, state)


def _index(archive: Archive, settings: Settings, state: str) -> None:
    # A short life: the collector's passes would walk the archive shared with the parent, and copy it.
    gc.disable()
    pages = search_pages(archive, settings.language, settings.site_description or "")
    report = write_search_index(settings.cache, pages, cores=False)  # the other core is the generator's
    (settings.cache / STAMP).write_text(json.dumps({"state": state, **dataclasses.asdict(report)}), "utf-8")


def ready(cache: Path, state: str) -> SearchReport | None:
    """What the index in the cache folder holds, when it was built from a run in `state`."""
    try:
        stamp = json.loads((cache / STAMP).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if stamp.pop("state", None) != state or not (cache / INDEX_DIR / "meta.json").is_file():
        return None
    return SearchReport(**stamp)


def install(cache: Path, site: Path) -> None:
    """The index in the cache folder into the built site, linked (copied where files cannot be
    linked), and swapped in whole."""
    staging = site / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(cache / INDEX_DIR, staging, copy_function=_link_or_copy)
    shutil.rmtree(site / INDEX_DIR, ignore_errors=True)
    staging.rename(site / INDEX_DIR)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
