"""Runs in a child process: start the real app offscreen on a data folder and report.

``python -m desa_desktop.bench.app_probe DATA_DIR start|list|memory``

- ``start``: build the context and main window, show it, process events; prints
  ``shown <seconds since this process began>`` (interpreter start included).
- ``list``: then open the workers screen and wait for its first rows; prints
  ``list <seconds>``.
- ``memory``: then scroll the workers list's view down to its end a page of rows at a
  time, waiting at each step for the rows shown to be read (every page of the list is
  read once); prints ``rows <n>`` and ``peak_rss_kb <peak resident memory of this process>``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QTableView

    from desa_desktop.core.security.accounts import Unlocked
    from desa_desktop.ui.people_model import PeopleTableModel

BEGAN = time.time()
WAIT_LIMIT = 600.0


def _process_start() -> float:
    """When this process began (from /proc), falling back to the first line of this module."""
    try:
        with open(f"/proc/{os.getpid()}/stat") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as handle:
            uptime = float(handle.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return BEGAN


def bench_session(data_dir: Path) -> Unlocked:
    """The benchmark store opened with its key: the figures time the app, not the login
    (scrypt, about 0.3 s, comes before the main window in real use)."""
    from desa_desktop.bench.seed import BENCH_KEY
    from desa_desktop.core.domain.choices import Role
    from desa_desktop.core.security.accounts import Operator, Unlocked
    from desa_desktop.core.store.migrate import open_store

    return Unlocked(open_store(data_dir, BENCH_KEY), Operator("bench", Role.ADMIN))


def peak_rss_kb() -> int:
    """This process's peak resident memory since it started (``VmHWM``), in KiB.

    Not ``ru_maxrss``: on Linux that keeps the high-water mark across ``execve``, so a child
    started by a big parent (the bench, after seeding 100,000 registrations) reports the
    parent's peak instead of its own.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _scroll_to_the_end(app: QApplication, view: QTableView, model: PeopleTableModel) -> int:
    """Scroll the list's view down a page of rows at a time, waiting at each step until the
    rows on screen are read, to the last row; how many rows the view passed over."""
    from desa_desktop.core.services.queries import PAGE_SIZE

    deadline = time.monotonic() + WAIT_LIMIT
    while not model.loaded and time.monotonic() < deadline:  # the count, after the rows
        app.processEvents()
        time.sleep(0.0002)
    row = 0
    while time.monotonic() < deadline:
        row = min(row + PAGE_SIZE, model.rowCount() - 1)
        view.scrollTo(model.index(row, 0))  # the model reads the rows the view now shows
        app.processEvents()
        while model.row_at(row) is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0002)
        if row >= model.rowCount() - 1:
            return row + 1
    raise TimeoutError(f"the list was not scrolled to its end in {WAIT_LIMIT:.0f} s")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from desa_desktop.ui.app import application, build_context, build_window
    from desa_desktop.ui.theme import apply_theme
    from desa_desktop.ui.translations import install_translator

    data_dir, mode = Path(argv[0]), argv[1]
    app = application()
    ctx = build_context(bench_session(data_dir))
    translators = install_translator(app, ctx.settings.language)
    apply_theme(app)
    window = build_window(ctx)
    window.show()
    app.processEvents()
    print(f"shown {time.time() - _process_start():.4f}", flush=True)
    if mode == "start":
        ctx.ops.wait()
        del translators
        return 0
    started = time.perf_counter()
    # Screens are imported and built when first opened: both are part of opening the list.
    from desa_desktop.ui.workers import WorkersScreen

    screen = window.open(WorkersScreen)
    model = screen.model  # type: ignore[attr-defined]
    deadline = time.monotonic() + WAIT_LIMIT
    while model.row_at(0) is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    print(f"list {time.perf_counter() - started:.4f}", flush=True)
    if mode == "memory":
        walked = _scroll_to_the_end(app, screen.table, model)  # type: ignore[attr-defined]
        print(f"rows {walked}", flush=True)
        print(f"peak_rss_kb {peak_rss_kb()}", flush=True)
    ctx.ops.wait()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
