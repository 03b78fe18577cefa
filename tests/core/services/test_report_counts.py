"""Dashboard figures against a plain count over the same rows, and the indexes they read.

The report queries are shaped for speed (a range of an index per month, counts per village
read from the index alone); this checks them against the obvious computation, in Python,
over a small store with varied kinds, statuses, positions, occupations, months, villages.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from samples import BOLOK, OPERATOR, TESABELA, TODAY
from sqlalchemy import event, insert

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.occupations import occupations
from desa_desktop.core.domain.positions import Position
from desa_desktop.core.services.inputs import SessionInput
from desa_desktop.core.services.queries import PersonFilter, search_people
from desa_desktop.core.services.reports import (
    MonthCount,
    coverage_totals,
    registrations_by_month,
    status_counts,
    waiting_to_send,
    workers_by_occupation,
)
from desa_desktop.core.services.sessions import create_session
from desa_desktop.core.services.villages import PERANGKAT, REGISTERED, add_village, village_coverage
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import OutboxEntry, Registration

Row = dict[str, Any]
CODES = [o.code for o in occupations()][:12]
POSITIONS = [Position.KEPALA_DESA, Position.SEKRETARIS_DESA, Position.KAUR, None, "bpd"]
OFFSETS = (timedelta(0), timedelta(hours=8), timedelta(hours=-3, minutes=-30))


def _rows(village: str, first: int, count: int, rng: random.Random) -> list[Row]:
    rows = []
    for n in range(first, first + count):
        kind = Kind.OFFICIAL if rng.random() < 0.2 else Kind.WORKER
        # July 2025 to December 2026 (a month ahead: a clock set wrong), often near the
        # edge of a month, where the UTC offset decides which month it is.
        index = 2025 * 12 + 6 + rng.randrange(18)
        when = datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)
        when += rng.choice([timedelta(hours=-4), timedelta(hours=2), timedelta(days=14)])
        rows.append(
            {
                "id": n,
                "uuid": f"00000000-0000-4000-8000-{n:012d}",
                "kind": kind,
                "status": rng.choice(list(Status)),
                "sync_state": SyncState.PENDING,
                "nik": f"5301051203{n:06d}",
                "name": f"Orang {n}",
                "name_key": f"orang {rng.randrange(50):02d}",
                "village_code": village,
                "position": rng.choice(POSITIONS) if kind is Kind.OFFICIAL else None,
                "occupation": rng.choice([*CODES, None]) if kind is Kind.WORKER else None,
                "version": 1,
                "created_at": when,
                "created_by": OPERATOR,
                "updated_at": when,
                "updated_by": OPERATOR,
            }
        )
    return rows


def _add(store: Store, rows: list[Row], rng: random.Random) -> set[str]:
    """Write ``rows``; about a third of them wait in the outbox (some edited twice)."""
    queued = [r for r in rows if rng.random() < 0.35]
    entries = [
        {"entity": "registration", "entity_uuid": r["uuid"], "version": v, "attempts": 0}
        for r in queued
        for v in range(1, rng.choice((2, 3)))
    ]
    with store.write() as session:
        session.execute(insert(Registration.__table__), rows)
        if entries:
            session.execute(insert(OutboxEntry.__table__), entries)
    return {r["uuid"] for r in queued}


def _month(row: Row, offset: timedelta) -> date:
    local = row["created_at"] + timedelta(minutes=int(offset.total_seconds() // 60))
    return date(local.year, local.month, 1)


def _expected_months(rows: list[Row], months: int, offset: timedelta) -> list[MonthCount]:
    """The original computation: every month with a registration, clipped to the window."""
    counted = Counter((_month(r, offset), r["kind"]) for r in rows if r["status"] in REGISTERED)
    if not counted:
        return []
    found = {month for month, _ in counted}
    last = TODAY.replace(day=1)
    index = last.year * 12 + last.month - 1 - (months - 1)
    start = max(min(found), date(index // 12, index % 12 + 1, 1))
    end = max(max(found), last)
    result = []
    while start <= end:
        result.append(
            MonthCount(start, counted[(start, Kind.OFFICIAL)], counted[(start, Kind.WORKER)])
        )
        start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return result


def _expected_occupations(rows: list[Row], top: int) -> list[tuple[str | None, int]]:
    counted = Counter(
        r["occupation"] for r in rows if r["kind"] is Kind.WORKER and r["status"] in REGISTERED
    )
    ranked = sorted(((c, n) for c, n in counted.items() if c), key=lambda x: (-x[1], x[0]))
    rest = sum(n for _, n in ranked[top:]) + counted[None]
    return ranked[:top] + ([(None, rest)] if rest else [])


def _check(store: Store, rows: list[Row], waiting: set[str], village: str | None) -> None:
    mine = [r for r in rows if village is None or r["village_code"] == village]
    for months in (12, 3):
        for offset in OFFSETS:
            found = registrations_by_month(
                store, village, months=months, today=TODAY, utc_offset=offset
            )
            assert found == _expected_months(mine, months, offset), (months, offset)
    occupied = workers_by_occupation(store, village, top=5)
    assert [(o.code, o.workers) for o in occupied] == _expected_occupations(mine, 5)
    statuses = Counter(r["status"] for r in mine)
    assert status_counts(store, village) == {s: statuses[s] for s in Status}
    in_village = {r["uuid"] for r in mine} & waiting
    assert waiting_to_send(store, village) == len(in_village) + (
        village is None or village == BOLOK
    )


def _expected_coverage(rows: list[Row], village: str) -> tuple[int, int, int, int, bool, bool]:
    registered = [r for r in rows if r["village_code"] == village and r["status"] in REGISTERED]
    officials = [r for r in registered if r["kind"] is Kind.OFFICIAL and r["position"] in PERANGKAT]
    workers = [r for r in registered if r["kind"] is Kind.WORKER]
    heads = [r for r in officials if r["position"] == Position.KEPALA_DESA]
    return (
        len(officials),
        sum(r["status"] is Status.ACCEPTED for r in officials),
        len(workers),
        sum(r["status"] is Status.ACCEPTED for r in workers),
        bool(heads),
        any(r["status"] is Status.ACCEPTED for r in heads),
    )


def test_figures_match_a_plain_count_in_one_village_and_in_two(store: Store) -> None:
    rng = random.Random(11)
    create_session(  # a session waiting in Bolok's outbox too
        store, SessionInput(BOLOK, TODAY, "Balai Desa", OPERATOR), OPERATOR, today=TODAY
    )
    rows = _rows(BOLOK, 1, 400, rng)
    waiting = _add(store, rows, rng)
    _check(store, rows, waiting, BOLOK)  # one village served: the outbox is all its
    _check(store, rows, waiting, None)

    add_village(store, TESABELA, OPERATOR, target_officials=4, target_workers=50)
    more = _rows(TESABELA, 1001, 300, rng)
    waiting |= _add(store, more, rng)
    rows += more
    for village in (BOLOK, TESABELA, None):
        _check(store, rows, waiting, village)
    for village in (BOLOK, TESABELA):
        coverage = village_coverage(store, village)
        assert (
            coverage.officials_registered,
            coverage.officials_accepted,
            coverage.workers_registered,
            coverage.workers_accepted,
            coverage.head_registered,
            coverage.head_accepted,
        ) == _expected_coverage(rows, village)
    totals = coverage_totals(store)
    assert totals.workers_registered == sum(
        r["kind"] is Kind.WORKER and r["status"] in REGISTERED for r in rows
    )


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_reports_and_a_village_list_read_indexes_not_the_table(store: Store) -> None:
    _add(store, _rows(BOLOK, 1, 50, random.Random(3)), random.Random(4))
    statements: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        statements.append((statement, params))

    event.listen(store.reader, "before_cursor_execute", keep)
    try:
        for village in (BOLOK, None):
            registrations_by_month(store, village, today=TODAY)
            workers_by_occupation(store, village)
            status_counts(store, village)
        coverage_totals(store)
        listed = len(statements)
        search_people(store, PersonFilter(kind=Kind.WORKER, village_code=BOLOK), offset=20)
    finally:
        event.remove(store.reader, "before_cursor_execute", keep)
    with store.reader.connect() as conn:
        plans = [
            (sql, [str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)])
            for sql, params in statements
        ]
    reports = [(sql, plan) for sql, plan in plans[:listed] if "registration" in sql]
    for sql, plan in reports:
        lines = [line for line in plan if "registration" in line]
        if "position" in sql:  # officials: few, their positions read from the table
            assert all("ix_registration_village_kind_status_created" in x for x in lines), plan
        else:
            assert all(
                "COVERING INDEX ix_registration_village_kind_status_created" in x for x in lines
            ), (sql, plan)
    [(_, list_plan)] = [p for p in plans[listed:] if "ORDER BY" in p[0]]
    assert any("ix_registration_kind_village_name_key" in line for line in list_plan)
    assert not any("TEMP B-TREE" in line for line in list_plan)
