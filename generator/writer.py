"""The only module that touches docs/: writes changed pages atomically, removes stale ones, spares the rest."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import WriteError
from .model import OutputPage
from .render.markdown import GENERATED_MARK
from .render.paths import FEEDS_DIR

# Hidden, so MkDocs does not publish it; lists what the last run wrote, so that the next can
# remove the pages of deleted articles.
MANIFEST = ".archive-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def write_pages(pages: tuple[OutputPage, ...], docs: Path) -> WriteReport:
    wanted = {page.path.as_posix(): page for page in pages}
    if len(wanted) != len(pages):
        counts = Counter(page.path.as_posix() for page in pages)
        raise WriteError(f"two pages would be written to {', '.join(sorted(n for n, c in counts.items() if c > 1))}")
    previous = read_manifest(docs)
    written = []
    for name, page in sorted(wanted.items()):
        if page.content is None:
            continue  # kept: the build checked it is on disk as the last run wrote it
        target = docs / name
        data = page.content.encode("utf-8")
        current = _read_bytes(target)
        if current == data:
            continue
        if current is not None and name not in previous and not _is_generated(name, current):
            raise WriteError(f"{target}: not written, a page the generator did not make is there; move it away")
        _write(target, data, replacing=current is not None)
        written.append(name)
    removed = [name for name in sorted(previous - wanted.keys()) if _remove_generated(docs / name, docs)]
    manifest = json.dumps(sorted(wanted), ensure_ascii=False, indent=0).encode()
    current = _read_bytes(docs / MANIFEST)
    if current != manifest:
        _write(docs / MANIFEST, manifest, replacing=current is not None)
    return WriteReport(tuple(written), len(wanted) - len(written), tuple(removed))


def read_manifest(docs: Path) -> set[str]:
    try:
        return set(json.loads((docs / MANIFEST).read_text("utf-8")))
    except (FileNotFoundError, ValueError):
        return set()


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write(target: Path, data: bytes, replacing: bool) -> None:
    # A page that exists is replaced through a temporary file and a rename: a run killed half-way
    # leaves it old or new, never cut short. A new page has nothing to protect and is written
    # directly (renames are what make writing 10,000 pages slow); if a run dies while writing
    # it, the next run sees its content differ and writes it again.
    if not replacing:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _is_generated(name: str, content: bytes) -> bool:
    return content.startswith(GENERATED_MARK.encode()) or name.startswith(f"{FEEDS_DIR}/")


def _remove_generated(path: Path, docs: Path) -> bool:
    content = _read_bytes(path)
    if content is None or not _is_generated(path.relative_to(docs).as_posix(), content):
        return False  # gone already, or replaced by hand: not ours to delete
    path.unlink()
    for parent in path.parents:
        if parent == docs or any(parent.iterdir()):
            break
        parent.rmdir()
    return True
