"""The one background-work abstraction: ops run off the GUI thread and report back on it.

Three lanes, because SQLite has one writer and the network is slow:

- ``write``: a single worker thread; every database write goes through it, in order;
- ``read``: a small pool for queries;
- ``network``: its own single thread, so a sync never delays a save.

An op is a plain callable. Its result (or exception) comes back through callbacks
called on the GUI thread. Ops never touch widgets. ``OpRunner(synchronous=True)``
runs everything inline, for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive here queued."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Op(QRunnable):
    def __init__(self, work: Callable[..., Any], relay: _Relay, wants_progress: bool) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.wants_progress = wants_progress
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            if self.wants_progress:
                result = self.work(lambda done, total: self.relay.progress.emit(done, total))
            else:
                result = self.work()
        except BaseException as error:  # reported to the GUI, never lost in a thread
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class OpRunner(QObject):
    """Runs ops in their lane and calls back on the GUI thread.

    An op that fails without an ``on_error`` callback is reported through ``failed``
    (the main window shows it), never swallowed.
    """

    failed = Signal(object)

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pools = {name: QThreadPool(self) for name in ("write", "read", "network")}
        self._pools["write"].setMaxThreadCount(1)
        self._pools["read"].setMaxThreadCount(2)
        self._pools["network"].setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def write(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """A database write, on the single writer thread."""
        self._submit("write", work, on_done, on_error, None)

    def read(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """A query."""
        self._submit("read", work, on_done, on_error, None)

    def network(
        self,
        work: Callable[[Progress], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        """Network work (sync); ``work`` receives a progress callback."""
        self._submit("network", work, on_done, on_error, on_progress)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every lane is idle (tests and shutdown)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def _submit(
        self,
        lane: str,
        work: Callable[..., Any],
        on_done: Done | None,
        on_error: Failed | None,
        on_progress: Progress | None,
    ) -> None:
        wants_progress = lane == "network"
        if self.synchronous:
            self._run_inline(work, on_done, on_error, on_progress, wants_progress)
            return
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the op reports

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # its widget was closed and deleted while the op ran: nobody to tell
            if callback is not None:
                callback(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda error: finish(on_error or self.failed.emit, error))
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._pools[lane].start(_Op(work, relay, wants_progress))

    def _run_inline(
        self,
        work: Callable[..., Any],
        on_done: Done | None,
        on_error: Failed | None,
        on_progress: Progress | None,
        wants_progress: bool,
    ) -> None:
        try:
            result = work(on_progress or (lambda _d, _t: None)) if wants_progress else work()
        except Exception as error:
            (on_error or self.failed.emit)(error)
            return
        if on_done is not None:
            on_done(result)
