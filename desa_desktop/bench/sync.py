"""Sync scenarios: push (SQLite and PostgreSQL HQ), bytes at the socket, one record per
request, many devices at once, pull; with the physical references (:mod:`.references`)
measured in the same run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from desa_desktop.bench import seed
from desa_desktop.bench.hqproc import (
    HQ,
    PG_WORKERS,
    CountingRelay,
    child_env,
    postgres_available,
    postgres_database,
    running_hq,
)
from desa_desktop.bench.references import gzip_reference, sqlite_reference
from desa_desktop.bench.runner import Figure, Sizes, not_available
from desa_desktop.core.store.engine import DB_FILENAME, Store
from desa_desktop.core.store.meta import set_meta
from desa_desktop.core.store.migrate import open_store
from desa_desktop.hq.db import open_database
from desa_desktop.hq.review import approve
from desa_desktop.sync import outbox
from desa_desktop.sync.engine import MAX_BATCH_BYTES, Pacing, SyncReport, sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.settings import PULL_CURSOR

DEVICE_WAIT = 300.0


class OneAtATime(Pacing):
    """The engine's pacing held at one record per request (how OpenRosa clients submit)."""

    def grow(self) -> None:
        self.batch = 1

    def shrink(self) -> None:
        self.batch = 1


def _copy_store(source: Path, target: Path) -> Store:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / DB_FILENAME, target / DB_FILENAME)
    return open_store(target, seed.BENCH_KEY)


def _seed_master(folder: Path, first: int, count: int) -> Path:
    """A store with ``count`` registrations waiting to be sent; closed, ready to copy."""
    store = seed.new_store(folder)
    seed.add_people(store, first, count)
    store.close()
    return folder


@dataclass
class PushRun:
    seconds: float
    report: SyncReport
    hq: HQ | None = None


def _enrolled_copy(master: Path, work: Path, hq: HQ, url: str, name: str) -> Store:
    store = _copy_store(master, work / f"client-{uuid_module.uuid4().hex[:8]}")
    enroll(store, url, hq.add_device(name, [seed.VILLAGE]))
    return store


def _timed_sync(store: Store, pacing: Pacing | None = None) -> PushRun:
    started = time.perf_counter()
    report = sync_once(store, pacing=pacing)
    seconds = time.perf_counter() - started
    if report.error is not None or report.remaining:
        raise RuntimeError(f"sync did not finish: {report.error}, {report.remaining} left")
    return PushRun(seconds, report)


@contextmanager
def _hq_database(kind: str, work: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{work / f'hq-{uuid_module.uuid4().hex[:8]}.sqlite'}"
    else:
        with postgres_database() as url:
            yield url


@dataclass(frozen=True)
class PushSample:
    """One push run: wall seconds, and CPU seconds spent by the laptop and by HQ."""

    seconds: float
    laptop_cpu: float
    hq_cpu: float | None  # None where the OS does not tell (no /proc)
    bytes_per_record: float | None = None


def _push_once(master: Path, work: Path, kind: str, count: int, relay: bool = False) -> PushSample:
    """Push ``count`` records to a fresh HQ (through a byte-counting relay with ``relay``)."""
    with _hq_database(kind, work) as db_url, running_hq(db_url, work) as hq:
        counter = CountingRelay(hq.port) if relay else None
        try:
            url = counter.url if counter else hq.base_url
            store = _enrolled_copy(master, work, hq, url, "Laptop Bolok")
            if counter:
                counter.reset()
            hq_before, laptop_before = hq.cpu_seconds(), time.process_time()
            run = _timed_sync(store)
            laptop_cpu = time.process_time() - laptop_before
            hq_after = hq.cpu_seconds()
            store.close()
            done = run.report.accepted + run.report.already_held
            if done != count:
                raise RuntimeError(f"{done} of {count} acknowledged")
            hq_cpu = None if hq_before is None or hq_after is None else hq_after - hq_before
            sample = PushSample(run.seconds, laptop_cpu, hq_cpu)
            if counter:
                time.sleep(0.05)  # let the relay finish counting the last answer
                wire = (counter.up + counter.down) / count
                sample = PushSample(run.seconds, laptop_cpu, hq_cpu, wire)
            return sample
        finally:
            if counter:
                counter.close()


def _cpu_note(samples: list[PushSample], count: int, workers: int) -> str:
    """Where the time goes: CPU per record on each side against wall time per record."""
    wall = statistics_median([s.seconds for s in samples]) / count * 1e6
    laptop = statistics_median([s.laptop_cpu for s in samples]) / count * 1e6
    hq = [s.hq_cpu for s in samples if s.hq_cpu is not None]
    hq_text = f", HQ {statistics_median(hq) / count * 1e6:.0f}" if hq else ""
    return (
        f"HQ with {workers} worker{'s' if workers > 1 else ''}; CPU per record: laptop {laptop:.0f} µs{hq_text} µs;"
        f" wall {wall:.0f} µs per record"
    )


def _wire_records(master: Path, work: Path, count: int) -> list[dict[str, object]]:
    store = _copy_store(master, work / "encode")
    batch = outbox.next_batch(store, max_records=count, max_bytes=10**10)
    store.close()
    return [dict(r) for r in batch.records]


def push_figures(sizes: Sizes, work: Path) -> list[Figure]:
    """Push to SQLite and PostgreSQL HQ, bytes at the socket, one record per request."""
    n = sizes.push_records
    master = _seed_master(work / "master", 0, n)
    records = _wire_records(master, work, n)
    raw_sqlite = [sqlite_reference(records, work) for _ in range(sizes.runs)]
    gz = gzip_reference(records)
    figures: list[Figure] = []

    sqlite_runs = [_push_once(master, work, "sqlite", n) for _ in range(sizes.runs)]
    sqlite_rates = [n / s.seconds for s in sqlite_runs]
    ratio = statistics_median(raw_sqlite) / statistics_median(sqlite_rates)
    figures.append(
        Figure(
            f"push {n:,} registrations to HQ (SQLite), end to end",
            "records/s",
            sqlite_rates,
            10_000,
            note=f"raw SQLite executemany of the same rows: {statistics_median(raw_sqlite):,.0f}"
            f" rows/s ({ratio:.1f}x the push); {_cpu_note(sqlite_runs, n, 1)}",
            extra={"raw_sqlite_rows_per_s": raw_sqlite},
        )
    )
    missing = postgres_available()
    if missing is None:
        pg_runs = [_push_once(master, work, "pg", n) for _ in range(sizes.runs)]
        figures.append(
            Figure(
                f"push {n:,} registrations to HQ (PostgreSQL)",
                "records/s",
                [n / s.seconds for s in pg_runs],
                8_000,
                note=f"{_cpu_note(pg_runs, n, PG_WORKERS)} (HQ's figure leaves out PostgreSQL's own processes)",
            )
        )
    else:
        figures.append(not_available("push to HQ (PostgreSQL)", "records/s", 8_000, missing, True))

    wire = [
        _push_once(master, work, "sqlite", n, relay=True).bytes_per_record or 0.0
        for _ in range(sizes.runs)
    ]
    figures.append(
        Figure(
            "bytes on the wire per record pushed (at the socket, both ways, headers included)",
            "bytes/record",
            wire,
            120,
            higher=False,
            note=f"gzip -9 of the compact JSON of the same records: {gz:.1f} bytes/record"
            f" (wire = {statistics_median(wire) / gz:.2f}x that); the whole sync run is counted"
            " (probe, push, pull, reference data)",
            extra={"gzip_compact_bytes_per_record": gz},
        )
    )

    m = sizes.single_records
    single_master = _seed_master(work / "single", 0, m)
    single = [m / _single_once(single_master, work, m) for _ in range(max(1, sizes.runs - 1))]
    batched = statistics_median(sqlite_rates)
    figures.append(
        Figure(
            "batched push vs one record per request (SQLite HQ)",
            "x faster",
            [batched / s for s in single],
            20,
            note=f"one record per request: {statistics_median(single):,.0f} records/s over a"
            f" sample of {m:,} records (the cost is per request, so the rate does not depend"
            " on the total); batched figure from the push above",
            extra={"single_records_per_s": single},
        )
    )
    return figures


def _single_once(master: Path, work: Path, count: int) -> float:
    db_url = f"sqlite:///{work / f'hq-{uuid_module.uuid4().hex[:8]}.sqlite'}"
    with running_hq(db_url, work) as hq:
        store = _enrolled_copy(master, work, hq, hq.base_url, "Laptop Bolok")
        run = _timed_sync(store, OneAtATime(batch=1))
        store.close()
        if run.report.accepted != count:
            raise RuntimeError(f"{run.report.accepted} of {count} accepted")
        return run.seconds


def statistics_median(values: list[float]) -> float:
    import statistics

    return float(statistics.median(values))


def many_devices_figures(sizes: Sizes, work: Path) -> list[Figure]:
    """Several devices pushing at once into PostgreSQL HQ (each its own process)."""
    name = f"{sizes.devices} devices x {sizes.device_records:,} records at once (PostgreSQL)"
    missing = postgres_available()
    if missing is not None:
        return [not_available(name, "records/s", 8_000, missing, True)]
    masters = [
        _seed_master(work / f"device-master-{d}", 1_000_000 + d * sizes.device_records,
                     sizes.device_records)
        for d in range(sizes.devices)
    ]  # fmt: skip
    rates = []
    for _ in range(sizes.runs):
        rates.append(_many_once(masters, work, sizes.device_records))
    return [
        Figure(
            name,
            "records/s",
            rates,
            8_000,
            note="overall rate from the first start to the last acknowledgement; HQ with"
            f" {PG_WORKERS} workers; verified: every record held once, one NIK claim each, no"
            " duplicates",
        )
    ]


def _many_once(masters: list[Path], work: Path, per_device: int) -> float:
    total = per_device * len(masters)
    with postgres_database() as db_url, running_hq(db_url, work) as hq:
        run_dir = work / f"many-{uuid_module.uuid4().hex[:8]}"
        go = run_dir / "go"
        outs = []
        processes = []
        for d, master in enumerate(masters):
            store = _enrolled_copy(master, run_dir, hq, hq.base_url, f"Laptop {d}")
            folder = store.path.parent
            store.close()
            out = run_dir / f"out-{d}.json"
            outs.append(out)
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "desa_desktop.bench.device", str(folder), str(go),
                     str(out)],
                    env=child_env(),
                )
            )  # fmt: skip
        deadline = time.monotonic() + DEVICE_WAIT
        while not all(o.with_suffix(".ready").exists() for o in outs):
            if time.monotonic() > deadline:
                raise RuntimeError("devices did not get ready")
            time.sleep(0.02)
        go.write_text("go")
        for process in processes:
            process.wait(timeout=DEVICE_WAIT)
        results = [json.loads(o.read_text()) for o in outs]
        bad = [r for r in results if r["error"] or r["remaining"] or r["accepted"] != per_device]
        if bad:
            raise RuntimeError(f"devices did not finish cleanly: {bad[:2]}")
        _verify_no_duplicates(db_url, total)
        started = min(r["started"] for r in results)
        finished = max(r["finished"] for r in results)
        return float(total / (finished - started))


def _verify_no_duplicates(db_url: str, total: int) -> None:
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            held, uuids, niks, claims, dupes = connection.execute(
                text(
                    "SELECT count(*), count(DISTINCT uuid), count(DISTINCT nik),"
                    " (SELECT count(*) FROM nik_claims),"
                    " sum(CASE WHEN status = 'duplicate' THEN 1 ELSE 0 END) FROM records"
                )
            ).one()
    finally:
        engine.dispose()
    if not (held == uuids == niks == claims == total) or dupes:
        raise RuntimeError(
            f"HQ holds {held} records, {uuids} UUIDs, {niks} NIKs, {claims} claims,"
            f" {dupes} duplicates; expected {total} each and no duplicates"
        )


def pull_figures(sizes: Sizes, work: Path) -> list[Figure]:
    """Pull HQ's decisions (accepted, with a KPJ) for every record pushed."""
    n = sizes.pull_records
    master = _seed_master(work / "pull-master", 2_000_000, n)
    db_url = f"sqlite:///{work / 'hq-pull.sqlite'}"
    with running_hq(db_url, work) as hq:
        store = _enrolled_copy(master, work, hq, hq.base_url, "Laptop Bolok")
        _timed_sync(store)
        db = open_database(db_url)
        try:
            approved = approve(db, None, actor="bench", everything=True)
        finally:
            db.dispose()
        if len(approved) != n:
            raise RuntimeError(f"{len(approved)} of {n} approved")
        set_meta(store, PULL_CURSOR, "")
        store.close()
        base = store.path.parent
        rates = []
        for _ in range(sizes.runs):
            copy = _copy_store(base, work / f"pull-{uuid_module.uuid4().hex[:8]}")
            run = _timed_sync(copy)
            copy.close()
            if run.report.pulled != n:
                raise RuntimeError(f"pulled {run.report.pulled} of {n}")
            rates.append(n / run.seconds)
    return [
        Figure(
            f"pull status updates for {n:,} accepted records",
            "records/s",
            rates,
            20_000,
            note="a whole sync run (probe, empty push, pull, reference data); each record"
            " comes back accepted with its KPJ",
        )
    ]


__all__ = ["MAX_BATCH_BYTES", "many_devices_figures", "pull_figures", "push_figures"]
