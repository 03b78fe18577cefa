"""Push over real HTTP: every outcome, and what HQ stores afterwards."""

from __future__ import annotations

import uuid as uuid_module

from hq_server import (
    HQServer,
    held_records,
    push_record,
    query,
    registration_data,
    session_data,
)
from samples import BOLOK, TESABELA

from desa_desktop.protocol.wire import MAX_BATCH_RECORDS


def test_new_record_accepted_and_stored_as_sent(hq: HQServer) -> None:
    device = hq.new_device("push-new", [BOLOK])
    record = push_record(registration_data(1))
    [result] = device.push([record])
    assert result == {"uuid": record["uuid"], "version": 1, "outcome": "accepted"}
    held = held_records(hq.db_url)[record["uuid"]]
    assert held["data"] == record["data"]
    assert (held["status"], held["version"], held["hq_version"]) == ("received", 1, 1)
    assert (held["nik"], held["village_code"], held["kind"]) == (
        "5301051203850001",
        BOLOK,
        "worker",
    )
    assert held["device_id"] == device.device_id and held["change_seq"] is None


def test_exact_replay_is_already_held_and_changes_nothing(hq: HQServer) -> None:
    device = hq.new_device("push-replay")
    record = push_record(registration_data(2))
    assert device.push([record])[0]["outcome"] == "accepted"
    before = held_records(hq.db_url)[record["uuid"]]
    assert [r["outcome"] for r in device.push([record, record])] == ["already_held"] * 2
    assert held_records(hq.db_url)[record["uuid"]] == before


def test_edit_on_base_accepted_then_stale_replay_never_overwrites(hq: HQServer) -> None:
    device = hq.new_device("push-edit")
    first = push_record(registration_data(3))
    device.push([first])
    edited = push_record(
        registration_data(3, address="Jl. Baru 5"), uuid=first["uuid"], version=2, base_version=1
    )
    assert device.push([edited])[0]["outcome"] == "accepted"
    assert device.push([first])[0]["outcome"] == "already_held"  # a late retry of version 1
    held = held_records(hq.db_url)[first["uuid"]]
    assert (held["version"], held["hq_version"]) == (2, 2)
    assert held["data"]["address"] == "Jl. Baru 5"


def test_conflict_after_hq_correction_returns_hq_copy_and_overwrites_nothing(
    hq: HQServer,
) -> None:
    device = hq.new_device("push-conflict")
    record = push_record(registration_data(4))
    device.push([record])
    status, _out, err = hq.cli("review", "correct", record["uuid"], "--set", "address=Jl. HQ 1")
    assert status == 0, err
    mine = push_record(
        registration_data(4, address="Jl. Desa 2"), uuid=record["uuid"], version=2, base_version=1
    )
    [result] = device.push([mine])
    assert result["outcome"] == "conflict" and result["hq_version"] == 2
    assert result["hq_data"]["address"] == "Jl. HQ 1"
    held = held_records(hq.db_url)[record["uuid"]]
    assert held["data"]["address"] == "Jl. HQ 1" and held["hq_version"] == 2
    # "Keep mine": the same edit re-sent on top of HQ's version is accepted.
    keep = push_record(mine["data"], uuid=record["uuid"], version=3, base_version=2)
    assert device.push([keep])[0]["outcome"] == "accepted"
    assert held_records(hq.db_url)[record["uuid"]]["data"]["address"] == "Jl. Desa 2"


def test_invalid_record_rejected_with_field_errors_and_not_stored(hq: HQServer) -> None:
    device = hq.new_device("push-invalid")
    bad = push_record(registration_data(5, nik="12345", income="banyak", birth_place=None))
    good = push_record(registration_data(6))
    results = device.push([bad, good])
    assert [r["outcome"] for r in results] == ["rejected", "accepted"]
    assert {e["field"] for e in results[0]["errors"]} >= {"income"}
    bad2 = push_record(registration_data(5, nik="12345", birth_place=None))
    [again] = device.push([bad2])
    fields = {e["field"]: e for e in again["errors"]}
    assert {"nik", "birth_place"} <= set(fields)
    assert fields["birth_place"]["code"] == "required"
    assert fields["birth_place"]["message"] and fields["birth_place"]["message_en"]
    held = held_records(hq.db_url)
    assert bad["uuid"] not in held and bad2["uuid"] not in held and good["uuid"] in held


def test_a_record_without_consent_is_rejected_on_the_consent_field(hq: HQServer) -> None:
    device = hq.new_device("push-consent")
    record = push_record(registration_data(500, consent_at=None, consent_by=None))
    [result] = device.push([record])
    assert result["outcome"] == "rejected"
    [error] = result["errors"]
    assert (error["field"], error["code"]) == ("consent", "hq.consent_missing")
    assert "UU 27/2022" in error["message"] and "UU 27/2022" in error["message_en"]
    assert error["message"] != error["message_en"]
    assert record["uuid"] not in held_records(hq.db_url)
    consenting = push_record(registration_data(500), uuid=record["uuid"])
    assert device.push([consenting])[0]["outcome"] == "accepted"


def test_warnings_come_back_with_an_accepted_record(hq: HQServer) -> None:
    device = hq.new_device("push-warning")
    # The NIK encodes 12-03-1985; the typed date differs: a warning the user confirmed.
    record = push_record(registration_data(7, birth_date="1985-03-13"))
    [result] = device.push([record])
    assert result["outcome"] == "accepted"
    assert any(e["field"] == "nik" for e in result["errors"])


def test_village_outside_the_device_scope_rejected(hq: HQServer) -> None:
    device = hq.new_device("push-scope", [BOLOK])
    record = push_record(registration_data(8, village_code=TESABELA))
    session = push_record(session_data(village_code=TESABELA), entity="session")
    results = device.push([record, session])
    for result in results:
        assert result["outcome"] == "rejected"
        assert [(e["field"], e["code"]) for e in result["errors"]] == [
            ("village_code", "hq.village_not_assigned")
        ]
    assert not {record["uuid"], session["uuid"]} & set(held_records(hq.db_url))


def test_duplicate_nik_from_another_device_flagged_and_kept(hq: HQServer) -> None:
    first, second = hq.new_device("dup-a"), hq.new_device("dup-b")
    mine = push_record(registration_data(9))
    theirs = push_record(registration_data(9, name="Orang Lain"))
    assert first.push([mine])[0]["outcome"] == "accepted"
    [result] = second.push([theirs])
    assert result["outcome"] == "accepted"
    [flag] = [e for e in result["errors"] if e["code"] == "hq.duplicate_nik"]
    assert flag["field"] == "nik" and BOLOK in flag["message"]
    assert "Yohanes" not in flag["message"] + flag["message_en"]  # never the other person's data
    # A replay (its first answer may have been lost) is told again.
    assert second.push([theirs])[0]["errors"][0]["code"] == "hq.duplicate_nik"
    held = held_records(hq.db_url)
    assert (held[mine["uuid"]]["status"], held[theirs["uuid"]]["status"]) == (
        "received",
        "duplicate",
    )
    claims = query(
        hq.db_url, "SELECT uuid FROM nik_claims WHERE nik = :nik", nik="5301051203850009"
    )
    assert claims == [{"uuid": mine["uuid"]}]


def test_record_of_another_device_refused(hq: HQServer) -> None:
    owner, intruder = hq.new_device("owner"), hq.new_device("intruder")
    record = push_record(registration_data(10))
    owner.push([record])
    stolen = push_record(
        registration_data(10, address="diubah"), uuid=record["uuid"], version=2, base_version=1
    )
    [result] = intruder.push([stolen])
    assert result["outcome"] == "rejected" and result["errors"][0]["code"] == "hq.not_your_record"
    held = held_records(hq.db_url)[record["uuid"]]
    assert held["device_id"] == owner.device_id and held["version"] == 1


def test_sessions_checked_and_stored(hq: HQServer) -> None:
    device = hq.new_device("push-session")
    good = push_record(session_data(), entity="session")
    bad = push_record(session_data(place=" ", attendees="semua"), entity="session")
    results = device.push([good, bad])
    assert [r["outcome"] for r in results] == ["accepted", "rejected"]
    assert {e["field"] for e in results[1]["errors"]} == {"place", "attendees"}
    held = held_records(hq.db_url)[good["uuid"]]
    assert held["entity"] == "session" and held["village_code"] == BOLOK


def test_deactivation_releases_the_nik_for_a_new_registration(hq: HQServer) -> None:
    first, second = hq.new_device("inactive-a"), hq.new_device("inactive-b")
    record = push_record(registration_data(11))
    first.push([record])
    gone = push_record(
        registration_data(11, inactive_reason="pindah", inactive_date="2026-11-01"),
        uuid=record["uuid"],
        version=2,
        base_version=1,
    )
    assert first.push([gone])[0]["outcome"] == "accepted"
    assert held_records(hq.db_url)[record["uuid"]]["status"] == "inactive"
    [result] = second.push([push_record(registration_data(11))])
    assert result["outcome"] == "accepted" and "errors" not in result


def test_results_keep_the_order_sent(hq: HQServer) -> None:
    device = hq.new_device("push-order")
    records = [push_record(registration_data(100 + n)) for n in range(30)]
    records[7] = push_record(registration_data(107, sex="X"))
    results = device.push(records)
    assert [r["uuid"] for r in results] == [r["uuid"] for r in records]
    assert [r["outcome"] for r in results].count("rejected") == 1
    assert results[7]["outcome"] == "rejected"


def test_unknown_entity_or_too_many_records_refuse_the_whole_batch(hq: HQServer) -> None:
    device = hq.new_device("push-shape")
    odd = push_record(registration_data(200), entity="household")
    fine = push_record(registration_data(201))
    answer = device.push_raw({"batch_id": str(uuid_module.uuid4()), "records": [fine, odd]})
    assert answer.status_code == 422 and answer.json()["code"] == "hq.bad_request"
    many = [push_record({}) for _ in range(MAX_BATCH_RECORDS + 1)]
    answer = device.push_raw({"batch_id": "x", "records": many})
    assert answer.status_code == 413 and answer.json()["code"] == "hq.batch_too_large"
    assert fine["uuid"] not in held_records(hq.db_url)


def test_hq_killed_and_restarted_keeps_what_it_acknowledged(hq: HQServer) -> None:
    device = hq.new_device("push-restart")
    record = push_record(registration_data(300))
    device.push([record])
    hq.kill()
    hq.start()
    assert device.push([record])[0]["outcome"] == "already_held"
    assert record["uuid"] in held_records(hq.db_url)


def test_logs_never_hold_a_full_nik_or_a_name(hq: HQServer) -> None:
    log = hq.log()
    assert "push" in log
    for secret in ("5301051203850001", "5301051203850009", "Yohanes", "Orang Lain", "+62812"):
        assert secret not in log


def test_lost_acknowledgement_does_not_turn_the_next_edit_into_a_conflict(hq: HQServer) -> None:
    device = hq.new_device("push-lost-ack")
    record = push_record(registration_data(400))
    device.push([record])  # accepted, but say the answer never reached the laptop
    later = push_record(
        registration_data(400, rw="2"), uuid=record["uuid"], version=3, base_version=None
    )
    assert device.push([later])[0]["outcome"] == "accepted"
    assert held_records(hq.db_url)[record["uuid"]]["hq_version"] == 3
    # After an HQ correction the same shortcut does not apply: HQ's change is not the device's.
    assert hq.cli("review", "correct", record["uuid"], "--set", "rw=5")[0] == 0
    blind = push_record(
        registration_data(400, rw="9"), uuid=record["uuid"], version=5, base_version=3
    )
    [result] = device.push([blind])
    assert result["outcome"] == "conflict" and result["hq_data"]["rw"] == "005"
