"""Local-store scenarios with 100,000 registrations stored: save one, search, open the list."""

from __future__ import annotations

import time
import uuid as uuid_module
from pathlib import Path

from desa_desktop.bench import seed
from desa_desktop.bench.references import sqlite_reference
from desa_desktop.bench.runner import Figure, Sizes, percentile
from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services.queries import PersonFilter, count_people, search_people
from desa_desktop.core.services.registrations import register
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import set_many

NAME_FRAGMENTS = ("ndun", "tefa", "yoh", "nguyen", "ma'ruf", "nenobais", "ria s", "elisabeth r")
NIK_PREFIXES = ("5301", "53010512", "5301051203", "530105120385")


def stored_store(sizes: Sizes, work: Path) -> Store:
    """A store holding ``sizes.stored`` registrations (already acknowledged by HQ), set up
    for the app (setup done, an operator, the village chosen)."""
    folder = work / "stored"
    store = seed.new_store(folder)
    step = 50_000
    for first in range(0, sizes.stored, step):
        seed.add_people(
            store, 5_000_000 + first, min(step, sizes.stored - first), template=True, queued=False
        )
    set_many(
        store,
        {
            "ui:setup_done": "1",
            "ui:operator": seed.OPERATOR,
            "ui:current_village": seed.VILLAGE,
            "ui:language": "id",
        },
    )
    return store


def _saves(store: Store, count: int, first: int) -> list[float]:
    times = []
    for i in range(first, first + count):
        person = seed.person(i)
        started = time.perf_counter()
        register(store, person, seed.OPERATOR, today=seed.TODAY)
        times.append(time.perf_counter() - started)
    return times


def _searches(store: Store, count: int) -> tuple[list[float], list[float]]:
    names, niks = [], []
    for round_ in range(count):
        for text in NAME_FRAGMENTS:
            started = time.perf_counter()
            search_people(store, PersonFilter(text=text))
            names.append(time.perf_counter() - started)
        for prefix in NIK_PREFIXES:
            started = time.perf_counter()
            search_people(store, PersonFilter(text=prefix + str(round_ % 10)))
            niks.append(time.perf_counter() - started)
    return names, niks


def _open_list(store: Store) -> float:
    started = time.perf_counter()
    wanted = PersonFilter(kind=Kind.WORKER)
    search_people(store, wanted)
    count_people(store, wanted)
    return time.perf_counter() - started


def store_figures(sizes: Sizes, work: Path, store: Store) -> list[Figure]:
    """Save, search and list figures on ``store`` (which holds ``sizes.stored`` people)."""
    n = sizes.stored
    save_p95, save_means, name_p95, nik_p95, both_p95, list_times = [], [], [], [], [], []
    for run in range(sizes.runs):
        times = _saves(store, sizes.saves, 9_000_000 + run * sizes.saves)
        save_p95.append(percentile(times, 0.95) * 1000)
        save_means.append(sum(times) / len(times))
        names, niks = _searches(store, sizes.searches)
        name_p95.append(percentile(names, 0.95) * 1000)
        nik_p95.append(percentile(niks, 0.95) * 1000)
        both_p95.append(percentile(names + niks, 0.95) * 1000)
        list_times += [_open_list(store) * 1000 for _ in range(5)]
    records = [
        {"uuid": str(uuid_module.uuid4()), "version": 1, "data": {
            "nik": seed.person(i).nik, "name": seed.person(i).name, "village_code": seed.VILLAGE,
        }}
        for i in range(20_000)
    ]  # fmt: skip
    raw = sqlite_reference(records, work)
    saves_per_s = 1 / (sum(save_means) / len(save_means))
    return [
        Figure(
            f"save one registration with {n:,} stored (validate, write, audit, outbox, commit)",
            "ms p95",
            save_p95,
            3,
            higher=False,
            note=f"{sizes.saves} saves per run, each its own durable commit (WAL,"
            f" synchronous=FULL; checkpoints in the store's background thread, as in the app);"
            f" {saves_per_s:,.0f} saves/s vs raw SQLite executemany {raw:,.0f} rows/s in one"
            " transaction",
        ),
        Figure(
            f"search by name fragment or NIK prefix with {n:,} stored, first page",
            "ms p95",
            both_p95,
            15,
            higher=False,
            note=f"name fragments p95 {min(name_p95):.1f}-{max(name_p95):.1f} ms, NIK prefixes"
            f" p95 {min(nik_p95):.1f}-{max(nik_p95):.1f} ms; fragments: {', '.join(NAME_FRAGMENTS)}",
            extra={"name_p95_ms": name_p95, "nik_p95_ms": nik_p95},
        ),
        Figure(
            f"open the workers list with {n:,} stored, first rows (service path)",
            "ms",
            list_times,
            200,
            higher=False,
            note="queries.search_people + count_people, as PeopleTableModel.reload runs them",
        ),
    ]
