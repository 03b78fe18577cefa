"""The benchmark's plumbing with minuscule sizes: it runs, it checks what it measured, it
writes a table and JSON. No timing is asserted here (speed is proven by the benchmark)."""

from __future__ import annotations

import json
from pathlib import Path

from desa_desktop.bench import store, sync
from desa_desktop.bench.runner import Figure, Sizes, percentile, table, write_json

TINY = Sizes(
    push_records=12,
    single_records=3,
    devices=2,
    device_records=4,
    pull_records=6,
    stored=40,
    saves=3,
    searches=1,
    runs=1,
)
ENTRY_KEYS = {"name", "unit", "median", "min", "max", "target", "met"}


def test_push_and_pull_families_run_end_to_end(tmp_path: Path) -> None:
    figures = sync.push_figures(TINY, tmp_path)
    figures += sync.pull_figures(TINY, tmp_path)
    names = [f.name for f in figures]
    assert any("push 12" in n and "SQLite" in n for n in names)
    assert any("bytes on the wire" in n for n in names)
    assert any("pull status updates for 6" in n for n in names)
    for figure in figures:
        if not figure.note.startswith("not available"):
            assert figure.samples and all(v > 0 for v in figure.samples), figure
    wire = next(f for f in figures if "bytes on the wire" in f.name)
    assert wire.extra["gzip_compact_bytes_per_record"] > 0


def test_store_family_and_report(tmp_path: Path) -> None:
    stored = store.stored_store(TINY, tmp_path)
    try:
        figures = store.store_figures(TINY, tmp_path, stored)
    finally:
        stored.close()
    assert len(figures) == 3 and all(f.samples for f in figures)
    text = table(figures)
    assert "ms p95" in text and "target" in text
    out = tmp_path / "bench.json"
    write_json(out, figures, "tiny", {})
    document = json.loads(out.read_text())
    assert document["machine"]["cpus"] >= 1
    assert all(set(entry) >= ENTRY_KEYS for entry in document["scenarios"])


def test_figure_statistics_and_targets() -> None:
    faster = Figure("rate", "records/s", [5.0, 1.0, 3.0], target=2.0)
    assert (faster.median, faster.met) == (3.0, True)
    slower = Figure("latency", "ms", [5.0, 1.0, 3.0], target=2.0, higher=False)
    assert slower.met is False
    assert Figure("missing", "s", [], target=1.0).as_json()["met"] is None
    assert percentile([float(v) for v in range(1, 101)], 0.95) == 95.0
