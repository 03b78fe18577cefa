"""`desa-desktop enroll` and `sync` as a user runs them, against a real HQ, and the connectivity probe."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_server import HQServer, free_port, running_hq, sqlite_url
from samples import BOLOK, OPERATOR, TODAY, login_env, worker

from desa_desktop.core.services.registrations import register
from desa_desktop.core.store.engine import Store
from desa_desktop.sync.probe import hq_reachable


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as server:
        yield server


def desktop(store: Store, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", "--data-dir", str(store.path.parent), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=login_env(store.path.parent),
    )


def test_enroll_then_sync_prints_the_summary_and_exits_zero(store: Store, hq: HQServer) -> None:
    code = hq.add_device("laptop-bolok", [BOLOK])
    enrolled = desktop(store, "enroll", "--server", hq.base_url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "laptop-bolok" in enrolled.stdout and BOLOK in enrolled.stdout
    register(store, worker(), OPERATOR, today=TODAY)
    synced = desktop(store, "sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.strip() == (
        "sent 1, accepted 1, already held 0, conflicts 0, rejected 0, pulled 0"
    )
    assert [row["nik"] for row in hq.export_rows()] == ["5301051203850001"]


def test_a_used_enrollment_code_is_refused_with_hqs_words(store: Store, hq: HQServer) -> None:
    code = hq.add_device("laptop-bolok", [BOLOK])
    assert desktop(store, "enroll", "--server", hq.base_url, "--code", code).returncode == 0
    again = desktop(store, "enroll", "--server", hq.base_url, "--code", code)
    assert again.returncode == 1
    assert again.stderr.strip() and "Traceback" not in again.stderr


def test_sync_without_enrollment_says_what_to_do(store: Store) -> None:
    register(store, worker(), OPERATOR, today=TODAY)
    done = desktop(store, "--lang", "en", "sync")
    assert done.returncode == 1
    assert "not enrolled" in done.stderr


def test_sync_with_hq_unreachable_keeps_everything_queued(store: Store, hq: HQServer) -> None:
    assert (
        desktop(
            store, "enroll", "--server", hq.base_url, "--code", hq.add_device("l1", [BOLOK])
        ).returncode
        == 0
    )
    register(store, worker(), OPERATOR, today=TODAY)
    hq.stop()
    done = desktop(store, "sync")
    assert done.returncode == 1
    assert "tidak dapat dihubungi" in done.stderr
    assert "sent 0" in done.stdout
    hq.start()
    assert desktop(store, "sync").returncode == 0


def test_revoked_device_is_told_plainly(store: Store, hq: HQServer) -> None:
    assert (
        desktop(
            store, "enroll", "--server", hq.base_url, "--code", hq.add_device("l1", [BOLOK])
        ).returncode
        == 0
    )
    assert hq.cli("device", "revoke", "l1")[0] == 0
    register(store, worker(), OPERATOR, today=TODAY)
    done = desktop(store, "sync")
    assert done.returncode == 1
    assert done.stderr.strip() and "Traceback" not in done.stderr
    assert hq.export_rows() == []


def test_probe_sees_hq_come_and_go(hq: HQServer) -> None:
    assert hq_reachable(hq.base_url, timeout=2)
    assert not hq_reachable(f"http://127.0.0.1:{free_port()}", timeout=2)
    hq.stop()
    assert not hq_reachable(hq.base_url, timeout=2)
