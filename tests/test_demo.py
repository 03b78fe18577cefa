"""The demo data directory: a sample village mid-campaign, synced with a real local HQ."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.services.queries import PersonFilter, count_people, search_people
from desa_desktop.core.services.sessions import list_sessions
from desa_desktop.core.services.villages import village_coverage
from desa_desktop.core.store.models import Registration
from desa_desktop.demo import MARKER, REJECT_REASON, VILLAGE, DemoError, build_demo, login
from desa_desktop.sync import outbox
from desa_desktop.sync.engine import sync_once
from desa_desktop.sync.probe import hq_reachable
from desa_desktop.sync.settings import enrollment
from desa_desktop.ui.settings import UiSettings


def test_demo_builds_a_village_mid_campaign_and_stops_its_hq(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    demo = build_demo(data_dir)
    try:
        assert demo.hq_url.startswith("http://127.0.0.1:") and hq_reachable(demo.hq_url)
        store = login(data_dir).store
        try:
            officials = count_people(store, PersonFilter(kind=Kind.OFFICIAL))
            workers = count_people(store, PersonFilter(kind=Kind.WORKER))
            assert officials >= 8 and 35 <= workers <= 45
            accepted = search_people(store, PersonFilter(status=Status.ACCEPTED), limit=1000)
            assert len(accepted) > 30
            assert all(r.kpj and len(r.kpj) == 11 and r.kpj.isdigit() for r in accepted)
            [rejected] = search_people(store, PersonFilter(status=Status.REJECTED))
            with store.read() as session:
                reason = session.scalar(
                    select(Registration.rejection_reason).where(Registration.uuid == rejected.uuid)
                )
            assert reason == REJECT_REASON
            assert count_people(store, PersonFilter(sync_state=SyncState.CONFLICT)) == 1
            assert outbox.waiting_count(store) >= 3  # new ones, typed after the last sync
            coverage = village_coverage(store, VILLAGE)
            assert coverage.head_accepted and not coverage.desa_sadar  # one official still missing
            [session_row] = list_sessions(store, VILLAGE)
            assert session_row.attendance > 20 and session_row.registrations_captured > 15
            assert UiSettings.load(store).setup_done
            enrolled = enrollment(store)
            assert enrolled is not None and enrolled.url == demo.hq_url
        finally:
            store.close()
    finally:
        demo.stop()
    assert demo.hq.poll() is not None and not hq_reachable(demo.hq_url, timeout=1)

    # A second run reuses the data and serves the same HQ database on a new port.
    again = build_demo(data_dir)
    try:
        store = login(data_dir).store
        try:
            assert enrollment(store) is not None and enrollment(store).url == again.hq_url  # type: ignore[union-attr]
            waiting = outbox.waiting_count(store)
            report = sync_once(store)
            assert report.ok and report.sent == waiting, report
        finally:
            store.close()
    finally:
        again.stop()


def test_fresh_never_wipes_a_directory_that_is_not_demo_data(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "desa.sqlite").write_bytes(b"someone's work")
    with pytest.raises(DemoError, match="not demo data"):
        build_demo(real, fresh=True)
    assert (real / "desa.sqlite").read_bytes() == b"someone's work"
    assert not (real / MARKER).exists()


def _wait_gone(url: str, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not hq_reachable(url, timeout=0.5):
            return True
        time.sleep(0.1)
    return False


def test_the_demo_command_opens_the_app_and_its_hq_dies_with_it(tmp_path: Path) -> None:
    """``desa-desktop demo`` builds the data, serves HQ, opens the window; killing the app
    (even with SIGKILL, no clean-up code runs) takes the local HQ down with it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    app = subprocess.Popen(
        [sys.executable, "-m", "desa_desktop", "--data-dir", str(tmp_path / "d"), "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        url = ""
        deadline = time.monotonic() + 90
        assert app.stdout is not None
        while time.monotonic() < deadline and not url:
            line = app.stdout.readline()
            assert line, f"the demo command ended early (exit {app.poll()})"
            if line.startswith("local HQ: "):
                url = line.split()[2]
        assert url and hq_reachable(url)
        time.sleep(2.0)  # the window is up (offscreen) and stays up
        assert app.poll() is None, "the app exited on its own"
    finally:
        app.kill()
        app.wait(timeout=10)
    assert _wait_gone(url), "the local HQ outlived the app"
