"""The push reads registrations as plain rows: their wire form must equal, byte for byte,
the one built from the ORM record (HQ recognises an exact replay by its data)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from samples import OPERATOR, TODAY, official, worker
from sqlalchemy import select, update

from desa_desktop.core.domain.choices import InactiveReason
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration
from desa_desktop.protocol.records import encode_registration
from desa_desktop.sync import outbox


def _orm_wire(store: Store, uuid: str) -> str:
    with store.read() as session:
        record = session.scalars(select(Registration).where(Registration.uuid == uuid)).one()
        return json.dumps(encode_registration(record.column_values()), ensure_ascii=False)


def test_plain_rows_encode_exactly_like_orm_records(store: Store) -> None:
    people = [
        register(store, worker(kk_number="5301051203850009", decile=3), OPERATOR, today=TODAY),
        register(store, official(name="Ma'ruf Nguyễn"), OPERATOR, today=TODAY),
        register(store, worker(nik="5301051203850002", phone=None), OPERATOR, today=TODAY),
    ]
    ended = InactiveInput(InactiveReason.DECEASED, date(2026, 11, 1))
    mark_inactive(store, people[2].uuid, ended, OPERATOR, today=TODAY)
    # A consent given on a whole second: isoformat() leaves the zero fraction out.
    with store.write() as session:
        session.execute(
            update(Registration)
            .where(Registration.uuid == people[1].uuid)
            .values(consent_at=datetime(2026, 11, 20, 8, 30, 0, tzinfo=UTC))
        )
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    assert len(batch.records) == 3
    for record, encoded in zip(batch.records, batch.encoded, strict=True):
        assert json.dumps(record["data"], ensure_ascii=False) == _orm_wire(store, record["uuid"])
        assert json.loads(encoded) == record
    consent = [r["data"]["consent_at"] for r in batch.records]
    assert "2026-11-20T08:30:00+00:00" in consent
    assert json.loads(batch.body("b-1")) == {"batch_id": "b-1", "records": batch.records}
