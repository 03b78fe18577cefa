"""Schema-driven fuzzing of the live HQ (schemathesis against its /openapi.json): no 5xx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_server import (
    HQServer,
    held_records,
    push_record,
    registration_data,
    running_hq,
    sqlite_url,
)

from desa_desktop.protocol.wire import PROTOCOL_HEADER

MAX_EXAMPLES = 60
TIME_BUDGET_SECONDS = 25
SEED = 20261121


def _schemathesis() -> list[str]:
    if shutil.which("schemathesis") is None:
        try:
            import schemathesis  # noqa: F401
        except ImportError:
            pytest.skip("schemathesis is not installed (pip install -e '.[dev]')")
    found = Path(sys.executable).with_name("schemathesis")
    return [str(found)] if found.exists() else ["schemathesis"]


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """An HQ without rate limits, so every generated request reaches the handlers."""
    folder = tmp_path_factory.mktemp("hq")
    limits = ["--rate-limit", "0", "--enroll-rate-limit", "0"]
    with running_hq(sqlite_url(folder), log_dir=folder, serve_args=limits) as server:
        yield server


@pytest.mark.slow
def test_fuzzing_the_openapi_finds_no_server_error(hq: HQServer, tmp_path: Path) -> None:
    command = _schemathesis()
    device = hq.new_device("fuzz")
    device.push([push_record(registration_data(1))])  # something for conflicts and replays
    done = subprocess.run(
        [
            *command,
            "run",
            f"{hq.base_url}/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--max-time",
            str(TIME_BUDGET_SECONDS),
            "--seed",
            str(SEED),
            "--workers",
            "2",
            "--request-timeout",
            "20",
            "--header",
            f"Authorization: Bearer {device.token}",
            "--header",
            f"{PROTOCOL_HEADER}: 1",
            "--suppress-health-check",
            "all",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=TIME_BUDGET_SECONDS + 60,
        cwd=tmp_path,  # hypothesis keeps its example database here
    )
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    assert "Server error" not in done.stdout, report
    assert " 500 " not in hq.log() and "Traceback" not in hq.log(), hq.log()[-4000:]
    assert held_records(hq.db_url)  # the server is still serving what it held
