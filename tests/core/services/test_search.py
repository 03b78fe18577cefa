"""Search, filters, sorting and paging over 100,000 registrations: correct against a plain-Python reference.

Speed is measured by the benchmark suite, not here.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from samples import BOLOK, OPERATOR, STORE_KEY, TESABELA
from sqlalchemy import insert

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.queries import PersonFilter, count_people, search_people
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import Registration

FIRST = [
    "Yohanes",
    "Maria",
    "Ma'ruf",
    "Siti",
    "Nguyễn",
    "Dorkas",
    "Ñoño",
    "Agus",
    "Putu",
    "Élodie",
    "Abdul",
]
LAST = ["Ndun", "Tefa", "Nurhaliza", "Sae", "Bana", "Rahman", "Thị Ánh", "Wijaya", "Lopo", "Amin"]
N = 100_000


@pytest.fixture(scope="module")
def big_store(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Store, list[dict[str, object]]]]:
    store = open_store(Path(tmp_path_factory.mktemp("big")), STORE_KEY)
    add_village(store, BOLOK, OPERATOR)
    add_village(store, TESABELA, OPERATOR)
    rng = random.Random(20261121)
    now = datetime(2026, 11, 21, tzinfo=UTC)
    rows: list[dict[str, object]] = []
    for n in range(N):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rows.append(
            dict(
                id=n + 1,
                uuid=f"00000000-0000-4000-8000-{n:012d}",
                kind=Kind.WORKER if n % 10 else Kind.OFFICIAL,
                status=rng.choice([Status.READY, Status.SENT, Status.ACCEPTED, Status.INACTIVE]),
                sync_state=rng.choice([SyncState.PENDING, SyncState.SYNCED]),
                nik=f"5301{rng.randrange(1, 100):02d}{n:010d}",
                name=name,
                name_key=name_key(name),
                village_code=BOLOK if n % 3 else TESABELA,
                version=1,
                created_at=now,
                created_by=OPERATOR,
                updated_at=now,
                updated_by=OPERATOR,
            )
        )
    with store.write() as session:
        session.execute(insert(Registration.__table__), rows)
    yield store, rows
    store.close()


def _reference(rows: list[dict[str, object]], keep: object) -> list[dict[str, object]]:
    return [r for r in rows if keep(r)]  # type: ignore[operator]


def test_name_fragment_is_case_and_accent_insensitive(
    big_store: tuple[Store, list[dict[str, object]]],
) -> None:
    store, rows = big_store
    expected = sorted(
        _reference(rows, lambda r: "nguyen" in str(r["name_key"])),
        key=lambda r: (r["name_key"], r["id"]),
    )
    for typed in ("NGUYEN", "nguyễn", "Nguyen"):
        assert count_people(store, PersonFilter(text=typed)) == len(expected)
        page = search_people(store, PersonFilter(text=typed), limit=50)
        assert [p.uuid for p in page] == [r["uuid"] for r in expected[:50]]
    assert (
        count_people(store, PersonFilter(text="maruf"))
        == count_people(store, PersonFilter(text="Ma'ruf"))
        > 0
    )
    assert count_people(store, PersonFilter(text="thi anh")) == len(
        _reference(rows, lambda r: "Thị Ánh" in str(r["name"]))
    )


def test_nik_prefix_search(big_store: tuple[Store, list[dict[str, object]]]) -> None:
    store, rows = big_store
    prefix = str(rows[12_345]["nik"])[:9]
    expected = sorted(r["uuid"] for r in rows if str(r["nik"]).startswith(prefix))
    found = search_people(store, PersonFilter(text=prefix), sort="nik", limit=10_000)
    assert sorted(p.uuid for p in found) == expected
    assert [p.nik for p in found] == sorted(p.nik for p in found)
    full = str(rows[777]["nik"])
    assert [p.uuid for p in search_people(store, PersonFilter(text=full))] == [rows[777]["uuid"]]


def test_filters_combine_and_counts_match(big_store: tuple[Store, list[dict[str, object]]]) -> None:
    store, rows = big_store
    wanted = PersonFilter(
        text="siti",
        kind=Kind.WORKER,
        village_code=TESABELA,
        status=Status.ACCEPTED,
        sync_state=SyncState.SYNCED,
    )
    expected = _reference(
        rows,
        lambda r: (
            "siti" in str(r["name_key"])
            and r["kind"] is Kind.WORKER
            and r["village_code"] == TESABELA
            and r["status"] is Status.ACCEPTED
            and r["sync_state"] is SyncState.SYNCED
        ),
    )
    assert count_people(store, wanted) == len(expected) > 0
    assert count_people(store) == N


def test_sorting_and_paging_walk_every_row_once(
    big_store: tuple[Store, list[dict[str, object]]],
) -> None:
    store, rows = big_store
    wanted = PersonFilter(village_code=TESABELA, kind=Kind.OFFICIAL)
    total = count_people(store, wanted)
    seen: list[str] = []
    offset = 0
    while offset < total:
        page = search_people(store, wanted, sort="name", descending=True, offset=offset, limit=500)
        seen += [p.uuid for p in page]
        offset += len(page)
    expected = sorted(
        _reference(rows, lambda r: r["village_code"] == TESABELA and r["kind"] is Kind.OFFICIAL),
        key=lambda r: r["id"],  # ties broken by insertion order, ascending
    )
    expected.sort(key=lambda r: str(r["name_key"]), reverse=True)
    assert seen == [r["uuid"] for r in expected]


def test_search_text_with_like_wildcards_is_literal(
    big_store: tuple[Store, list[dict[str, object]]],
) -> None:
    store, _ = big_store
    assert count_people(store, PersonFilter(text="%")) == 0
    assert count_people(store, PersonFilter(text="_")) == 0
