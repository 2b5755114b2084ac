"""Work spread over the machine's cores: a pure function over many items, run by forked processes
from the memory they share with this one (a closure or a whole archive is not sent, only the results)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Below this many items, starting processes costs more than it saves.
PARALLEL_FROM = 1_000
# Tasks a process is given: enough to share the work evenly, few, since each is a round trip, which
# under load waits its turn for the CPU.
TASKS_PER_CORE = 4
# The function and items of the current map, for the forked processes to find.
_WORK: tuple[Callable, Sequence] | None = None


def map_on_cores(function: Callable[[Item], Result], items: Sequence[Item], *,
                 parallel_from: int | None = None, cores: bool = True) -> list[Result]:
    """`function` of each item, in order: on every core from `parallel_from` items (PARALLEL_FROM unless
    said), or in this process alone without `cores`. Only a process with one thread forks (under
    `mkdocs serve` another thread may hold a lock the forked copy would wait on)."""
    count = os.cpu_count() or 1
    if not cores or len(items) < (parallel_from or PARALLEL_FROM) or count < 2 or threading.active_count() > 1:
        return [function(item) for item in items]
    global _WORK
    _WORK = (function, items)
    chunk = -(-len(items) // (count * TASKS_PER_CORE))
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            chunks = [range(start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)]
            return [result for done in pool.map(_run, chunks) for result in done]
    finally:
        _WORK = None


def _run(indexes: range) -> list:
    function, items = _WORK
    return [function(items[index]) for index in indexes]
