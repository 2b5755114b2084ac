"""A full `mkdocs build` on two cores: MkDocs converts and renders its pages one after another, most of
a large archive's build. Once MkDocs knows every file and the navigation (the plugin's on_nav), the
build forks: the second process converts and renders a share of the article pages with MkDocs' own
page steps (`mkdocs.commands.build`, pinned in pyproject.toml) and writes them, while the first builds
everything else and stands in for those pages with a template that writes nothing. The first waits
for the second before the search index reads the site. Both work from the same state, forked, through
the same code, so the site is the one a single process makes (tests/test_second_core.py).

Only `mkdocs build` of a whole site forks: a served or dirty build renders a few pages, and a shard's
build runs beside other shards' builds already.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass

import jinja2
from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from .render import paths

log = logging.getLogger("mkdocs.plugins.archive")

# Below this many article pages, forking costs more than it saves (and small sites stay in one process).
FORK_FROM = 2_000
# What building one of the other pages (people, dates, home) costs in article pages: a person's page
# lists up to a hundred articles (bench/cold_profile.py, the generator's pages without Python-Markdown:
# 1.5 ms of CPU against 1.1 at 1,500 articles, about 2.3 against 1.1 at 10,000). The second process
# takes as many article pages as even the two processes out.
OTHER_PAGE_COST = 2.0
# The template of a page the other process builds: empty, so MkDocs writes nothing for it.
ELSEWHERE = "archive-built-elsewhere.html"
_FAILED, _WARNED = 1, 2


@dataclass(frozen=True)
class SecondProcess:
    pid: int
    pages: frozenset[str]  # the src_uris it builds


def fork_share(files: Files, nav, config) -> SecondProcess | None:
    """Fork a process that builds a share of the article pages, and stand in for them here; None when the
    machine has one core or the archive is small."""
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    articles = [file for file in pages if file.src_uri.startswith(f"{paths.ARTICLES}/")]
    if len(articles) < FORK_FROM or (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        return None  # (a thread of this process might hold a lock the forked copy would wait on)
    others = len(pages) - len(articles)
    share = articles[-min(len(articles), round((len(articles) + OTHER_PAGE_COST * others) / 2)):]
    _flush_output()  # else what this process has buffered would be printed by both
    pid = os.fork()
    if pid == 0:  # the second process, which never returns
        code = _FAILED
        try:
            code = _build(share, files, nav, config)
        finally:
            os._exit(code)
    for file in share:
        _BuiltElsewhere(None, file, config)
    logging.getLogger("mkdocs.commands.build").addFilter(_no_empty_page_note)
    return SecondProcess(pid, frozenset(file.src_uri for file in share))


def with_elsewhere_template(env: jinja2.Environment) -> jinja2.Environment:
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({ELSEWHERE: ""}), env.loader])
    return env


def wait(second: SecondProcess) -> None:
    """Wait for the second process: its warnings count in this build (`--strict`), its failure stops it."""
    logging.getLogger("mkdocs.commands.build").removeFilter(_no_empty_page_note)
    _, status = os.waitpid(second.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    log.info(f"{len(second.pages)} article pages built on the second core")
    if code == _WARNED:
        log.warning(f"the {len(second.pages)} article pages built on the second core gave the warnings above")
    elif code:
        raise PluginError(f"archive: building {len(second.pages)} article pages on the second core failed "
                          f"(exit status {code}; see above)")


def stop(second: SecondProcess) -> None:
    """The build failed here: the second process's pages are of no use."""
    logging.getLogger("mkdocs.commands.build").removeFilter(_no_empty_page_note)
    try:
        os.kill(second.pid, signal.SIGTERM)
        os.waitpid(second.pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _build(share, files: Files, nav, config) -> int:
    """In the second process: MkDocs' two page steps for each page of the share, as its build loop runs
    them (every page converted, then every page rendered and written), and the check of their anchors."""
    warnings = CountHandler()
    warnings.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(warnings)
    try:
        for file in share:
            if file.page is None:
                Page(None, file, config)
            mkdocs_build._populate_page(file.page, config, files)
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        for file in share:
            mkdocs_build._build_page(file.page, config, doc_files, nav, env)
        for file in share:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        code = _WARNED if warnings.get_counts() else 0
    except BaseException as error:  # noqa: BLE001 (reported, and the exit status tells the first process)
        log.error(f"archive: on the second core: {error!r}")
        code = _FAILED
    _flush_output()  # os._exit flushes nothing
    return code


class _BuiltElsewhere(Page):
    """A page the second process builds: read, converted and rendered as nothing here."""

    def read_source(self, config) -> None:
        self.markdown, self.meta = "", {"template": ELSEWHERE}

    def render(self, config, files) -> None:
        self.content = ""


def _flush_output() -> None:
    for handler in logging.getLogger().handlers + logging.getLogger("mkdocs").handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()


def _no_empty_page_note(record: logging.LogRecord) -> bool:
    return not record.getMessage().endswith("Generated empty output.")
