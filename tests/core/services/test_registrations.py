"""Registering and editing people: validation as data, duplicates refused, every change audited and queued."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from samples import BOLOK, OPERATOR, TODAY, official, worker
from sqlalchemy import func, select

from desa_desktop.core.domain.choices import InactiveReason, Kind, Status, SyncState
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.queries import get_person, person_history
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count(Registration.id))) or 0,
            session.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.entity == "registration")
            )
            or 0,
            session.scalar(select(func.count(OutboxEntry.id))) or 0,
        )


def test_register_worker_writes_record_audit_and_outbox(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    person = get_person(store, saved.uuid)
    assert person["status"] is Status.READY and person["sync_state"] is SyncState.PENDING
    assert person["nik"] == "5301051203850001"
    assert person["phone"] == "+6281234567890"
    assert person["rt"] == "003" and person["occupation"] is not None
    assert person["name_key"] == "yohanes ndun"
    assert person["created_by"] == OPERATOR and person["created_at"].tzinfo is not None
    assert person["consent_by"] == OPERATOR
    assert _counts(store) == (1, 1, 1)
    with store.read() as session:
        entry = session.scalars(select(OutboxEntry)).one()
    assert (entry.entity_uuid, entry.version) == (saved.uuid, 1)


def test_official_is_stored_with_position_and_siltap(store: Store) -> None:
    saved = register(store, official(), OPERATOR, today=TODAY)
    person = get_person(store, saved.uuid)
    assert person["kind"] is Kind.OFFICIAL
    assert (person["position"], person["siltap"], person["program"]) == (
        "kepala_desa",
        2_426_640,
        "JKK-JKM-JHT",
    )


def test_errors_name_the_field_in_both_languages_and_save_nothing(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(
            store, worker(nik="53010512038500", name="12345", income=500_000), OPERATOR, today=TODAY
        )
    fields = {i.field for i in refused.value.issues if i.is_error}
    assert {"nik", "name", "income"} <= fields
    nik_issue = next(i for i in refused.value.issues if i.field == "nik")
    assert "NIK" in nik_issue.message("id") and "NIK" in nik_issue.message("en")
    assert nik_issue.message("id") != nik_issue.message("en")
    assert _counts(store) == (0, 0, 0)


def test_missing_required_fields_are_each_reported(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(
            store,
            worker(mother_maiden_name=" ", occupation=None, funding_source=None),
            OPERATOR,
            today=TODAY,
        )
    required = {i.field for i in refused.value.issues if i.code == "required"}
    assert required == {"mother_maiden_name", "occupation", "funding_source"}
    assert "Nama ibu kandung wajib diisi." in refused.value.messages("id")
    assert "Mother's maiden name is required." in refused.value.messages("en")


def test_warnings_need_confirmation_then_save(store: Store) -> None:
    typed_other_birthday = worker(birth_date=TODAY.replace(year=1986))  # NIK says 1985-03-12
    with pytest.raises(ValidationFailed) as refused:
        register(store, typed_other_birthday, OPERATOR, today=TODAY)
    assert refused.value.needs_confirmation
    assert {i.code for i in refused.value.issues} >= {"nik.birth_date_mismatch"}
    assert _counts(store) == (0, 0, 0)
    saved = register(store, typed_other_birthday, OPERATOR, today=TODAY, confirm_warnings=True)
    assert get_person(store, saved.uuid)["birth_date"] == TODAY.replace(year=1986)


def test_second_active_registration_of_a_nik_is_refused_naming_the_first(store: Store) -> None:
    first = register(store, worker(), OPERATOR, today=TODAY)
    again = official(nik="5301051203850001", name="Yohanes N.", sex="L", birth_date=None)
    with pytest.raises(ValidationFailed) as refused:
        register(store, again, OPERATOR, today=TODAY, confirm_warnings=True)
    issue = refused.value.issues[0]
    assert issue.code == "registration.duplicate_nik"
    assert dict(issue.params)["uuid"] == first.uuid
    assert "Yohanes Ndun" in issue.message("id") and "Bolok" in issue.message("id")
    assert _counts(store) == (1, 1, 1)


def test_nik_is_free_again_once_the_holder_is_inactive(store: Store) -> None:
    first = register(store, worker(), OPERATOR, today=TODAY)
    mark_inactive(
        store, first.uuid, InactiveInput(InactiveReason.DUPLICATE, TODAY), OPERATOR, today=TODAY
    )
    second = register(store, worker(name="Yohanes Ndun Sr"), OPERATOR, today=TODAY)
    assert second.uuid != first.uuid


def test_names_are_stored_verbatim(store: Store) -> None:
    names = ["Ma'ruf", "H. Abdul Rahman", "Ñoño Sitompul", "Sukarno"]
    for n, name in enumerate(names):
        nik = f"53010512038500{n + 1:02d}"
        saved = register(store, worker(nik=nik, name=name), OPERATOR, today=TODAY)
        assert get_person(store, saved.uuid)["name"] == name


def test_village_must_be_served_here(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(store, worker(village_code="5301052006"), OPERATOR, today=TODAY)
    assert refused.value.issues[0].code == "village.not_served"


def test_edit_bumps_version_audits_diff_and_queues(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    edited = edit(
        store, saved.uuid, worker(income=2_000_000), "Other Op", expected_version=1, today=TODAY
    )
    assert edited.version == 2
    person = get_person(store, saved.uuid)
    assert person["income"] == 2_000_000 and person["updated_by"] == "Other Op"
    history = person_history(store, saved.uuid)
    assert [h.action for h in history] == ["register", "edit"]
    assert history[1].changes == {"income": [1_500_000, 2_000_000]}
    with store.read() as session:
        versions = session.scalars(select(OutboxEntry.version).order_by(OutboxEntry.id)).all()
    assert versions == [1, 2]


def test_edit_without_change_writes_nothing(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    again = edit(store, saved.uuid, worker(), OPERATOR, expected_version=1, today=TODAY)
    assert again.version == 1
    assert _counts(store) == (1, 1, 1)


def test_edit_of_a_stale_version_is_refused(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    edit(store, saved.uuid, worker(income=2_000_000), OPERATOR, expected_version=1, today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        edit(store, saved.uuid, worker(income=3_000_000), OPERATOR, expected_version=1, today=TODAY)
    assert refused.value.issues[0].code == "registration.stale"
    assert get_person(store, saved.uuid)["income"] == 2_000_000


def test_draft_is_not_queued_until_complete(store: Store) -> None:
    partial = worker(birth_place=None, mother_maiden_name=None, occupation=None, income=None)
    saved = register(store, partial, OPERATOR, draft=True, today=TODAY)
    assert saved.status is Status.DRAFT
    assert get_person(store, saved.uuid)["sync_state"] is SyncState.LOCAL
    assert _counts(store) == (1, 1, 0)
    done = edit(store, saved.uuid, worker(), OPERATOR, expected_version=1, today=TODAY)
    assert done.status is Status.READY
    assert get_person(store, saved.uuid)["sync_state"] is SyncState.PENDING
    assert _counts(store) == (1, 2, 1)


def test_register_audit_holds_the_values_entered(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    with store.read() as session:
        changes = json.loads(
            session.scalars(
                select(AuditEntry.changes).where(AuditEntry.entity == "registration")
            ).one()
        )
    assert changes["nik"] == [None, "5301051203850001"]
    assert changes["village_code"] == [None, BOLOK]
    assert saved.changes.village_codes == (BOLOK,)


def test_worker_cannot_carry_official_fields(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register(store, replace(worker(), siltap=2_000_000), OPERATOR, today=TODAY)
    assert any(
        i.field == "siltap" and i.code == "official.only_field" for i in refused.value.issues
    )
