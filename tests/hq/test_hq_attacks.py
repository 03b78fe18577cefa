"""Attacks over real HTTP, judged by what HQ stores afterwards: rate limits, brute-forced
enrollment codes, hostile text, and an admin trail without personal data.

Tokens (missing, malformed, wrong, revoked) are in test_hq_errors, reused and expired codes
in test_hq_enroll, village scope and other devices' records in test_hq_push, pull isolation
in test_hq_pull, oversized bodies in test_hq_errors.
"""

from __future__ import annotations

import json
import time
import uuid as uuid_module
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from hq_server import (
    HQServer,
    add_device,
    enroll,
    held_records,
    protocol_headers,
    push_record,
    query,
    registration_data,
    running_hq,
    session_data,
    sqlite_url,
)
from sqlalchemy import create_engine, text

from desa_desktop.hq.ratelimit import WINDOW_SECONDS
from desa_desktop.protocol.wire import PULL, REFERENCE

DEVICE_LIMIT = 5
ENROLL_LIMIT = 3
SQL = "Robert'); DROP TABLE registration;--"
MARKUP = "<script>alert(1)</script>"
APOSTROPHE = "Ma'ruf"


@pytest.fixture
def limited_hq(tmp_path: Path) -> Iterator[HQServer]:
    """An HQ with tight limits and two workers: the counters must be shared through the
    database, not kept in either process."""
    limits = ["--rate-limit", str(DEVICE_LIMIT), "--enroll-rate-limit", str(ENROLL_LIMIT)]
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path, workers=2, serve_args=limits) as hq:
        yield hq


def _fresh_window() -> None:
    """Wait (at most 10 s) if the minute is about to turn, so a test's burst fits in one."""
    left = WINDOW_SECONDS - time.time() % WINDOW_SECONDS
    if left < 10:
        time.sleep(left + 0.2)


def _next_window(hq: HQServer) -> None:
    """Let the window pass without waiting for it: move every counter a minute back."""
    engine = create_engine(hq.db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE rate_counters SET window_no = window_no - 1"))
    engine.dispose()


def _assert_rate_limited(answer: requests.Response) -> int:
    assert answer.status_code == 429, answer.text
    body = answer.json()
    assert set(body) == {"code", "message", "message_en"} and body["code"] == "hq.rate_limited"
    wait = answer.headers["Retry-After"]
    assert wait.isdigit() and 1 <= int(wait) <= WINDOW_SECONDS
    assert f"{wait} detik" in body["message"] and f"{wait} seconds" in body["message_en"]
    return int(wait)


def test_a_device_over_its_limit_gets_429_and_other_devices_do_not(limited_hq: HQServer) -> None:
    hq = limited_hq
    greedy, other = hq.new_device("greedy"), hq.new_device("other")
    _fresh_window()
    urls = [hq.base_url + PULL, hq.base_url + REFERENCE.format(name="rates")] * 4
    # Fresh connections, in parallel: they land on both workers and race on one counter.
    with ThreadPoolExecutor(4) as pool:
        answers = list(
            pool.map(lambda url: requests.get(url, headers=greedy.headers(), timeout=30), urls)
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] * DEVICE_LIMIT + [429] * (len(urls) - DEVICE_LIMIT)
    for answer in answers:
        if answer.status_code == 429:
            _assert_rate_limited(answer)

    refused = push_record(registration_data(1))
    _assert_rate_limited(
        greedy.push_raw({"batch_id": str(uuid_module.uuid4()), "records": [refused]})
    )
    assert refused["uuid"] not in held_records(hq.db_url)
    # The other laptop is not slowed down by the greedy one.
    welcome = push_record(registration_data(2))
    assert other.push([welcome])[0]["outcome"] == "accepted"
    assert other.pull()["changes"] == []
    # The counters hold device ids and counts (refused requests roll their count back).
    rows = {r["key"]: r["hits"] for r in query(hq.db_url, "SELECT key, hits FROM rate_counters")}
    assert rows[f"device:{greedy.device_id}"] == DEVICE_LIMIT
    assert greedy.token not in str(rows)

    _next_window(hq)
    assert greedy.push([refused])[0]["outcome"] == "accepted"
    assert set(held_records(hq.db_url)) == {refused["uuid"], welcome["uuid"]}


def test_wrong_enrollment_codes_are_braked_per_address(limited_hq: HQServer) -> None:
    hq = limited_hq
    _fresh_window()
    # Right codes never count: a room full of laptops enrolling at once is not slowed.
    for n in range(ENROLL_LIMIT + 2):
        hq.new_device(f"room-{n}")
    code = hq.add_device("patient")
    for n in range(ENROLL_LIMIT):
        wrong = enroll(hq.base_url, f"AAAA-BBBB-{n:04d}")
        assert wrong.status_code == 403 and wrong.json()["code"] == "hq.enroll_code_invalid"
    # Now even the right code waits: the guesser cannot tell a hit from a miss.
    _assert_rate_limited(enroll(hq.base_url, "AAAA-BBBB-CCCC"))
    _assert_rate_limited(enroll(hq.base_url, code))
    [row] = query(
        hq.db_url, "SELECT token_hash, enrollment_code_hash FROM devices WHERE name = 'patient'"
    )
    assert row["token_hash"] is None and row["enrollment_code_hash"] is not None
    [counter] = query(hq.db_url, "SELECT key, hits FROM rate_counters WHERE key LIKE 'enroll:%'")
    assert counter == {"key": "enroll:127.0.0.1", "hits": ENROLL_LIMIT}

    _next_window(hq)
    answer = enroll(hq.base_url, code)
    assert answer.status_code == 200, answer.text
    [row] = query(hq.db_url, "SELECT token_hash FROM devices WHERE name = 'patient'")
    assert row["token_hash"] is not None


def test_rate_limit_off_with_zero(tmp_path: Path) -> None:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path, serve_args=["--rate-limit", "0"]) as hq:
        device = hq.new_device("unlimited")
        for _ in range(130):  # over the default of 120 a minute
            answer = device.http.get(hq.base_url + PULL, headers=device.headers(), timeout=30)
            assert answer.status_code == 200, answer.text
        assert query(hq.db_url, "SELECT * FROM rate_counters") == []


def test_hostile_text_is_stored_and_returned_verbatim(hq: HQServer, tmp_path: Path) -> None:
    device = hq.new_device("hostile-text")
    kept = push_record(registration_data(61, name=APOSTROPHE, address=SQL, birth_place=MARKUP))
    session = push_record(
        session_data(place=SQL, topic=MARKUP, facilitator=APOSTROPHE), entity="session"
    )
    # Names follow the KTP rules: symbols and digits are refused, field by field.
    refused = [
        push_record(registration_data(62 + n, name=bad)) for n, bad in enumerate((SQL, MARKUP))
    ]
    results = device.push([kept, session, *refused])
    assert [r["outcome"] for r in results] == ["accepted", "accepted", "rejected", "rejected"]
    for result in results[2:]:
        assert "name" in {e["field"] for e in result["errors"]}
        assert SQL not in json.dumps(result) and MARKUP not in json.dumps(result)

    held = held_records(hq.db_url)
    assert not {r["uuid"] for r in refused} & set(held)
    data = held[kept["uuid"]]["data"]
    assert (data["name"], data["address"], data["birth_place"]) == (APOSTROPHE, SQL, MARKUP)
    assert held[kept["uuid"]]["name"] == APOSTROPHE
    stored_session = held[session["uuid"]]["data"]
    assert (stored_session["place"], stored_session["topic"]) == (SQL, MARKUP)
    assert stored_session["facilitator"] == APOSTROPHE

    # A rejection reason with the same text travels back verbatim too.
    other = push_record(registration_data(64, name=APOSTROPHE))
    device.push([other])
    reason = f"{MARKUP} {SQL}"
    assert hq.cli("review", "reject", other["uuid"], "--reason", reason)[0] == 0
    assert hq.cli("review", "correct", kept["uuid"], "--set", "rt=7")[0] == 0
    changes = {c["uuid"]: c for c in device.pull_all()[0]}
    pulled = changes[kept["uuid"]]["data"]
    assert (pulled["name"], pulled["address"], pulled["birth_place"]) == (APOSTROPHE, SQL, MARKUP)
    assert changes[other["uuid"]]["reason"] == reason

    rows = {row["uuid"]: row for row in hq.export_rows()}
    assert rows[kept["uuid"]]["nama"] == APOSTROPHE
    assert (rows[other["uuid"]]["nama"], rows[other["uuid"]]["alasan"]) == (APOSTROPHE, reason)
    assert query(hq.db_url, "SELECT COUNT(*) AS n FROM records")[0]["n"] == len(held) + 1


def test_admin_actions_are_audited_without_personal_data(
    hq: HQServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESA_HQ_ADMIN", "admin-ana")
    started = datetime.now(UTC) - timedelta(seconds=2)
    device = hq.new_device("audited", ["53.01.05.2010"])
    records = [push_record(registration_data(n)) for n in (71, 72, 73)]
    device.push(records)
    approved, rejected, corrected = (r["uuid"] for r in records)
    personal = [str(r["data"][k]) for r in records for k in ("nik", "name", "address")]
    personal += ["081399887766", "+6281399887766", "Dukcapil menolak Yohanes"]
    assert hq.cli("review", "approve", approved)[0] == 0
    assert hq.cli("review", "reject", rejected, "--reason", personal[-1])[0] == 0
    assert hq.cli("review", "correct", corrected, "--set", "phone=081399887766")[0] == 0
    assert hq.cli("device", "revoke", "audited")[0] == 0

    rows = query(hq.db_url, "SELECT * FROM admin_audit WHERE actor = 'admin-ana' ORDER BY id")
    trail = [(r["action"], r["target"]) for r in rows]
    assert trail == [
        ("device.add", "audited"),
        ("review.approve", approved),
        ("review.reject", rejected),
        ("review.correct", corrected),
        ("device.revoke", "audited"),
    ]
    for row in rows:
        at = datetime.fromisoformat(str(row["at"])).replace(tzinfo=UTC)
        assert started <= at <= datetime.now(UTC) + timedelta(seconds=2)
    assert json.loads(rows[3]["details"]) == {"fields": ["phone"], "hq_version": 2}
    dump = str(rows)
    assert not [p for p in personal if p in dump]

    status, out, err = hq.cli("audit", "--action", "review")
    assert status == 0, err
    lines = out.strip().splitlines()
    assert lines[0].split() == ["AT", "ACTOR", "ACTION", "TARGET", "DETAILS"]
    mine = [line for line in lines if "admin-ana" in line]
    assert [line.split()[4] for line in mine] == [
        "review.approve",
        "review.reject",
        "review.correct",
    ]
    assert not [p for p in personal if p in out]
    status, out, _err = hq.cli("audit", "--limit", "1")
    assert len(out.strip().splitlines()) == 2 and "device.revoke" in out


def test_an_older_hq_database_gains_the_counter_table(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path)
    code = add_device(db, "before-limits")
    engine = create_engine(db)
    with engine.begin() as connection:  # as an HQ database made before rate limits
        connection.execute(text("DROP TABLE rate_counters"))
    engine.dispose()
    with running_hq(db, log_dir=tmp_path, serve_args=["--rate-limit", "2"]) as hq:
        answer = enroll(hq.base_url, code)
        assert answer.status_code == 200, answer.text
        headers = protocol_headers(answer.json()["token"])
        _fresh_window()
        statuses = [
            requests.get(hq.base_url + PULL, headers=headers, timeout=30).status_code
            for _ in range(3)
        ]
    assert statuses == [200, 200, 429]
    assert query(db, "SELECT hits FROM rate_counters") == [{"hits": 2}]
