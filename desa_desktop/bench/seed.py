"""Fast, realistic data for the benchmark.

People are built as a form would type them and cleaned by the real validation
(``validate_person``), then written in bulk: one registration row, one audit entry and
one outbox entry each, exactly the rows ``registrations.register`` writes, but in one
transaction instead of one per person (the save itself is measured separately).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.changes import _plain
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.validation import validate_person
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration, new_uuid
from desa_desktop.core.timestamps import utcnow

VILLAGE = "53.01.05.2010"  # Desa Bolok, Kupang Barat
REGION = "530105"
OPERATOR = "Maria Ndun"
TODAY = date(2026, 11, 21)
FIRST = (
    "Yohanes", "Maria", "Dorkas", "Yakobus", "Agustina", "Marthen", "Yuliana", "Petrus",
    "Fransiska", "Benyamin", "Ruth", "Abdul", "Siti", "Nguyễn", "Ma'ruf", "Kornelis",
    "Elisabeth", "Simon", "Naomi", "Daniel", "Paulus", "Ester", "Lukas", "Debora",
)  # fmt: skip
LAST = (
    "Ndun", "Tefa", "Sae", "Bana", "Manafe", "Lay", "Nalle", "Tanesib", "Benu", "Kolo",
    "Fanggidae", "Pello", "Rahman", "Toelle", "Sinlae", "Amalo", "Nenobais", "Boimau",
    "Selan", "Mesakh", "Oematan", "Foenay", "Tallo", "Ratu",
)  # fmt: skip
STREETS = ("Jl. Timor Raya", "Jl. Bolok", "Jl. Pantai", "Jl. Tenau", "Jl. Sonbai", "Jl. Air Cina")
OCCUPATIONS = ("Nelayan/Perikanan", "Petani/Pekebun", "Perdagangan", "Peternak")
BLOCK = 9_999  # NIK serials per birth date
BASE_BIRTH = date(1960, 1, 1)


def person(i: int) -> PersonInput:
    """Person number ``i`` (0 to about 100 million): a unique, structurally valid NIK whose
    encoded birth date and sex match the typed ones."""
    born = BASE_BIRTH + timedelta(days=(i // BLOCK) * 37 % 14_000)
    female = i % 2 == 1
    day = born.day + (40 if female else 0)
    nik = f"{REGION}{day:02d}{born.month:02d}{born.year % 100:02d}{i % BLOCK + 1:04d}"
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    noise = random.Random(i)  # per-person variety a compressor cannot predict
    return PersonInput(
        kind=Kind.WORKER,
        nik=nik,
        name=f"{first} {last}",
        village_code=VILLAGE,
        birth_place="Kupang",
        birth_date=born,
        sex="P" if female else "L",
        marital_status="kawin",
        mother_maiden_name=f"{noise.choice(FIRST)} {noise.choice(LAST)}",
        address=f"{noise.choice(STREETS)} No. {noise.randint(1, 250)}",
        rt=str(noise.randint(1, 15)),
        rw=str(noise.randint(1, 6)),
        dusun=f"Dusun {noise.choice(('I', 'II', 'III', 'IV'))}",
        phone=f"08{noise.choice((12, 13, 21, 52, 53))}{noise.randrange(10**8):08d}",
        occupation=OCCUPATIONS[noise.randrange(len(OCCUPATIONS))],
        income=noise.randrange(1_000_000, 4_000_000, 50_000),
        program="JKK-JKM",
        start_date=date(2026, 12, 1),
        payment_months=3,
        funding_source="apbdes",
        consent=True,
    )


def cleaned(i: int) -> dict[str, Any]:
    """Person ``i`` cleaned by the real validation (as a complete registration)."""
    values, issues = validate_person(person(i), today=TODAY, complete=True)
    errors = [issue for issue in issues if issue.is_error]
    if errors:
        raise ValueError(f"seed person {i} is invalid: {errors}")
    return values


# The data key of benchmark stores: encrypted like a real laptop's, with a key anyone can
# reproduce (these stores hold generated people only).
BENCH_KEY = bytes.fromhex("5e" * 32)


def new_store(folder: Path) -> Store:
    """A migrated, encrypted store in ``folder`` serving Desa Bolok."""
    store = open_store(folder, BENCH_KEY)
    add_village(store, VILLAGE, OPERATOR, target_workers=100)
    return store


def _rows(first: int, count: int, *, template: bool) -> Iterator[tuple[dict[str, Any], str]]:
    # Template mode: the real cleaning for one man and one woman, then only what differs
    # per person is varied (the same values validation gives, without 100,000 runs of it).
    bases = {0: cleaned(0), 1: cleaned(1)} if template else {}
    for i in range(first, first + count):
        if not template:
            values = cleaned(i)
        else:
            p = person(i)
            values = {
                **bases[i % 2],
                "nik": p.nik,
                "name": p.name,
                "birth_date": p.birth_date,
                "mother_maiden_name": p.mother_maiden_name,
                "phone": f"+62{p.phone[1:]}" if p.phone else None,
                "address": p.address,
                "income": p.income,
            }
        yield values, new_uuid()


def add_people(
    store: Store, first: int, count: int, *, template: bool = False, queued: bool = True
) -> list[str]:
    """Register people ``first`` .. ``first + count - 1`` in bulk (one transaction): ready
    to send (``queued``), or as already acknowledged by HQ; their UUIDs in outbox order."""
    now = utcnow()
    registrations: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    for values, uuid in _rows(first, count, template=template):
        registrations.append(
            {
                **values,
                "name_key": name_key(values["name"]),
                "uuid": uuid,
                "version": 1,
                "status": Status.READY if queued else Status.SENT,
                "sync_state": SyncState.PENDING if queued else SyncState.SYNCED,
                "synced_version": None if queued else 1,
                "created_at": now,
                "created_by": OPERATOR,
                "updated_at": now,
                "updated_by": OPERATOR,
                "consent_at": now,
                "consent_by": OPERATOR,
            }
        )
        changes = {k: [None, v] for k, v in values.items() if v is not None}
        audits.append(
            {
                "at": now,
                "operator": OPERATOR,
                "action": "register",
                "entity": "registration",
                "entity_uuid": uuid,
                "version": 1,
                "changes": json.dumps(changes, ensure_ascii=False, default=_plain),
            }
        )
        outbox.append(
            {
                "entity": "registration",
                "entity_uuid": uuid,
                "version": 1,
                "created_at": now,
                "attempts": 0,
            }
        )
    with store.write() as session:
        connection = session.connection()
        connection.execute(insert(Registration), registrations)
        connection.execute(insert(AuditEntry), audits)
        if queued:
            connection.execute(insert(OutboxEntry), outbox)
    return [row["uuid"] for row in registrations]
