"""Edge cases found in review: a pull must never wedge, lose a KPJ, raise false conflicts,
or leave a record inconsistent; drafts never leave the laptop."""

from __future__ import annotations

from datetime import date

import pytest
from samples import BOLOK, OPERATOR, TODAY, worker

from desa_desktop.core.domain.choices import InactiveReason, Status, SyncState
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import InactiveInput, SessionInput
from desa_desktop.core.services.queries import PersonFilter, get_person, search_people
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.sessions import create_session, link_registration
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta
from desa_desktop.protocol import wire
from desa_desktop.sync import conflicts, outbox, pull
from desa_desktop.sync.settings import PULL_CURSOR

SECOND_NIK = "5301051304860002"


def _synced(store: Store, *people: object) -> list[str]:
    uuids = [register(store, p, OPERATOR, today=TODAY).uuid for p in people]  # type: ignore[arg-type]
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    answers: list[wire.PushResult] = [
        {"uuid": r["uuid"], "version": r["version"], "outcome": "accepted"} for r in batch.records
    ]
    outbox.apply_results(store, batch.records, answers)
    return uuids


def _data(store: Store, uuid: str, **changes: object) -> dict[str, object]:
    person = get_person(store, uuid)
    from desa_desktop.protocol.records import encode_registration

    return {**encode_registration(person.values), **changes}


def _second() -> object:
    return worker(nik=SECOND_NIK, name="Agus Lopo", birth_date=date(1986, 4, 13))


def test_a_correction_that_cannot_live_here_becomes_a_conflict_and_the_pull_goes_on(
    store: Store,
) -> None:
    first, second = _synced(store, worker(), _second())
    changes: list[wire.PulledChange] = [
        {
            "uuid": first,
            "entity": "registration",
            "hq_version": 2,
            "status": "sent",
            "data": _data(store, first, nik=SECOND_NIK),
        },  # HQ gave it the other person's NIK
        {
            "uuid": second,
            "entity": "registration",
            "hq_version": 2,
            "status": "sent",
            "data": _data(store, second, village_code="53.01.05.2006"),
        },  # a village not served here
        {
            "uuid": second,
            "entity": "registration",
            "hq_version": 1,
            "status": "accepted",
            "kpj": "12345678901",
        },
    ]
    pull.apply_pulled(store, changes, "c9")
    assert get_meta(store, PULL_CURSOR) == "c9", "the cursor moved on"
    assert get_person(store, first)["sync_state"] is SyncState.CONFLICT
    assert get_person(store, first)["nik"] == "5301051203850001", "nothing overwritten"
    assert get_person(store, second)["kpj"] == "12345678901", "later answers still arrive"
    with pytest.raises(ValidationFailed) as refused:
        conflicts.take_hq(store, first, OPERATOR)
    assert refused.value.issues[0].code == "sync.take_hq_blocked"
    conflicts.keep_mine(store, first, OPERATOR)
    assert get_person(store, first)["sync_state"] is SyncState.PENDING


def test_a_kpj_is_kept_even_when_the_person_was_marked_deceased_meanwhile(store: Store) -> None:
    [uuid] = _synced(store, worker())
    mark_inactive(store, uuid, InactiveInput(InactiveReason.DECEASED, TODAY), OPERATOR, today=TODAY)
    pull.apply_pulled(
        store,
        [
            {
                "uuid": uuid,
                "entity": "registration",
                "hq_version": 1,
                "status": "accepted",
                "kpj": "98765432101",
            }
        ],
        "c1",
    )
    person = get_person(store, uuid)
    assert (person["status"], person["kpj"]) == (Status.INACTIVE, "98765432101")


def test_no_false_conflict_when_the_local_edit_builds_on_hqs_correction(store: Store) -> None:
    [uuid] = _synced(store, worker())
    correction: wire.PulledChange = {
        "uuid": uuid,
        "entity": "registration",
        "hq_version": 2,
        "status": "sent",
        "data": _data(store, uuid, address="Alamat pusat"),
    }
    pull.apply_pulled(store, [correction], "c1")
    edit(
        store,
        uuid,
        worker(address="Alamat pusat", income=2_000_000),
        OPERATOR,
        expected_version=2,
        today=TODAY,
    )
    approved = {**correction, "status": "accepted", "kpj": "11122233344"}
    pull.apply_pulled(store, [approved], "c2")  # HQ still sends its v2 copy with the approval
    person = get_person(store, uuid)
    assert person["sync_state"] is SyncState.PENDING and person["income"] == 2_000_000
    assert person["kpj"] == "11122233344"


def test_a_correction_refreshes_the_search_key_and_the_status(store: Store) -> None:
    [uuid] = _synced(store, worker())
    renamed: wire.PulledChange = {
        "uuid": uuid,
        "entity": "registration",
        "hq_version": 2,
        "status": "sent",
        "data": _data(store, uuid, name="Yohanis Ndun"),
    }
    pull.apply_pulled(store, [renamed], "c1")
    assert [p.uuid for p in search_people(store, PersonFilter(text="yohanis"))] == [uuid]
    ended: wire.PulledChange = {
        "uuid": uuid,
        "entity": "registration",
        "hq_version": 3,
        "status": "sent",
        "data": _data(store, uuid, inactive_reason="meninggal", inactive_date="2026-11-01"),
    }
    pull.apply_pulled(store, [ended], "c2")
    assert get_person(store, uuid)["status"] is Status.INACTIVE


def test_drafts_never_leave_the_laptop(store: Store) -> None:
    draft = register(store, worker(occupation=None), OPERATOR, draft=True, today=TODAY)
    session = create_session(
        store, SessionInput(BOLOK, TODAY, "Balai desa", "Fransiska"), OPERATOR, today=TODAY
    )
    link_registration(store, session, draft.uuid, OPERATOR)
    queued = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    assert [r["entity"] for r in queued.records] == ["session"], "the session goes, the draft stays"
    assert get_person(store, draft.uuid)["sync_state"] is SyncState.LOCAL
    with pytest.raises(ValidationFailed) as refused:
        mark_inactive(
            store, draft.uuid, InactiveInput(InactiveReason.MOVED, TODAY), OPERATOR, today=TODAY
        )
    assert refused.value.issues[0].code == "status.draft"


def test_a_refused_record_can_be_sent_again_and_is_counted_until_then(store: Store) -> None:
    [uuid] = [register(store, worker(), OPERATOR, today=TODAY).uuid]
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    outbox.apply_results(
        store,
        batch.records,
        [
            {
                "uuid": uuid,
                "version": 1,
                "outcome": "rejected",
                "errors": [
                    {"field": "village_code", "code": "hq.village_not_assigned", "message": "x"}
                ],
            }
        ],
    )
    assert conflicts.needs_attention(store) == 1 and outbox.waiting_count(store) == 0
    conflicts.resend(store, uuid, OPERATOR)
    assert conflicts.needs_attention(store) == 0 and outbox.waiting_count(store) == 1
    assert get_person(store, uuid)["sync_state"] is SyncState.PENDING


def test_an_ack_of_an_older_version_does_not_mark_the_newer_one_sent(store: Store) -> None:
    uuid = register(store, worker(), OPERATOR, today=TODAY).uuid
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    edit(store, uuid, worker(income=2_000_000), OPERATOR, expected_version=1, today=TODAY)
    outbox.apply_results(
        store, batch.records, [{"uuid": uuid, "version": 1, "outcome": "accepted"}]
    )
    assert get_person(store, uuid)["status"] is Status.READY
