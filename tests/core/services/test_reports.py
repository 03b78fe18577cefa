"""Dashboard figures: registrations per month, workers by occupation, waiting, statuses, totals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from samples import BOLOK, OPERATOR, TESABELA, TODAY, official, worker
from sqlalchemy import update

from desa_desktop.core.domain.choices import InactiveReason, Status
from desa_desktop.core.services.inputs import InactiveInput, SessionInput
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.reports import (
    MonthCount,
    OccupationCount,
    captured_registrations,
    coverage_totals,
    registrations_by_month,
    status_counts,
    waiting_to_send,
    workers_by_occupation,
)
from desa_desktop.core.services.sessions import create_session, link_registration
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration
from desa_desktop.sync.outbox import waiting_count

# Structurally valid NIKs of men born in Kab. Kupang, one per sample worker.
NIKS = [f"53010512038500{n:02d}" for n in range(1, 40)]
NAMES = [
    "Agus",
    "Bana",
    "Charles",
    "Daud",
    "Elias",
    "Frans",
    "Gabriel",
    "Herman",
    "Imanuel",
    "Yakobus",
    "Kornelis",
    "Lukas",
]


def _worker(store: Store, n: int, occupation: str, village: str = BOLOK) -> str:
    return register(
        store,
        worker(nik=NIKS[n], name=f"{NAMES[n]} Ndun", occupation=occupation, village_code=village),
        OPERATOR,
        today=TODAY,
    ).uuid


def _entered_at(store: Store, uuid: str, when: datetime) -> None:
    with store.write() as session:
        session.execute(
            update(Registration).where(Registration.uuid == uuid).values(created_at=when)
        )


def test_months_run_from_the_first_registration_to_today_without_gaps(store: Store) -> None:
    head = register(store, official(), OPERATOR, today=TODAY).uuid
    first = _worker(store, 1, "Petani/Pekebun")
    second = _worker(store, 2, "Petani/Pekebun")
    _entered_at(store, head, datetime(2026, 8, 10, 3, 0, tzinfo=UTC))
    _entered_at(store, first, datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    _entered_at(store, second, datetime(2026, 10, 5, 3, 0, tzinfo=UTC))
    assert registrations_by_month(store, BOLOK, today=TODAY) == [
        MonthCount(date(2026, 8, 1), 1, 1),
        MonthCount(date(2026, 9, 1), 0, 0),
        MonthCount(date(2026, 10, 1), 0, 1),
        MonthCount(date(2026, 11, 1), 0, 0),
    ]
    # a short window keeps only its last months
    assert [m.month for m in registrations_by_month(store, months=2, today=TODAY)] == [
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]


def test_month_boundary_follows_local_time_and_inactive_people_leave(store: Store) -> None:
    uuid = _worker(store, 1, "Nelayan/Perikanan")
    # 30 September 23:30 UTC is 1 October 07:30 in Kupang (WITA, UTC+8)
    _entered_at(store, uuid, datetime(2026, 9, 30, 23, 30, tzinfo=UTC))
    utc = registrations_by_month(store, today=date(2026, 10, 15))
    wita = registrations_by_month(store, today=date(2026, 10, 15), utc_offset=timedelta(hours=8))
    assert utc[0] == MonthCount(date(2026, 9, 1), 0, 1)
    assert wita == [MonthCount(date(2026, 10, 1), 0, 1)]
    mark_inactive(store, uuid, InactiveInput(InactiveReason.DECEASED, TODAY), OPERATOR, today=TODAY)
    assert registrations_by_month(store, today=TODAY) == []


def test_workers_by_occupation_keeps_the_top_and_sums_the_rest(store: Store) -> None:
    plan = ["Petani/Pekebun"] * 4 + ["Nelayan/Perikanan"] * 3 + ["Pedagang"] * 2
    plan += ["Buruh Harian Lepas", "Wiraswasta", "Sopir"]
    for n, occupation in enumerate(plan):
        _worker(store, n, occupation)
    found = workers_by_occupation(store, BOLOK, top=3)
    assert [(f.name, f.workers) for f in found] == [
        ("Petani/Pekebun", 4),
        ("Nelayan/Perikanan", 3),
        ("Pedagang", 2),
        (None, 3),
    ]
    assert found[-1] == OccupationCount(None, None, 3)
    assert len(workers_by_occupation(store, BOLOK)) == 6  # six occupations, no rest
    assert workers_by_occupation(store, TESABELA) == []


def test_waiting_status_and_totals_per_village(store: Store) -> None:
    add_village(store, TESABELA, OPERATOR, target_officials=4, target_workers=50)
    register(store, official(), OPERATOR, today=TODAY)
    _worker(store, 1, "Petani/Pekebun")
    _worker(store, 2, "Petani/Pekebun", village=TESABELA)
    session_uuid = create_session(
        store, SessionInput(BOLOK, TODAY, "Balai Desa", "Maria Ndun"), OPERATOR, today=TODAY
    )
    assert waiting_to_send(store, BOLOK) == 3  # two people and the session
    assert waiting_to_send(store, TESABELA) == 1
    assert waiting_to_send(store) == waiting_count(store) == 4
    counts = status_counts(store, BOLOK)
    assert counts[Status.READY] == 2 and counts[Status.ACCEPTED] == 0
    assert set(counts) == set(Status)
    totals = coverage_totals(store)
    assert (totals.villages, totals.villages_desa_sadar) == (2, 0)
    assert (totals.officials_target, totals.officials_registered) == (9, 1)
    assert (totals.workers_target, totals.workers_registered) == (150, 2)
    assert totals.workers_percent == 1.3
    assert captured_registrations(store, session_uuid) == []


def test_captured_registrations_lists_the_people_linked_to_a_session(store: Store) -> None:
    session_uuid = create_session(
        store, SessionInput(BOLOK, TODAY, "Balai Desa", "Maria Ndun"), OPERATOR, today=TODAY
    )
    first = _worker(store, 1, "Petani/Pekebun")
    _worker(store, 2, "Petani/Pekebun")
    link_registration(store, session_uuid, first, OPERATOR)
    [row] = captured_registrations(store, session_uuid)
    assert (row.uuid, row.name, row.status) == (first, "Bana Ndun", Status.READY)
