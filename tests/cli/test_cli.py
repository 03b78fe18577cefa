"""The command line, run as a user runs it: a real process on a real data directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from samples import BOLOK

from desa_desktop import __version__
from desa_desktop.core.store.migrate import head_revision


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"desa-desktop {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for word in ("--data-dir", "info", "village-add"):
        assert word in helped.stdout


ADMIN = {"DESA_OPERATOR": "Admin Desa", "DESA_PASSWORD": "rahasia-desa-1"}


def test_info_on_a_fresh_data_dir_asks_for_init_then_describes_the_store(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    refused = run("--lang", "en", "--data-dir", str(data), "info", env=ADMIN)
    assert refused.returncode == 1
    assert "desa-desktop init --operator NAME" in refused.stderr
    made = run("--data-dir", str(data), "init", "--operator", "Admin Desa", env=ADMIN)
    assert made.returncode == 0, made.stderr
    assert "TIDAK DAPAT dipulihkan" in made.stderr  # the lost-passwords warning, said plainly
    shown = run("--data-dir", str(data), "info", env=ADMIN)
    assert shown.returncode == 0, shown.stderr
    assert f"data directory: {data}" in shown.stdout
    assert f"schema:         {head_revision()}" in shown.stdout
    assert (data / "desa.sqlite").exists()


def test_village_add_then_info_counts_by_village(tmp_path: Path) -> None:
    env = {"DESA_DATA_DIR": str(tmp_path / "env-dir"), **ADMIN}
    assert run("init", "--operator", "Admin Desa", env=env).returncode == 0
    added = run("village-add", "5301052010", "--officials", "9", "--workers", "120", env=env)
    assert added.returncode == 0, added.stderr
    shown = run("info", env=env)
    assert f"{BOLOK} Bolok" in shown.stdout
    assert "(no registrations yet)" in shown.stdout
    again = run("--lang", "en", "village-add", BOLOK, env=env)
    assert again.returncode == 1
    assert "already in the list" in again.stderr


def test_bad_village_code_names_the_field(tmp_path: Path) -> None:
    assert (
        run("--data-dir", str(tmp_path), "init", "--operator", "Admin Desa", env=ADMIN).returncode
        == 0
    )
    refused = run("--data-dir", str(tmp_path), "village-add", "53.01", env=ADMIN)
    assert refused.returncode == 1
    assert refused.stderr.startswith("village_code: ")
