"""Backups: rolling daily copies, restoring a good backup, refusing a bad one untouched."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from samples import BOLOK, OPERATOR, STORE_KEY, login_env, worker

from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store import cipher
from desa_desktop.core.store.backups import (
    RestoreRefused,
    backup_now,
    check_backup,
    checksum_file,
    daily_backups,
    restore,
    rolling_backup,
)
from desa_desktop.core.store.engine import DB_FILENAME
from desa_desktop.core.store.migrate import current_revision, head_revision, open_store
from desa_desktop.core.store.models import Village

DAY = datetime(2026, 11, 21, 8, 30)
PAGE = 4096


def _name(i: int) -> str:
    return "Pekerja " + "".join(chr(ord("a") + int(digit)) for digit in str(i))


def _backup(data_dir: Path, dest: Path) -> Path:
    store = open_store(data_dir, STORE_KEY)
    try:
        return backup_now(store, dest)
    finally:
        store.close()


def _fill(data_dir: Path, first: int, count: int) -> None:
    """Register ``count`` workers (numbered from ``first``) in the store of ``data_dir``."""
    store = open_store(data_dir, STORE_KEY)
    try:
        with store.read() as session:
            served = session.get(Village, BOLOK)
        if served is None:
            add_village(store, BOLOK, OPERATOR, target_officials=5, target_workers=100)
        for i in range(first, first + count):
            register(store, worker(nik=f"530105120385{i:04d}", name=_name(i)), OPERATOR)
    finally:
        store.close()


def _names(data_dir: Path) -> list[str]:
    """The names stored in ``data_dir``, read straight from the file."""
    path = data_dir / DB_FILENAME
    with closing(cipher.connect(path, STORE_KEY, read_only=True)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM registration ORDER BY id")]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A closed store with 120 workers (enough pages for corruption to land in data)."""
    folder = tmp_path / "data"
    _fill(folder, 1, 120)
    return folder


# ---- rolling backups ----------------------------------------------------------------------


def test_rolling_backup_makes_one_a_day_and_keeps_a_bounded_number(data_dir: Path) -> None:
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    kept_forever = [backups / "pre-migration-0001-20250101T000000Z.sqlite"]
    kept_forever.append(backups / "pre-restore-20250101-000000.sqlite")
    for path in kept_forever:
        path.write_bytes(b"old copy")
    made = []
    for day in range(10):
        moment = DAY + timedelta(days=day)
        first = rolling_backup(data_dir, STORE_KEY, keep=3, now=moment)
        assert first == backups / f"daily-{moment.date().isoformat()}.sqlite"
        assert rolling_backup(data_dir, STORE_KEY, keep=3, now=moment + timedelta(hours=9)) is None
        made.append(first)
    assert daily_backups(data_dir) == made[-3:]
    for path in made[:-3]:
        assert not path.exists() and not checksum_file(path).exists()
    for path in made[-3:]:
        assert checksum_file(path).exists()
        assert check_backup(path, STORE_KEY) == []
    assert all(path.read_bytes() == b"old copy" for path in kept_forever)


def test_rolling_backup_without_a_store_does_nothing(tmp_path: Path) -> None:
    assert rolling_backup(tmp_path / "nothing", STORE_KEY, now=DAY) is None
    assert not (tmp_path / "nothing").exists()


def test_backup_of_an_open_store_holds_the_last_commit(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    store = open_store(tmp_path / "live", STORE_KEY)
    try:
        add_village(store, BOLOK, OPERATOR)
        register(store, worker(), OPERATOR)  # still in the -wal file: not checkpointed
        copy = backup_now(store, tmp_path / "out")
    finally:
        store.close()
    assert copy.parent == tmp_path / "out" and copy.suffix == ".sqlite"
    assert not copy.with_name(copy.name + "-wal").exists()
    assert check_backup(copy, STORE_KEY) == []
    with closing(cipher.connect(copy, STORE_KEY)) as conn:
        assert conn.execute("SELECT name FROM registration").fetchall() == [("Yohanes Ndun",)]


# ---- restore ------------------------------------------------------------------------------


def test_restore_of_a_good_backup_brings_the_data_back(data_dir: Path, tmp_path: Path) -> None:
    saved = _backup(data_dir, tmp_path / "saved.sqlite")
    _fill(data_dir, 500, 2)  # work done after the backup
    after_backup = _names(data_dir)
    assert len(after_backup) == 122

    restored = restore(data_dir, saved, STORE_KEY, now=DAY)

    assert restored.store == data_dir / DB_FILENAME
    assert _names(data_dir) == after_backup[:120]
    assert restored.previous == data_dir / "backups" / "pre-restore-20261121-083000.sqlite"
    assert check_backup(restored.previous, STORE_KEY) == []
    with closing(cipher.connect(restored.previous, STORE_KEY)) as conn:
        kept = [row[0] for row in conn.execute("SELECT name FROM registration ORDER BY id")]
    assert kept == after_backup
    assert not list(data_dir.glob(".restore-*"))
    store = open_store(data_dir, STORE_KEY)  # the restored store opens and takes new work
    try:
        assert current_revision(store.path, STORE_KEY) == head_revision()
        register(store, worker(nik="5301051203859999", name="Sesudah Pulih"), OPERATOR)
    finally:
        store.close()
    # a second restore in the same second keeps both earlier copies
    again = restore(data_dir, saved, STORE_KEY, now=DAY)
    assert again.previous is not None and again.previous != restored.previous
    assert restored.previous.exists()


def _flipped_block(path: Path) -> None:
    """Overwrite one page in the middle of the file with other bytes."""
    data = bytearray(path.read_bytes())
    start = (len(data) // PAGE // 2) * PAGE
    data[start : start + PAGE] = bytes((b ^ 0x5A) for b in data[start : start + PAGE])
    path.write_bytes(bytes(data))
    checksum_file(path).unlink()  # copied without its checksum: SQLite's checks must see it


def _flipped_bytes_with_checksum(path: Path) -> None:
    """A few bytes inside the data changed; the checksum beside the file tells."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = b"XXXXXXXX"
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    checksum_file(path).unlink()


def _not_sqlite(path: Path) -> None:
    path.write_text("nik,name\n5301051203850001,Yohanes\n", encoding="utf-8")
    checksum_file(path).unlink()


def _other_key(path: Path) -> None:
    """A good backup of another laptop's data: encrypted with a different key."""
    path.unlink()
    store = open_store(path.parent / "elsewhere", bytes(32))
    try:
        backup_now(store, path)
    finally:
        store.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")
    checksum_file(path).unlink()


def _other_sqlite(path: Path) -> None:
    path.unlink()
    checksum_file(path).unlink()
    with closing(cipher.connect(path, STORE_KEY)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")


def _newer_schema(path: Path) -> None:
    with closing(cipher.connect(path, STORE_KEY)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfacef00d'")
    checksum_file(path).unlink()


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped page": (_flipped_block, "damaged"),
    "flipped bytes, checksum beside": (_flipped_bytes_with_checksum, "changed after"),
    "truncated": (_truncated, "damaged"),
    "not sqlite": (_not_sqlite, "does not open with this laptop's data key"),
    "another laptop's backup": (_other_key, "does not open with this laptop's data key"),
    "empty": (_empty, "empty"),
    "another program's database": (_other_sqlite, "Not Desa Desktop data"),
    "newer schema": (_newer_schema, "newer version"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_restore_refuses_a_bad_backup_and_leaves_the_data_alone(
    case: str, data_dir: Path, tmp_path: Path
) -> None:
    spoil, expected = BAD_FILES[case]
    bad = _backup(data_dir, tmp_path / "bad.sqlite")
    _fill(data_dir, 500, 1)
    before = _names(data_dir)
    store_bytes = (data_dir / DB_FILENAME).read_bytes()
    spoil(bad)

    problems = check_backup(bad, STORE_KEY, lang="en")
    assert problems and expected in problems[0], problems
    with pytest.raises(RestoreRefused) as refused:
        restore(data_dir, bad, STORE_KEY, lang="en")

    assert refused.value.problems == problems
    assert _names(data_dir) == before and len(before) == 121
    assert (data_dir / DB_FILENAME).read_bytes() == store_bytes
    assert not list(data_dir.glob("backups/pre-restore-*"))
    assert not list(data_dir.glob(".restore-*")), "the temporary copy is removed"


def test_restore_refuses_a_missing_file_in_indonesian(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(RestoreRefused) as refused:
        restore(data_dir, tmp_path / "nowhere.sqlite", STORE_KEY)
    assert refused.value.problems[0].startswith("Berkas tidak ditemukan")


def test_restore_refuses_while_the_store_is_open(data_dir: Path, tmp_path: Path) -> None:
    saved = _backup(data_dir, tmp_path / "saved.sqlite")
    _fill(data_dir, 500, 1)
    store = open_store(data_dir, STORE_KEY)
    try:
        with store.read():
            pass  # the app holds connections to the file
        with pytest.raises(RestoreRefused) as refused:
            restore(data_dir, saved, STORE_KEY, lang="en")
        assert "in use" in refused.value.problems[0]
    finally:
        store.close()
    assert len(_names(data_dir)) == 121


# ---- command line -------------------------------------------------------------------------


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", "--lang", "en", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=login_env(data_dir),
    )


def test_cli_backup_then_restore(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "desa-backup.sqlite"
    made = _cli(data_dir, "backup", str(target))
    assert made.returncode == 0, made.stderr
    assert f"to {target}" in made.stdout
    assert checksum_file(target).exists()
    _fill(data_dir, 500, 3)

    back = _cli(data_dir, "restore", str(target))

    assert back.returncode == 0, back.stderr
    assert "restored" in back.stdout and "pre-restore-" in back.stdout
    assert len(_names(data_dir)) == 120
    assert len(list((data_dir / "backups").glob("pre-restore-*.sqlite"))) == 1


def test_cli_restore_of_a_bad_file_exits_1_and_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup.sqlite"
    assert _cli(data_dir, "backup", str(target)).returncode == 0
    _truncated(target)
    before = (data_dir / DB_FILENAME).read_bytes()

    refused = _cli(data_dir, "restore", str(target))

    assert refused.returncode == 1
    assert "not restored" in refused.stderr and "damaged" in refused.stderr
    assert "the current data was not changed" in refused.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before
    assert len(_names(data_dir)) == 120


def test_cli_backup_without_an_operator_exits_1(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "desa_desktop", "--lang", "en"]
    command += ["--data-dir", str(tmp_path / "empty"), "backup", str(tmp_path / "b.sqlite")]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert "There is no operator" in refused.stderr
    assert not (tmp_path / "b.sqlite").exists()
