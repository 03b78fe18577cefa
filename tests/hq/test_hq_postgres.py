"""HQ on PostgreSQL with two uvicorn workers: concurrent pushes never duplicate or fail,
and the rate limit is shared by both workers."""

from __future__ import annotations

import threading
import time
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests
from hq_server import (
    Device,
    HQServer,
    held_records,
    postgres_database,
    push_record,
    query,
    registration_data,
    running_hq,
)

from desa_desktop.hq.ratelimit import DEFAULT_DEVICE_LIMIT, WINDOW_SECONDS

DEVICES = 10
BATCHES_PER_DEVICE = 3
RECORDS_PER_BATCH = 40
SHARED_NIK_NUMBER = 9999
JOIN_SECONDS = 120


@pytest.fixture(scope="module")
def pg_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    with (
        postgres_database() as url,
        running_hq(url, log_dir=tmp_path_factory.mktemp("pg"), workers=2) as server,
    ):
        yield server


def _all_at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run ``jobs`` in threads released together; their results (exceptions re-raised)."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = jobs[index]()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=JOIN_SECONDS)
    assert not any(t.is_alive() for t in threads), "a push did not finish in time"
    if errors:
        raise errors[0]
    return results


def test_ten_devices_pushing_at_once(pg_hq: HQServer) -> None:
    devices = [pg_hq.new_device(f"pg-{n}") for n in range(DEVICES)]
    batches: list[tuple[Device, list[dict[str, Any]]]] = []
    serial = 1
    for index, device in enumerate(devices):
        for b in range(BATCHES_PER_DEVICE):
            records = []
            for _ in range(RECORDS_PER_BATCH):
                records.append(push_record(registration_data(serial)))
                serial += 1
            if b == 0:  # every device also registers the same person: one wins
                records.append(
                    push_record(registration_data(SHARED_NIK_NUMBER, address=f"Rumah {index}"))
                )
            batches.append((device, records))
    answers = _all_at_once([partial(d.push, r) for d, r in batches])
    outcomes = Counter(result["outcome"] for answer in answers for result in answer)
    total = DEVICES * (BATCHES_PER_DEVICE * RECORDS_PER_BATCH + 1)
    assert outcomes == {"accepted": total}
    held = held_records(pg_hq.db_url)
    assert len(held) == total
    assert {u: h["device_id"] for u, h in held.items()} == {
        r["uuid"]: d.device_id for d, rs in batches for r in rs
    }
    statuses = Counter(h["status"] for h in held.values())
    assert statuses == {"received": total - DEVICES + 1, "duplicate": DEVICES - 1}
    flagged = [r for a in answers for r in a if r.get("errors")]
    assert len(flagged) == DEVICES - 1 and all(
        r["errors"][0]["code"] == "hq.duplicate_nik" for r in flagged
    )
    shared = query(
        pg_hq.db_url, "SELECT count(*) AS n FROM nik_claims WHERE nik = '5301051203859999'"
    )
    assert shared == [{"n": 1}]


def test_one_batch_sent_twice_at_once(pg_hq: HQServer) -> None:
    device = pg_hq.new_device("pg-twice")
    records = [push_record(registration_data(5000 + n)) for n in range(200)]
    body = {"batch_id": str(uuid_module.uuid4()), "records": records}
    answers = _all_at_once([lambda: device.push_raw(body), lambda: device.push_raw(body)])
    assert [a.status_code for a in answers] == [200, 200]
    per_record: dict[str, list[str]] = {}
    for answer in answers:
        for result in answer.json()["results"]:
            per_record.setdefault(result["uuid"], []).append(result["outcome"])
    assert all(sorted(o) == ["accepted", "already_held"] for o in per_record.values())
    held = held_records(pg_hq.db_url)
    assert all(held[r["uuid"]]["version"] == 1 for r in records)
    rows = query(
        pg_hq.db_url, "SELECT count(*) AS n FROM records WHERE device_id = :d", d=device.device_id
    )
    assert rows == [{"n": 200}]


def test_revocation_reaches_every_worker_at_once(pg_hq: HQServer) -> None:
    device = pg_hq.new_device("pg-revoked")
    assert device.pull()["changes"] == []
    assert pg_hq.cli("device", "revoke", "pg-revoked")[0] == 0
    for _ in range(12):  # spread over both workers
        answer = device.http.get(f"{pg_hq.base_url}/v1/pull", headers=device.headers(), timeout=10)
        assert answer.status_code == 401 and answer.json()["code"] == "hq.auth_revoked"


def test_review_and_pull_on_postgres(pg_hq: HQServer, tmp_path: Path) -> None:
    device = pg_hq.new_device("pg-review")
    records = [push_record(registration_data(7000 + n)) for n in range(5)]
    device.push(records)
    for record in records:
        assert pg_hq.cli("review", "approve", record["uuid"])[0] == 0
    changes, _cursor = device.pull_all(limit=2)
    assert [c["uuid"] for c in changes] == [r["uuid"] for r in records]
    assert pg_hq.cli("export", str(tmp_path / "pg.csv"))[0] == 0


def test_default_rate_limit_holds_across_workers(pg_hq: HQServer) -> None:
    device = pg_hq.new_device("pg-greedy")
    if WINDOW_SECONDS - time.time() % WINDOW_SECONDS < 15:  # keep the burst in one minute
        time.sleep(WINDOW_SECONDS - time.time() % WINDOW_SECONDS + 0.2)
    url = f"{pg_hq.base_url}/v1/pull"
    with ThreadPoolExecutor(16) as pool:  # fresh connections: both workers race on one row
        statuses = Counter(
            pool.map(
                lambda _n: requests.get(url, headers=device.headers(), timeout=30).status_code,
                range(DEFAULT_DEVICE_LIMIT + 10),
            )
        )
    assert statuses == {200: DEFAULT_DEVICE_LIMIT, 429: 10}
    [row] = query(
        pg_hq.db_url,
        "SELECT hits FROM rate_counters WHERE key = :k",
        k=f"device:{device.device_id}",
    )
    assert row["hits"] == DEFAULT_DEVICE_LIMIT
