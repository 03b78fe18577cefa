"""Checkpoints off the save path: the WAL is copied back into the database file by a
background thread, so no user action waits for it.

In WAL mode a commit appends the pages it changed to the ``-wal`` file and fsyncs it
(synchronous=FULL): the commit is durable once it returns. Those pages must later be
copied into the database file (a checkpoint). Left to SQLite, the commit that takes the
WAL past ``wal_autocheckpoint`` pages does that copy itself, and that one save waits for
hundreds of page writes and two more fsyncs. Here a thread with its own connection runs
a PASSIVE checkpoint, which never blocks the writer or readers, whenever writing pauses
(and now and then in a long run of writes). The writer keeps SQLite's automatic
checkpoint, at a larger size, as a backstop: the WAL starts again from its beginning only
when a write begins after a checkpoint has copied all of it, which a long run of writes
without a pause never lets the thread achieve.

Durability does not depend on checkpoints: they only copy pages already durable in the WAL.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from desa_desktop.core.store import cipher

log = logging.getLogger(__name__)

# A checkpoint once writing pauses for a moment (after every save a user types in)...
IDLE_SECONDS = 1.0
# ...or, in a long run of writes with no pause, after this many (about 2,000 pages). A
# checkpoint slows the few saves that run beside it (they share the disk's flushes), so
# these are rare; the writer's own backstop then finds most of its work done.
EVERY_WRITES = 128
BACKSTOP_PAGES = 4_000  # the writer's own automatic checkpoint (about 16 MB of WAL)
JOIN_SECONDS = 10.0


class Checkpointer:
    """Runs PASSIVE checkpoints of the store at ``path`` in a background thread.

    The thread starts with the first :meth:`written` (a store only read never starts one)
    and stops at :meth:`close`.
    """

    def __init__(
        self,
        path: Path,
        key: bytes,
        *,
        every: int = EVERY_WRITES,
        idle: float = IDLE_SECONDS,
    ) -> None:
        self._path = path
        self._key = key
        self._every = every
        self._idle = idle
        self._pending = 0  # writes committed since the last checkpoint began
        self._closed = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def written(self) -> None:
        """Note one committed write (cheap: the caller's save does not wait for anything)."""
        with self._changed:
            if self._closed:
                return
            self._pending += 1
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name=f"checkpoints {self._path}", daemon=True
                )
                self._thread.start()
            if self._pending >= self._every:
                self._changed.notify()

    def stop(self) -> None:
        """Tell the thread to finish (it closes its connection) without waiting for it."""
        with self._changed:
            self._closed = True
            self._changed.notify()

    def close(self) -> None:
        """Stop the thread, waiting for it (and the checkpoint it may be running) to end."""
        self.stop()
        if self._thread is not None:
            self._thread.join(JOIN_SECONDS)

    def _due(self) -> bool:
        """Wait until a checkpoint is due (True) or the checkpointer is closed (False)."""
        with self._changed:
            while not self._closed:
                if self._pending >= self._every:
                    break
                if self._pending:
                    seen = self._pending
                    self._changed.wait(self._idle)
                    if self._pending == seen and not self._closed:
                        break  # writing paused
                else:
                    self._changed.wait()
            if self._closed:
                return False
            self._pending = 0
            return True

    def _run(self) -> None:
        try:
            connection = cipher.connect(self._path, self._key)
        except cipher.DatabaseError:
            log.warning("checkpoints stopped: the store could not be opened", exc_info=True)
            return
        try:
            # The checkpoint fsyncs the WAL before copying and the database file after.
            connection.execute("PRAGMA synchronous=FULL")
            while self._due():
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except cipher.DatabaseError:
            # A checkpoint only copies what is already durable in the WAL: the store is
            # safe without it, and the writer's own checkpoint takes over.
            log.warning("checkpoints stopped", exc_info=True)
        finally:
            connection.close()
