"""Turn a typed :class:`PersonInput` into clean column values plus findings.

Domain rules live in :mod:`desa_desktop.core.domain`; this module only composes
them for one registration and decides what a complete registration requires.
A draft needs only NIK, name, village and the person's consent to data processing;
everything present is still checked.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from desa_desktop.core.domain import nik as nik_rules
from desa_desktop.core.domain import people, regions
from desa_desktop.core.domain.choices import FundingSource, Kind, MaritalStatus, Sex
from desa_desktop.core.domain.contributions import (
    Program,
    bpu_contribution,
    official_contribution,
    parse_program,
)
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import parse_position, siltap_category
from desa_desktop.core.services.inputs import PersonInput

REQUIRED_ALWAYS = ("nik", "name", "village_code")
REQUIRED_COMPLETE = (
    "birth_place",
    "birth_date",
    "sex",
    "mother_maiden_name",
    "address",
    "program",
    "start_date",
)
REQUIRED_WORKER = ("occupation", "income", "payment_months", "funding_source")
REQUIRED_OFFICIAL = ("position", "siltap")
TEXT_LIMITS = {
    "birth_place": 100,
    "address": 200,
    "dusun": 100,
    "sk_number": 100,
    "next_of_kin_relation": 50,
}


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None


@cache
def _members(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """An enum's members by lower-case value and name."""
    found: dict[str, StrEnum] = {}
    for member in reversed(enum):  # the first member wins where a name and a value collide
        found[member.name.lower()] = member
        found[member.value.lower()] = member
    return found


@cache
def _exact(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """An enum's members by their exact value."""
    return {member.value: member for member in enum}


def _choice(enum: type[StrEnum], raw: str | None, field: str, issues: list[Issue]) -> Any:
    member = _exact(enum).get(raw)  # type: ignore[arg-type]
    if member is not None:  # as stored and sent: no cleaning needed
        return member
    text = _text(raw)
    if text is None:
        return None
    member = _members(enum).get(text.lower())
    if member is not None:
        return member
    issues.append(Issue.error(field, "choice.unknown", value=text))
    return None


def _identity(data: PersonInput, today: date, out: dict[str, Any], issues: list[Issue]) -> None:
    out["name"], found = people.check_name(data.name, "name")
    issues += found
    out["mother_maiden_name"], found = (
        people.check_name(data.mother_maiden_name, "mother_maiden_name")
        if _text(data.mother_maiden_name)
        else (None, [])
    )
    issues += found
    out["sex"] = _choice(Sex, data.sex, "sex", issues)
    out["birth_date"] = data.birth_date
    if data.birth_date is not None:
        issues += people.check_birth_date(data.birth_date, today=today, field="birth_date")
    check = nik_rules.check_nik(
        data.nik or "", birth_date=data.birth_date, sex=out["sex"], today=today, field="nik"
    )
    out["nik"] = check.nik
    issues += check.issues
    out["marital_status"] = _choice(MaritalStatus, data.marital_status, "marital_status", issues)
    for name in ("birth_place", "address", "dusun"):
        out[name] = _text(getattr(data, name))
    for name in ("rt", "rw"):
        out[name], found = people.check_rt_rw(getattr(data, name), name)
        issues += found
    out["village_code"], found = regions.normalize_village_code(data.village_code, "village_code")
    issues += found
    out["phone"], found = people.check_phone(data.phone, "phone")
    issues += found
    out["kk_number"], found = people.check_kk(data.kk_number, "kk_number")
    issues += found
    out["decile"] = data.decile
    issues += people.check_decile(data.decile, "decile")


def _membership(data: PersonInput, today: date, out: dict[str, Any], issues: list[Issue]) -> None:
    program: Program | None = None
    if _text(data.program):
        program = parse_program(data.program or "")
        if program is None:
            issues.append(Issue.error("program", "choice.unknown", value=_text(data.program) or ""))
    out["program"] = program.value if program else None
    out["start_date"] = data.start_date
    out["payment_months"] = data.payment_months
    out["funding_source"] = _choice(FundingSource, data.funding_source, "funding_source", issues)
    out["next_of_kin_name"], found = (
        people.check_name(data.next_of_kin_name, "next_of_kin_name")
        if _text(data.next_of_kin_name)
        else (None, [])
    )
    issues += found
    out["next_of_kin_relation"] = _text(data.next_of_kin_relation)
    out["next_of_kin_phone"], found = people.check_phone(
        data.next_of_kin_phone, "next_of_kin_phone"
    )
    issues += found
    _work(data, today, program, out, issues)


def _work(
    data: PersonInput,
    today: date,
    program: Program | None,
    out: dict[str, Any],
    issues: list[Issue],
) -> None:
    on = data.start_date or today
    out.update(
        occupation=None, income=None, position=None, sk_number=None, sk_date=None, siltap=None
    )
    if _text(data.occupation):
        occupation = find_occupation(data.occupation or "")
        if occupation is None:
            issues.append(
                Issue.error("occupation", "choice.unknown", value=_text(data.occupation) or "")
            )
        out["occupation"] = occupation.code if occupation else None
    if data.kind is Kind.WORKER:
        for name in ("position", "sk_number", "sk_date", "siltap"):
            if getattr(data, name) not in (None, ""):
                issues.append(Issue.error(name, "official.only_field"))
        out["income"] = data.income
        if data.income is not None and data.income < 0:
            issues.append(Issue.error("income", "number.negative"))
        elif data.income is not None and program and data.payment_months is not None:
            issues += bpu_contribution(data.income, program, data.payment_months, on=on)[1]
        return
    if data.income is not None:
        issues.append(Issue.error("income", "worker.only_field"))
    position = parse_position(data.position or "") if _text(data.position) else None
    if _text(data.position) and position is None:
        issues.append(Issue.error("position", "choice.unknown", value=_text(data.position) or ""))
    out["position"] = position.value if position else None
    out["sk_number"] = _text(data.sk_number)
    out["sk_date"] = data.sk_date
    if data.sk_date and data.sk_date > today:
        issues.append(Issue.error("sk_date", "date.future"))
    out["siltap"] = data.siltap
    out["payment_months"] = data.payment_months or 1  # officials' contributions are monthly
    if data.siltap is not None and program:
        category = siltap_category(position) if position else None
        issues += official_contribution(data.siltap, program, on=on, position_category=category)[1]


def _required(data: PersonInput, out: dict[str, Any], complete: bool, issues: list[Issue]) -> None:
    names = list(REQUIRED_ALWAYS)
    if complete:
        names += REQUIRED_COMPLETE
        names += REQUIRED_WORKER if data.kind is Kind.WORKER else REQUIRED_OFFICIAL
    missing = [
        name
        for name in names
        if (raw := getattr(data, name)) is None or (isinstance(raw, str) and not raw.strip())
    ]
    if missing:  # a field already flagged (e.g. an unknown choice) is not also "required"
        flagged = {issue.field for issue in issues if issue.is_error}
        issues += [Issue.error(name, "required") for name in missing if name not in flagged]


def validate_person(
    data: PersonInput, *, today: date, complete: bool = True
) -> tuple[dict[str, Any], list[Issue]]:
    """Clean column values for ``data`` and every finding, errors first then warnings.

    ``complete=False`` validates a draft: only NIK, name, village and consent are required.
    """
    out: dict[str, Any] = {"kind": data.kind}
    issues: list[Issue] = []
    _identity(data, today, out, issues)
    _membership(data, today, out, issues)
    for name, limit in TEXT_LIMITS.items():
        value = out.get(name)
        if isinstance(value, str) and len(value) > limit:
            issues.append(Issue.error(name, "text.too_long", max=limit))
    if data.start_date and data.birth_date and data.start_date < data.birth_date:
        issues.append(Issue.error("start_date", "date.before_birth"))
    _required(data, out, complete, issues)
    if not data.consent:  # UU 27/2022 (PDP): no record without consent, not even a draft
        issues.append(Issue.error("consent", "consent.required"))
    # One finding per field and code is enough; errors before warnings.
    if not issues:
        return out, issues
    unique = list(dict.fromkeys(issues))
    unique.sort(key=lambda issue: not issue.is_error)
    return out, unique
