"""The shards' sites put together into one (generator/shards.py): each shard's pages where a single
build would have put them, one search over the shards' indexes, and a sitemap index of their sitemaps.

Files are hard-linked from the shards' sites where the file system allows (a 100,000-article site is
gigabytes); MkDocs empties a site folder before building into it, so a rebuilt shard never writes
through a link into the assembled site.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from .errors import ConfigError
from .search_index import INDEX_DIR, SearchReport, merge_search_parts
from .shards import SHARED, STAMP, Plan

SITEMAPS_DIR = "sitemaps"
SITEMAP = "sitemap.xml"


@dataclass(frozen=True)
class AssembleReport:
    shards: int
    files: int
    search: SearchReport


def assemble(plan: Plan, shard_site, site: Path, site_url: str | None) -> AssembleReport:
    """`shard_site(name)`: the folder a shard was built into. The assembled site is made aside and then
    put in place of `site`."""
    missing = [shard.name for shard in plan.shards if not shard_site(shard.name).is_dir()]
    if missing:
        raise ConfigError([f"shard '{name}' is not built: build it with mkdocs build -f, or download it" for name in missing])
    staging = site.with_name(f".{site.name}-assembling")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    files = 0
    # The shared shard first: of the files every shard has (the theme's assets, the 404 page), its own are kept.
    for shard in plan.shards:
        built = shard_site(shard.name)
        files += _link_tree(built, staging, skip={STAMP, SITEMAP, f"{SITEMAP}.gz", INDEX_DIR})
        if (built / SITEMAP).exists():
            (staging / SITEMAPS_DIR).mkdir(exist_ok=True)
            _link(built / SITEMAP, staging / SITEMAPS_DIR / f"{shard.name}.xml")
        if shard.name != SHARED:
            _link_tree(built / INDEX_DIR, staging / INDEX_DIR / shard.name, skip=set())
    search = merge_search_parts(staging, [shard.name for shard in plan.shards if shard.name != SHARED])
    (staging / SITEMAP).write_text(_sitemap_index([shard.name for shard in plan.shards], site_url), "utf-8")
    shutil.rmtree(site, ignore_errors=True)
    staging.rename(site)
    return AssembleReport(len(plan.shards), files, search)


def _link_tree(source: Path, target: Path, skip: set[str]) -> int:
    """Every file under `source` at the same place under `target`, but those already there and the
    top-level names in `skip`; how many were added."""
    added = 0
    for directory, subfolders, names in os.walk(source):
        here = Path(directory)
        if here == source:
            subfolders[:] = [name for name in subfolders if name not in skip]
            names = [name for name in names if name not in skip]
        into = target / here.relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            if not (into / name).exists():
                _link(here / name, into / name)
                added += 1
    return added


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(source, target)


def _sitemap_index(names: list[str], site_url: str | None) -> str:
    base = site_url or ""
    entries = "".join(f"<sitemap><loc>{escape(base)}{SITEMAPS_DIR}/{escape(name)}.xml</loc></sitemap>\n" for name in names)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</sitemapindex>\n")
