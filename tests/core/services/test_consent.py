"""Consent to data processing (UU 27/2022, PDP) is required to save a person, drafts too;
once recorded it keeps its time and operator, and cannot be withdrawn by an edit."""

from __future__ import annotations

import pytest
from samples import OPERATOR, TODAY, worker
from sqlalchemy import func, select, update

from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration

OTHER_OPERATOR = "Yakob Tefa"


def _counts(store: Store) -> tuple[int, int, int]:
    """Registrations, their audit entries, outbox entries."""
    with store.read() as session:
        return (
            session.scalar(select(func.count(Registration.id))) or 0,
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.entity == "registration")
            )
            or 0,
            session.scalar(select(func.count(OutboxEntry.id))) or 0,
        )


def _consent(store: Store, uuid: str) -> tuple[object, str | None, int]:
    with store.read() as session:
        record = session.scalars(select(Registration).where(Registration.uuid == uuid)).one()
        return record.consent_at, record.consent_by, record.version


@pytest.mark.parametrize("draft", [False, True])
def test_register_without_consent_is_refused_and_writes_nothing(store: Store, draft: bool) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(store, worker(consent=False), OPERATOR, draft=draft, today=TODAY)
    [issue] = refused.value.issues
    assert (issue.field, issue.code, issue.is_error) == ("consent", "consent.required", True)
    assert "UU 27/2022" in issue.message("id") and "UU 27/2022" in issue.message("en")
    assert issue.message("id") != issue.message("en")
    assert _counts(store) == (0, 0, 0)


def test_consent_is_reported_with_the_other_errors(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(store, worker(consent=False, name="12345"), OPERATOR, today=TODAY)
    assert {"name", "consent"} <= {i.field for i in refused.value.issues}
    assert _counts(store) == (0, 0, 0)


def test_consent_keeps_its_time_and_operator_through_later_edits(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    consent_at, consent_by, _ = _consent(store, saved.uuid)
    assert consent_at is not None and consent_by == OPERATOR
    edited = edit(
        store, saved.uuid, worker(income=2_000_000), OTHER_OPERATOR, expected_version=1, today=TODAY
    )
    assert edited.version == 2
    assert _consent(store, saved.uuid) == (consent_at, OPERATOR, 2)


def test_unticking_consent_on_edit_is_refused_and_changes_nothing(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    before, counts = _consent(store, saved.uuid), _counts(store)
    for draft in (False, True):
        with pytest.raises(ValidationFailed) as refused:
            edit(
                store,
                saved.uuid,
                worker(consent=False, income=2_000_000),
                OTHER_OPERATOR,
                expected_version=1,
                draft=draft,
                today=TODAY,
            )
        assert [(i.field, i.code) for i in refused.value.issues] == [
            ("consent", "consent.required")
        ]
    assert _consent(store, saved.uuid) == before and _counts(store) == counts


def test_a_record_from_before_consent_was_required_gets_it_on_its_next_edit(
    store: Store,
) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    with store.write() as session:  # as an older version of the app left it
        session.execute(update(Registration).values(consent_at=None, consent_by=None))
    with pytest.raises(ValidationFailed):
        edit(store, saved.uuid, worker(consent=False), OPERATOR, expected_version=1, today=TODAY)
    assert _consent(store, saved.uuid) == (None, None, 1)
    edit(store, saved.uuid, worker(), OTHER_OPERATOR, expected_version=1, today=TODAY)
    consent_at, consent_by, version = _consent(store, saved.uuid)
    assert consent_at is not None and consent_by == OTHER_OPERATOR and version == 2
