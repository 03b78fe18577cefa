"""Pemutakhiran data, socialization sessions and village coverage."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from samples import BOLOK, OPERATOR, TODAY, official, worker

from desa_desktop.core.domain.choices import InactiveReason, Status, SyncState
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import AttendeeInput, InactiveInput, SessionInput
from desa_desktop.core.services.queries import get_person, person_history
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.sessions import (
    add_attendee,
    create_session,
    link_registration,
    list_sessions,
    remove_attendee,
    session_summary,
)
from desa_desktop.core.services.status import mark_inactive, reactivate, status_history
from desa_desktop.core.services.villages import set_targets, village_coverage
from desa_desktop.core.store.engine import Store


def test_mark_deceased_records_date_history_and_queues(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    died = TODAY - timedelta(days=3)
    mark_inactive(
        store,
        saved.uuid,
        InactiveInput(InactiveReason.DECEASED, died, "kabar dari keluarga"),
        OPERATOR,
        today=TODAY,
    )
    person = get_person(store, saved.uuid)
    assert (person["status"], person["inactive_reason"], person["inactive_date"]) == (
        Status.INACTIVE,
        InactiveReason.DECEASED,
        died,
    )
    assert person["version"] == 2 and person["sync_state"] is SyncState.PENDING
    assert [h.action for h in person_history(store, saved.uuid)] == ["register", "mark_inactive"]
    [change] = status_history(store, saved.uuid)
    assert (change.reason, change.effective_date, change.note) == (
        InactiveReason.DECEASED,
        died,
        "kabar dari keluarga",
    )


def test_inactive_marks_are_checked(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    with pytest.raises(ValidationFailed) as future:
        mark_inactive(
            store,
            saved.uuid,
            InactiveInput(InactiveReason.CIVIL_SERVANT, TODAY + timedelta(days=1)),
            OPERATOR,
            today=TODAY,
        )
    assert future.value.issues[0].code == "date.future"
    with pytest.raises(ValidationFailed) as before_birth:
        mark_inactive(
            store,
            saved.uuid,
            InactiveInput(InactiveReason.MOVED, date(1980, 1, 1)),
            OPERATOR,
            today=TODAY,
        )
    assert before_birth.value.issues[0].code == "date.before_birth"
    mark_inactive(
        store, saved.uuid, InactiveInput(InactiveReason.PPPK, TODAY), OPERATOR, today=TODAY
    )
    with pytest.raises(ValidationFailed) as twice:
        mark_inactive(
            store, saved.uuid, InactiveInput(InactiveReason.DECEASED, TODAY), OPERATOR, today=TODAY
        )
    assert twice.value.issues[0].code == "status.already_inactive"


def test_reactivate_undoes_a_mistaken_mark(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    mark_inactive(
        store, saved.uuid, InactiveInput(InactiveReason.DECEASED, TODAY), OPERATOR, today=TODAY
    )
    reactivate(store, saved.uuid, OPERATOR, note="salah orang")
    person = get_person(store, saved.uuid)
    assert person["status"] is Status.READY and person["inactive_reason"] is None
    assert len(status_history(store, saved.uuid)) == 2


def test_session_attendance_and_conversion(store: Store) -> None:
    uuid = create_session(
        store,
        SessionInput(BOLOK, TODAY, "Balai Desa Bolok", "Fransiska Lay", "JKK dan JKM"),
        OPERATOR,
        today=TODAY,
    )
    add_attendee(
        store, uuid, AttendeeInput("Yohanes Ndun", "5301051203850001", "nelayan"), OPERATOR
    )
    add_attendee(store, uuid, AttendeeInput("Mama Ina"), OPERATOR)
    with pytest.raises(ValidationFailed) as twice:
        add_attendee(store, uuid, AttendeeInput("Yohanes", "5301051203850001"), OPERATOR)
    assert twice.value.issues[0].code == "attendance.duplicate_nik"

    register(store, worker(), OPERATOR, session_uuid=uuid, today=TODAY)
    summary = session_summary(store, uuid)
    assert (summary.attendance, summary.registrations_captured, summary.conversion_percent) == (
        2,
        1,
        50.0,
    )

    head = register(store, official(), OPERATOR, today=TODAY)
    link_registration(store, uuid, head.uuid, OPERATOR)
    summary = session_summary(store, uuid)
    assert (summary.attendance, summary.registrations_captured) == (3, 2)
    assert get_person(store, head.uuid)["version"] == 2

    mama = next(a for a in summary.attendees if a.name == "Mama Ina")
    remove_attendee(store, uuid, mama.uuid, OPERATOR)
    assert session_summary(store, uuid).attendance == 2
    assert [s.uuid for s in list_sessions(store, BOLOK)] == [uuid]


def test_session_needs_place_and_facilitator(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        create_session(store, SessionInput(BOLOK, TODAY, " ", ""), OPERATOR, today=TODAY)
    assert {i.field for i in refused.value.issues} == {"place", "facilitator"}


def test_desa_sadar_needs_the_head_and_every_official(store: Store) -> None:
    set_targets(store, BOLOK, OPERATOR, target_officials=2, target_workers=4)
    coverage = village_coverage(store, BOLOK)
    assert not coverage.desa_sadar and coverage.officials_registered == 0

    register(
        store,
        official(
            nik="5301051507800004",
            name="Markus Tse",
            sex="L",
            birth_date=date(1980, 7, 15),
            position="sekretaris_desa",
            siltap=2_224_420,
        ),
        OPERATOR,
        today=TODAY,
    )
    register(
        store,
        official(
            nik="5301051608810005",
            name="Paulus Bana",
            sex="L",
            birth_date=date(1981, 8, 16),
            position="anggota_bpd",
            siltap=2_022_200,
        ),
        OPERATOR,
        today=TODAY,
    )
    coverage = village_coverage(store, BOLOK)
    assert coverage.officials_registered == 1, "BPD members are not perangkat desa"
    assert not coverage.desa_sadar, "two officials of two needed, but no village head yet"

    register(store, official(), OPERATOR, today=TODAY)
    register(store, worker(), OPERATOR, today=TODAY)
    coverage = village_coverage(store, BOLOK)
    assert coverage.desa_sadar and coverage.head_registered
    assert not coverage.desa_sadar_confirmed, "nothing accepted by HQ yet"
    assert (coverage.workers_registered, coverage.workers_target, coverage.workers_percent) == (
        1,
        4,
        25.0,
    )
