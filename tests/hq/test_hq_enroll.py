"""Enrollment over real HTTP: one-time codes, expiry, hashes only, revocation."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import requests
from hq_server import HQServer, enroll, protocol_headers, query
from sqlalchemy import create_engine, text

from desa_desktop.protocol.wire import PULL


def test_code_exchanged_once_for_a_token_hq_keeps_only_hashed(hq: HQServer) -> None:
    code = hq.add_device("enroll-once", ["5301052010", "53.01.05.2006"])
    answer = enroll(hq.base_url, code, store_id="store-1")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["device_name"] == "enroll-once"
    assert body["villages"] == ["53.01.05.2006", "53.01.05.2010"]
    token = body["token"]
    [row] = query(hq.db_url, "SELECT * FROM devices WHERE name = 'enroll-once'")
    assert row["store_id"] == "store-1" and row["enrollment_code_hash"] is None
    assert row["token_hash"] == hashlib.sha256(f"token:{token}".encode()).hexdigest()
    dump = str(query(hq.db_url, "SELECT * FROM devices")) + str(
        query(hq.db_url, "SELECT * FROM admin_audit")
    )
    assert token not in dump and code not in dump
    again = enroll(hq.base_url, code, store_id="store-thief")
    assert again.status_code == 403 and again.json()["code"] == "hq.enroll_code_invalid"
    # The reused code took nothing over: same token hash, same store, and the token works.
    assert query(hq.db_url, "SELECT * FROM devices WHERE name = 'enroll-once'") == [row]
    assert requests.get(hq.base_url + PULL, headers=protocol_headers(token), timeout=10).ok


def test_code_typed_loosely_still_matches(hq: HQServer) -> None:
    code = hq.add_device("enroll-loose")
    answer = enroll(hq.base_url, " " + code.lower().replace("-", " ") + " ")
    assert answer.status_code == 200, answer.text


def test_wrong_and_expired_codes_refused(hq: HQServer) -> None:
    wrong = enroll(hq.base_url, "AAAA-BBBB-CCCC")
    assert wrong.status_code == 403 and wrong.json()["code"] == "hq.enroll_code_invalid"
    code = hq.add_device("enroll-expired")
    engine = create_engine(hq.db_url)
    with engine.begin() as connection:
        past = (datetime.now(UTC) - timedelta(minutes=1)).replace(tzinfo=None)
        connection.execute(
            text("UPDATE devices SET code_expires_at = :t WHERE name = 'enroll-expired'"),
            {"t": past},
        )
    engine.dispose()
    answer = enroll(hq.base_url, code)
    assert answer.status_code == 403 and answer.json()["code"] == "hq.enroll_code_expired"
    assert "kedaluwarsa" in answer.json()["message"]
    [row] = query(hq.db_url, "SELECT token_hash FROM devices WHERE name = 'enroll-expired'")
    assert row["token_hash"] is None


def test_revoked_before_enrolling_means_the_code_is_dead(hq: HQServer) -> None:
    code = hq.add_device("enroll-revoked")
    assert hq.cli("device", "revoke", "enroll-revoked")[0] == 0
    assert enroll(hq.base_url, code).status_code == 403


def test_new_code_expires_in_seven_days(hq: HQServer) -> None:
    hq.add_device("enroll-week")
    [row] = query(
        hq.db_url, "SELECT created_at, code_expires_at FROM devices WHERE name = 'enroll-week'"
    )
    created, expires = (
        datetime.fromisoformat(str(row[k])) for k in ("created_at", "code_expires_at")
    )
    assert abs(expires - created - timedelta(days=7)) < timedelta(seconds=5)
