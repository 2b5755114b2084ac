"""`mkdocs serve` regenerates the archive when an article is added or changed, with no separate step."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLE


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _site_path(folder: Path) -> str:
    site_url = yaml.safe_load((folder / "mkdocs.yml").read_text("utf-8"))["site_url"]
    return urllib.parse.urlsplit(site_url).path


def _wait_for(url: str, contains: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            body = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
            if contains in body:
                return body
        except (urllib.error.URLError, ConnectionError, TimeoutError):  # a slow answer while it rebuilds
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} never showed {contains!r}")


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("options", [[], ["--dirty"]], ids=["full", "dirty"])
def test_serve_picks_up_new_and_changed_articles(archive_dir: Path, options: list[str]):
    shutil.copy(SAMPLE, archive_dir / "articles")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", *options, "--dev-addr", f"127.0.0.1:{port}"],
        cwd=archive_dir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        # MkDocs serves under the path of `site_url`, as GitHub Pages will.
        base = f"http://127.0.0.1:{port}{_site_path(archive_dir)}"
        _wait_for(base, "1 bài viết về 8 nhân vật")
        new = archive_dir / "articles" / "moi.txt"
        new.write_text("date 2024-04-02 Bà Nguyễn Thị Lan mở cửa hàng mới ở Huế.", "utf-8")
        _wait_for(base + "articles/moi/", "Nguyễn Thị Lan")
        new.write_text("date 2024-04-02 Bà Nguyễn Thị Lan đóng cửa hàng ở Huế.", "utf-8")
        _wait_for(base + "articles/moi/", "đóng cửa hàng")
        _wait_for(base, "2 bài viết về 9 nhân vật")
        # The search index follows, built behind the served pages.
        _wait_for(base + "search-index/meta.json", '"articles": 2')
    finally:
        server.terminate()
        server.wait(timeout=10)
    # Served pages are kept out of docs/, which the watcher watches; `python -m generator build` writes there.
    assert (archive_dir / ".archive-cache" / "pages" / "articles" / "moi.md").exists()
    assert not (archive_dir / "docs" / "articles").exists()
    assert not (ROOT / ".archive-cache" / "pages" / "articles" / "moi.md").exists()


def test_serve_builds_once_per_edit_and_warns_of_nothing(archive_dir: Path):
    """`make serve`: each saved article makes one build, in the log; no warning the reader cannot act on."""
    shutil.copy(SAMPLE, archive_dir / "articles")
    port = _free_port()
    log = archive_dir / "serve.log"
    with open(log, "w", encoding="utf-8") as stream:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=archive_dir, stdout=stream, stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            # Ctrl-C must reach the server even when these tests run from a shell that ignores it (a
            # background job), whose ignoring the server would inherit.
            preexec_fn=_interruptible,
        )
    try:
        base = f"http://127.0.0.1:{port}{_site_path(archive_dir)}"
        _wait_for(base, "1 bài viết về 8 nhân vật")
        # Files read in the watched folders, as a build reads them, are no change.
        for path in [*(archive_dir / "articles").iterdir(), *(archive_dir / "docs").rglob("*.*")]:
            path.read_bytes()
        new = archive_dir / "articles" / "moi.txt"
        for text in ("mở cửa hàng mới", "đóng cửa hàng"):
            new.write_text(f"date 2024-04-02 Bà Nguyễn Thị Lan {text} ở Huế.", "utf-8")
            _wait_for(base + "articles/moi/", text)
        _wait_for(base + "search-index/meta.json", '"articles": 2')
        # Once both rebuilds are served, a few of the watcher's polls (every half second) for a change
        # that the builds' own writes would have set off.
        deadline = time.monotonic() + 60
        while log.read_text("utf-8").count("Reloading browsers") < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)
        # Rebuilds keep the generator's work in memory; stopping the server (Ctrl-C) writes it down.
        assert _cached_articles(archive_dir) == 1
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert _cached_articles(archive_dir) == 2
    output = log.read_text("utf-8")
    assert output.count("Detected file changes") == 2, output
    assert output.count("Building documentation...") == 3, output  # the first build, then one per edit
    # The server's own request lines aside (this test asks for pages before they exist).
    warnings = [line for line in output.splitlines() if "WARNING" in line and '" code ' not in line]
    assert warnings == [], output


def test_a_served_save_builds_the_pages_the_generator_wrote_without_looking_at_the_others(
        archive_dir: Path, monkeypatch):
    """Under `mkdocs serve --dirty`, a save rebuilds the HTML of the pages whose Markdown the generator
    wrote, and of those alone, knowing them without comparing thousands of files' times; when the
    served site is emptied (mkdocs.yml changed), every page is built again."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator import plugin

    shutil.copy(SAMPLE, archive_dir / "articles")
    for month, (first, second) in enumerate([("Hà Dorval", "Trần Văn Kessel"), ("Lê Thị Kowal", "Hà Dorval"),
                                             ("Trần Văn Kessel", "Lê Thị Kowal"), ("Hà Dorval", "Lê Thị Kowal")], start=5):
        (archive_dir / "articles" / f"tin-{month}.txt").write_text(
            f"date 2023-{month:02d}-10 Ông {first} gặp ông {second} ở Đà Nẵng. Hai ông bàn về cảng biển.", "utf-8")
    monkeypatch.chdir(archive_dir)
    monkeypatch.setattr(plugin.BackgroundIndexer, "request", lambda self, site: None)  # no thread behind
    site, pages = archive_dir / "served", archive_dir / ".archive-cache" / "pages"

    def served_build() -> None:  # as `mkdocs serve --dirty` runs each build, in one process
        build(load_config("mkdocs.yml", site_dir=str(site)), serve_url="http://127.0.0.1:8000/news-archive/", dirty=True)

    def stamps(folder: Path, suffix: str) -> dict[str, int]:
        return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns for path in folder.rglob(f"*{suffix}")}

    def html_of(page: str) -> str:
        return page.removesuffix(".md") + ".html" if page.endswith("index.md") else page.removesuffix(".md") + "/index.html"

    config = load_config("mkdocs.yml", site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        served_build()
        markdown, html = stamps(pages, ".md"), stamps(site, ".html")
        (archive_dir / "articles" / "moi.txt").write_text("date 2024-04-02 Bà Nguyễn Thị Lan mở cửa hàng ở Huế.", "utf-8")
        looked, made = [], []
        getmtime, generated = os.path.getmtime, plugin.GeneratedFile.generated.__func__
        monkeypatch.setattr(os.path, "getmtime", lambda path: looked.append(path) or getmtime(path))
        monkeypatch.setattr(plugin.GeneratedFile, "generated",
                            classmethod(lambda cls, config, name, **given: made.append(name) or generated(cls, config, name, **given)))
        served_build()
        monkeypatch.setattr(os.path, "getmtime", getmtime)
        now = stamps(pages, ".md")
        # MkDocs is handed the files of the last build again: only a new page's is made.
        assert sorted(made) == sorted(now.keys() - markdown.keys()) and "articles/moi.md" in made
        written = {page for page, stamp in now.items() if markdown.get(page) != stamp}
        served = {html_of(page) for page in [*markdown, *now]}  # the generator's pages
        rebuilt = {page for page, stamp in stamps(site, ".html").items() if html.get(page) != stamp and page in served}
        assert "articles/moi.md" in written and len(written) < len(markdown) / 2
        assert rebuilt == {html_of(page) for page in written}
        assert not [path for path in looked if str(path).startswith(str(pages))]
        # A changed mkdocs.yml empties the served site: every page is built again, by MkDocs' own look.
        with open(archive_dir / "mkdocs.yml", "a", encoding="utf-8") as stream:
            stream.write("\n# changed\n")
        made.clear()
        served_build()
        assert {html_of(page) for page in stamps(pages, ".md")} <= set(stamps(site, ".html"))
        assert set(made) >= set(stamps(pages, ".md"))  # made anew, by the new settings
    finally:
        config.plugins.on_shutdown()


def test_served_builds_list_the_installed_theme_once_and_the_sites_own_theme_each_time(archive_dir: Path, monkeypatch):
    """MkDocs lists every file of every theme folder at each build to find what to copy; while serving,
    the installed theme's 14,500 files are listed once, and `custom_dir` (overrides/) every time, so
    that a file added there is copied at the next save."""
    import jinja2
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator import plugin

    shutil.copy(SAMPLE, archive_dir / "articles")
    monkeypatch.chdir(archive_dir)
    monkeypatch.setattr(plugin.BackgroundIndexer, "request", lambda self, site: None)
    monkeypatch.setattr(plugin.ListedOnceLoader, "listed", {})
    listed = []
    list_templates = jinja2.FileSystemLoader.list_templates
    monkeypatch.setattr(jinja2.FileSystemLoader, "list_templates",
                        lambda loader: listed.extend(loader.searchpath) or list_templates(loader))
    site = archive_dir / "served"
    config = load_config("mkdocs.yml", site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        for build_number in range(2):
            if build_number:
                (archive_dir / "overrides" / "assets" / "added.txt").write_text("nouveau", "utf-8")
            build(load_config("mkdocs.yml", site_dir=str(site)), serve_url="http://127.0.0.1:8000/news-archive/", dirty=True)
    finally:
        config.plugins.on_shutdown()
    own = [folder for folder in listed if Path(folder).resolve() == (archive_dir / "overrides").resolve()]
    installed = [folder for folder in listed if "site-packages" in folder]
    assert len(own) == 2 and installed and len(installed) == len(set(installed))
    assert (site / "assets" / "added.txt").read_text("utf-8") == "nouveau"
    assert list(site.glob("assets/stylesheets/main.*.min.css"))  # Material's own files, copied


def _cached_articles(folder: Path) -> int:
    """How many articles the run the cache folder holds on disk built."""
    with open(folder / ".archive-cache" / "state.pickle", "rb") as stream:
        return pickle.load(stream)[1].articles


def test_served_templates_are_compiled_once_and_again_when_changed(tmp_path: Path, monkeypatch):
    """MkDocs makes a new template environment at every build; while serving, the theme's templates
    are not compiled again unless they changed."""
    import jinja2

    from generator.plugin import TemplatesInMemory

    compiled = []
    compile_source = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda env, source, *args, **kwargs: compiled.append(source) or compile_source(env, source, *args, **kwargs))
    templates = TemplatesInMemory()

    def render() -> str:  # as one build's environment would
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=templates)
        return env.get_template("main.html").render(title="Tin")

    (tmp_path / "main.html").write_text("<h1>{{ title }}</h1>", "utf-8")
    assert [render(), render()] == ["<h1>Tin</h1>"] * 2
    assert len(compiled) == 1
    (tmp_path / "main.html").write_text("<h2>{{ title }}</h2>", "utf-8")
    assert render() == "<h2>Tin</h2>"
    assert len(compiled) == 2


def _observed(observer, folder: Path) -> list:
    from watchdog.events import FileSystemEventHandler

    seen = []
    handler = FileSystemEventHandler()
    handler.on_any_event = lambda event: seen.append(event) if not event.is_directory else None
    observer.schedule(handler, str(folder), recursive=True)
    return seen


def _eventually(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_the_watcher_sees_saves_and_not_reads(tmp_path: Path):
    """Served, the articles and docs/ are watched by the kernel's notices: a file read is no event,
    a file written, created, moved or removed is."""
    from watchdog.observers.inotify import InotifyObserver
    from watchdog.observers.polling import PollingObserver

    from generator.watching import SavesObserver

    article = tmp_path / "a.txt"
    article.write_text("date 2024-04-02 Một tin.", "utf-8")
    observer = SavesObserver(PollingObserver(timeout=0.1))
    assert isinstance(observer._observer, InotifyObserver)
    seen = _observed(observer, tmp_path)
    observer.start()
    try:
        time.sleep(0.3)
        article.read_text("utf-8")
        time.sleep(0.5)
        assert seen == []
        article.write_text("date 2024-04-02 Một tin khác.", "utf-8")
        assert _eventually(lambda: {event.event_type for event in seen} >= {"modified", "closed"})
        for step, change in (("moved", lambda: article.rename(tmp_path / "b.txt")),
                             ("deleted", lambda: (tmp_path / "b.txt").unlink()),
                             ("created", lambda: (tmp_path / "c.txt").touch())):
            seen.clear()
            change()
            assert _eventually(lambda: step in {event.event_type for event in seen}), (step, seen)
    finally:
        observer.stop()
        observer.join()


def test_the_watcher_polls_when_the_kernel_cannot_watch(tmp_path: Path, monkeypatch):
    """Past the kernel's limit of watches, MkDocs' polling watches what was asked of inotify."""
    import errno

    from watchdog.observers.inotify import InotifyObserver
    from watchdog.observers.polling import PollingObserver

    from generator.watching import SavesObserver

    def no_watch_left(self):
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    monkeypatch.setattr(InotifyObserver, "start", no_watch_left)
    polling = PollingObserver(timeout=0.1)
    observer = SavesObserver(polling)
    seen = _observed(observer, tmp_path)
    observer.start()
    try:
        assert observer._observer is polling and polling.is_alive()
        (tmp_path / "a.txt").write_text("date 2024-04-02 Một tin.", "utf-8")
        assert _eventually(lambda: "created" in {event.event_type for event in seen})
    finally:
        observer.stop()
        observer.join()


def test_the_served_index_is_made_aside_and_says_how_it_went(tmp_path: Path):
    """Under `mkdocs serve` the search index is made by a process of its own: its report, or its
    failure, comes back to the server, which goes on serving either way."""
    from generator import plugin

    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    report = plugin._index_aside(site)
    assert report.pages == 0 and (site / "search-index" / "meta.json").exists()
    with pytest.raises(FileNotFoundError):
        plugin._index_aside(tmp_path / "no-site")
