"""Remembering work between runs: each file's extracted articles, keyed by its size and modification
time, and the state of the last run, so that an unchanged archive is not rebuilt at all.

Everything is thrown away when the generator's code or word lists, the people file or the settings
change: then nothing cached can be trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from .writer import MANIFEST, WriteReport, read_manifest

_FILES = "files.pickle"
_STATE = "state.pickle"
_UNITS = "units.pickle"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the generator's own code and word lists."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.txt")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    def __init__(self, folder: Path | None, key: object) -> None:
        self.folder = folder
        self.key = hashlib.sha256(pickle.dumps(key)).hexdigest()
        self._kept: dict | None = None
        self._units: dict | None = None
        self._intact: dict = {}  # the last run's units found on disk as written, with their pages' stamps

    def state_of(self, stamps: list, problems: list) -> str:
        """A digest of everything a run depends on: the key, and every input file's stamp."""
        return hashlib.sha256(pickle.dumps((self.key, stamps, [str(p) for p in problems]))).hexdigest()

    def unchanged(self, state: str, docs: Path):
        """The last run's report when nothing changed since and its pages are all still there."""
        stored = self._load(_STATE)
        if not stored or stored[0] != state:
            return None
        pages = read_manifest(docs)
        if not (docs / MANIFEST).exists() or not all((docs / page).exists() for page in pages):
            return None
        report = stored[1]
        return type(report)(**{**report.__dict__, "written": WriteReport((), len(pages), ()), "archive": None})

    def files(self) -> dict:
        stored = self._load(_FILES)
        return stored[1] if stored and stored[0] == self.key else {}

    def keep_files(self, results: list) -> None:
        self._kept = {result.source: result for result in results}

    def units(self, docs: Path) -> dict:
        """The last run's render units whose pages are all on disk as it wrote them (same size and
        modification time): a page deleted or edited by hand is rendered again."""
        stored = self._load(_UNITS)
        if not stored or stored[0] != self.key:
            return {}
        self._intact = {
            name: (key, pages)
            for name, (key, pages) in stored[1].items()
            if all(_stamp(docs / path) == stamp for path, stamp in pages)
        }
        return {name: (key, tuple(path for path, _ in pages)) for name, (key, pages) in self._intact.items()}

    def keep_units(self, units: dict, docs: Path) -> None:
        # A unit with its last key was not rendered, so its pages were not written: their stamps,
        # just checked, still hold. Only the pages rendered again are looked at.
        self._units = {
            name: self._intact[name] if name in self._intact and self._intact[name][0] == key
            else (key, tuple((path, _stamp(docs / path)) for path in paths))
            for name, (key, paths) in units.items()
        }

    def save(self, state: str, report) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob("*.tmp"):  # left by a run killed while saving
            stale.unlink(missing_ok=True)
        if self._kept is not None:
            self._dump(_FILES, (self.key, self._kept))
        if self._units is not None:
            self._dump(_UNITS, (self.key, self._units))
        self._dump(_STATE, (state, type(report)(**{**report.__dict__, "archive": None})))

    def _load(self, name: str):
        if self.folder is None:
            return None
        try:
            with open(self.folder / name, "rb") as stream:
                return pickle.load(stream)
        except (FileNotFoundError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None  # no cache, or one from another version: start afresh

    def _dump(self, name: str, value: object) -> None:
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / name)
        except BaseException:
            os.unlink(temporary)
            raise


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns
