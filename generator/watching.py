"""What `mkdocs serve` watches the articles and docs/ with: the kernel's notices (inotify) where the
system gives them, instead of MkDocs' polling.

MkDocs lists every watched file twice a second: at 10,000 articles and the 13,500 copies
`python -m generator build` leaves in docs/, its threads hold the interpreter lock against a save's
build for over a second, and take a third of a core while nothing is saved. Notices cost nothing
between saves. Only files written, created, removed or moved are asked for: a build reading the
articles and docs/ must not set off another. Where inotify cannot watch (another system, or the
kernel's limit of watches reached) MkDocs' polling stays.
"""

from __future__ import annotations

import logging

from watchdog.events import (FileClosedEvent, FileCreatedEvent, FileDeletedEvent, FileModifiedEvent,
                             FileMovedEvent, FileSystemEvent, FileSystemEventHandler)
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.utils import UnsupportedLibcError

log = logging.getLogger("mkdocs.plugins.archive")

SAVES: list[type[FileSystemEvent]] = [FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent,
                                      FileClosedEvent]


def watch_saves(server) -> None:
    """Gives MkDocs' live-reload server (MkDocs 1.6.1, pinned) an observer of saves, with the watches
    it has made so far (docs/, mkdocs.yml, the theme) moved onto it; later ones are made there."""
    polling = server.observer
    server.observer = SavesObserver(polling)
    for path, times in list(server._watched_paths.items()):
        polling.unschedule(server._watch_refs.pop(path))
        del server._watched_paths[path]
        for _ in range(times):
            server.watch(path)


class SavesObserver:
    """What MkDocs asks of its observer (schedule, unschedule, start, stop, join), answered by inotify,
    or by the polling observer given when inotify is not there or cannot watch every folder."""

    def __init__(self, polling: BaseObserver) -> None:
        self._polling = polling
        self._observer = _notified() or polling
        self._schedules: list[tuple[FileSystemEventHandler, str, bool]] = []

    def schedule(self, handler: FileSystemEventHandler, path: str, *, recursive: bool = False) -> ObservedWatch:
        self._schedules.append((handler, path, recursive))
        return self._observer.schedule(handler, path, recursive=recursive, event_filter=SAVES)

    def unschedule(self, watch: ObservedWatch) -> None:
        self._schedules = [(handler, path, recursive) for handler, path, recursive in self._schedules
                           if ObservedWatch(path, recursive=recursive, event_filter=SAVES) != watch]
        self._observer.unschedule(watch)

    def start(self) -> None:
        if self._observer is not self._polling:
            try:
                self._observer.start()
                return
            except OSError as error:  # the kernel's limit of watches or of inotify instances
                log.info(f"Watching for changes by polling: {error}")
                self._observer.unschedule_all()
                self._observer = self._polling
                for handler, path, recursive in self._schedules:
                    self._polling.schedule(handler, path, recursive=recursive, event_filter=SAVES)
        self._polling.start()

    def stop(self) -> None:
        self._observer.stop()

    def join(self, timeout: float | None = None) -> None:
        self._observer.join(timeout)


def _notified() -> BaseObserver | None:
    """An inotify observer, or None on a system without inotify."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except (ImportError, UnsupportedLibcError):
        return None
    return InotifyObserver()
