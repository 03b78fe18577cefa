"""Pull and reference data over real HTTP: decisions come back, cursors page, ETags save bytes."""

from __future__ import annotations

import gzip
import json

import requests
from hq_server import Device, HQServer, held_records, push_record, registration_data, session_data
from samples import BOLOK, TESABELA

from desa_desktop.protocol.wire import PULL


def _pushed(hq: HQServer, name: str, numbers: range) -> tuple[Device, list[str]]:
    device = hq.new_device(name)
    records = [push_record(registration_data(n)) for n in numbers]
    assert {r["outcome"] for r in device.push(records)} == {"accepted"}
    return device, [r["uuid"] for r in records]


def test_approval_and_rejection_come_back_with_kpj_and_reason(hq: HQServer) -> None:
    device, (first, second) = _pushed(hq, "pull-decisions", range(1, 3))
    assert device.pull()["changes"] == []
    assert hq.cli("review", "approve", first[:8])[0] == 0
    status, _out, err = hq.cli("review", "reject", second, "--reason", "NIK tidak ditemukan")
    assert status == 0, err
    page = device.pull()
    changes = {c["uuid"]: c for c in page["changes"]}
    assert changes[first]["status"] == "accepted" and changes[first]["hq_version"] == 1
    kpj = changes[first]["kpj"]
    assert len(kpj) == 11 and kpj.isdigit()
    assert changes[second] == {
        "uuid": second,
        "entity": "registration",
        "hq_version": 1,
        "status": "rejected",
        "reason": "NIK tidak ditemukan",
    }
    assert page["more"] is False
    again = device.pull(page["cursor"])
    assert again["changes"] == [] and again["cursor"] == page["cursor"]
    held = held_records(hq.db_url)
    assert held[first]["kpj"] == kpj and held[second]["reason"] == "NIK tidak ditemukan"


def test_cursor_pages_in_order_without_skipping(hq: HQServer) -> None:
    device, uuids = _pushed(hq, "pull-pages", range(20, 27))
    for uuid in uuids:
        assert hq.cli("review", "approve", uuid)[0] == 0
    seen: list[str] = []
    cursor = None
    mores = []
    for _ in range(10):
        page = device.pull(cursor, limit=3)
        seen += [c["uuid"] for c in page["changes"]]
        mores.append(page["more"])
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert seen == uuids  # approved in this order: commit order is pull order
    assert mores == [True, True, False]
    # A correction moves the record to the end; a device past it sees it again, with data.
    assert hq.cli("review", "correct", uuids[0], "--set", "rt=7")[0] == 0
    [change] = device.pull(cursor)["changes"]
    assert change["uuid"] == uuids[0] and change["hq_version"] == 2
    assert change["data"]["rt"] == "007"  # stored as the rules normalize it
    assert change["status"] == "accepted" and len(change["kpj"]) == 11


def test_a_device_sees_only_its_own_records(hq: HQServer) -> None:
    idle = hq.new_device("pull-idle")
    devices: dict[str, tuple[Device, list[str]]] = {}
    for name, village, numbers in (
        ("pull-bolok", BOLOK, (40, 41, 42)),
        ("pull-tesabela", TESABELA, (43, 44, 45)),
    ):
        device = hq.new_device(name, [village])
        records = [push_record(registration_data(n, village_code=village)) for n in numbers]
        assert {r["outcome"] for r in device.push(records)} == {"accepted"}
        uuids = [r["uuid"] for r in records]
        # Every kind of decision: approval, rejection, correction (which carries the data).
        assert hq.cli("review", "approve", uuids[0])[0] == 0
        assert hq.cli("review", "reject", uuids[1], "--reason", f"Foto buram {name}")[0] == 0
        assert hq.cli("review", "correct", uuids[2], "--set", "rt=9")[0] == 0
        devices[name] = (device, uuids)
    for name, (device, uuids) in devices.items():
        [(_other_device, others)] = [v for k, v in devices.items() if k != name]
        changes, _cursor = device.pull_all()
        assert {c["uuid"] for c in changes} == set(uuids)
        seen = json.dumps(changes)
        assert not [u for u in others if u in seen]
        assert all(c.get("reason", name).endswith(name) for c in changes)
    assert idle.pull_all()[0] == []


def test_bad_cursor_and_limit_are_refused(hq: HQServer) -> None:
    device = hq.new_device("pull-bad")
    for params, status in (
        ({"cursor": "bm9wZQ"}, 400),
        ({"cursor": "%%%"}, 422),
        ({"cursor": "djE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5"}, 400),
        ({"limit": 0}, 422),
        ({"limit": 999999}, 422),
        ({"limit": "many"}, 422),
    ):
        answer = requests.get(
            hq.base_url + PULL, params=params, headers=device.headers(), timeout=10
        )
        assert answer.status_code == status, (params, answer.text)
        assert set(answer.json()) == {"code", "message", "message_en"}


def test_reference_data_with_etag_and_304(hq: HQServer) -> None:
    device = hq.new_device("reference", [BOLOK])
    for name in ("rates", "occupations", "villages"):
        url = f"{hq.base_url}/v1/reference/{name}"
        first = requests.get(url, headers=device.headers(), timeout=10)
        assert first.status_code == 200 and first.headers["ETag"].startswith('"')
        etag = first.headers["ETag"]
        again = requests.get(url, headers=device.headers(**{"If-None-Match": etag}), timeout=10)
        assert again.status_code == 304 and again.content == b""
        assert again.headers["ETag"] == etag
        stale = requests.get(url, headers=device.headers(**{"If-None-Match": '"old"'}), timeout=10)
        assert stale.status_code == 200 and stale.content == first.content
    villages = requests.get(
        f"{hq.base_url}/v1/reference/villages", headers=device.headers(), timeout=10
    )
    [village] = villages.json()["villages"]
    assert village["code"] == BOLOK and village["name"] and "Kupang" in village["regency"]
    rates = requests.get(f"{hq.base_url}/v1/reference/rates", headers=device.headers(), timeout=10)
    assert rates.json()["versions"]


def test_responses_are_gzipped_when_the_client_accepts_it(hq: HQServer) -> None:
    device = hq.new_device("gzip-client")
    url = f"{hq.base_url}/v1/reference/occupations"
    # stream=True keeps requests from decoding, so the bytes on the wire can be checked.
    answer = requests.get(
        url, headers=device.headers(**{"Accept-Encoding": "gzip"}), timeout=10, stream=True
    )
    assert answer.headers["Content-Encoding"] == "gzip"
    body = json.loads(gzip.decompress(answer.raw.read()))
    assert any(row["code"] == "09" for row in body["occupations"])
    plain = requests.get(url, headers=device.headers(**{"Accept-Encoding": "identity"}), timeout=10)
    assert "Content-Encoding" not in plain.headers


def test_sessions_are_never_pulled(hq: HQServer) -> None:
    device = hq.new_device("pull-session")
    device.push([push_record(session_data(), entity="session")])
    hq.cli("review", "approve", "--all")
    assert device.pull_all()[0] == []
