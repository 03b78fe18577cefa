"""Sync against a real HQ over loopback HTTP, with faults on purpose.

The invariant after every campaign: HQ holds exactly this device's records, each once,
at its latest local version, and the device's outbox is empty.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from faultproxy import FAULTS, fault_proxy
from hq_server import HQServer, running_hq, sqlite_url
from samples import BOLOK, OPERATOR, STORE_KEY, TESABELA, TODAY, login_env, worker
from sqlalchemy import select

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import set_meta
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import AuditEntry, Registration
from desa_desktop.sync import engine, outbox, pull
from desa_desktop.sync.backoff import Backoff
from desa_desktop.sync.decisions import HQ_OPERATOR
from desa_desktop.sync.engine import Pacing, sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.settings import HQ_URL


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as server:
        yield server


def _enrolled(store: Store, hq: HQServer, name: str = "laptop-bolok") -> None:
    enroll(store, hq.base_url, hq.add_device(name, [BOLOK]))


def _letters(n: int) -> str:
    """A name-safe spelling of ``n`` (names may not hold digits): 0 -> "A", 27 -> "BB"."""
    word = ""
    while True:
        n, rest = divmod(n, 26)
        word = chr(ord("A") + rest) + word
        if n == 0:
            return word.capitalize()


def _person(n: int, **changes: object) -> PersonInput:
    """Worker number ``n``: a man born in 1985, his NIK agreeing with his birth date."""
    day, month = 1 + n % 28, 1 + n % 12
    return worker(
        nik=f"530105{day:02d}{month:02d}85{n % 9999 + 1:04d}",
        name=f"Pekerja {_letters(n)}",
        birth_date=date(1985, month, day),
        **changes,
    )


NUMBER: dict[str, int] = {}


def _fill(store: Store, count: int, start: int = 0) -> list[str]:
    uuids = []
    for n in range(start, start + count):
        uuid = register(store, _person(n), OPERATOR, today=TODAY).uuid
        NUMBER[uuid] = n
        uuids.append(uuid)
    return uuids


def _local_versions(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {u: v for u, v in session.execute(select(Registration.uuid, Registration.version))}


def _assert_hq_holds_exactly(hq: HQServer, store: Store) -> None:
    rows = hq.export_rows()
    uuids = [row["uuid"] for row in rows]
    assert len(uuids) == len(set(uuids)), "a record is held twice at HQ"
    assert {row["uuid"]: int(row["version"]) for row in rows} == _local_versions(store)
    assert outbox.waiting_count(store) == 0


def _quick(seed: int = 0) -> Pacing:
    return Pacing(max_retries=3, backoff=Backoff(base=0.01, cap=0.05, rng=random.Random(seed)))


def test_round_trip_send_review_and_pull_back(store: Store, hq: HQServer) -> None:
    _enrolled(store, hq)
    first, second, third = _fill(store, 3)
    report = sync_once(store)
    assert report.ok and (report.sent, report.accepted) == (3, 3)
    assert get_person(store, first)["status"] is Status.SENT
    _assert_hq_holds_exactly(hq, store)

    ids = {row["uuid"]: row for row in hq.export_rows()}
    assert second in hq.cli("review", "list")[1]
    assert hq.cli("review", "reject", second, "--reason", "NIK tidak ditemukan di Dukcapil")[0] == 0
    assert hq.cli("review", "approve", "--all")[0] == 0
    report = sync_once(store)
    assert report.ok and report.pulled == 3, report
    accepted = get_person(store, first)
    assert (
        accepted["status"] is Status.ACCEPTED
        and len(accepted["kpj"]) == 11
        and accepted["kpj"].isdigit()
    )
    assert (
        get_person(store, third)["kpj"]
        == hq.export_rows()[[r["uuid"] for r in hq.export_rows()].index(third)]["kpj"]
    )
    refused = get_person(store, second)
    assert refused["status"] is Status.REJECTED and "Dukcapil" in refused["rejection_reason"]
    assert set(ids) == {first, second, third}

    again = sync_once(store)
    assert again.ok and again.sent == 0 and again.pulled == 0, "nothing new, nothing moved"
    assert again.reference_updated == [], "unchanged reference data costs a 304"


def test_one_rejected_record_never_blocks_the_rest(store: Store, hq: HQServer) -> None:
    add_village(store, TESABELA, OPERATOR)
    _enrolled(store, hq)  # assigned Bolok only
    good = _fill(store, 4)
    outsider = register(store, _person(900, village_code=TESABELA), OPERATOR, today=TODAY).uuid
    report = sync_once(store)
    assert (report.accepted, report.rejected, report.remaining) == (4, 1, 0)
    assert get_person(store, outsider)["sync_state"] is SyncState.ERROR
    assert all(get_person(store, u)["sync_state"] is SyncState.SYNCED for u in good)


@pytest.mark.parametrize("seed", [11, 2026])
def test_fault_campaign_ends_with_each_record_held_once_at_its_latest_version(
    store: Store, hq: HQServer, seed: int
) -> None:
    _enrolled(store, hq)
    rng = random.Random(seed)
    uuids = _fill(store, 120)
    # Half the requests meet a fault: harsher than a bad 2G afternoon, still finite.
    weights = {"pass": 4.0, **dict.fromkeys(FAULTS[1:], 1.0)}
    with fault_proxy(hq.port, seed=seed, weights=weights) as proxy:
        set_meta(store, HQ_URL, proxy.url)
        for round_no in range(60):
            if round_no < 12:  # keep editing while faults fly: versions move on under the sync
                for uuid in rng.sample(uuids, 6):
                    version = get_person(store, uuid).version
                    changed = _person(NUMBER[uuid], income=1_000_000 + 1000 * version)
                    edit(store, uuid, changed, OPERATOR, expected_version=version, today=TODAY)
                uuids += _fill(store, 5, start=1000 + 5 * round_no)
            report = sync_once(store, pacing=_quick(seed + round_no))
            if round_no >= 12 and report.ok:
                break
        assert report.ok, f"still not through after {round_no + 1} rounds: {report}"
        faults = dict(proxy.applied)
    assert all(
        faults.get(name, 0) > 0 for name in ("drop_before", "drop_after", "truncate", "error_503")
    ), faults
    _assert_hq_holds_exactly(hq, store)


def test_pipelined_batches_through_faults_each_record_held_once(store: Store, hq: HQServer) -> None:
    """Small batches, two at HQ at once while the last answer is recorded; faults hit
    requests in flight, so the other batch in flight is dropped and resent."""
    _enrolled(store, hq)
    _fill(store, 300)
    weights = {"pass": 3.0, **dict.fromkeys(FAULTS[1:], 1.0)}
    with fault_proxy(hq.port, seed=77, weights=weights) as proxy:
        set_meta(store, HQ_URL, proxy.url)
        for round_no in range(40):
            pacing = _quick(round_no)
            pacing.batch = 25  # from 25, doubling: several batches per run, two in flight
            report = sync_once(store, pacing=pacing)
            if report.ok:
                break
        assert report.ok, report
        faults = dict(proxy.applied)
    assert faults.get("drop_after", 0) > 0 and faults.get("drop_before", 0) > 0, faults
    _assert_hq_holds_exactly(hq, store)


def test_paged_pull_through_faults_applies_every_decision_once(
    store: Store, hq: HQServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small pages, each fetched while the one before is written; faults hit pages in
    flight, so a page fetched ahead of a failure is dropped and fetched again."""
    _enrolled(store, hq)
    uuids = _fill(store, 60)
    assert sync_once(store).ok
    assert hq.cli("review", "approve", "--all")[0] == 0
    kpj = {row["uuid"]: row["kpj"] for row in hq.export_rows()}
    monkeypatch.setattr(engine, "PULL_PAGE", 7)  # 9 pages
    weights = {"pass": 3.0, **dict.fromkeys(FAULTS[1:], 1.0)}
    with fault_proxy(hq.port, seed=91, weights=weights) as proxy:
        set_meta(store, HQ_URL, proxy.url)
        for round_no in range(40):
            report = sync_once(store, pacing=_quick(round_no))
            if report.ok:
                break
        assert report.ok, report
        assert proxy.applied.get("drop_after", 0) + proxy.applied.get("drop_before", 0) > 0
    for uuid in uuids:
        person = get_person(store, uuid)
        assert (person["status"], person["kpj"]) == (Status.ACCEPTED, kpj[uuid])
    with store.read() as session:
        audited = session.scalars(
            select(AuditEntry.entity_uuid).where(AuditEntry.operator == HQ_OPERATOR)
        ).all()
    assert sorted(audited) == sorted(uuids), "each decision applied (and audited) once"


def test_a_page_that_could_not_be_applied_is_fetched_again_not_skipped(
    store: Store, hq: HQServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page after it was already on its way: it must not be used, since the cursor it
    was fetched from was never stored."""
    _enrolled(store, hq)
    uuids = _fill(store, 30)
    assert sync_once(store).ok
    assert hq.cli("review", "approve", "--all")[0] == 0
    monkeypatch.setattr(engine, "PULL_PAGE", 7)
    real_apply = pull.apply_pulled
    calls = 0

    def fails_once(*args: Any) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ValueError("a page this laptop could not use")
        return real_apply(*args)

    monkeypatch.setattr(pull, "apply_pulled", fails_once)
    report = sync_once(store, pacing=_quick())
    assert report.ok and report.pulled == 30, report
    assert all(get_person(store, u)["status"] is Status.ACCEPTED for u in uuids)


SYNC_CMD = [sys.executable, "-m", "desa_desktop", "--data-dir"]


def test_sync_process_killed_mid_batch_then_rerun(store: Store, hq: HQServer) -> None:
    _enrolled(store, hq)
    _fill(store, 600)
    data_dir = str(store.path.parent)
    with fault_proxy(hq.port, seed=5, weights={"delay": 1.0}, max_delay=0.4) as proxy:
        set_meta(store, HQ_URL, proxy.url)
        for delay in (0.6, 1.2, 2.0):
            proc = subprocess.Popen(
                [*SYNC_CMD, data_dir, "sync"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=login_env(store.path.parent),
            )
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        done = subprocess.run(
            [*SYNC_CMD, data_dir, "sync"],
            capture_output=True,
            text=True,
            timeout=180,
            env=login_env(store.path.parent),
        )
        assert done.returncode == 0, done.stdout + done.stderr
    store.close()
    reopened = open_store(store.path.parent, STORE_KEY)
    try:
        _assert_hq_holds_exactly(hq, reopened)
    finally:
        reopened.close()


def test_hq_killed_mid_ingest_then_restarted(store: Store, hq: HQServer) -> None:
    _enrolled(store, hq)
    _fill(store, 600)
    with fault_proxy(hq.port, seed=9, weights={"delay": 1.0}, max_delay=0.3) as proxy:
        set_meta(store, HQ_URL, proxy.url)
        outcome: dict[str, object] = {}
        pacing = Pacing(max_retries=20, backoff=Backoff(base=0.2, cap=1.0))
        worker_thread = threading.Thread(
            target=lambda: outcome.update(report=sync_once(store, pacing=pacing))
        )
        worker_thread.start()
        time.sleep(1.0)
        hq.kill()
        time.sleep(0.5)
        hq.start()
        worker_thread.join(timeout=180)
        assert not worker_thread.is_alive()
        final = sync_once(store, pacing=_quick())
        assert final.ok, final
    _assert_hq_holds_exactly(hq, store)


def test_a_replacement_device_takes_over_the_old_ones_records(store: Store, hq: HQServer) -> None:
    _enrolled(store, hq, "laptop-lama")
    [uuid] = _fill(store, 1)
    assert sync_once(store).ok
    status, out, err = hq.cli("device", "add", "laptop-baru", "--replaces", "laptop-lama")
    assert status == 0, err
    enroll(store, hq.base_url, out.strip().splitlines()[-1])
    edit(
        store,
        uuid,
        _person(NUMBER[uuid], income=2_500_000),
        OPERATOR,
        expected_version=1,
        today=TODAY,
    )
    report = sync_once(store)
    assert (report.accepted, report.rejected, report.ok) == (1, 0, True), report
    assert hq.cli("review", "approve", "--all")[0] == 0
    assert sync_once(store).pulled == 1
    assert get_person(store, uuid)["status"] is Status.ACCEPTED
    [row] = hq.export_rows()
    assert (row["device"], row["version"]) == ("laptop-baru", "2")
