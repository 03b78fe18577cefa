"""The client's sync bookkeeping on a real store: batches, HQ's answers, pulls and conflicts.

HQ's answers are given here as protocol data; the end-to-end tests run them against a real HQ.
"""

from __future__ import annotations

import json

import pytest
from samples import OPERATOR, TODAY, worker
from sqlalchemy import func, select

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.queries import get_person, person_history
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta
from desa_desktop.core.store.models import OutboxEntry
from desa_desktop.core.timestamps import utcnow
from desa_desktop.protocol import wire
from desa_desktop.sync import conflicts, decisions, outbox, pull
from desa_desktop.sync.backoff import Backoff
from desa_desktop.sync.settings import PULL_CURSOR


def _register(store: Store, n: int) -> list[str]:
    return [
        register(store, worker(nik=f"530105120385{i + 1:04d}"), OPERATOR, today=TODAY).uuid
        for i in range(n)
    ]


def _answer(records: list[wire.PushRecord], outcome: str = "accepted") -> list[wire.PushResult]:
    return [
        {"uuid": r["uuid"], "version": r["version"], "outcome": outcome}  # type: ignore[typeddict-item]
        for r in records
    ]


def _outbox_size(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count(OutboxEntry.id))) or 0


def test_batches_are_oldest_first_within_both_limits_and_send_the_latest_version(
    store: Store,
) -> None:
    uuids = _register(store, 5)
    edit(
        store,
        uuids[0],
        worker(nik="5301051203850001", income=2_000_000),
        OPERATOR,
        expected_version=1,
        today=TODAY,
    )
    batch = outbox.next_batch(store, max_records=3, max_bytes=1_000_000)
    assert [r["uuid"] for r in batch.records] == uuids[:3]
    first = batch.records[0]
    assert (first["version"], first["base_version"], first["data"]["income"]) == (
        2,
        None,
        2_000_000,
    )
    assert "name_key" not in first["data"] and first["data"]["nik"] == "5301051203850001"
    one = outbox.next_batch(store, max_records=5, max_bytes=batch.size // 3)
    assert len(one.records) == 1, (
        "the byte cap holds, but a batch always carries at least one record"
    )
    assert outbox.waiting_count(store) == 5


def test_accepted_answers_clear_the_outbox_and_mark_records_sent(store: Store) -> None:
    uuids = _register(store, 3)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    assert outbox.apply_results(store, batch.records, _answer(batch.records)) == {"accepted": 3}
    assert _outbox_size(store) == 0
    person = get_person(store, uuids[0])
    assert (person["status"], person["sync_state"], person["synced_version"]) == (
        Status.SENT,
        SyncState.SYNCED,
        1,
    )


def test_an_edit_made_while_the_batch_was_in_flight_stays_queued(store: Store) -> None:
    [uuid] = _register(store, 1)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    edit(
        store,
        uuid,
        worker(nik="5301051203850001", income=3_000_000),
        OPERATOR,
        expected_version=1,
        today=TODAY,
    )
    outbox.apply_results(store, batch.records, _answer(batch.records))
    person = get_person(store, uuid)
    assert (person["synced_version"], person["version"], person["sync_state"]) == (
        1,
        2,
        SyncState.PENDING,
    )
    again = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    assert [(r["version"], r["base_version"]) for r in again.records] == [(2, 1)]


def test_answers_that_do_not_match_the_batch_record_nothing(store: Store) -> None:
    _register(store, 2)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    bad = [*_answer(batch.records)[:1]]
    with pytest.raises(ValueError):
        outbox.apply_results(store, batch.records, bad)
    with pytest.raises(ValueError):
        outbox.apply_results(store, batch.records, _answer(batch.records, "lost"))
    assert _outbox_size(store) == 2


def test_rejected_and_conflicting_records_leave_the_queue_for_a_person(store: Store) -> None:
    rejected, conflicting, fine = _register(store, 3)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    answers = _answer(batch.records)
    answers[0] = {
        **answers[0],
        "outcome": "rejected",
        "errors": [{"field": "village_code", "code": "hq.village_not_assigned", "message": "x"}],
    }
    answers[1] = {
        **answers[1],
        "outcome": "conflict",
        "hq_version": 4,
        "hq_data": {**batch.records[1]["data"], "name": "Yohanes Ndun Corrected"},
    }
    assert outbox.apply_results(store, batch.records, answers) == {
        "rejected": 1,
        "conflict": 1,
        "accepted": 1,
    }
    assert get_person(store, rejected)["sync_state"] is SyncState.ERROR
    assert get_person(store, conflicting)["sync_state"] is SyncState.CONFLICT
    assert get_person(store, fine)["sync_state"] is SyncState.SYNCED
    assert outbox.waiting_count(store) == 0
    assert [a.uuid for a in conflicts.hq_answers(store, "rejected")] == [rejected]
    assert conflicts.side_by_side(store, conflicting) == {
        "name": ("Yohanes Ndun", "Yohanes Ndun Corrected")
    }


def _conflicted(store: Store) -> str:
    [uuid] = _register(store, 1)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    hq_copy = {**batch.records[0]["data"], "address": "Jl. Koreksi Pusat"}
    answers = [
        {**_answer(batch.records)[0], "outcome": "conflict", "hq_version": 3, "hq_data": hq_copy}
    ]
    outbox.apply_results(store, batch.records, answers)  # type: ignore[arg-type]
    return uuid


def test_keep_mine_resends_on_top_of_hqs_version(store: Store) -> None:
    uuid = _conflicted(store)
    conflicts.keep_mine(store, uuid, OPERATOR)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    assert [(r["version"], r["base_version"], r["data"]["address"]) for r in batch.records] == [
        (4, 3, "Jl. Timor Raya Km 20")
    ]
    assert conflicts.hq_answers(store, "conflict") == []


def test_take_hq_replaces_the_local_copy_and_queues_nothing(store: Store) -> None:
    uuid = _conflicted(store)
    conflicts.take_hq(store, uuid, OPERATOR)
    person = get_person(store, uuid)
    assert (person["address"], person["version"], person["sync_state"]) == (
        "Jl. Koreksi Pusat",
        3,
        SyncState.SYNCED,
    )
    assert outbox.waiting_count(store) == 0
    assert person_history(store, uuid)[-1].action == "conflict_take_hq"


def test_pull_applies_decisions_and_saves_the_cursor_with_them(store: Store) -> None:
    accepted, rejected = _register(store, 2)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    outbox.apply_results(store, batch.records, _answer(batch.records))
    changes: list[wire.PulledChange] = [
        {
            "uuid": accepted,
            "entity": "registration",
            "hq_version": 1,
            "status": "accepted",
            "kpj": "12345678901",
        },
        {
            "uuid": rejected,
            "entity": "registration",
            "hq_version": 1,
            "status": "rejected",
            "reason": "NIK tidak ditemukan di Dukcapil",
        },
    ]
    assert pull.apply_pulled(store, changes, "c2") == 2
    assert get_person(store, accepted)["kpj"] == "12345678901"
    assert get_person(store, accepted)["status"] is Status.ACCEPTED
    assert get_person(store, rejected)["status"] is Status.REJECTED
    assert get_person(store, rejected)["rejection_reason"] == "NIK tidak ditemukan di Dukcapil"
    assert get_meta(store, PULL_CURSOR) == "c2"
    decided = person_history(store, accepted)[-1]
    assert (decided.operator, decided.action, decided.version) == ("HQ", "hq_update", 1)
    assert decided.changes == {"status": ["sent", "accepted"], "kpj": [None, "12345678901"]}
    assert decided.at.tzinfo is not None and decided.at <= utcnow()
    assert person_history(store, rejected)[-1].changes == {
        "status": ["sent", "rejected"],
        "rejection_reason": [None, "NIK tidak ditemukan di Dukcapil"],
    }
    assert pull.apply_pulled(store, changes, "c3") == 0, "the same decisions again change nothing"
    assert len(person_history(store, accepted)) == 2


def test_pull_never_overwrites_an_unsent_local_edit(store: Store) -> None:
    [uuid] = _register(store, 1)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    outbox.apply_results(store, batch.records, _answer(batch.records))
    edit(
        store,
        uuid,
        worker(nik="5301051203850001", address="Alamat baru"),
        OPERATOR,
        expected_version=1,
        today=TODAY,
    )
    correction: wire.PulledChange = {
        "uuid": uuid,
        "entity": "registration",
        "hq_version": 2,
        "status": "sent",
        "data": {**batch.records[0]["data"], "address": "Alamat versi pusat"},
    }
    pull.apply_pulled(store, [correction], "c1")
    person = get_person(store, uuid)
    assert (person["address"], person["sync_state"]) == ("Alamat baru", SyncState.CONFLICT)
    assert conflicts.side_by_side(store, uuid)["address"] == ("Alamat baru", "Alamat versi pusat")


def test_pull_applies_a_correction_when_nothing_local_is_pending(store: Store) -> None:
    [uuid] = _register(store, 1)
    batch = outbox.next_batch(store, max_records=10, max_bytes=1_000_000)
    outbox.apply_results(store, batch.records, _answer(batch.records))
    correction: wire.PulledChange = {
        "uuid": uuid,
        "entity": "registration",
        "hq_version": 2,
        "status": "sent",
        "data": {**batch.records[0]["data"], "address": "Alamat versi pusat"},
    }
    pull.apply_pulled(store, [correction], "c1")
    person = get_person(store, uuid)
    assert (person["address"], person["version"], person["synced_version"]) == (
        "Alamat versi pusat",
        2,
        2,
    )
    assert person["sync_state"] is SyncState.SYNCED


def test_backoff_grows_with_jitter_up_to_its_cap() -> None:
    import random

    backoff = Backoff(base=1.0, cap=8.0, rng=random.Random(7))
    ceilings = [1, 2, 4, 8, 8, 8]
    delays = [backoff.next_delay() for _ in ceilings]
    assert all(0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays)) == len(delays), "jittered, not fixed sleeps"
    backoff.reset()
    assert backoff.next_delay() <= 1


@pytest.mark.parametrize(
    "diff",
    [
        {"status": ["sent", "accepted"], "kpj": [None, "12345678901"]},
        {"rejection_reason": ['Foto "KTP" buram\\\n', "NIK tidak ditemukan — Dukcapil\t\x01"]},
        {"status": ["rejected", "accepted"], "rejection_reason": ["Ditolak ✓ ẞ", None]},
    ],
)
def test_a_decisions_audit_text_is_exactly_what_json_writes(diff: dict[str, list[object]]) -> None:
    assert decisions._diff_json(diff) == json.dumps(diff, ensure_ascii=False)
