"""Runs in a child process: start the real app offscreen on a data folder and report.

``python -m desa_desktop.bench.app_probe DATA_DIR start|list|memory``

- ``start``: build the context and main window, show it, process events; prints
  ``shown <seconds since this process began>`` (interpreter start included).
- ``list``: then open the workers screen and wait for its first rows; prints
  ``list <seconds>``.
- ``memory``: then fetch every page of the workers list to the end; prints
  ``rows <n>`` and ``maxrss_kb <peak resident memory>``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desa_desktop.core.security.accounts import Unlocked

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
    from desa_desktop.ui.workers import WorkersScreen

    started = time.perf_counter()
    screen = window.open(WorkersScreen)
    model = screen.model  # type: ignore[attr-defined]
    deadline = time.monotonic() + WAIT_LIMIT
    while not model.rows and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    print(f"list {time.perf_counter() - started:.4f}", flush=True)
    if mode == "memory":
        while model.canFetchMore() or model._fetching:
            if time.monotonic() > deadline:
                break
            if model.canFetchMore():
                model.fetchMore()
            app.processEvents()
            time.sleep(0.0002)
        view = getattr(screen, "table", None) or getattr(screen, "view", None)
        if view is not None:
            view.scrollToBottom()
            app.processEvents()
        import resource

        print(f"rows {len(model.rows)}", flush=True)
        print(f"maxrss_kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    ctx.ops.wait()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
