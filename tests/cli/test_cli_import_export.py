"""``desa-desktop import`` and ``export``, run as a user runs them: real processes, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from samples import BOLOK, STORE_KEY, login_env
from sheet_samples import official_row, worker_nik, worker_row, write_csv, write_xlsx
from sqlalchemy import func, select

from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import Registration


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**login_env(data), "PYTHONIOENCODING": "utf-8"},
    )


def village(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    added = run(data, "village-add", BOLOK)
    assert added.returncode == 0, added.stderr
    return data


def registrations(data: Path) -> dict[str, str]:
    store = open_store(data, STORE_KEY)
    try:
        with store.read() as session:
            return dict(session.execute(select(Registration.nik, Registration.name)).all())
    finally:
        store.close()


def count(data: Path) -> int:
    store = open_store(data, STORE_KEY)
    try:
        with store.read() as session:
            return session.scalar(select(func.count(Registration.id))) or 0
    finally:
        store.close()


def test_clean_import_exits_0_and_reimport_skips(tmp_path: Path) -> None:
    data = village(tmp_path)
    rows = [worker_row(1, nama="Ma'ruf"), worker_row(2, nama="Ñoño"), worker_row(3, nama="Nguyễn")]
    path = write_csv(tmp_path / "workers.csv", rows, delimiter=";")
    done = run(data, "import", str(path), "--kind", "workers")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["imported 3, updated 0, skipped 0, rejected 0"]
    assert registrations(data) == {
        worker_nik(1): "Ma'ruf",
        worker_nik(2): "Ñoño",
        worker_nik(3): "Nguyễn",
    }
    rows[0]["penghasilan"] = "Rp 2.000.000"
    again = run(data, "import", str(write_csv(path, rows, delimiter=";")), "--kind", "workers")
    assert again.returncode == 0
    assert again.stdout.splitlines()[-1] == "imported 0, updated 1, skipped 2, rejected 0"


def test_rejected_rows_print_one_line_each_exit_1_and_valid_rows_are_saved(
    tmp_path: Path,
) -> None:
    data = village(tmp_path)
    rows = [
        worker_row(1),
        worker_row(2, tanggal_lahir="31/02/1985"),
        worker_row(3),
        worker_row(4, kode_desa="53.01.05.2001", jenis_kelamin="X"),
    ]
    path = write_xlsx(tmp_path / "workers.xlsx", rows)
    rejects = tmp_path / "rejects.csv"
    done = run(
        data, "--lang", "en", "import", str(path), "--kind", "workers", "--rejects", str(rejects)
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        'row 3, tanggal_lahir: Date of birth "31/02/1985" cannot be read. '
        "Write it as DD-MM-YYYY, DD/MM/YYYY or YYYY-MM-DD."
    )
    assert lines[1].startswith("row 5, kode_desa: Village 53.01.05.2001 is not among")
    assert "; jenis_kelamin: " in lines[1]
    assert lines[2] == "imported 2, updated 0, skipped 0, rejected 2"
    assert len(lines) == 3
    assert set(registrations(data)) == {worker_nik(1), worker_nik(3)}
    fixed = rejects.read_text(encoding="utf-8-sig").replace("31/02/1985", "12/03/1985")
    rejects.write_text(fixed.replace("53.01.05.2001", BOLOK).replace(",X,", ",L,"), "utf-8")
    again = run(data, "import", str(rejects), "--kind", "workers")
    assert again.returncode == 0, again.stdout
    assert again.stdout.splitlines()[-1] == "imported 2, updated 0, skipped 0, rejected 0"


def test_warnings_go_to_stderr_and_do_not_block(tmp_path: Path) -> None:
    data = village(tmp_path)
    path = write_csv(tmp_path / "w.csv", [worker_row(1, tanggal_lahir="13-03-1985")])
    done = run(data, "import", str(path), "--kind", "workers")
    assert done.returncode == 0
    assert done.stderr.startswith("row 2, nik: Tanggal lahir pada NIK")
    assert "(warning)" in done.stderr


def test_unusable_files_exit_2_and_save_nothing(tmp_path: Path) -> None:
    data = village(tmp_path)
    missing = [{k: v for k, v in worker_row(1).items() if k not in ("nik", "program")}]
    path = write_csv(tmp_path / "missing.csv", missing)
    done = run(data, "import", str(path), "--kind", "workers")
    assert done.returncode == 2 and done.stdout == ""
    assert "Kolom wajib tidak ada: nik, program." in done.stderr
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    refused = run(data, "--lang", "en", "import", str(binary), "--kind", "workers")
    assert refused.returncode == 2
    assert "binary" in refused.stderr
    officials = write_csv(tmp_path / "officials.csv", [official_row()])
    wrong_kind = run(data, "import", str(officials), "--kind", "workers")
    assert wrong_kind.returncode == 2 and "pekerjaan" in wrong_kind.stderr
    odt = tmp_path / "list.odt"
    odt.write_text("x", encoding="utf-8")
    assert run(data, "import", str(odt), "--kind", "workers").returncode == 2
    assert count(data) == 0


def test_export_then_import_round_trip_and_sessions(tmp_path: Path) -> None:
    data = village(tmp_path)
    rows = [worker_row(n) for n in range(1, 6)]
    assert (
        run(
            data, "import", str(write_csv(tmp_path / "in.csv", rows)), "--kind", "workers"
        ).returncode
        == 0
    )
    assert (
        run(
            data,
            "import",
            str(write_csv(tmp_path / "o.csv", [official_row()])),
            "--kind",
            "officials",
        ).returncode
        == 0
    )
    for kind, expected in (("workers", 5), ("officials", 1)):
        for suffix in ("csv", "xlsx"):
            out = tmp_path / f"{kind}.{suffix}"
            exported = run(data, "export", str(out), "--kind", kind)
            assert exported.returncode == 0, exported.stderr
            assert exported.stdout.strip() == f"exported {expected}"
            again = run(data, "import", str(out), "--kind", kind)
            assert again.returncode == 0, again.stdout
            assert again.stdout.strip() == f"imported 0, updated 0, skipped {expected}, rejected 0"
    sessions = run(data, "export", str(tmp_path / "sessions.xlsx"), "--kind", "sessions")
    assert sessions.returncode == 0 and sessions.stdout.strip() == "exported 0"
    bad = run(data, "export", str(tmp_path / "w.pdf"), "--kind", "workers")
    assert bad.returncode == 1 and ".pdf" in bad.stderr
    assert count(data) == 6


def test_consent_on_paper_attests_for_a_file_without_a_consent_column(tmp_path: Path) -> None:
    data = village(tmp_path)
    rows = [{k: v for k, v in worker_row(n).items() if k != "persetujuan"} for n in (1, 2)]
    path = write_csv(tmp_path / "w.csv", rows)
    refused = run(data, "--lang", "en", "import", str(path), "--kind", "workers")
    assert refused.returncode == 1
    assert refused.stdout.splitlines()[0].startswith("row 2, persetujuan: This person must agree")
    assert refused.stdout.splitlines()[-1] == "imported 0, updated 0, skipped 0, rejected 2"
    assert count(data) == 0
    attested = run(data, "import", str(path), "--kind", "workers", "--consent-on-paper")
    assert attested.returncode == 0, attested.stdout
    assert attested.stdout.splitlines() == ["imported 2, updated 0, skipped 0, rejected 0"]
    assert set(registrations(data)) == {worker_nik(1), worker_nik(2)}
