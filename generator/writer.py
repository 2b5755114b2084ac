"""The only module that writes generated pages: into the generator's own folder, where MkDocs reads them,
and linked (or copied) from there into docs/. Writes changed pages atomically, removes stale ones, spares the rest."""

from __future__ import annotations

import errno
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
    # A page without content is kept: the build checked it is on disk as the last run wrote it.
    return _put(wanted.keys(), {name: page.content.encode("utf-8") for name, page in wanted.items()
                                if page.content is not None}, docs)


def copy_pages(pages: Path, docs: Path) -> WriteReport:
    """The pages of the last run, from the generator's folder into docs/, as `write_pages` writes; each a
    hard link to the generator's file where the file system allows, so no page is copied byte by byte.
    Both folders' pages are only ever replaced, never written in place, so a link never carries a later
    change from one folder to the other."""
    names = read_manifest(pages)
    return _put(names, {name: pages / name for name in names}, docs)


def _put(names, sources: dict[str, bytes | Path], docs: Path) -> WriteReport:
    """`names` are the pages the folder should hold; `sources`, what to put in those that may have
    changed: their bytes, or the file holding them."""
    previous = read_manifest(docs)
    writing = docs / WRITING_DIR
    shutil.rmtree(writing, ignore_errors=True)  # what a killed run was writing aside
    changed = []
    for name, source in sorted(sources.items()):
        target = docs / name
        if isinstance(source, Path) and _same_file(source, target):
            continue
        current = _read_bytes(target)
        if current is not None and current == (source.read_bytes() if isinstance(source, Path) else source):
            continue
        if current is not None and name not in previous and not _is_generated(name, current):
            raise WriteError(f"{target}: not written, a page the generator did not make is there; move it away")
        changed.append((name, source))
    wanted = set(names)
    listed = previous if (docs / MANIFEST).exists() else None
    try:
        if changed or listed != wanted:
            for folder in sorted({writing, *((docs / name).parent for name, _ in changed)}):
                folder.mkdir(parents=True, exist_ok=True)
        # The manifest first names every page this run may write: whatever moment it is stopped at,
        # the next run knows each of them as its own, to replace or to remove.
        if listed is None or not wanted <= listed:
            listed = previous | wanted
            _write(docs / MANIFEST, _manifest(listed), writing)
        for name, source in changed:
            _write(docs / name, source, writing)
        removed = [name for name in sorted(previous - wanted) if _remove_generated(docs / name, docs)]
        if listed != wanted:
            _write(docs / MANIFEST, _manifest(wanted), writing)
    except OSError as error:
        raise WriteError(f"{error.filename}: {error.strerror}; every page is whole, as it was or as it should be: "
                         "free some space or fix the folder's permissions, and build again") from None
    finally:
        shutil.rmtree(writing, ignore_errors=True)
    return WriteReport(tuple(name for name, _ in changed), len(wanted) - len(changed), tuple(removed))


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


def _same_file(source: Path, target: Path) -> bool:
    try:
        return os.path.samefile(source, target)
    except FileNotFoundError:
        return False


def _write(target: Path, source: bytes | Path, writing: Path) -> None:
    # Written aside, then renamed over the page: a rename is atomic, so a reader (or the next run)
    # sees the old page or the new, never one cut short.
    temporary = writing / target.name
    try:
        if isinstance(source, bytes):
            temporary.write_bytes(source)
        else:
            _link(source, temporary)
    except OSError as error:
        error.filename = str(target)  # the page not written, not the file it was being written to
        raise
    os.replace(temporary, target)


def _link(source: Path, temporary: Path) -> None:
    try:
        os.link(source, temporary)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        shutil.copyfile(source, temporary)  # another file system, or one without hard links


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
