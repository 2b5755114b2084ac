"""The scale benchmark: our pipeline and its peers on synthetic archives of 1,000 to 100,000 articles.

    make bench                                    # 1,000 and 10,000 articles
    .venv/bin/python -m bench.run --sizes 1000    # one size
    .venv/bin/python -m bench.run --large         # adds 100,000 (hours; skips the peers and the browser)

Prints a table per size and writes its figures to bench/results-<size>.json.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from bench.make_archive import write_archive
from bench.peers import build_peer, file_bytes, prepare_peer, read_archive, run_peers, timed

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))
QUERIES = ["Netanyahu", "ngung ban", "phản"]
# Chromium on a closed network hangs on its background connections without these.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# Material's results, or Pagefind's if the site uses its UI.
RESULT = ".archive-search__item, .pagefind-ui__result"
# Past this size a browser tab holding Material's whole index would take longer than the run is worth.
BROWSER_UP_TO = 10_000
PEERS_UP_TO = 10_000
# Our cold builds (`mkdocs build` from nothing, and the command line then `mkdocs build`) and Pelican's
# timed in turns, in an order that reads the same both ways: a machine whose speed drifts through the
# minutes of a run then weighs on each alike, where one Pelican build timed minutes after ours favoured
# whichever side the faster minutes fell on.
SIDE_BY_SIDE = ("ours", "two steps", "pelican", "pelican", "two steps", "ours")
# Saves of each kind under `mkdocs serve`: one save's seconds vary by more than the changes they measure.
SAVES = 3


def copy_site_setup(work: Path) -> None:
    """The project's site set-up (mkdocs.yml, people.yml, the docs' assets, the theme overrides) in `work`."""
    for name in ("mkdocs.yml", "people.yml"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "docs" / "assets", work / "docs" / "assets")
    if (ROOT / "overrides").is_dir():  # mkdocs.yml's theme.custom_dir: the build fails without it
        shutil.copytree(ROOT / "overrides", work / "overrides")


def setup_site(size: int, work: Path) -> None:
    """A copy of the project's site set-up around a fresh synthetic archive."""
    write_archive(size, work / "articles")
    copy_site_setup(work)


@contextmanager
def work_folder(prefix: str, keep: bool):
    """A temporary folder, removed afterwards unless `keep` (then its path is printed)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def generate(work: Path) -> dict:
    run = timed([PYTHON, "-m", "generator", "build", "--articles", "articles", "--docs", "docs"], work)
    summary = run.pop("output").strip().splitlines()[-1]
    written = re.search(r"(\d+) pages written", summary)
    return {**run, "pages_written": int(written.group(1)) if written else None, "summary": summary}


def render(work: Path) -> dict:
    run = timed([MKDOCS, "build"], work)
    # MkDocs' log lines only: Material's banner about MkDocs 2 also says "warning".
    run["warnings"] = len(re.findall(r"^WARNING\s+-", run.pop("output"), re.M))
    return run


@contextmanager
def fresh_copy(work: Path, name: str):
    """A copy of the set-up and the articles in `work/name`, as a fresh clone has them; removed after."""
    fresh = work / name
    fresh.mkdir()
    copy_site_setup(fresh)
    shutil.copytree(work / "articles", fresh / "articles")
    try:
        yield fresh
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def build_alone(work: Path) -> dict:
    """`mkdocs build` from nothing: what `make site` runs on a fresh clone (the plugin runs the
    generator; nothing is written into docs/)."""
    with fresh_copy(work, "alone") as alone:
        run = timed([MKDOCS, "build"], alone)
        run.pop("output")
        return run


def build_two_steps(work: Path) -> dict:
    """`python -m generator build`, then `mkdocs build`, from nothing: a cold build that also writes the
    Markdown pages into docs/."""
    with fresh_copy(work, "two-steps") as fresh:
        steps = [timed([PYTHON, "-m", "generator", "build"], fresh), timed([MKDOCS, "build"], fresh)]
        return {"seconds": round(sum(step["seconds"] for step in steps), 2),
                "peak_mb": max(step["peak_mb"] for step in steps)}


def side_by_side(work: Path) -> dict:
    """Our two cold builds and Pelican's build of the same archive, in the turns of SIDE_BY_SIDE, and
    each of ours against Pelican's: the sum of its seconds over the sum of Pelican's."""
    site = prepare_peer("pelican", read_archive(work / "articles"), work / "peers")
    build = {"ours": build_alone, "two steps": build_two_steps, "pelican": lambda _: build_peer("pelican", site)}
    runs: dict[str, list[dict]] = {who: [] for who in build}
    for who in SIDE_BY_SIDE:
        runs[who].append(build[who](work))
    seconds = {who: sum(run["seconds"] for run in runs[who]) for who in runs}
    return {**runs, "ratio": round(seconds["ours"] / seconds["pelican"], 2),
            "two_steps_ratio": round(seconds["two steps"] / seconds["pelican"], 2)}


def add_one_article(work: Path) -> dict:
    """One new article, then the dirty rebuild `make serve` runs on it."""
    first = sorted((work / "articles").glob("*.txt"))[0]
    body = first.read_text("utf-8").split(" ", 2)[2]  # after ` date YYYY-MM-DD`
    (work / "articles" / "zz-new.txt").write_text(f" date 2026-01-02 Tin mới nhất. {body}", "utf-8")
    return dirty_rebuild(work)


def change_one_article(work: Path) -> dict:
    """One article's text changed (a sentence added at its end), then the same dirty rebuild."""
    articles = sorted((work / "articles").glob("*.txt"))
    changed = articles[len(articles) // 2]
    changed.write_text(changed.read_text("utf-8").rstrip() + " Bài viết đã được cập nhật.\n", "utf-8")
    return dirty_rebuild(work)


def dirty_rebuild(work: Path) -> dict:
    """`mkdocs build --dirty`: the seconds until the changed page is served are those of the rebuild
    without the search index, which serving builds behind the pages."""
    run = timed([MKDOCS, "build", "--dirty"], work)
    output = run.pop("output")
    index = re.search(r"Search index: .*?([\d.]+) s$", output, re.M)
    generated = re.search(r"(\d+) pages written.* in ([\d.]+) s", output)
    index_seconds = float(index.group(1)) if index else 0.0
    return {**run, "visible_seconds": round(run["seconds"] - index_seconds, 2), "index_seconds": index_seconds,
            "generate_seconds": float(generated.group(2)) if generated else None,
            "pages_written": int(generated.group(1)) if generated else None}


def served_after_saves(work: Path, timeout_s: float = 3600) -> dict:
    """`make serve` itself (`mkdocs serve --dirty`): seconds from saving an article to the server's
    "Reloading browsers", when the changed page is served, for an article added and then one changed,
    SAVES times each in turn, with the server's CPU seconds over the same span (`*_cpu_seconds`,
    Linux); the medians, and every save's figures under `*_all`. Each save waits for the build
    before it and the search index behind it, as a writer who saves once in a while would find the
    server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    launched = time.perf_counter()
    server = subprocess.Popen([MKDOCS, "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    lines: list[tuple[float, str]] = []
    threading.Thread(target=lambda: lines.extend((time.perf_counter(), line) for line in server.stdout), daemon=True).start()

    def logged(text: str, since: float) -> float:
        """When the server first logged `text` after `since`."""
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline and server.poll() is None:
            at = next((t for t, line in list(lines) if t >= since and text in line), None)
            if at is not None:
                return at
            time.sleep(0.02)
        raise RuntimeError(f"mkdocs serve: no {text!r} in {timeout_s:.0f} s:\n{''.join(l for _, l in lines[-20:])}")

    def page(relative: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{mount}{relative}") as response:
            return response.read().decode("utf-8")

    mount = urlsplit(re.search(r"^site_url:\s*(\S+)", (work / "mkdocs.yml").read_text("utf-8"), re.M).group(1)).path.lstrip("/")
    try:
        started = logged("Search index:", logged("Serving on", 0))  # the first build, and its index behind it
        figures: dict = {"first_build_seconds": round(started - launched, 1)}
        articles = sorted((work / "articles").glob("*.txt"))
        body = articles[0].read_text("utf-8").split(" ", 2)[2]
        for turn in range(1, SAVES + 1):
            changed = articles[len(articles) // 2 + turn]
            for key, path, text, shown in (
                ("added", work / "articles" / f"zz-served-{turn}.txt", f" date 2026-01-0{2 + turn} Tin vừa lưu {turn}. {body}",
                 f"Tin vừa lưu {turn}"),
                ("changed", changed, changed.read_text("utf-8").rstrip() + " Câu vừa thêm khi đang xem.\n", "Câu vừa thêm khi đang xem"),
            ):
                saved, cpu = time.perf_counter(), _cpu_seconds(server.pid)
                path.write_text(text, "utf-8")
                reloaded = logged("Reloading browsers", saved)
                figures.setdefault(f"{key}_cpu_seconds_all", []).append(round(_cpu_seconds(server.pid) - cpu, 2))
                if shown not in page(f"articles/{path.stem}/"):
                    raise RuntimeError(f"mkdocs serve: articles/{path.stem}/ does not show the save")
                figures.setdefault(f"{key}_seconds_all", []).append(round(reloaded - saved, 2))
                logged("Search index:", reloaded)
        for key in ("added_seconds", "added_cpu_seconds", "changed_seconds", "changed_cpu_seconds"):
            figures[key] = statistics.median(figures[f"{key}_all"])
        return figures
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()


def _cpu_seconds(pid: int) -> float:
    """A running process's CPU seconds so far, all its threads (user and system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def search_index_seconds(work: Path) -> dict | None:
    """The search-index step timed alone on the built site; None when the project has none.

    The one place to adapt when the project's indexing step changes its command. `in_render` says
    whether `mkdocs build` already built the index (the plugin does), so the total counts it once.
    """
    site = work / "site"
    in_render = (site / "search-index" / "meta.json").exists() or any(site.glob("pagefind*/pagefind-entry.json"))
    if (ROOT / "generator" / "search_index.py").exists():
        command = [PYTHON, "-m", "generator", "index-search", str(site)]
    elif in_render or "pagefind" in (work / "mkdocs.yml").read_text(encoding="utf-8"):
        command = [PYTHON, "-m", "pagefind", "--site", str(site)]
    else:
        return None
    run = timed(command, work)
    run["summary"] = run.pop("output").strip().splitlines()[-1]
    return {**run, "in_render": in_render}


@contextmanager
def serving(folder: Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def first_result_ms(site_dir: Path, query: str, timeout_s: float = 300) -> dict:
    """A reader opens the home page, waits for it to load, and types the query: milliseconds to the
    first result.

    `ms` counts from opening the page (the index download is part of what a reader waits for),
    `after_typing_ms` from the first key, `after_last_key_ms` from the last; bytes are what the
    browser fetched in each span.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright

    with serving(site_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        fetched: list[tuple[float, object]] = []
        page.on("response", lambda response: fetched.append((time.perf_counter(), response)))
        opened = time.perf_counter()
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        # The archive's search is a dialog its header button opens; Pagefind's box is on the page.
        opener = page.locator(".md-header [data-archive-search-open]")
        if opener.count():
            opener.click()
        box = page.locator(".archive-search__input, input.pagefind-ui__search-input").first
        box.click()
        typed = time.perf_counter()
        box.press_sequentially(query)
        last_key = time.perf_counter()
        # Done at the first result, or when the search says, in Vietnamese or English, that it found nothing.
        try:
            outcome = page.wait_for_function(
                """selector => {
                    const NONE = /không tìm thấy|không có kết quả|no matching|no results/i;
                    if (document.querySelector(selector)) return "found";
                    const message = document.querySelector(".archive-search__status, .pagefind-ui__message");
                    if (message && NONE.test(message.textContent)) return "none";
                    return false;
                }""",
                arg=RESULT,
                timeout=timeout_s * 1000,
                polling=20,
            ).json_value()
        except PlaywrightTimeout:  # a figure for the table, not a crash that loses the other figures
            outcome = f"nothing in {timeout_s:.0f} s"
        done = time.perf_counter()

        def size(response) -> int:
            length = response.headers.get("content-length")
            return int(length) if length else len(response.body())

        result = {
            "query": query,
            "outcome": outcome,
            "ms": round((done - opened) * 1000),
            "after_typing_ms": round((done - typed) * 1000),
            "after_last_key_ms": round((done - last_key) * 1000),
            "bytes": sum(size(r) for t, r in fetched if t <= done),
            "bytes_after_typing": sum(size(r) for t, r in fetched if typed <= t <= done),
        }
        browser.close()
    return result


def measure(size: int, keep: bool) -> dict:
    with work_folder(f"bench-{size}-", keep) as work:
        started = time.perf_counter()
        setup_site(size, work)
        figures = {"articles": size, "archive_seconds": round(time.perf_counter() - started, 1)}
        figures["generate"] = generate(work)
        # Straight away, as a writer re-running the command would: the generator's cache at its best.
        figures["regenerate_cached"] = generate(work)
        # After generation, so the plugin's own run inside the build finds nothing to write.
        figures["render"] = render(work)
        figures["search_index"] = search_index_seconds(work)
        figures["site_bytes"] = file_bytes(work / "site")
        # After `mkdocs build`, whose plugin also ran the generator: what CI or `make site` then sees.
        figures["regenerate"] = generate(work)
        if size <= BROWSER_UP_TO and shutil.which("chromium"):
            figures["search"] = [first_result_ms(work / "site", query) for query in QUERIES]
        if size <= PEERS_UP_TO:
            try:
                figures["side_by_side"] = side_by_side(work)
                figures["peers"] = run_peers(work / "articles", work / "peers", names=("hugo",))
            except RuntimeError as error:  # keep our figures when a peer's build breaks
                print(f"peers: {error}", file=sys.stderr)
        turns = figures.get("side_by_side")
        # `mkdocs build` from nothing: the mean of its turns beside Pelican, when it had them.
        figures["alone"] = {"seconds": round(statistics.mean(run["seconds"] for run in turns["ours"]), 2),
                            "peak_mb": max(run["peak_mb"] for run in turns["ours"])} if turns else build_alone(work)
        # Last: it changes the archive the figures above were measured on.
        figures["add_one"] = add_one_article(work)
        figures["change_one"] = change_one_article(work)
        figures["serve"] = served_after_saves(work)
        index = figures["search_index"]
        total = figures["generate"]["seconds"] + figures["render"]["seconds"] + (index["seconds"] if index and not index["in_render"] else 0)
        figures["total_seconds"] = round(total, 2)
        figures["articles_per_second"] = round(size / total, 1)
        figures["site_bytes_per_article"] = round(figures["site_bytes"] / size)
        figures["peak_mb"] = max(figures[step]["peak_mb"] for step in ("generate", "render", "search_index", "regenerate")
                                  if figures[step])
        for name, peer in figures.get("peers", {}).items():
            peer["ours_over_theirs"] = round(total / peer["seconds"], 2)
            peer["alone_over_theirs"] = round(figures["alone"]["seconds"] / peer["seconds"], 2)
        if turns:  # Pelican against the builds it took turns with, not against builds minutes apart
            pelican = statistics.mean(run["seconds"] for run in turns["pelican"])
            figures["peers"]["pelican"] = {**turns["pelican"][0], "seconds": round(pelican, 2),
                                           "ours_over_theirs": turns["two_steps_ratio"], "alone_over_theirs": turns["ratio"]}
        return figures


def machine() -> dict:
    versions = {name: metadata.version(name) for name in ("mkdocs", "mkdocs-material") if _installed(name)}
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "memory_gb": round(memory / 2**30),
            "platform": platform.platform(), "python": platform.python_version(), **versions}


def _installed(name: str) -> bool:
    try:
        metadata.version(name)
        return True
    except metadata.PackageNotFoundError:
        return False


def table(f: dict) -> str:
    g, r, again, s = f["generate"], f["render"], f["regenerate"], f["search_index"]
    rows = [
        ("articles", f"{f['articles']:,}"),
        ("generate", f"{g['seconds']} s, peak {g['peak_mb']} MB"),
        ("render (mkdocs build)", f"{r['seconds']} s, peak {r['peak_mb']} MB, {r['warnings']} warnings"),
        ("search index", f"{s['seconds']} s alone, peak {s['peak_mb']} MB{', inside render' if s['in_render'] else ''}: {s['summary']}" if s else "n/a"),
        ("total", f"{f['total_seconds']} s, {f['articles_per_second']} articles/s, peak {f['peak_mb']} MB"),
        ("`mkdocs build` alone", f"{f['alone']['seconds']} s from nothing, peak {f['alone']['peak_mb']} MB (what `make site` runs)"),
        ("site", f"{f['site_bytes'] / 2**20:.0f} MB, {f['site_bytes_per_article']:,} bytes per article"),
        ("generate again at once", f"{f['regenerate_cached']['seconds']} s, {f['regenerate_cached']['pages_written']} pages written"),
        ("generate again after render", f"{again['seconds']} s, {again['pages_written']} pages written"),
    ]
    for q in f.get("search", []):
        rows.append((f"search '{q['query']}'", f"{q['outcome']} {q['after_last_key_ms']} ms after the last key "
                                               f"({q['after_typing_ms']} ms after the first, {q['ms']} ms from opening), "
                                               f"{q['bytes_after_typing'] / 1024:.0f} KB fetched from the first key "
                                               f"({q['bytes'] / 2**20:.1f} MB with the page)"))
    for key, what in (("add_one", "add one article"), ("change_one", "change one article")):
        run = f[key]
        rows.append((f"{what}, dirty rebuild", f"page served after {run['visible_seconds']} s (generate "
                                               f"{run['generate_seconds']} s, {run['pages_written']} pages written); "
                                               f"search index {run['index_seconds']} s behind it"))
    if "serve" in f:
        v = f["serve"]
        rows.append(("under `mkdocs serve --dirty`", f"added article served {v['added_seconds']} s after saving (median of "
                                                      f"{', '.join(map(str, v['added_seconds_all']))}), changed one "
                                                      f"{v['changed_seconds']} s ({', '.join(map(str, v['changed_seconds_all']))})"))
    if "side_by_side" in f:
        t = f["side_by_side"]
        rows.append(("cold builds and Pelican in turns", " → ".join(f"{who} {run['seconds']} s" for who, run in zip(
            SIDE_BY_SIDE, _in_turns(t))) + f": `mkdocs build` {t['ratio']}x Pelican's time, the command line then "
                                             f"`mkdocs build` {t['two_steps_ratio']}x"))
    for name, p in f.get("peers", {}).items():
        rows.append((name, f"{p['seconds']} s, peak {p['peak_mb']} MB, site {p['site_bytes'] / 2**20:.0f} MB; ours {p['ours_over_theirs']}x "
                           f"its time (`mkdocs build` alone {p['alone_over_theirs']}x)"))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _in_turns(turns: dict) -> list[dict]:
    taken = {who: iter(turns[who]) for who in set(SIDE_BY_SIDE)}
    return [next(taken[who]) for who in SIDE_BY_SIDE]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Scale benchmark of the archive pipeline and its peers.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default: %(default)s)")
    parser.add_argument("--large", action="store_true", help="add 100,000 articles")
    parser.add_argument("--keep", action="store_true", help="keep each size's temporary folder")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] + ([100_000] if args.large else [])
    about = machine()
    print(f"{about['date']}: {about['cpus']} CPUs, {about['memory_gb']} GB, {about['platform']}, Python {about['python']}, "
          f"MkDocs {about.get('mkdocs')}, Material {about.get('mkdocs-material')}")
    for size in sizes:
        figures = {"machine": about, **measure(size, args.keep)}
        (BENCH / f"results-{size}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\n{table(figures)}", flush=True)


if __name__ == "__main__":
    main()
