"""The site built in shards side by side (`make site` with `shards:` in mkdocs.yml) beside the same
site built by one `mkdocs build`, on a synthetic archive (bench/make_archive.py).

    .venv/bin/python -m bench.shards --size 10000              # both builds, then one changed article
    .venv/bin/python -m bench.shards --size 100000 --no-single  # the shards alone

Prints the figures and writes them, step by step, to bench/results-shards-<size>.json (not tracked). Each shard's
own wall time and peak memory come from /usr/bin/time around its `mkdocs build`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from bench.peers import file_bytes, timed
from bench.run import BENCH, MKDOCS, PYTHON, QUERIES, first_result_ms, setup_site

# What `make site` runs, with each build timed on its own.
SHARDED_BUILD = ('builds="$({python} -m generator shards --strict)" && '
                 "printf '%s\\n' $builds | xargs -r -n 1 -P {jobs} /usr/bin/time -f 'shard %e s %U %S cpu %M KB %C' "
                 "{mkdocs} build --strict -q -f")
SHARD_LINE = re.compile(r"^shard ([\d.]+) s ([\d.]+) ([\d.]+) cpu (\d+) KB .* -f \.archive-shard-(\S+)\.yml$", re.M)


def sharded(work: Path, jobs: int, figures: dict, save) -> dict:
    """`generator shards`, the stale shards' builds `jobs` at a time, and the assembly, each timed
    into `figures` and saved as it ends."""
    plan = timed([PYTHON, "-m", "generator", "shards", "--strict", "--all"], work)
    generate = re.search(r"(\d+) pages written.* in ([\d.]+) s", plan.pop("output"))
    figures["generate"] = {**plan, "generate_seconds": float(generate.group(2)) if generate else None}
    save()
    # The plan step generated the pages: the builds below find them unchanged and only plan again.
    builds = timed(["sh", "-c", SHARDED_BUILD.format(python=PYTHON, jobs=jobs, mkdocs=MKDOCS)], work)
    figures["shards"] = {name: {"seconds": float(seconds), "cpu_seconds": round(float(user) + float(system), 2),
                                "peak_mb": round(int(kb) / 1024)}
                         for seconds, user, system, kb, name in SHARD_LINE.findall(builds.pop("output"))}
    figures["builds"] = builds
    save()
    assemble = timed([PYTHON, "-m", "generator", "assemble"], work)
    assemble.pop("output")
    figures["assemble"] = assemble
    figures["seconds"] = round(plan["seconds"] + builds["seconds"] + assemble["seconds"], 2)
    save()
    return figures


def measure(size: int, jobs: int, single: bool, browser: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-shards-{size}-"))
    result: dict = {"size": size, "jobs": jobs, "load_before": os.getloadavg()}
    # Saved after each step: a run stopped half-way (100,000 articles take hours) keeps what it measured.
    save = _saver(result)
    try:
        setup_site(size, work)
        if single:
            run = timed([MKDOCS, "build", "--strict"], work)
            run.pop("output")
            result["single"] = {**run, "site_bytes": file_bytes(work / "site")}
            save()
            shutil.rmtree(work / "site")
            shutil.rmtree(work / ".archive-cache")
        config = work / "mkdocs.yml"
        config.write_text(config.read_text("utf-8").replace("      newest: 20\n", "      newest: 20\n      shards: year\n"),
                          "utf-8")
        sharded(work, jobs, result.setdefault("sharded", {}), save)
        result["sharded"]["site_bytes"] = file_bytes(work / "site")
        result["sharded"]["cache_bytes"] = file_bytes(work / ".archive-cache")
        save()
        if browser:
            result["search"] = {query: first_result_ms(work / "site", query) for query in QUERIES}
            save()
        articles = sorted((work / "articles").glob("*.txt"))
        changed = articles[len(articles) // 2]
        changed.write_text(changed.read_text("utf-8").rstrip() + " Bài viết đã được cập nhật.\n", "utf-8")
        time.sleep(0.01)
        sharded(work, jobs, result.setdefault("changed_article", {}), save)
        result["load_after"] = os.getloadavg()
        save()
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _saver(result: dict):
    path = BENCH / f"results-shards-{result['size']}.json"
    return lambda: path.write_text(json.dumps(result, indent=1), "utf-8")


def report(result: dict) -> None:
    size = result["size"]
    print(f"\n{size:,} articles, {result['jobs']} builds at a time; load average before {result['load_before']}")
    if "single" in result:
        single = result["single"]
        print(f"  one mkdocs build: {single['seconds']} s ({single['cpu_seconds']} s of CPU), peak {single['peak_mb']} MB, "
              f"{single['site_bytes'] / size / 1024:.1f} KB an article")
    for label in ("sharded", "changed_article"):
        run = result[label]
        shards = run["shards"]
        steps = [run[step] for step in ("generate", "builds", "assemble")]
        print(f"  {label}: {run['seconds']} s ({sum(step['cpu_seconds'] for step in steps):.1f} s of CPU) = generate "
              f"and plan {run['generate']['seconds']} s (peak {run['generate']['peak_mb']} MB) + {len(shards)} shard "
              f"builds {run['builds']['seconds']} s + assemble {run['assemble']['seconds']} s")
        for name, figures in sorted(shards.items()):
            print(f"    shard {name}: {figures['seconds']} s ({figures['cpu_seconds']} s of CPU), peak {figures['peak_mb']} MB")
    if "site_bytes" in result["sharded"]:
        print(f"  site {result['sharded']['site_bytes'] / 1e6:.0f} MB, "
              f"{result['sharded']['site_bytes'] / size / 1024:.1f} KB an article")
    for query, figures in result.get("search", {}).items():
        print(f"  search {query!r}: {figures}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-single", action="store_true", help="skip the single-process build")
    parser.add_argument("--no-browser", action="store_true", help="skip the search in headless Chromium")
    args = parser.parse_args()
    report(measure(args.size, args.jobs, not args.no_single, not args.no_browser))


if __name__ == "__main__":
    main()
