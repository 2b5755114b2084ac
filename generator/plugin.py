"""A thin MkDocs plugin: runs the generator before each build and hands MkDocs its pages, and makes
`mkdocs serve` watch the articles, for saves only (generator/watching.py).

The pages are kept outside docs/ (config.PAGES_DIR) and reach MkDocs as generated files: the watcher of
`mkdocs serve` never sees them written, so an edit makes one build. Only pages whose Markdown changed
are written, so a dirty build (`mkdocs serve --dirty`, `make serve`) renders those alone.

In a shard's build (generator/shards.py) the generator has already run: the plugin hands MkDocs every
page, those of other shards excluded, and indexes the shard's articles for the assembled search.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import threading
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import clean_directory

from .addresses import md_links_to_urls
from .build import build
from .cache import flush, folder_stamps
from .compact import compact_html
from .config import ArchiveOptions, Settings, settings_from
from .errors import ArchiveError
from .fast_pages import adopt
from .render import paths
from .search_ahead import install as install_search_index
from .search_index import SearchReport, build_search_index
from .second_core import SecondProcess, fork_share, stop, wait, with_elsewhere_template
from .shards import SHARED, Plan, Shard, mark_built, read_plan
from .site_size import size_report
from .watching import watch_saves
from .writer import read_manifest

log = logging.getLogger("mkdocs.plugins.archive")
# Material's scripts (its bundle, lunr search and worker): the archive's pages load none of them
# (overrides/main.html), having scripts of their own for search, palette and drawer.
MATERIAL_SCRIPTS = "assets/javascripts/"


class ArchivePlugin(BasePlugin[ArchiveOptions]):
    settings: Settings
    articles_built = 0
    indexer: BackgroundIndexer | None = None
    dirty = False
    serving_dirty = False
    site_inputs: str | None = None  # of the last build under a dirty serve
    serving = False
    builds = 0
    plan: Plan | None = None  # in a shard's build
    templates: TemplatesInMemory | None = None  # while serving
    building = False  # `mkdocs build` of the whole site, which may fork (second_core.py)
    second: SecondProcess | None = None
    search_ready: SearchReport | None = None  # the generator's search index of this build, in the cache folder
    # While serving: the generator's pages written since MkDocs last built them all; None when unknown
    # (the first build, or after the site was emptied), when MkDocs compares modification times.
    pending: set[str] | None = None
    # While serving: the generator's pages as MkDocs files, by name, made once and handed to every
    # build while mkdocs.yml stays the same (whose settings they hold: addresses, inclusion).
    page_files: dict[str, GeneratedFile] | None = None

    def on_config(self, config):
        if not config.use_directory_urls:
            # Generated lists link to `articles/x/`, the folder MkDocs serves a page from.
            raise PluginError("archive: needs use_directory_urls: true (the default) in mkdocs.yml")
        try:
            self.settings = settings_from(self.config, config)
        except ArchiveError as error:
            raise PluginError(str(error)) from None
        if self.settings.shard:
            # Every link to another shard's page is said, at INFO level, to leave the built site: it
            # is meant to, and thousands of such lines would hide the build's own.
            for name in _EXCLUDED_NOTES:
                logging.getLogger(name).addFilter(_no_excluded_note)
        if self.serving:
            list_installed_themes_once(config.theme)
        return config

    def on_pre_build(self, config):
        if self.settings.shard:
            self._read_plan(config)
            return
        afresh = self._start_afresh_when_the_site_changed(config)
        try:
            # While serving, a save's rebuild keeps the generator's work in memory and writes it to
            # the cache folder when the server stops (on_shutdown): the first build writes it at once.
            # A dirty build's generator does too little for the search index to run beside it.
            report = build(self.settings, into_docs=False, persist=not (self.serving and self.builds),
                           hold=self.serving, search_ahead=not (self.serving or self.dirty))
        except ArchiveError as error:
            raise PluginError(str(error)) from None
        self.builds += 1
        # The generator's run, kept for the next save while serving (see on_post_build), alive to the end
        # of a one-off build: MkDocs' full collections need not walk it.
        gc.freeze()
        # Warnings, so that `mkdocs build --strict` fails on a bad article as CI should.
        for problem in report.problems:
            (log.warning if problem.fails_strict else log.info)(str(problem))
        log.info(report.summary())
        self.articles_built = report.articles
        self.search_ready = report.search_index
        if self.pending is not None and not afresh:
            self.pending.update(report.written.written)
        else:
            self.pending = None
        if self.serving and (afresh or self.page_files is None):
            self.page_files = {}
        # The 404 page is a theme template, not a page: it reads the newest articles from here.
        _offer_newest(config, report.newest)

    def on_files(self, files: Files, config) -> Files:
        for file in [file for file in files if file.src_uri.startswith(MATERIAL_SCRIPTS)]:
            files.remove(file)
        files = with_generated_pages(files, config, self.settings, self._shard() if self.plan else None,
                                     frozenset(self.pending) if self.pending is not None else None, self.page_files)
        adopt(files, config)  # rendered without Markdown (fast_pages.py)
        return files

    def on_nav(self, nav, config, files):
        if self.building and not self.plan:
            self.second = fork_share(files, nav, config)
        return nav

    def on_env(self, env, config, files):
        # MkDocs makes a new template environment at every build: while serving, the theme's templates
        # are compiled once, and again only when one of them changes.
        if self.templates:
            env.bytecode_cache = self.templates
        return with_elsewhere_template(env) if self.second else env

    def on_build_error(self, error):
        if self.second:
            stop(self.second)
            self.second = None

    def on_page_content(self, html, page, config, files):
        return html if getattr(page, "addressed", False) else md_links_to_urls(html, page.file, files)

    def on_post_page(self, output, page, config):
        return compact_html(output)

    def on_startup(self, *, command, dirty):
        # While serving, the search index is rebuilt behind the served pages, so that a changed
        # article shows at once; `mkdocs build` waits for it, since the site is not done without it.
        self.serving = command == "serve"
        self.building = command == "build" and not dirty
        self.indexer = BackgroundIndexer() if self.serving else None
        self.templates = TemplatesInMemory() if self.serving else None
        # A dirty serve renders only the pages whose Markdown changed, and the whole site again when
        # mkdocs.yml or the theme changed (_start_afresh_when_the_site_changed): MkDocs' warning that
        # a dirty build may leave stale navigation and links does not hold, and is left out.
        self.dirty = dirty
        self.serving_dirty = command == "serve" and dirty
        if self.serving_dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(_no_dirty_warning)

    def on_shutdown(self):
        logging.getLogger("mkdocs.commands.build").removeFilter(_no_dirty_warning)
        if self.builds:
            flush(self.settings.cache)
        for name in _EXCLUDED_NOTES:
            logging.getLogger(name).removeFilter(_no_excluded_note)

    def _read_plan(self, config) -> None:
        try:
            self.plan = read_plan(self.settings)
            self._shard()
        except (FileNotFoundError, StopIteration):
            raise PluginError(f"archive: no shard '{self.settings.shard}' in the plan; "
                              "run `python -m generator shards` first") from None
        _offer_newest(config, self.plan.newest)

    def _shard(self) -> Shard:
        return self.plan.shard(self.settings.shard)

    def _start_afresh_when_the_site_changed(self, config) -> bool:
        """Under a dirty serve, empty the served site when mkdocs.yml or a theme file changed since the
        last build, so that every page is built again; else MkDocs rebuilds only the changed pages.
        Whether it was emptied."""
        if not self.serving_dirty:
            return False
        inputs = _site_inputs(config)
        afresh = self.site_inputs is not None and inputs != self.site_inputs
        if afresh:
            clean_directory(config.site_dir)
        self.site_inputs = inputs
        return afresh

    def on_post_build(self, config):
        site = Path(config.site_dir)
        if self.serving:
            self.pending = set()  # every page built
        if self.second:
            second, self.second = self.second, None
            wait(second)
        if self.plan:
            if self.settings.shard != SHARED:  # the shared shard holds no article; people are indexed on assembly
                _index_now(site, part=True)
            mark_built(site, self._shard())
            return
        if self.indexer:
            # What the build keeps for the next, the generator's run of the whole archive most of all, is
            # millions of objects: left to the cyclic collector, each of its full passes over them (half a
            # second at 10,000 articles) would come back several times a save. They are set aside from it
            # until the search index is done (BackgroundIndexer), when a full pass delays no page.
            gc.freeze()
            self.indexer.request(site)
            return
        if self.search_ready:
            install_search_index(self.settings.cache, site)
            _log_index(self.search_ready)
        else:
            _index_now(site)
        if self.dirty:
            return  # the site may keep pages of deleted articles: its size would say little, after seconds of counting
        for line in size_report(site, self.articles_built):
            (log.warning if line.startswith("over") else log.info)(line)

    def on_serve(self, server, config, builder):
        watch_saves(server)
        server.watch(str(self.settings.articles))
        if self.settings.people_file.exists():
            server.watch(str(self.settings.people_file))
        return server


def with_generated_pages(files: Files, config, settings: Settings, shard: Shard | None = None,
                         pending: frozenset[str] | None = None, made: dict[str, GeneratedFile] | None = None) -> Files:
    """The docs files with the generator's pages in: its copies in docs/ (`python -m generator build`'s,
    old or new) give way to them, and a hand-written page where one goes stops the build. One new
    collection, made in one pass: at 10,000 articles this runs on 13,500 pages at every save.

    In a shard's build every page is there, other shards' excluded: MkDocs builds this shard's pages
    alone, and gives links to the others the addresses they have in the assembled site. `pending`: the
    pages changed since MkDocs last built them, when known (GeneratedFile). `made`: the files of the
    last build of the same mkdocs.yml, by name, to hand over again; updated with this build's."""
    copies = read_manifest(settings.docs)
    kept = [file for file in files if file.src_uri not in copies]
    pages = sorted(read_manifest(settings.pages))
    handwritten = {file.src_uri for file in kept}.intersection(pages)
    if handwritten:
        raise PluginError(f"archive: {settings.docs / min(handwritten)} is where the generator puts a page of its "
                          "own; move the hand-written page away")
    folder = str(settings.pages)
    # MkDocs works out each file's address and inclusion once, and keeps them on the file.
    last = made or {}
    generated = [last.get(name) or GeneratedFile.generated(config, name, abs_src_path=os.path.join(folder, name))
                 for name in pages]
    if made is not None:
        made.clear()
        made.update((file.src_uri, file) for file in generated)
    if pending is not None:
        for file in generated:
            file.pending = pending
    if shard is not None:
        own = set(shard.pages)
        for file in generated:
            if file.src_uri not in own:
                file.inclusion = InclusionLevel.EXCLUDED
    return Files([*kept, *generated])


class GeneratedFile(File):
    """A page of the generator's. A dirty build (`make serve`) asks each page whether it changed since
    it was last built, by three looks at the disk, twice: at 10,000 articles, 80,000 calls a save. While
    serving, the plugin knows which pages the generator wrote since (`pending`)."""

    pending: frozenset[str] | None = None

    def is_modified(self) -> bool:
        return super().is_modified() if self.pending is None else self.src_uri in self.pending


def _offer_newest(config, newest) -> None:
    """The newest articles, (title, slug) pairs, for the 404 page's template."""
    config.extra["archive_newest"] = [{"title": title, "url": paths.url(paths.article(slug))} for title, slug in newest]


_EXCLUDED_NOTES = ("mkdocs.structure.pages", "mkdocs.structure.nav")


def _no_excluded_note(record: logging.LogRecord) -> bool:
    return "is excluded from the built site" not in record.getMessage()


def _no_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def _site_inputs(config) -> str:
    """A digest of mkdocs.yml and the site's own theme files (`theme.custom_dir`: names, sizes and
    modification times); an installed theme changes only between runs."""
    digest = hashlib.sha256(Path(config.config_file_path).read_bytes())
    if config.theme.custom_dir:
        digest.update("\n".join(folder_stamps(config.theme.custom_dir)).encode())
    return digest.hexdigest()


def _index_now(site: Path, *, part: bool = False) -> None:
    _log_index(build_search_index(site, part=part))


def _log_index(search: SearchReport) -> None:
    log.info(f"Search index: {search.pages} articles and {search.people} people, "
             f"{search.bytes / 1e6:.1f} MB, {search.seconds:.1f} s")


def list_installed_themes_once(theme) -> None:
    """While serving, the installed themes' files are listed at the first build only: MkDocs lists every
    file of every theme folder at each build (Material's 14,500 icons among them) to find what to copy.
    The site's own theme folder (`theme.custom_dir`) is listed each time."""
    make_env = theme.get_env

    def get_env() -> jinja2.Environment:
        env = make_env()
        env.loader = ListedOnceLoader(env.loader.searchpath, theme.custom_dir)
        return env

    theme.get_env = get_env


class ListedOnceLoader(jinja2.FileSystemLoader):
    """Jinja's loader, whose listing of the folders other than `own` is made once in the process."""

    listed: dict[str, list[str]] = {}

    def __init__(self, searchpath: list[str], own: str | None) -> None:
        super().__init__(searchpath)
        self.own = os.path.realpath(own) if own else None

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for folder in self.searchpath:
            if os.path.realpath(folder) == self.own:
                found.update(jinja2.FileSystemLoader(folder).list_templates())
                continue
            if folder not in self.listed:
                self.listed[folder] = jinja2.FileSystemLoader(folder).list_templates()
            found.update(self.listed[folder])
        return sorted(found)


class TemplatesInMemory(jinja2.BytecodeCache):
    """Compiled templates by name, kept across the builds of one server; Jinja checks each against
    its template's source before use."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


class BackgroundIndexer:
    """One indexing at a time, on a thread of its own; a request made meanwhile runs once after it,
    so that the index always ends up holding the latest build."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: Path | None = None
        self._running = False

    def request(self, site: Path) -> None:
        with self._lock:
            self._pending = site
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._work, name="search-index", daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                site, self._pending = self._pending, None
                if site is None:
                    self._running = False
                    return
            try:
                search = _index_aside(site)
            except Exception as error:  # a failed index must not stop the server; the next build retries
                log.warning(f"Search index not rebuilt: {error}")
                search = None
            if self._pending is None:
                # The builds' garbage, set aside from the collector with what they keep (on_post_build),
                # collected while nothing waits on the server; what is still alive is set aside again.
                gc.unfreeze()
                gc.collect()
                gc.freeze()
            if search:
                _log_index(search)


def _index_aside(site: Path) -> SearchReport:
    """The served site's search index, made by a process of its own on one core, below the server in
    priority: a save's build, which may come while the last save's index is made (25 seconds of CPU
    at 10,000 articles), has the server's interpreter and the other core to itself."""
    context = multiprocessing.get_context("spawn")  # the server has threads: it does not fork
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_index_in_child, args=(site, sending), name="search-index", daemon=True)
    process.start()
    sending.close()
    try:
        outcome = receiving.recv()
    except EOFError:
        outcome = RuntimeError("the indexing process stopped")
    finally:
        receiving.close()
        process.join()
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _index_in_child(site: Path, sending) -> None:
    if hasattr(os, "nice"):
        os.nice(10)
    try:
        sending.send(build_search_index(site, cores=False))
    except Exception as error:
        sending.send(error)
