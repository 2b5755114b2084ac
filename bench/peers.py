"""Build the same raw archive with Pelican and with Hugo, set up as a user would, and time each build.

    python -m bench.peers ARTICLES_DIR [WORK_DIR]

Only build time is compared, so the conversion to each tool's Markdown input is deliberately simple:
title from the first sentence, the header's date, people from a title-before-name regex. Both tools
come from bench/requirements.txt, installed into bench/.venv: Pelican 4.12 pins Pygments below 2.20,
which Material needs, so they cannot share the project's venv.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PEERS_BIN = BENCH / ".venv" / "bin"
HEADER = re.compile(r"^\s*date:?\s+(\d{4})(?:-(\d\d))?(?:-(\d\d))?\s+")
# A title or honorific, then the capitalised words of a name: crude, and enough to give each tool a
# realistic number of tag or taxonomy pages.
PERSON = re.compile(r"\b(?:Tổng thống|Thủ tướng|Bộ trưởng|Ngoại trưởng|Chủ tịch|[Ôô]ng|[Bb]à|President|Prime Minister|Mr|Ms)\s+(\S+(?:\s+\S+){0,3})")
PAGE_SIZE = 20  # list pages of both tools are paginated as a user would set them, not one page of 10,000


def timed(command: list[str], cwd: Path) -> dict:
    """Wall seconds and peak resident memory of one command and the children it waited for."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read()
    # wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would mix in every earlier step.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise RuntimeError(f"{' '.join(map(str, command))} failed ({process.returncode}):\n{output[-3000:]}")
    # CPU seconds, its own and its children's: what a step costs whatever else the machine runs.
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024), "output": output}


def parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = HEADER.match(text)
    year, month, day = match.groups() if match else ("1970", None, None)
    body = text[match.end():] if match else text
    first = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    title = first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0] + "…"
    people = []
    for found in PERSON.finditer(body):
        words = []
        for word in found.group(1).split():
            if not word[:1].isupper():
                break
            words.append(word.strip(",.;:\"”()"))
        name = " ".join(words)
        if len(words) >= 2 and name not in people:
            people.append(name)
    return {"slug": path.stem, "title": title, "date": f"{year}-{month or '01'}-{day or '01'}",
            "year": year, "month": f"{year}-{month or '01'}", "people": people[:10], "body": body.strip()}


def write_pelican(articles: list[dict], site: Path) -> None:
    content = site / "content"
    content.mkdir(parents=True)
    for a in articles:
        tags = ", ".join(p.replace(",", " ") for p in a["people"])
        (content / f"{a['slug']}.md").write_text(
            f"Title: {a['title']}\nDate: {a['date']}\nSlug: {a['slug']}\nTags: {tags}\n\n{a['body']}\n", encoding="utf-8")
    # pelican-quickstart's answers, plus year and month archives.
    (site / "pelicanconf.py").write_text(f"""
AUTHOR = "Bench"
SITENAME = "Archive"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = {PAGE_SIZE}
YEAR_ARCHIVE_SAVE_AS = "{{date:%Y}}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/index.html"
""", encoding="utf-8")


HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html><html lang="{{ site.Language.LanguageCode }}"><head><meta charset="utf-8">
<title>{{ .Title }} | {{ site.Title }}</title></head><body><nav><a href="/">{{ site.Title }}</a>
<a href="/people/">People</a> <a href="/years/">Years</a> <a href="/months/">Months</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
<p>{{ range .GetTerms "people" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}</article>{{ end }}""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pager := .Paginate .Pages }}<ul>
{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ with $pager.Prev }}<a href="{{ .URL }}">prev</a>{{ end }} {{ with $pager.Next }}<a href="{{ .URL }}">next</a>{{ end }}{{ end }}""",
}


def write_hugo(articles: list[dict], site: Path) -> None:
    content = site / "content" / "articles"
    content.mkdir(parents=True)
    for a in articles:
        front = {"title": a["title"], "date": a["date"], "people": a["people"], "years": [a["year"]], "months": [a["month"]]}
        # JSON front matter: Hugo reads it natively, and no quoting of titles can go wrong.
        (content / f"{a['slug']}.md").write_text(json.dumps(front, ensure_ascii=False) + "\n\n" + a["body"] + "\n", encoding="utf-8")
    layouts = site / "layouts"
    layouts.mkdir()
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    (site / "hugo.toml").write_text(f"""baseURL = "http://127.0.0.1/"
languageCode = "vi"
title = "Archive"
disableKinds = ["rss"]
[pagination]
pagerSize = {PAGE_SIZE}
[taxonomies]
person = "people"
year = "years"
month = "months"
""", encoding="utf-8")


def hugo_binary() -> str:
    # The binary inside the `hugo` package, not its Python launcher, so no interpreter start-up is timed.
    found = sorted((BENCH / ".venv").glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return str(found[0]) if found else str(PEERS_BIN / "hugo")


def file_bytes(folder: Path) -> int:
    """The bytes of the files under `folder`: what a host stores and serves. `du -sb` would add 4 KB for
    each folder (one a page, with pretty addresses), which no reader downloads."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def _pelican_command() -> list[str]:
    return [str(PEERS_BIN / "pelican"), "content", "-s", "pelicanconf.py", "-o", "output", "-q"]


def _hugo_command() -> list[str]:
    return [hugo_binary(), "--quiet", "--destination", "public"]


# Each tool: how its input is written, the command that builds it, and the folder it builds into.
PEERS = {"pelican": (write_pelican, _pelican_command, "output"), "hugo": (write_hugo, _hugo_command, "public")}


def prepare_peer(name: str, articles: list[dict], work: Path) -> Path:
    """The archive converted for one tool (not timed): the folder its builds run in."""
    if not (PEERS_BIN / "pelican").exists():
        raise RuntimeError("Pelican and Hugo are not installed: run `make bench`, which installs bench/requirements.txt")
    site = work / name
    shutil.rmtree(site, ignore_errors=True)
    PEERS[name][0](articles, site)
    return site


def build_peer(name: str, site: Path) -> dict:
    """One clean build by one tool of the archive `prepare_peer` converted: its seconds, memory and site."""
    _, command, output = PEERS[name]
    shutil.rmtree(site / output, ignore_errors=True)
    run = timed(command(), site)
    return {"seconds": run["seconds"], "cpu_seconds": run["cpu_seconds"], "peak_mb": run["peak_mb"],
            "site_bytes": file_bytes(site / output)}


def read_archive(articles_dir: Path) -> list[dict]:
    return [parse(path) for path in sorted(articles_dir.glob("*.txt"))]


def run_peers(articles_dir: Path, work: Path, names: tuple[str, ...] = tuple(PEERS)) -> dict:
    """Convert the archive for each tool (not timed), then time one clean build of each."""
    articles = read_archive(articles_dir)
    return {name: build_peer(name, prepare_peer(name, articles, work)) for name in names}


if __name__ == "__main__":
    source = Path(sys.argv[1])
    print(json.dumps(run_peers(source, Path(sys.argv[2]) if len(sys.argv) > 2 else source.parent / "peers"), indent=2))
