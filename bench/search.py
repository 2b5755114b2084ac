"""Search quality and speed on real Vietnamese news: `make bench-search`.

    .venv/bin/python -m bench.search /work/corpora                 # the Dân trí articles: quality and speed
    .venv/bin/python -m bench.search /work/corpora --size 10000    # speed at 10,000 real articles

The folder (or NEWS_CORPORA) holds `vi-dantri/` (files with `# doc_id`, `# url`, `# date = YYYYMMDD`
lines, then the headline and one paragraph a line); `--size` beyond it adds `vi-vlsp2018/` (tags
stripped) and `vi-vnexpress-football/`, then articles made of two of those joined (the generator
builds a repeated text once). Without the folder it says so and stops. The articles are converted into the generator's plain format in a
temporary folder, built into a site with the project's set-up, and each query is typed into the
search box of that site in headless Chromium.

Relevant to a query: an article whose title, text or line of people holds the query's phrase with its
marks, as whole syllables, any case; for a person, also their page. Printed: mean reciprocal rank of the first
relevant result, precision in the top 10 over queries with at least 10 relevant, milliseconds from
the last key to the first result and bytes fetched from the first key.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from bench.run import CHROMIUM_ARGS, MKDOCS, ROOT, copy_site_setup, serving, work_folder
from generator.search_index import read_article

# (typed, phrase): the phrase, with its marks, decides what is relevant.
QUERIES = [
    # people
    ("nguyen xuan phuc", "Nguyễn Xuân Phúc"), ("Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc"),
    ("vu duc dam", "Vũ Đức Đam"), ("pham minh chinh", "Phạm Minh Chính"), ("donald trump", "Donald Trump"),
    ("joe biden", "Joe Biden"), ("cong phuong", "Công Phượng"), ("quang hai", "Quang Hải"),
    ("nguyen phu trong", "Nguyễn Phú Trọng"), ("vuong dinh hue", "Vương Đình Huệ"),
    ("bau duc", "Bầu Đức"),
    # places
    ("da nang", "Đà Nẵng"), ("Đà Nẵng", "Đà Nẵng"), ("tan son nhat", "Tân Sơn Nhất"),
    ("thua thien hue", "Thừa Thiên Huế"), ("dong nai", "Đồng Nai"), ("hai phong", "Hải Phòng"),
    ("nghe an", "Nghệ An"), ("ha tinh", "Hà Tĩnh"), ("dak lak", "Đắk Lắk"), ("quang ngai", "Quảng Ngãi"),
    ("quang tri", "Quảng Trị"), ("dong thap", "Đồng Tháp"), ("sai gon", "Sài Gòn"),
    ("binh duong", "Bình Dương"),
    ("ha noi", "Hà Nội"), ("bien dong", "biển Đông"), ("mien trung", "miền Trung"),
    # topics, one to three syllables
    ("bong da", "bóng đá"), ("bóng đá", "bóng đá"), ("duong", "đường"), ("đường", "đường"),
    ("giao duc", "giáo dục"), ("lu lut", "lũ lụt"), ("thuy dien", "thủy điện"),
    ("tuyen sinh", "tuyển sinh"),
    ("lua dao", "lừa đảo"), ("ma tuy", "ma túy"), ("gia vang", "giá vàng"), ("xang dau", "xăng dầu"),
    ("cach ly", "cách ly"), ("xet nghiem", "xét nghiệm"), ("doi tuyen", "đội tuyển"),
    ("bat dong san", "bất động sản"), ("tai nan giao thong", "tai nạn giao thông"),
    ("thi truong chung khoan", "thị trường chứng khoán"), ("bo cong an", "Bộ Công an"),
    ("hoi dong nhan dan", "Hội đồng nhân dân"), ("dong nam a", "Đông Nam Á"),
    # marks typed for a rarer form of a common folded phrase
    ("đa năng", "đa năng"), ("bóng dáng", "bóng dáng"), ("Chủ tịch nước", "Chủ tịch nước"),
]
TOP = 10


def _dantri(path: Path) -> tuple[str, list[str]]:
    lines = path.read_text("utf-8").splitlines()
    found = next((re.match(r"# date = (\d{4})(\d\d)(\d\d)", line) for line in lines if line.startswith("# date")), None)
    paragraphs = [line for line in lines if line.strip() and not line.startswith("# ")]
    return ("-".join(found.groups()) if found else "", paragraphs)


def _vlsp(path: Path) -> list[str]:
    text = re.sub(r"</?ENAMEX[^>]*>", "", path.read_text("utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _football(folder: Path):
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text("utf-8")):
            day = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", item.get("date", ""))
            paragraphs = [item.get("title", "").strip("'\" ")]
            paragraphs += [p for p in item.get("content", "").split("\n") if p.strip()]
            yield (f"{day.group(3)}-{int(day.group(2)):02d}-{int(day.group(1)):02d}" if day else ""), paragraphs


def write_corpus(corpora: Path, out: Path, size: int | None) -> int:
    """The articles in the generator's plain format (a `date` line, paragraphs between blank lines)."""
    out.mkdir(parents=True)
    dantri = [_dantri(path) for path in sorted((corpora / "vi-dantri").glob("*.txt"))]
    articles = list(dantri)
    if size and size > len(articles):
        start = date(2018, 1, 1)
        vlsp = sorted((corpora / "vi-vlsp2018").rglob("*.muc"))
        articles += [((start + timedelta(days=i % 365)).isoformat(), _vlsp(p)) for i, p in enumerate(vlsp)]
        articles += list(_football(corpora / "vi-vnexpress-football"))
        # Each text once: the corpora hold some twice, which the generator would build once.
        real = list({"\n".join(text): (when, text) for when, text in articles}.values())
        articles = list(real)
        for number in range(size - len(real)):  # one article's headline and text, then another's text
            when, first = real[number % len(real)]
            second = real[(number + 1 + number // len(real)) % len(real)][1]
            articles.append((when, first + second[1:]))
    articles = articles[:size] if size else articles
    for number, (when, paragraphs) in enumerate(articles):
        header = f"date {when}\n\n" if when else ""
        (out / f"{number:05d}.txt").write_text(header + "\n\n".join(paragraphs) + "\n", "utf-8")
    return len(articles)


def build(corpora: Path, work: Path, size: int | None) -> tuple[int, float]:
    count = write_corpus(corpora, work / "articles", size)
    copy_site_setup(work)
    started = time.perf_counter()
    subprocess.run([MKDOCS, "build", "--quiet"], cwd=work, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return count, time.perf_counter() - started


def _holds(phrase: str):
    return re.compile(r"(?<![^\W_])" + re.escape(unicodedata.normalize("NFC", phrase).lower()) + r"(?![^\W_])")


def relevant(site: Path) -> dict[str, set[str]]:
    """For each phrase, the addresses (from the site's root) of the pages relevant to it."""
    pages = [read_article(site, path) for path in site.glob("articles/*/index.html")]
    texts = [(p.url, unicodedata.normalize("NFC", " | ".join([p.title, p.text, *p.people])).lower()) for p in pages]
    people = {}
    for path in site.glob("people/*/index.html"):
        name = re.search(r"<h1[^>]*>(.*?)</h1>", path.read_text("utf-8"), re.S)
        if name:
            key = unicodedata.normalize("NFC", html.unescape(name.group(1)).strip()).lower()
            people[key] = path.parent.relative_to(site).as_posix() + "/"
    found = {}
    for _, phrase in QUERIES:
        holds = _holds(phrase)
        found[phrase] = {url for url, text in texts if holds.search(text)}
        person = people.get(unicodedata.normalize("NFC", phrase).lower())
        if person:
            found[phrase].add(person)
    return found


def run_queries(site: Path, queries: list[tuple[str, str]]) -> list[dict]:
    """Each query typed into the box of a freshly loaded home page (an empty cache): the results'
    addresses, milliseconds from the last key to the first result, bytes fetched from the first key."""
    from playwright.sync_api import sync_playwright

    out = []
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        for typed, phrase in queries:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            fetched: list[tuple[float, int]] = []
            page.on("response", lambda r: fetched.append(
                (time.perf_counter(), int(r.headers.get("content-length") or len(r.body())))))
            page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
            page.locator(".md-header [data-archive-search-open]").click()
            box = page.locator(".archive-search__input")
            page.wait_for_load_state("networkidle")
            typed_at = time.perf_counter()
            box.press_sequentially(typed)
            last_key = time.perf_counter()
            page.wait_for_function("""() => document.querySelector('.archive-search__item')
                || /Không tìm thấy/.test(document.querySelector('.archive-search__status').textContent)""",
                                   polling=10, timeout=60_000)
            first = time.perf_counter()
            # Then the whole list of the whole query.
            page.locator('.archive-search__results[aria-busy="false"]').wait_for(timeout=60_000)
            hrefs = page.eval_on_selector_all(".archive-search__link",
                                              "links => links.map(a => a.getAttribute('href'))")
            out.append({"query": typed, "phrase": phrase, "results": [h.lstrip("/") for h in hrefs],
                        "ms": round((first - last_key) * 1000),
                        "bytes": sum(size for t, size in fetched if typed_at <= t <= first)})
            context.close()
        browser.close()
    return out


def person_filter(site: Path, name: str) -> dict:
    """The person filter used alone: names suggested, bytes of the suggestions, milliseconds from
    choosing the name to the list of their articles."""
    from playwright.sync_api import sync_playwright

    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url, wait_until="load")
        page.locator(".md-header [data-archive-search-open]").click()
        person = page.locator(".archive-search__filters input")
        person.click()
        page.wait_for_load_state("networkidle")
        suggested = page.locator("#archive-people option").count()
        person.fill(name)
        chosen = time.perf_counter()
        person.dispatch_event("change")
        page.locator('.archive-search__results[aria-busy="false"]').wait_for(timeout=60_000)
        ms = round((time.perf_counter() - chosen) * 1000)
        shown = page.locator(".archive-search__status").inner_text()
        browser.close()
    suggestions = (site / "search-index" / "people.json").stat().st_size
    return {"name": name, "suggested": suggested, "suggestions_kb": round(suggestions / 1024), "ms": ms, "shown": shown}


def score(runs: list[dict], found: dict[str, set[str]]) -> dict:
    for run in runs:
        wanted = found[run["phrase"]]
        run["relevant"] = len(wanted)
        ranks = [i for i, url in enumerate(run["results"], 1) if url in wanted]
        run["rr"] = 1 / ranks[0] if ranks else 0.0
        run["p10"] = sum(url in wanted for url in run["results"][:TOP]) / TOP if len(wanted) >= TOP else None
    judged = [r for r in runs if r["relevant"]]
    p10 = [r["p10"] for r in judged if r["p10"] is not None]
    ms = sorted(r["ms"] for r in runs)
    return {"queries": len(judged), "mrr": round(statistics.mean(r["rr"] for r in judged), 3),
            "p10_queries": len(p10), "p10": round(statistics.mean(p10), 3) if p10 else None,
            "ms_median": statistics.median(ms), "ms_max": ms[-1], "ms_p90": ms[int(0.9 * (len(ms) - 1))],
            "kb_median": round(statistics.median(r["bytes"] for r in runs) / 1024),
            "kb_max": round(max(r["bytes"] for r in runs) / 1024)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("NEWS_CORPORA"),
                        help="folder holding vi-dantri/ (default: $NEWS_CORPORA)")
    parser.add_argument("--size", type=int, help="articles (default: the Dân trí articles, all)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if not args.corpora or not (Path(args.corpora) / "vi-dantri").is_dir():
        print("bench-search: skipped, no corpus (give the folder holding vi-dantri/, or set NEWS_CORPORA)")
        return 0
    with work_folder("bench-search-", args.keep) as work:
        written, seconds = build(Path(args.corpora), work, args.size)
        site = work / "site"
        count = sum(1 for _ in site.glob("articles/*/index.html"))  # a text saved twice is built once
        index_bytes = sum(f.stat().st_size for f in (site / "search-index").rglob("*") if f.is_file())
        print(f"{written:,} files, {count:,} articles built in {seconds:.0f} s; search index {index_bytes / 1e6:.1f} MB")
        found = relevant(site)
        runs = run_queries(site, QUERIES)
        figures = score(runs, found)
        width = max(len(q) for q, _ in QUERIES)
        for run in runs:
            p10 = f"{run['p10']:.1f}" if run["p10"] is not None else "  -"
            print(f"{run['query'].ljust(width)}  relevant {run['relevant']:4}  RR {run['rr']:.2f}  P@10 {p10}  "
                  f"{run['ms']:4} ms  {run['bytes'] / 1024:5.0f} KB")
        print(f"\n{count:,} articles, {figures['queries']} queries: MRR {figures['mrr']}, P@10 {figures['p10']} "
              f"({figures['p10_queries']} queries with >= {TOP} relevant); first result after the last key "
              f"median {figures['ms_median']} ms, 90th percentile {figures['ms_p90']} ms, max {figures['ms_max']} ms; "
              f"fetched per query median {figures['kb_median']} KB, max {figures['kb_max']} KB")
        # Without the results' addresses: they are made from the articles' headlines.
        kept = [{k: v for k, v in run.items() if k != "results"} for run in runs]
        chosen = person_filter(site, QUERIES[1][1])
        print(f"person filter: {chosen['suggested']:,} names suggested ({chosen['suggestions_kb']} KB); "
              f"{chosen['name']} chosen: {chosen['shown']} after {chosen['ms']} ms")
        figures["person_filter"] = chosen
        (ROOT / "bench" / f"search-{count}.json").write_text(
            json.dumps({"figures": figures, "runs": kept}, indent=1, ensure_ascii=False) + "\n", "utf-8")
        return 0


if __name__ == "__main__":
    sys.exit(main())
