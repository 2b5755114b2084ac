"""Remembering work between runs: each file's extracted articles, keyed by its size and modification
time; the last archive, its pages' render units and what their keys were made of, so that the next run
redoes only what a change reaches; and the state of the last run, so that an unchanged archive is
not rebuilt at all.

All of it is kept on disk in the cache folder, and in memory for the next run in the same process:
`mkdocs serve` builds again in the process it started in, and then loads nothing (its first build
holds the last run even when nothing changed). The copy in memory is used only while the file on
disk is still the one it was saved as, read from, or kept in place of: another process's run, saved
meanwhile, is read instead. A run may be kept in memory
alone (`persist=False`: a save under `mkdocs serve`, which would cost a second at 10,000 articles)
until `flush` writes it; the disk then holds an older run, which is still right to start from:
everything kept is checked before use (file stamps, page stamps, article equality).

Everything is thrown away when the generator's code or word lists, the people file or the settings
change: then nothing cached can be trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .writer import MANIFEST, WriteReport, read_manifest

_RUN = "run.pickle"
_STATE = "state.pickle"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the generator's own code and word lists."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.txt")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Run:
    """What one run leaves for the next, under the key it was made with."""

    key: str
    files: dict = field(default_factory=dict)  # FileResult by source path
    units: dict = field(default_factory=dict)  # render unit name: (inputs' key, ((page, stamp), ...))
    unified: object = None  # the people_merge.Unified, or None
    archive: object = None  # the Archive, or None
    keys: object = None  # the render.inputs.KnownKeys, or None
    slugged: dict = field(default_factory=dict)  # by id: (the article extracted, the same with its slug)


# The last run saved in each cache folder by this process, by file name: the identity of the file on
# disk it is as new as or newer than, what it holds, and whether it is still to be written. One cache
# folder per mkdocs.yml, so this is keyed by the site. Written only by Cache.save and flush.
_IN_MEMORY: dict[Path, dict[str, tuple[tuple[int, ...] | None, object, bool]]] = {}


class Cache:
    def __init__(self, folder: Path | None, key: object) -> None:
        self.folder = folder
        self.key = hashlib.sha256(pickle.dumps(key)).hexdigest()
        self._last: Run | None = None
        self._next: dict = {}
        self._intact: dict = {}  # the last run's units found on disk as written, with their pages' stamps

    def state_of(self, stamps: list, problems: list) -> str:
        """A digest of everything a run depends on: the key, and every input file's stamp."""
        return hashlib.sha256(pickle.dumps((self.key, stamps, [str(p) for p in problems]))).hexdigest()

    def unchanged(self, state: str, docs: Path):
        """The last run's report when nothing changed since and its pages are all still there as it
        wrote them (a page deleted, or edited by hand in docs/ where it is a link to it, is made again)."""
        stored = self._load(_STATE)
        if not stored or stored[0] != state or not (docs / MANIFEST).exists():
            return None
        pages = read_manifest(docs)
        if stored[2] != _pages_stamp(docs, pages):
            return None
        report = stored[1]
        return type(report)(**{**report.__dict__, "written": WriteReport((), len(pages), ()), "archive": None})

    def hold(self) -> None:
        """Have the last run in memory for the next run of this process even when this one found
        nothing changed (`unchanged`), as `mkdocs serve`'s first build does: else the first save would
        read it from disk (a second and a half at 10,000 articles)."""
        self.last

    @property
    def last(self) -> Run:
        """The last run under this key: from memory when this process made it, else from disk."""
        if self._last is None:
            run = self._load(_RUN)
            self._last = run if isinstance(run, Run) and run.key == self.key else Run(self.key)
        return self._last

    def units(self, docs: Path) -> dict:
        """The last run's render units whose pages are all on disk as it wrote them (same size and
        modification time): a page deleted or edited by hand is rendered again."""
        self._intact = {
            name: (key, pages)
            for name, (key, pages) in self.last.units.items()
            if all(_stamp(os.path.join(docs, path)) == stamp for path, stamp in pages)
        }
        return {name: (key, tuple(path for path, _ in pages)) for name, (key, pages) in self._intact.items()}

    def keep(self, **values) -> None:
        """Values of this run for the next (Run's fields), given as they are made."""
        self._next.update(values)

    def keep_units(self, units: dict, docs: Path) -> None:
        # A unit with its last key was not rendered, so its pages were not written: their stamps,
        # just checked, still hold. Only the pages rendered again are looked at.
        self._next["units"] = {
            name: self._intact[name] if name in self._intact and self._intact[name][0] == key
            else (key, tuple((path, _stamp(os.path.join(docs, path))) for path in paths))
            for name, (key, paths) in units.items()
        }

    def save(self, state: str, report, docs: Path, *, persist: bool = True) -> None:
        """Keep this run, whose pages are in `docs`, for the next; on disk too unless `persist` is False
        (see the module)."""
        if self.folder is None:
            return
        # The stamps of the render units' pages are known (`units`, `keep_units`): on a served save only the
        # few other pages are looked at, not all 13,000 at 10,000 articles.
        known = {path.as_posix(): stamp for _, pages in self._next.get("units", {}).values() for path, stamp in pages}
        values = {_RUN: Run(self.key, **self._next),
                  _STATE: (state, type(report)(**{**report.__dict__, "archive": None}),
                           _pages_stamp(docs, read_manifest(docs), known))}
        if persist:
            _write(self.folder, values)
        else:
            _IN_MEMORY.setdefault(self.folder, {}).update(
                (name, (_identity(self.folder / name), value, True)) for name, value in values.items())

    def _load(self, name: str):
        if self.folder is None:
            return None
        kept = _IN_MEMORY.get(self.folder, {}).get(name)
        if kept and kept[0] == _identity(self.folder / name):
            return kept[1]
        try:
            with open(self.folder / name, "rb") as stream:
                value = pickle.load(stream)
                read = _identity(stream.fileno())
        except (FileNotFoundError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # no cache, or one from another version: start afresh
        # Kept for the next run of this process, which then reads nothing while the file stays the same.
        _IN_MEMORY.setdefault(self.folder, {})[name] = (read, value, False)
        return value



def flush(folder: Path) -> None:
    """Write the run kept in memory alone for `folder`, unless another process saved one since."""
    kept = _IN_MEMORY.get(folder, {})
    pending = {name: value for name, (over, value, unwritten) in kept.items() if unwritten}
    if pending and all(kept[name][0] == _identity(folder / name) for name in pending):
        _write(folder, pending)


def _write(folder: Path, values: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.tmp"):  # left by a run killed while saving
        stale.unlink(missing_ok=True)
    for name, value in values.items():
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, folder / name)
        except BaseException:
            os.unlink(temporary)
            raise
        _IN_MEMORY.setdefault(folder, {})[name] = (_identity(folder / name), value, False)


def folder_stamps(folder: Path | str) -> list[str]:
    """A line per file under `folder`, in a fixed order: its path, size and modification time. Files
    such as a theme's are replaced, not edited in place: these say when any of them changed."""
    lines = []
    for directory, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in sorted(names):
            status = os.stat(os.path.join(directory, name))
            lines.append(f"{directory}/{name} {status.st_size} {status.st_mtime_ns}")
    return lines


def _pages_stamp(docs: Path, pages, known: dict | None = None) -> str:
    """A digest of every page's size and modification time (a missing page's None), those `known` by
    their names taken as they are."""
    known = known or {}
    digest = hashlib.sha256()
    for page in sorted(pages):
        stamp = known[page] if page in known else _stamp(os.path.join(docs, page))
        digest.update(f"{page}\0{stamp}\n".encode())
    return digest.hexdigest()


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _identity(path: Path | int) -> tuple[int, ...] | None:
    """Which file is at `path` (or open as a descriptor): each save writes a new one (a new inode), so
    a file written since by another process, or deleted, is told apart even within one tick of the clock."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns
