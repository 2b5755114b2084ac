"""The search index built from the generator's records on the other core, while the generator joins
the archive's people and renders and writes the pages, which mostly keeps one core busy: the site's
build then links the index in from the cache folder instead of reading every built page back
(search_index.build_search_index). It starts as soon as the articles are read: all of an article's
view but its people is known then, and the people follow once the archive is built."""

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
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from .config import Settings
from .model import Archive, Article
from .render.search_pages import people_of, search_text, with_people
from .search_index import INDEX_DIR, STAGING_DIR, SearchReport, syllables, write_search_index

# In the cache folder, beside the index: the state of the run it was built from, and its report.
STAMP = "search-index.json"


@dataclass(frozen=True)
class Indexing:
    """A search index being built in a forked process, into `cache`, from a run in `state`."""

    process: BaseProcess
    people: Connection  # where the archive's people are sent
    cache: Path
    state: str

    def name_people(self, archive: Archive) -> None:
        """Each article's people as the archive names them, and the address of those with a page."""
        self.people.send({article.id: people_of(article, archive) for article in archive.articles})
        self.people.close()

    def finish(self) -> SearchReport | None:
        """Wait for it; what the index holds, when it was built."""
        self.process.join()
        return ready(self.cache, self.state)


def start(articles: list[Article], settings: Settings, state: str) -> Indexing | None:
    """Index `articles` in a forked process, into the cache folder, once `Indexing.name_people` gives their
    people; None where forking is not safe (a process with other threads, under `mkdocs serve`) or would
    not run beside this one."""
    if threading.active_count() > 1 or (os.cpu_count() or 1) < 2:
        return None
    settings.cache.mkdir(parents=True, exist_ok=True)
    (settings.cache / STAMP).unlink(missing_ok=True)
    for stream in (sys.stdout, sys.stderr):  # else the copy would write what this one had yet to
        stream.flush()
    receiving, sending = multiprocessing.Pipe(duplex=False)
    # Daemonic: should this run fail before naming the people, the process ends with it.
    process = multiprocessing.get_context("fork").Process(target=_index, args=(articles, settings, state, receiving),
                                                          name="search-index", daemon=True)
    process.start()
    receiving.close()
    return Indexing(process, sending, settings.cache, state)


def _index(articles: list[Article], settings: Settings, state: str, people: Connection) -> None:
    # A short life: the collector's passes would walk the archive shared with the parent, and copy it.
    gc.disable()
    pages = [search_text(article, settings.language, settings.site_description or "") for article in articles]
    for page in pages:
        page.words = syllables(page.text)
    try:
        named = people.recv()
    except EOFError:  # the run failed before its archive was built
        return
    pages = [with_people(page, named[article.id]) for page, article in zip(pages, articles) if article.id in named]
    # In this process alone: the other core is the generator's.
    report = write_search_index(settings.cache, pages, cores=False)
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
