"""Malformed, oversized, outdated and unauthenticated requests: 4xx ProblemBody, nothing changed."""

from __future__ import annotations

import gzip
import json
import uuid as uuid_module
from collections.abc import Iterator

import pytest
import requests
from hq_server import (
    Device,
    HQServer,
    held_records,
    protocol_headers,
    push_record,
    query,
    registration_data,
)

from desa_desktop.protocol.wire import (
    ENROLL,
    HEALTH,
    MAX_BODY_BYTES,
    PROTOCOL_HEADER,
    PULL,
    PUSH,
    REFERENCE,
)


@pytest.fixture(scope="module")
def device(hq: HQServer) -> Device:
    return hq.new_device("errors")


def _snapshot(hq: HQServer) -> tuple[object, ...]:
    return (
        held_records(hq.db_url),
        query(hq.db_url, "SELECT * FROM nik_claims"),
        query(hq.db_url, "SELECT * FROM devices"),
        query(hq.db_url, "SELECT * FROM counters"),
    )


def _problem(answer: requests.Response, status: int, code: str | None = None) -> dict[str, str]:
    assert answer.status_code == status, answer.text
    body: dict[str, str] = answer.json()
    assert set(body) == {"code", "message", "message_en"} and body["message"] and body["message_en"]
    if code:
        assert body["code"] == code
    return body


def _valid_body() -> bytes:
    record = push_record(registration_data(50))
    return json.dumps({"batch_id": str(uuid_module.uuid4()), "records": [record]}).encode()


def _post(
    hq: HQServer, data: bytes | Iterator[bytes], headers: dict[str, str]
) -> requests.Response:
    return requests.post(hq.base_url + PUSH, data=data, headers=headers, timeout=30)


def test_missing_or_old_protocol_answered_426_in_words_a_user_understands(
    hq: HQServer, device: Device
) -> None:
    before = _snapshot(hq)
    auth = {"Authorization": f"Bearer {device.token}"}
    for headers in (auth, {**auth, PROTOCOL_HEADER: "0"}, {**auth, PROTOCOL_HEADER: "satu"}):
        body = _problem(_post(hq, _valid_body(), headers), 426, "hq.update_required")
        assert "Perbarui aplikasi" in body["message"] and "Update the app" in body["message_en"]
    _problem(requests.get(hq.base_url + PULL, headers=auth, timeout=10), 426)
    _problem(
        requests.post(hq.base_url + ENROLL, json={"code": "x", "store_id": "y"}, timeout=10), 426
    )
    assert requests.get(hq.base_url + HEALTH, timeout=10).json() == {"status": "ok", "protocol": 1}
    assert _snapshot(hq) == before


def _each_endpoint(hq: HQServer, headers: dict[str, str]) -> list[requests.Response]:
    """Push, pull and every reference answer, called with ``headers``."""
    answers = [
        _post(hq, _valid_body(), headers),
        requests.get(hq.base_url + PULL, headers=headers, timeout=10),
    ]
    for name in ("rates", "occupations", "villages"):
        url = hq.base_url + REFERENCE.format(name=name)
        answers.append(requests.get(url, headers=headers, timeout=10))
    return answers


def test_missing_malformed_wrong_and_revoked_tokens_answered_401(hq: HQServer) -> None:
    victim = hq.new_device("errors-revoked")
    before = _snapshot(hq)
    bare = protocol_headers()
    cases = [
        (bare, "hq.auth_missing"),
        ({**bare, "Authorization": "Basic dXNlcjpwYXNz"}, "hq.auth_missing"),
        ({**bare, "Authorization": "Bearer"}, "hq.auth_missing"),
        ({**bare, "Authorization": "Bearer "}, "hq.auth_missing"),
        ({**bare, "Authorization": victim.token}, "hq.auth_missing"),  # no scheme
        ({**bare, "Authorization": f"Token {victim.token}"}, "hq.auth_missing"),
        (protocol_headers("not-a-token"), "hq.auth_invalid"),
        (protocol_headers(victim.token + "x"), "hq.auth_invalid"),
        (protocol_headers(victim.token[:-1]), "hq.auth_invalid"),
        (protocol_headers(f"{victim.token} {victim.token}"), "hq.auth_invalid"),
        (protocol_headers("' OR '1'='1"), "hq.auth_invalid"),
        (protocol_headers("x" * 4000), "hq.auth_invalid"),
    ]
    for headers, code in cases:
        for answer in _each_endpoint(hq, headers):
            _problem(answer, 401, code)
            assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert _snapshot(hq) == before
    assert victim.pull()["changes"] == []
    assert hq.cli("device", "revoke", "errors-revoked")[0] == 0
    before = _snapshot(hq)
    for answer in _each_endpoint(hq, victim.headers()):
        body = _problem(answer, 401, "hq.auth_revoked")
        assert "dicabut" in body["message"] and "revoked" in body["message_en"]
    assert _snapshot(hq) == before
    [row] = query(
        hq.db_url, "SELECT revoked_at, token_hash FROM devices WHERE name = 'errors-revoked'"
    )
    assert row["revoked_at"] is not None and victim.token not in str(row)


def test_malformed_bodies_answered_4xx_and_change_nothing(hq: HQServer, device: Device) -> None:
    before = _snapshot(hq)
    json_headers = device.headers(**{"Content-Type": "application/json"})
    gz_headers = {**json_headers, "Content-Encoding": "gzip"}
    deep = b"[" * 100_000 + b"]" * 100_000
    wrong_shape = json.dumps({"batch_id": "b", "records": [{"uuid": "1", "version": "2"}]}).encode()
    cases: list[tuple[bytes, dict[str, str], int, str]] = [
        (b"{not json", json_headers, 400, "hq.bad_json"),
        (b"", json_headers, 400, "hq.bad_json"),
        (b'{"batch_id": NaN}', json_headers, 400, "hq.bad_json"),
        (b"\xff\xfe\x00garbage", json_headers, 400, "hq.bad_json"),
        (deep, json_headers, 400, "hq.bad_json"),
        (b"[]", json_headers, 422, "hq.bad_request"),
        (wrong_shape, json_headers, 422, "hq.bad_request"),
        (b"not gzip at all", gz_headers, 400, "hq.bad_gzip"),
        (gzip.compress(_valid_body())[:-12], gz_headers, 400, "hq.bad_gzip"),
        (gzip.compress(b"{nope"), gz_headers, 400, "hq.bad_json"),
        (_valid_body(), {**json_headers, "Content-Encoding": "br"}, 415, "hq.unsupported_encoding"),
    ]
    for data, headers, status, code in cases:
        _problem(_post(hq, data, headers), status, code)
    assert _snapshot(hq) == before


def test_oversized_bodies_and_gzip_bombs_answered_413(hq: HQServer, device: Device) -> None:
    before = _snapshot(hq)
    headers = device.headers(**{"Content-Type": "application/json"})
    big = b" " * (MAX_BODY_BYTES + 1)
    _problem(_post(hq, big, headers), 413, "hq.body_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap on bytes read must hold
        for _ in range(5):
            yield b" " * (1024 * 1024)

    _problem(_post(hq, chunks(), headers), 413, "hq.body_too_large")
    # 64 MiB of zeros compress to about 64 KB: refused once 16 MiB have been inflated.
    bomb = gzip.compress(b"0" * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < MAX_BODY_BYTES
    _problem(_post(hq, bomb, {**headers, "Content-Encoding": "gzip"}), 413, "hq.body_too_large")
    assert _snapshot(hq) == before


def test_unknown_addresses_and_methods_are_problems_too(hq: HQServer, device: Device) -> None:
    _problem(
        requests.get(hq.base_url + "/v1/nothing", headers=device.headers(), timeout=10),
        404,
        "hq.not_found",
    )
    _problem(
        requests.get(hq.base_url + "/v1/reference/people", headers=device.headers(), timeout=10),
        404,
    )
    _problem(
        requests.get(hq.base_url + PUSH, headers=device.headers(), timeout=10),
        405,
        "hq.method_not_allowed",
    )


def test_enrollment_body_checked(hq: HQServer) -> None:
    before = _snapshot(hq)
    url = hq.base_url + ENROLL
    _problem(
        requests.post(url, data=b"{", headers=protocol_headers(), timeout=10), 400, "hq.bad_json"
    )
    _problem(requests.post(url, json={"code": 5}, headers=protocol_headers(), timeout=10), 422)
    big = {"code": "x" * 100_000, "store_id": "s"}
    _problem(requests.post(url, json=big, headers=protocol_headers(), timeout=10), 413)
    assert _snapshot(hq) == before
