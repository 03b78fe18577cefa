"""App scenarios (each in a fresh child process): cold start to the main window shown
offscreen, the workers list's first rows through the UI model, and peak memory with the
list scrolled to the end."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from desa_desktop.bench.hqproc import child_env
from desa_desktop.bench.runner import Figure, Sizes, not_available

PROBE_TIMEOUT = 900.0


def ui_missing() -> str | None:
    """None when the UI modules are importable here, else why not."""
    for module in ("desa_desktop.ui.app", "desa_desktop.ui.people_model", "PySide6.QtWidgets"):
        try:
            if importlib.util.find_spec(module) is None:
                return f"{module} is not there yet"
        except ImportError as error:
            return f"{module}: {error}"
    return None


def _probe(data_dir: Path, mode: str) -> dict[str, float]:
    env = {**child_env(), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desa_desktop.bench.app_probe", str(data_dir), mode],
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"app probe failed: {done.stderr.strip()[-500:]}")
    values = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("shown", "list", "rows", "peak_rss_kb"):
            values[key] = float(value)
    return values


def app_figures(sizes: Sizes, work: Path, data_dir: Path) -> list[Figure]:
    """Cold start, list through the UI model, peak memory; on the store in ``data_dir``."""
    n = sizes.stored
    start_name = f"app cold start to the main window shown (offscreen, {n:,} stored)"
    list_name = f"open the workers list with {n:,} stored, first rows (UI model)"
    memory_name = f"peak memory of the app, {n:,} stored, list scrolled to the end"
    missing = ui_missing()
    if missing:
        return [
            not_available(start_name, "s", 1.5, missing, False),
            not_available(list_name, "ms", 200, missing, False),
            not_available(memory_name, "MB", 250, missing, False),
        ]
    os.sync()
    starts, lists = [], []
    for _ in range(sizes.runs + 1):
        found = _probe(data_dir, "list")
        starts.append(found["shown"])
        lists.append(found["list"] * 1000)
    memory = [_probe(data_dir, "memory") for _ in range(max(1, sizes.runs - 1))]
    rows = int(memory[0].get("rows", 0))
    return [
        Figure(
            start_name,
            "s",
            starts,
            1.5,
            higher=False,
            note="fresh process each run, from process start (interpreter included) to"
            " window.show() + processEvents(); the file cache is warm",
        ),
        Figure(
            list_name,
            "ms",
            lists,
            200,
            higher=False,
            note="WorkersScreen opened in the shown window (its module imported and the screen"
            " built on first open) until PeopleTableModel has its first rows",
        ),
        Figure(
            memory_name,
            "MB",
            [m["peak_rss_kb"] / 1024 for m in memory],
            250,
            higher=False,
            note=f"peak resident memory (VmHWM) of the app process after scrolling the list's"
            f" view over {rows:,} rows to its end, a page at a time (each page read as it is"
            " shown); not ru_maxrss, which on Linux includes this bench's own peak (inherited"
            " across fork+exec)",
        ),
    ]
