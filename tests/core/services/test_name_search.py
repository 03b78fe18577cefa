"""Name searches matching many people go through the name index: the same rows, in the
same order, as the plain query gives (checked against a plain-Python reference)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from samples import BOLOK, OPERATOR, STORE_KEY
from sqlalchemy import insert, text

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services import name_search
from desa_desktop.core.services.queries import PersonFilter, count_people, search_people
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import Registration

SURNAMES = ["Ndun", "Tefa", "Sae", "Bana", "Lopo", "Amin"]
# Many names start with "yoh"; a few more have it inside ("Maria Yohana"); "ndun" is a
# surname spread through the whole name order.
NAMES = (
    [f"Yohanes {s}" for s in SURNAMES] * 200
    + ["Maria Yohana", "Siti Yohanis"] * 25
    + [f"{f} {s}" for f in ("Agus", "Dorkas", "Putu", "Abdul") for s in SURNAMES] * 200
)
Reference = list[dict[str, Any]]


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Reference]]:
    store = open_store(Path(tmp_path_factory.mktemp("names")), STORE_KEY)
    add_village(store, BOLOK, OPERATOR)
    rng = random.Random(7)
    names = NAMES[:]
    rng.shuffle(names)
    now = datetime(2026, 11, 21, tzinfo=UTC)
    rows: Reference = [
        {
            "id": n + 1,
            "uuid": f"00000000-0000-4000-8000-{n:012d}",
            "kind": Kind.OFFICIAL if n % 7 == 0 else Kind.WORKER,
            "status": Status.READY,
            "sync_state": SyncState.PENDING,
            "nik": f"5301051203{n:06d}",
            "name": name,
            "name_key": name_key(name),
            "village_code": BOLOK,
            "version": 1,
            "created_at": now,
            "created_by": OPERATOR,
            "updated_at": now,
            "updated_by": OPERATOR,
        }
        for n, name in enumerate(names)
    ]
    with store.write() as session:
        session.execute(insert(Registration.__table__), rows)
    yield store, rows
    store.close()


def _expected(rows: Reference, fragment: str, kind: Kind | None) -> list[object]:
    found = [
        r for r in rows if fragment in str(r["name_key"]) and (kind is None or r["kind"] is kind)
    ]
    return [r["uuid"] for r in sorted(found, key=lambda r: (r["name_key"], r["id"]))]


@pytest.mark.parametrize("fragment", ["yoh", "ndun", "yohanes n", "maria yoh"])
@pytest.mark.parametrize("kind", [None, Kind.WORKER, Kind.OFFICIAL])
def test_pages_and_counts_match_the_reference(
    people: tuple[Store, Reference], fragment: str, kind: Kind | None
) -> None:
    store, rows = people
    expected = _expected(rows, fragment, kind)
    wanted = PersonFilter(text=fragment, kind=kind)
    assert count_people(store, wanted) == len(expected)
    for offset in (0, 100, 1_150, len(expected) - 30):
        page = search_people(store, wanted, offset=max(offset, 0), limit=60)
        assert [p.uuid for p in page] == expected[max(offset, 0) : max(offset, 0) + 60]


def test_each_way_is_taken(people: tuple[Store, Reference]) -> None:
    store, _ = people
    with store.read() as session:
        assert not name_search.many_match(session, "maria yoh")  # 25: by row id
        assert name_search.many_match(session, "yoh")  # 1,250: the name index, from "yoh"
        assert name_search.many_match(session, "ndun")  # 1,000: walking it


def test_the_walk_reads_the_name_index_in_order(people: tuple[Store, Reference]) -> None:
    store, _ = people
    walk = name_search._names().where(
        Registration.kind == Kind.WORKER, name_search.contains("ndun")
    )
    query = walk.order_by(Registration.name_key, Registration.id).limit(100)
    with store.read() as session:
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(
            str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
        )
    assert "COVERING INDEX ix_registration_kind_name_key" in plan
    assert "TEMP B-TREE" not in plan  # no sort: it stops after the first 100
