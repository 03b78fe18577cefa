"""The desa-hq command line: devices, review, corrections, export, audit; --db anywhere."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hq_server import (
    HQServer,
    held_records,
    push_record,
    query,
    registration_data,
    run_cli,
    run_cli_process,
    sqlite_url,
)
from sqlalchemy import create_engine, text

from desa_desktop.hq import review
from desa_desktop.hq.audit import AdminRefused
from desa_desktop.hq.db import open_database


def test_device_add_list_revoke(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path)
    status, out, err = run_cli(db, "device", "add", "Laptop Bolok", "--village", "5301052010")
    assert status == 0, err
    code = out.strip().splitlines()[-1]
    assert len(code) == 14 and code.count("-") == 2
    assert run_cli(db, "device", "add", "Laptop Bolok")[0] == 1  # names are unique
    status, _out, err = run_cli(db, "device", "add", "Laptop X", "--village", "99.99.99.9999")
    assert status == 1 and "99.99.99.9999" in err
    status, out, _err = run_cli(db, "device", "list")
    assert "Laptop Bolok" in out and "53.01.05.2010" in out and "waiting" in out
    assert run_cli(db, "device", "revoke", "Laptop Bolok")[0] == 0
    assert "revoked" in run_cli(db, "device", "list")[1]
    assert run_cli(db, "device", "revoke", "Nobody")[0] == 1
    actions = [r["action"] for r in query(db, "SELECT action FROM admin_audit ORDER BY id")]
    assert actions == ["device.add", "device.revoke"]


def test_db_option_after_the_command_and_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = sqlite_url(tmp_path, "a.sqlite"), sqlite_url(tmp_path, "b.sqlite")
    from desa_desktop.hq.cli import main

    assert main(["device", "add", "after", "--db", first]) == 0
    monkeypatch.setenv("DESA_HQ_DB", second)
    assert main(["device", "add", "from-env"]) == 0
    assert [r["name"] for r in query(first, "SELECT name FROM devices")] == ["after"]
    assert [r["name"] for r in query(second, "SELECT name FROM devices")] == ["from-env"]


def test_console_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path)
    done = run_cli_process(db, "device", "add", "proc", "--village", "53.01.05.2010")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] and "proc" in run_cli(db, "device", "list")[1]
    usage = run_cli_process(db, "review", "approve")
    assert usage.returncode == 2


def test_review_list_approve_reject_correct_and_export(hq: HQServer, tmp_path: Path) -> None:
    device = hq.new_device("cli-review")
    records = [push_record(registration_data(n)) for n in range(1, 5)]
    device.push(records)
    a, b, c, d = (r["uuid"] for r in records)

    status, out, _err = hq.cli("review", "list")
    assert status == 0 and a in out and "530105******0001" in out
    assert "5301051203850001" not in out  # NIKs are masked in lists
    assert hq.cli("review", "approve", a[:6])[0] == 0
    status, _out, err = hq.cli("review", "approve", a)
    assert status == 1 and "already accepted" in err
    assert hq.cli("review", "reject", b, "--reason", "  Foto KTP   buram ")[0] == 0
    assert hq.cli("review", "reject", c, "--reason", " ")[0] == 1
    status, out, err = hq.cli(
        "review", "correct", c, "--set", "phone=0812 3456 7891", "--set", "dusun="
    )
    assert status == 0, err
    status, _out, err = hq.cli("review", "correct", c, "--set", "nik=123")
    assert status == 1 and "nik" in err
    assert hq.cli("review", "correct", c, "--set", "colour=red")[0] == 1
    status, out, _err = hq.cli("review", "approve", "--all")
    assert status == 0 and "2 approved." in out

    held = held_records(hq.db_url)
    assert held[b]["status"] == "rejected" and held[b]["reason"] == "Foto KTP buram"
    assert held[c]["data"]["phone"] == "+6281234567891" and "dusun" not in held[c]["data"]
    assert held[c]["hq_version"] == 2 and held[c]["version"] == 1
    assert {held[u]["status"] for u in (a, c, d)} == {"accepted"}
    kpjs = [held[u]["kpj"] for u in (a, c, d)]
    assert len(set(kpjs)) == 3 and all(len(k) == 11 and k.isdigit() for k in kpjs)

    target = tmp_path / "hq.csv"
    assert hq.cli("export", str(target))[0] == 0
    with target.open(newline="", encoding="utf-8") as handle:
        rows = {row["uuid"]: row for row in csv.DictReader(handle)}
    first = rows[a]
    assert list(first)[:9] == [
        "uuid",
        "version",
        "kind",
        "nik",
        "nama",
        "kode_desa",
        "status",
        "kpj",
        "device",
    ]
    assert (first["nik"], first["kode_desa"], first["device"]) == (
        "5301051203850001",
        "53.01.05.2010",
        "cli-review",
    )
    assert (
        first["kpj"] == held[a]["kpj"]
        and rows[c]["version"] == "2"
        and rows[b]["status"] == "rejected"
    )

    audit = query(hq.db_url, "SELECT actor, action, target, details FROM admin_audit")
    actions = [row["action"] for row in audit]
    assert {"review.approve", "review.reject", "review.correct"} <= set(actions)
    correction = next(row for row in audit if row["action"] == "review.correct")
    assert json.loads(correction["details"])["hq_version"] == 2 and correction["actor"]


def test_kpj_collision_retried_on_the_unique_constraint(hq: HQServer) -> None:
    device = hq.new_device("cli-kpj")
    records = [push_record(registration_data(n)) for n in (30, 31)]
    device.push(records)
    numbers = iter(["12345678901", "12345678901", "12345678902"])
    db = open_database(hq.db_url)
    try:
        first = review.approve(db, records[0]["uuid"], actor="test", make_kpj=lambda: next(numbers))
        second = review.approve(
            db, records[1]["uuid"], actor="test", make_kpj=lambda: next(numbers)
        )
        assert (first[0][1], second[0][1]) == ("12345678901", "12345678902")
        with pytest.raises(AdminRefused):
            review.approve(db, "zz", actor="test")
    finally:
        db.dispose()


def test_approve_all_issues_unique_kpjs_and_numbers_changes_in_arrival_order(
    hq: HQServer,
) -> None:
    assert hq.cli("review", "approve", "--all")[0] == 0  # other tests' records: decided
    device = hq.new_device("cli-bulk")
    records = [push_record(registration_data(n)) for n in range(40, 46)]
    for record in records:  # one request each: an order of arrival to keep
        device.push([record])
    db = open_database(hq.db_url)
    try:
        (issued,) = review.approve(
            db, records[0]["uuid"], actor="test", make_kpj=lambda: "20000000000"
        )
        # The first number is already issued and the second comes twice: both are drawn again.
        numbers = iter(["20000000000", "20000000001", "20000000001", "20000000002"])
        numbers = iter([*numbers, "20000000003", "20000000004", "20000000005"])
        done = review.approve(
            db, None, actor="test", everything=True, make_kpj=lambda: next(numbers)
        )
    finally:
        db.dispose()
    assert issued[1] == "20000000000"
    rest = [r["uuid"] for r in records[1:]]
    assert [uuid for uuid, _kpj in done] == rest, "in order of arrival"
    held = held_records(hq.db_url)
    kpjs = [held[uuid]["kpj"] for uuid in rest]
    assert sorted(kpjs) == [f"2000000000{i}" for i in range(1, 6)] and kpjs == [k for _u, k in done]
    assert {held[uuid]["status"] for uuid in rest} == {"accepted"}
    seqs = [held[uuid]["change_seq"] for uuid in [records[0]["uuid"], *rest]]
    assert seqs == list(range(seqs[0], seqs[0] + 6)), "one change number each, as they came"
    assert hq.cli("review", "approve", "--all")[1].strip().endswith("0 approved.")


def test_approve_all_refuses_when_a_nik_is_held_by_another_record(hq: HQServer) -> None:
    device = hq.new_device("cli-bulk-nik")
    first, second = (push_record(registration_data(n)) for n in (50, 51))
    device.push([first, second])
    # The claim on the second NIK passes to the first record (as if HQ corrected it there).
    nik = held_records(hq.db_url)[second["uuid"]]["nik"]
    engine = create_engine(hq.db_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE nik_claims SET uuid = :first WHERE nik = :nik"),
            {"first": first["uuid"], "nik": nik},
        )
    engine.dispose()
    status, _out, err = hq.cli("review", "approve", "--all")
    assert status == 1 and "already held by registration" in err and "5301" in err
    held = held_records(hq.db_url)
    assert {held[r["uuid"]]["status"] for r in (first, second)} == {"received"}, "nothing"
