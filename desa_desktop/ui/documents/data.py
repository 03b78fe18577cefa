"""What each printable document shows, read from the store as plain frozen data.

Gathering touches the database (run it as a read op); rendering touches Qt (run it on the
GUI thread). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.contributions import (
    Contribution,
    bpu_contribution,
    official_contribution,
    parse_program,
)
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import parse_position, position_label, siltap_category
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.reports import status_counts
from desa_desktop.core.services.sessions import SessionSummary, session_summary
from desa_desktop.core.services.villages import Coverage, village_coverage
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Village


@dataclass(frozen=True)
class VillageInfo:
    """A village's names, for document headers."""

    code: str
    name: str
    district: str | None
    regency: str | None
    province: str | None


def village_info(store: Store, code: str) -> VillageInfo:
    """The names of a served village (the code alone if it is not served)."""
    with store.read() as session:
        village = session.get(Village, code)
        if village is None:
            return VillageInfo(code, code, None, None, None)
        return VillageInfo(
            village.code, village.name, village.district, village.regency, village.province
        )


@dataclass(frozen=True)
class ReceiptData:
    """Everything a registration receipt shows."""

    person: dict[str, Any]
    village: VillageInfo
    work: str  # occupation name (workers) or position label (officials), "" if unknown
    contribution: Contribution | None
    printed_on: date


def _work_label(person: dict[str, Any], lang: str) -> str:
    if person["kind"] is Kind.WORKER:
        occupation = find_occupation(person["occupation"]) if person["occupation"] else None
        return occupation.name if occupation else ""
    position = parse_position(person["position"] or "")
    return position_label(position, lang) if position else (person["position"] or "")


def _contribution(person: dict[str, Any], today: date) -> Contribution | None:
    program = parse_program(person["program"])
    if program is None:
        return None
    on = person["start_date"] or today
    if person["kind"] is Kind.WORKER:
        if person["income"] is None:
            return None
        return bpu_contribution(person["income"], program, person["payment_months"] or 1, on=on)[0]
    if person["siltap"] is None:
        return None
    position = parse_position(person["position"] or "")
    return official_contribution(
        person["siltap"],
        program,
        on=on,
        months=person["payment_months"] or 1,
        position_category=siltap_category(position) if position else None,
    )[0]


def receipt_data(store: Store, uuid: str, lang: str, today: date | None = None) -> ReceiptData:
    """The receipt of one registration; the contribution as the rate table computes it now."""
    today = today or date.today()
    person = dict(get_person(store, uuid).values)
    return ReceiptData(
        person=person,
        village=village_info(store, person["village_code"]),
        work=_work_label(person, lang),
        contribution=_contribution(person, today),
        printed_on=today,
    )


@dataclass(frozen=True)
class AttendanceData:
    """A session and who attended it."""

    session: SessionSummary
    village: VillageInfo
    printed_on: date


def attendance_data(store: Store, session_uuid: str, today: date | None = None) -> AttendanceData:
    """The attendance sheet of one session."""
    summary = session_summary(store, session_uuid)
    return AttendanceData(summary, village_info(store, summary.village_code), today or date.today())


@dataclass(frozen=True)
class CoverageData:
    """One village's coverage figures for the report."""

    village: VillageInfo
    coverage: Coverage
    statuses: dict[Status, int]
    printed_at: datetime


def coverage_data(store: Store, village_code: str, now: datetime | None = None) -> CoverageData:
    """The coverage report of one village."""
    return CoverageData(
        village_info(store, village_code),
        village_coverage(store, village_code),
        status_counts(store, village_code),
        now or datetime.now(),
    )
