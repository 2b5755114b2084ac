"""Lighthouse's scores of each kind of page: accessibility, best practices and performance (mobile, its
default), with the audits that cost points. Not a test: the figures depend on the machine.

    make bench-lighthouse                      # the bundled sample, built here
    make bench-lighthouse SITE=/path/to/site   # a site already built (with the site_url of mkdocs.yml)

The site is served at the path of `site_url`, as the 404 page's absolute links expect. Lighthouse is
pinned in bench/lighthouse/package.json, out of the test suite's install.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import CHROMIUM_ARGS  # noqa: E402
from tests.serve_subpath import serve  # noqa: E402

LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["accessibility", "best-practices", "performance"]


def site_path() -> str:
    """The path of `site_url` (`/news-archive/`), read as text: mkdocs.yml's tags are not needed here."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    url = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("site_url:"))
    return urlsplit(yaml.safe_load(url)).path or "/"


def first(folder: Path, pattern: str) -> str | None:
    found = sorted(p for p in folder.glob(pattern) if p.name == "index.html")
    return found[0].parent.relative_to(folder).as_posix() + "/" if found else None


def pages(site: Path) -> dict[str, str]:
    """One page of each kind the site has, by the address under the site's root."""
    kinds = {
        "home": "",
        "people A–Z": "people/",
        "person": first(site, "people/*/index.html"),
        "month": first(site, "dates/[0-9]*/[0-9]*/index.html"),
        "undated": "dates/undated/" if (site / "dates" / "undated" / "index.html").is_file() else None,
        "article": first(site, "articles/*/index.html"),
        "404": "404.html",
    }
    return {kind: address for kind, address in kinds.items() if address is not None}


def scores(url: str) -> dict:
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, f"--only-categories={','.join(CATEGORIES)}", "--output=json",
             f"--output-path={report}", "--quiet", f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)}"],
            check=True, env={**os.environ, "CHROME_PATH": shutil.which("chromium") or "chromium"}, timeout=300,
        )
        result = json.loads(report.read_text("utf-8"))
    costly = []
    for category in result["categories"].values():
        for ref in category["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                costly.append(f"{ref['id']} {audit.get('displayValue', '')}".strip())
    return {"scores": {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}, "costly": costly}


def build_sample(folder: Path) -> Path:
    from tests.conftest import build_site

    return build_site(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, help="a built site folder (default: build the sample)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make bench-lighthouse`, which installs it")
    with tempfile.TemporaryDirectory() as work:
        site = args.site or build_sample(Path(work))
        with serve(site, site_path()) as url:
            print(f"{'page':<12} {'a11y':>5} {'best':>5} {'perf':>5}  audits below 100")
            for kind, address in pages(site).items():
                found = scores(url + address)
                a11y, best, perf = (found["scores"][name] for name in CATEGORIES)
                print(f"{kind:<12} {a11y:>5} {best:>5} {perf:>5}  {'; '.join(found['costly']) or '-'}", flush=True)


if __name__ == "__main__":
    main()
