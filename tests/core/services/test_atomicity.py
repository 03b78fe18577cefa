"""One user action = one transaction: record, audit entry and outbox entry together or not at all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from samples import OPERATOR, STORE_KEY, TODAY, worker
from sqlalchemy import func, select, text

from desa_desktop.core.domain.choices import InactiveReason
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration, StatusChange


def _fail_inserts_into(store: Store, table: str) -> None:
    """A real database fault: the store itself aborts the statement mid-transaction."""
    with store.write() as session:
        session.execute(
            text(
                f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'disk said no'); END"
            )
        )


def _drop_fault(store: Store, table: str) -> None:
    with store.write() as session:
        session.execute(text(f"DROP TRIGGER fail_{table}"))


def _state(store: Store) -> tuple[int, int, int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count(Registration.id))) or 0,
            session.scalar(select(func.count(AuditEntry.id))) or 0,
            session.scalar(select(func.count(OutboxEntry.id))) or 0,
            session.scalar(select(func.count(StatusChange.id))) or 0,
        )


@pytest.mark.parametrize("table", ["outbox", "audit_log"])
def test_register_failing_midway_leaves_nothing(store: Store, table: str) -> None:
    before = _state(store)
    _fail_inserts_into(store, table)
    with pytest.raises(Exception, match="disk said no"):
        register(store, worker(), OPERATOR, today=TODAY)
    assert _state(store) == before
    _drop_fault(store, table)
    register(
        store, worker(), OPERATOR, today=TODAY
    )  # the same action succeeds once the fault is gone
    assert _state(store)[0] == 1


def test_edit_failing_midway_keeps_the_old_version(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    before = _state(store)
    _fail_inserts_into(store, "outbox")
    with pytest.raises(Exception, match="disk said no"):
        edit(store, saved.uuid, worker(income=2_500_000), OPERATOR, expected_version=1, today=TODAY)
    assert _state(store) == before
    with store.read() as session:
        stored = session.execute(select(Registration.version, Registration.income)).one()
    assert tuple(stored) == (1, 1_500_000)


def test_mark_inactive_failing_midway_keeps_the_person_active(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    before = _state(store)
    _fail_inserts_into(store, "status_change")
    change = InactiveInput(InactiveReason.DECEASED, TODAY)
    with pytest.raises(Exception, match="disk said no"):
        mark_inactive(store, saved.uuid, change, OPERATOR, today=TODAY)
    assert _state(store) == before
    with store.read() as session:
        assert session.scalars(select(Registration.status)).one().value == "ready"


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from samples import worker, TODAY, STORE_KEY
    from desa_desktop.core.store.migrate import open_store
    from desa_desktop.core.services.registrations import register
    store = open_store(Path({data!r}), STORE_KEY)
    for n in range(1, 100000):
        register(store, worker(nik=f"530105120385{{n:04d}}"), "killer", today=TODAY)
        print(n, flush=True)
    """
)


def test_killed_mid_write_loses_no_acknowledged_record_and_leaves_none_half_written(
    store: Store, tmp_path: Path
) -> None:
    data_dir = store.path.parent
    script = WRITER.format(tests=str(Path(__file__).parents[2]), data=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acknowledged = 0
    deadline = time.monotonic() + 60
    while acknowledged < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert acknowledged >= 40, "the writer never got going"

    store.close()
    reopened = open_store(data_dir, STORE_KEY)
    try:
        with reopened.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            rows = session.execute(
                text(
                    "SELECT r.uuid,"
                    " (SELECT count(*) FROM audit_log a WHERE a.entity_uuid = r.uuid),"
                    " (SELECT count(*) FROM outbox o WHERE o.entity_uuid = r.uuid)"
                    " FROM registration r"
                )
            ).all()
            orphans = session.scalar(
                text(
                    "SELECT count(*) FROM outbox o WHERE NOT EXISTS"
                    " (SELECT 1 FROM registration r WHERE r.uuid = o.entity_uuid)"
                )
            )
    finally:
        reopened.close()
    assert len(rows) >= acknowledged, "a registration reported saved was lost"
    assert all(audits == 1 and queued == 1 for _, audits, queued in rows)
    assert orphans == 0
