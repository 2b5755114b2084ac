"""The only module that writes generated pages: into the generator's own folder, where MkDocs reads them,
and copied from there into docs/. Writes changed pages atomically, removes stale ones, spares the rest."""

from __future__ import annotations

import json
import os
import shutil
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
# Where each page is written before it is renamed into place: hidden from MkDocs, and emptied by the
# next run when a run was killed half-way through a write.
WRITING_DIR = ".archive-writing"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def write_pages(pages: tuple[OutputPage, ...], docs: Path) -> WriteReport:
    """Every page whole or not at all: a run killed at any moment, or stopped by a full disk, leaves
    each page as it was or as it should be, and the next run finishes the work."""
    wanted = {page.path.as_posix(): page for page in pages}
    if len(wanted) != len(pages):
        counts = Counter(page.path.as_posix() for page in pages)
        raise WriteError(f"two pages would be written to {', '.join(sorted(n for n, c in counts.items() if c > 1))}")
    previous = read_manifest(docs)
    writing = docs / WRITING_DIR
    shutil.rmtree(writing, ignore_errors=True)  # what a killed run was writing aside
    changed = []
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
        changed.append((name, data))
    listed = previous if (docs / MANIFEST).exists() else None
    try:
        if changed or listed != wanted.keys():
            for folder in sorted({writing, *((docs / name).parent for name, _ in changed)}):
                folder.mkdir(parents=True, exist_ok=True)
        # The manifest first names every page this run may write: whatever moment it is stopped at,
        # the next run knows each of them as its own, to replace or to remove.
        if listed is None or not wanted.keys() <= listed:
            listed = previous | wanted.keys()
            _write(docs / MANIFEST, _manifest(listed), writing)
        for name, data in changed:
            _write(docs / name, data, writing)
        removed = [name for name in sorted(previous - wanted.keys()) if _remove_generated(docs / name, docs)]
        if listed != wanted.keys():
            _write(docs / MANIFEST, _manifest(wanted.keys()), writing)
    except OSError as error:
        raise WriteError(f"{error.filename}: {error.strerror}; every page is whole, as it was or as it should be: "
                         "free some space or fix the folder's permissions, and build again") from None
    finally:
        shutil.rmtree(writing, ignore_errors=True)
    return WriteReport(tuple(name for name, _ in changed), len(wanted) - len(changed), tuple(removed))


def copy_pages(pages: Path, docs: Path) -> WriteReport:
    """The pages of the last run, from the generator's folder into docs/, as `write_pages` writes."""
    names = sorted(read_manifest(pages))
    return write_pages(tuple(OutputPage(Path(name), (pages / name).read_bytes().decode("utf-8")) for name in names), docs)


def read_manifest(docs: Path) -> set[str]:
    try:
        return set(json.loads((docs / MANIFEST).read_text("utf-8")))
    except (FileNotFoundError, ValueError):
        return set()


def _manifest(names) -> bytes:
    return json.dumps(sorted(names), ensure_ascii=False, indent=0).encode()


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write(target: Path, data: bytes, writing: Path) -> None:
    # Written aside, then renamed over the page: a rename is atomic, so a reader (or the next run)
    # sees the old page or the new, never one cut short.
    temporary = writing / target.name
    try:
        temporary.write_bytes(data)
    except OSError as error:
        error.filename = str(target)  # the page not written, not the file it was being written to
        raise
    os.replace(temporary, target)


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
