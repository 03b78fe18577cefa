"""Consent on import: a ``persetujuan`` column, or the operator's attestation that everyone in
the file agreed on a signed paper form; a row with neither is rejected, the others saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from samples import OPERATOR, TODAY, worker
from sheet_samples import worker_nik, worker_row, write_csv
from sqlalchemy import func, select, update

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services.importer import import_file, preview
from desa_desktop.core.services.registrations import register
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration

YES = ["ya", "Y", "1", "TRUE", "yes", "Ya"]
NO = ["tidak", "n", "0", "false", "NO", ""]


def stored(store: Store) -> dict[str, Registration]:
    with store.read() as session:
        return {r.nik: r for r in session.scalars(select(Registration))}


def count(store: Store, model: Any) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def run(store: Store, path: Path, **kwargs: Any) -> Any:
    return import_file(store, path, Kind.WORKER, OPERATOR, today=TODAY, **kwargs)


def without_consent_column(*serials: int) -> list[dict[str, Any]]:
    rows = [worker_row(serial) for serial in serials]
    for row in rows:
        del row["persetujuan"]
    return rows


def test_the_column_says_who_agreed_and_the_others_are_rejected(
    store: Store, tmp_path: Path
) -> None:
    rows = [worker_row(n + 1, persetujuan=v) for n, v in enumerate(YES + NO)]
    report = run(store, write_csv(tmp_path / "w.csv", rows))
    assert (report.imported, report.rejected) == (len(YES), len(NO))
    people = stored(store)
    assert sorted(people) == [worker_nik(n + 1) for n in range(len(YES))]
    assert all(p.consent_by == OPERATOR and p.consent_at is not None for p in people.values())
    assert {(p.row_number, p.field, p.code) for p in report.problems} == {
        (len(YES) + n + 2, "persetujuan", "consent.required") for n in range(len(NO))
    }
    assert count(store, OutboxEntry) == len(YES)


def test_a_file_without_the_column_needs_the_attestation(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", without_consent_column(1, 2))
    refused = run(store, path)
    assert (refused.imported, refused.rejected) == (0, 2)
    assert {p.field for p in refused.problems} == {"persetujuan"}
    assert count(store, Registration) == 0 and count(store, OutboxEntry) == 0
    audits = count(store, AuditEntry)
    attested = run(store, path, consent_on_paper=True)
    assert (attested.imported, attested.rejected) == (2, 0)
    assert {p.consent_by for p in stored(store).values()} == {OPERATOR}
    assert count(store, AuditEntry) == audits + 2


def test_the_attestation_fills_empty_cells_but_never_overrules_tidak(
    store: Store, tmp_path: Path
) -> None:
    rows = [worker_row(1, persetujuan=""), worker_row(2, persetujuan="tidak"), worker_row(3)]
    report = run(store, write_csv(tmp_path / "w.csv", rows), consent_on_paper=True)
    assert (report.imported, report.rejected) == (2, 1)
    assert sorted(stored(store)) == [worker_nik(1), worker_nik(3)]
    assert [(p.row_number, p.field) for p in report.problems] == [(3, "persetujuan")]


def test_the_preview_judges_consent_as_the_import_will(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", without_consent_column(1))
    assert [r.outcome for r in preview(path, Kind.WORKER, store=store).rows] == ["rejected"]
    attested = preview(path, Kind.WORKER, store=store, consent_on_paper=True)
    assert [r.outcome for r in attested.rows] == ["new"]
    assert count(store, Registration) == 0


def test_stored_consent_stays_and_cannot_be_withdrawn_by_a_file(
    store: Store, tmp_path: Path
) -> None:
    register(store, worker(nik=worker_nik(1)), "Yakob Tefa", today=TODAY)
    before = stored(store)[worker_nik(1)]
    same = run(store, write_csv(tmp_path / "a.csv", [worker_row(1, persetujuan="")]))
    assert same.skipped == 1  # an empty cell does not take consent away
    changed = run(store, write_csv(tmp_path / "b.csv", [worker_row(1, penghasilan="2000000")]))
    assert changed.updated == 1
    withdrawn = run(store, write_csv(tmp_path / "c.csv", [worker_row(1, persetujuan="tidak")]))
    assert withdrawn.rejected == 1 and withdrawn.problems[0].field == "persetujuan"
    after = stored(store)[worker_nik(1)]
    assert (after.consent_at, after.consent_by) == (before.consent_at, "Yakob Tefa")
    assert after.version == 2


@pytest.mark.parametrize("consent_on_paper", [False, True])
def test_a_record_without_consent_gets_it_from_the_file_or_the_attestation(
    store: Store, tmp_path: Path, consent_on_paper: bool
) -> None:
    register(store, worker(nik=worker_nik(1)), OPERATOR, today=TODAY)
    with store.write() as session:  # as an older version of the app left it
        session.execute(update(Registration).values(consent_at=None, consent_by=None))
    path = write_csv(tmp_path / "w.csv", without_consent_column(1))
    report = run(store, path, consent_on_paper=consent_on_paper)
    record = stored(store)[worker_nik(1)]
    if consent_on_paper:
        assert report.updated == 1 and record.consent_by == OPERATOR and record.version == 2
    else:
        assert report.rejected == 1 and record.consent_at is None and record.version == 1
