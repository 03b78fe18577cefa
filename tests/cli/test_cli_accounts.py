"""`init`, logins and operator accounts on the command line, as a user (or an intruder) runs them."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_server import HQServer, running_hq, sqlite_url
from samples import BOLOK, TODAY, worker
from sqlalchemy import select as sql_select

from desa_desktop.core.security import accounts
from desa_desktop.core.services.registrations import register
from desa_desktop.core.store.models import AuditEntry

ADMIN, PASSWORD = "Admin Desa", "rahasia-desa-1"
NIK, NAME = "5301051203850007", "Yosefina Bolokmaut"


def run(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DESA_")}
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", "--lang", "en", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**clean, **env},
    )


AS_ADMIN = {"DESA_OPERATOR": ADMIN, "DESA_PASSWORD": PASSWORD}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    made = run(folder, "init", "--operator", ADMIN, DESA_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "CANNOT be recovered" in made.stderr
    assert run(folder, "village-add", BOLOK, **AS_ADMIN).returncode == 0
    return folder


def test_wrong_and_missing_passwords_are_refused(data: Path) -> None:
    wrong = run(data, "info", DESA_OPERATOR=ADMIN, DESA_PASSWORD="guess-1")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "Wrong operator name or password."
    assert wrong.stdout == ""
    unknown = run(data, "info", DESA_OPERATOR="Nobody", DESA_PASSWORD=PASSWORD)
    assert unknown.stderr.strip() == "Wrong operator name or password."
    missing = run(data, "info")  # no terminal to ask in, no environment
    assert missing.returncode == 1
    assert "DESA_OPERATOR and DESA_PASSWORD" in missing.stderr
    assert run(data, "init", "--operator", "Intruder", DESA_PASSWORD="take-over-1").returncode == 1


def test_guessing_is_slowed_then_locked_out(data: Path) -> None:
    said = [
        run(data, "info", DESA_OPERATOR=ADMIN, DESA_PASSWORD=f"guess-{n}").stderr for n in range(3)
    ]
    assert "Try again in 15 seconds" in said[2]
    right_too_soon = run(data, "info", **AS_ADMIN)
    assert right_too_soon.returncode == 1
    assert "Too many wrong passwords" in right_too_soon.stderr


def test_admin_adds_an_operator_whose_name_is_on_their_changes(data: Path) -> None:
    added = run(data, "operator", "add", "Yakob Ndun", DESA_NEW_PASSWORD="yakob-pass-1", **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    as_yakob = {"DESA_OPERATOR": "Yakob Ndun", "DESA_PASSWORD": "yakob-pass-1"}
    refused = run(data, "operator", "add", "Ani", DESA_NEW_PASSWORD="ani-pass-12", **as_yakob)
    assert refused.returncode == 1 and "Only the admin" in refused.stderr
    assert run(data, "village-add", "53.01.05.2006", **as_yakob).returncode == 0
    listed = run(data, "operator", "list", **AS_ADMIN)
    assert "Yakob Ndun" in listed.stdout and "Operator" in listed.stdout
    assert run(data, "operator", "deactivate", "Yakob Ndun", **AS_ADMIN).returncode == 0
    assert run(data, "info", **as_yakob).returncode == 1

    unlocked = accounts.unlock(data, ADMIN, PASSWORD)
    try:
        with unlocked.store.read() as session:
            entries = session.scalars(sql_select(AuditEntry).order_by(AuditEntry.id)).all()
    finally:
        unlocked.store.close()
    assert [(e.action, e.operator) for e in entries if e.entity == "village"][-1][1] == "Yakob Ndun"
    assert ("operator.deactivate", ADMIN) in [(e.action, e.operator) for e in entries]


def test_the_password_is_asked_for_without_echo_in_a_terminal(data: Path) -> None:
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the CLI, with the pty as its controlling terminal
        env = {k: v for k, v in os.environ.items() if not k.startswith("DESA_")}
        os.execve(
            sys.executable,
            [sys.executable, "-m", "desa_desktop", "--data-dir", str(data), "info"],
            env,
        )
    seen = b""
    deadline = time.monotonic() + 60
    for answer in (ADMIN.encode(), PASSWORD.encode()):
        while b":" not in seen.rsplit(b"\n", 1)[-1] and time.monotonic() < deadline:
            if select.select([terminal], [], [], 0.5)[0]:
                seen += os.read(terminal, 1024)
        os.write(terminal, answer + b"\n")
        seen += b"\n"
    while time.monotonic() < deadline:
        if select.select([terminal], [], [], 0.5)[0]:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    text = seen.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "Password" in text and "villages:       1" in text
    assert PASSWORD not in text  # typed, but never shown


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as server:
        yield server


def test_after_a_sync_no_file_in_the_data_folder_shows_a_nik_or_name(
    data: Path, hq: HQServer
) -> None:
    code = hq.add_device("laptop-bolok", [BOLOK])
    enrolled = run(data, "enroll", "--server", hq.base_url, "--code", code, **AS_ADMIN)
    assert enrolled.returncode == 0, enrolled.stderr
    unlocked = accounts.unlock(data, ADMIN, PASSWORD)
    try:
        register(unlocked.store, worker(nik=NIK, name=NAME), ADMIN, today=TODAY)
    finally:
        unlocked.store.close()
    synced = run(data, "sync", **AS_ADMIN)
    assert synced.returncode == 0, synced.stderr
    assert [row["nik"] for row in hq.export_rows()] == [NIK]  # HQ has it; the laptop hides it
    assert (data / "logs" / "desa.log").read_text(encoding="utf-8").count("sync: sent 1") == 1
    for path in data.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for secret in (NIK, NAME, NAME.upper(), ADMIN):
                assert secret.encode() not in content, f"{secret} in {path.name}"
