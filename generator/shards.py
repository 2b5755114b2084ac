"""A large archive built in shards: ordinary `mkdocs build` runs, side by side or on other machines,
whose sites put together (assemble.py) are the one site a single build would make.

    plugins:
      - archive:
          shards: year   # one shard a year; or a number: so many articles a shard

`python -m generator shards` runs the generator once, as for one site, then plans the shards: the
articles of a year (or of so many articles, counted from the oldest, so that new articles change only
the newest shard) in each, and a shared shard with every other page (home, people, dates, feeds). It
writes a config per shard beside mkdocs.yml, which INHERITs it and names the shard, and prints those
whose pages changed since they were last built. Each shard's build hands MkDocs every page, the other
shards' excluded: links to them become the addresses they have in the assembled site.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from .cache import code_version, folder_stamps
from .config import Settings
from .model import Archive
from .render import paths
from .writer import read_manifest

SHARED = "shared"
# In the generator's cache folder: the plan, and each shard's built site.
SHARDS_DIR = "shards"
PLAN = "plan.json"
# Beside mkdocs.yml, so that every path mkdocs.yml gives (docs, theme, articles) means the same.
CONFIG_PREFIX = ".archive-shard-"
# In a shard's built site: the digest of the inputs it was built from.
STAMP = ".archive-shard-digest"


@dataclass(frozen=True)
class ArticleShard:
    name: str
    pages: tuple[str, ...]  # its articles' pages, newest first


@dataclass(frozen=True)
class Shard:
    name: str
    pages: tuple[str, ...]  # the pages it builds
    digest: str  # of everything its build reads: built again when this changes


@dataclass(frozen=True)
class Plan:
    shards: tuple[Shard, ...]  # the shared one first, then the articles' newest first
    newest: tuple[tuple[str, str], ...]  # (title, slug) for the 404 page of every shard

    def shard(self, name: str) -> Shard:
        return next(shard for shard in self.shards if shard.name == name)


def plan_article_shards(archive: Archive, by: str | int) -> tuple[ArticleShard, ...]:
    """The articles split by year (undated ones last), or in runs of `by` counted from the oldest;
    each shard's articles follow one another in the archive's order, newest first, as the search's ids do."""
    groups: dict[str, list[str]] = {}
    if by == "year":
        for article in archive.articles:
            name = str(article.date.year) if article.date.year is not None else "undated"
            groups.setdefault(name, []).append(paths.article(article.slug))
    else:
        total = len(archive.articles)
        for position, article in enumerate(archive.articles):
            number = (total - 1 - position) // by + 1
            groups.setdefault(f"part-{number:04d}", []).append(paths.article(article.slug))
    return tuple(ArticleShard(name, tuple(pages)) for name, pages in groups.items())


def make_plan(settings: Settings, mkdocs_yml: Path, theme_dir: Path | None, shards: tuple[ArticleShard, ...],
              newest: tuple[tuple[str, str], ...]) -> Plan:
    every = sorted(read_manifest(settings.pages))
    of_articles = {page for shard in shards for page in shard.pages}
    common = hashlib.sha256(_site_inputs(mkdocs_yml, theme_dir, settings.docs).encode())
    for name in every:  # which pages exist decides where links go, in every shard
        common.update(name.encode() + b"\0")
    parts = [(SHARED, tuple(page for page in every if page not in of_articles))]
    parts += [(shard.name, shard.pages) for shard in shards]
    return Plan(tuple(Shard(name, pages, _digest(common.copy(), name, pages, settings.pages)) for name, pages in parts),
                newest)


def _digest(digest, name: str, pages: tuple[str, ...], folder: Path) -> str:
    # The writer replaces a changed page and leaves the others alone: their size and time say enough.
    digest.update(name.encode())
    for page in pages:
        status = os.stat(folder / page)
        digest.update(f"{page} {status.st_size} {status.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _site_inputs(mkdocs_yml: Path, theme_dir: Path | None, docs: Path) -> str:
    """What every page's build reads besides its own page: the config, the theme's and the docs'
    own files, the generator's code and the versions of MkDocs and Material."""
    lines = [mkdocs_yml.read_text("utf-8"), code_version(), *(_version(p) for p in ("mkdocs", "mkdocs-material"))]
    for folder in filter(None, (theme_dir, docs)):
        lines += folder_stamps(folder)
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return f"{package} {metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return package


def shards_folder(settings: Settings) -> Path:
    return settings.cache / SHARDS_DIR


def shard_site(settings: Settings, name: str) -> Path:
    return shards_folder(settings) / f"shard-{name}"


def config_path(mkdocs_yml: Path, name: str) -> Path:
    return mkdocs_yml.parent / f"{CONFIG_PREFIX}{name}.yml"


def write_plan(plan: Plan, settings: Settings) -> None:
    folder = shards_folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    data = {"shards": [{"name": s.name, "pages": s.pages, "digest": s.digest} for s in plan.shards],
            "newest": plan.newest}
    temporary = folder / f"{PLAN}.tmp"
    temporary.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.replace(temporary, folder / PLAN)


def read_plan(settings: Settings) -> Plan:
    data = json.loads((shards_folder(settings) / PLAN).read_text("utf-8"))
    return Plan(tuple(Shard(s["name"], tuple(s["pages"]), s["digest"]) for s in data["shards"]),
                tuple(tuple(pair) for pair in data["newest"]))


def write_configs(plan: Plan, mkdocs_yml: Path, settings: Settings) -> None:
    """A config per shard beside mkdocs.yml: mkdocs.yml itself, its own site folder, and `shard` set
    in the archive's options (a list of plugins is replaced whole under INHERIT, so it is repeated)."""
    with open(mkdocs_yml, encoding="utf-8") as stream:
        plugins = yaml_load(stream)["plugins"]
    wanted = set()
    for shard in plan.shards:
        site = shard_site(settings, shard.name).relative_to(mkdocs_yml.parent.resolve())
        config = {"INHERIT": mkdocs_yml.name, "site_dir": site.as_posix(), "plugins": _with_shard(plugins, shard.name)}
        text = (f"# Written by `python -m generator shards`: the shard '{shard.name}' of the archive.\n"
                + yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
        path = config_path(mkdocs_yml, shard.name)
        wanted.add(path)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
    for stale in mkdocs_yml.parent.glob(f"{CONFIG_PREFIX}*.yml"):
        if stale not in wanted:
            stale.unlink()


def _with_shard(plugins, name: str):
    if isinstance(plugins, dict):
        return {key: ({**(value or {}), "shard": name} if key == "archive" else value) for key, value in plugins.items()}
    listed = []
    for item in plugins:
        if item == "archive":
            item = {"archive": {"shard": name}}
        elif isinstance(item, dict) and "archive" in item:
            item = {"archive": {**(item["archive"] or {}), "shard": name}}
        listed.append(item)
    return listed


def stale_shards(plan: Plan, settings: Settings) -> list[Shard]:
    """The shards whose site was not built from what their pages are now."""
    return [shard for shard in plan.shards if _built_digest(shard_site(settings, shard.name)) != shard.digest]


def _built_digest(site: Path) -> str | None:
    try:
        return (site / STAMP).read_text("utf-8")
    except FileNotFoundError:
        return None


def mark_built(site: Path, shard: Shard) -> None:
    (site / STAMP).write_text(shard.digest, "utf-8")
