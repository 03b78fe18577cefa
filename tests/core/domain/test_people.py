"""Names, phones, KK numbers, birth dates, deciles and RT/RW numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.messages import MESSAGES
from desa_desktop.core.domain.people import (
    check_birth_date,
    check_decile,
    check_kk,
    check_name,
    check_phone,
    check_rt_rw,
    name_key,
)

TODAY = date(2025, 6, 1)


def codes(issues: list[Issue]) -> list[str]:
    return [i.code for i in issues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma'ruf", "Ma'ruf"),
        ("Ma’ruf Amin", "Ma’ruf Amin"),
        ("Ma`ruf", "Ma`ruf"),
        ("H. Abdul", "H. Abdul"),
        ("  Siti   Nurhaliza ", "Siti Nurhaliza"),
        ("Sukarno", "Sukarno"),
        ("Ñoño", "Ñoño"),
        ("Ayşe", "Ayşe"),
        ("Nguyễn Thị", "Nguyễn Thị"),
        ("Nguye\u0302\u0303n", "Nguyễn"),  # decomposed accents are composed (NFC)
        ("Siti Rahma-Wati", "Siti Rahma-Wati"),
        ("Yohanes Nalle, S.Pd.", "Yohanes Nalle, S.Pd."),
        ("Dra.\tMaria\nGoreti", "Dra. Maria Goreti"),
    ],
)
def test_valid_names(text: str, expected: str) -> None:
    assert check_name(text) == (expected, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["name.empty"]),
        ("   ", ["name.empty"]),
        (None, ["name.empty"]),
        ("12345", ["name.no_letters"]),
        ("...", ["name.no_letters"]),
        ("Agus 2", ["name.digits"]),
        ("<script>", ["name.characters"]),
        ("Budi @ Santoso", ["name.characters"]),
        ("Budi_Santoso", ["name.characters"]),
        ("A" * 101, ["name.too_long"]),
    ],
)
def test_invalid_names(text: str | None, expected: list[str]) -> None:
    value, issues = check_name(text, field="mother_maiden_name")
    assert value is None
    assert codes(issues) == expected
    assert {i.field for i in issues} == {"mother_maiden_name"}
    assert all(i.is_error for i in issues)


def test_name_characters_lists_the_offenders() -> None:
    _, issues = check_name("<script>")
    assert dict(issues[0].params) == {"chars": "< >"}


def test_name_of_exactly_100_characters_is_fine() -> None:
    assert check_name("A" * 100)[1] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  Nguyễn  Thị ", "nguyen thi"),
        ("MA'RUF", "maruf"),
        ("Ma’ruf", "maruf"),
        ("Ñoño", "nono"),
        ("SITI NURHALIZA", "siti nurhaliza"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@given(st.text())
def test_name_check_never_crashes(text: str) -> None:
    value, issues = check_name(text)
    assert (value is None) == bool(issues)
    assert all(i.code in MESSAGES for i in issues)


@pytest.mark.parametrize(
    "text",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890", "0812 3456 7890"],
)
def test_mobile_numbers_normalize_to_e164(text: str) -> None:
    assert check_phone(text) == ("+6281234567890", [])


def test_landline_is_accepted_with_a_warning() -> None:
    value, issues = check_phone("(021) 555-1234")
    assert value == "+62215551234"
    assert [(i.code, i.severity) for i in issues] == [("phone.not_mobile", "warning")]


def test_unknown_mobile_prefix_is_a_warning() -> None:
    value, issues = check_phone("0810 1234 5678")
    assert value == "+6281012345678"
    assert codes(issues) == ["phone.prefix_unknown"]
    assert dict(issues[0].params) == {"prefix": "0810"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", ["phone.format"]),
        ("0812-3456-7890 ext 1", ["phone.format"]),
        ("1234567", ["phone.format"]),
        ("0812", ["phone.length"]),
    ],
)
def test_bad_phone_numbers(text: str, expected: list[str]) -> None:
    value, issues = check_phone(text, field="next_of_kin_phone")
    assert value is None
    assert codes(issues) == expected
    assert issues[0].field == "next_of_kin_phone"


def test_phone_length_counts_national_digits() -> None:
    assert dict(check_phone("+62 812")[1][0].params) == {"count": 4}


def test_blank_phone_is_optional_unless_required() -> None:
    assert check_phone(None) == (None, [])
    assert check_phone("  ") == (None, [])
    assert codes(check_phone("", required=True)[1]) == ["phone.required"]


@given(st.text())
def test_phone_check_never_crashes(text: str) -> None:
    value, issues = check_phone(text)
    assert all(i.code in MESSAGES for i in issues)
    assert value is None or value.startswith("+62")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("5301052101200001", "5301052101200001", []),
        ("5301.0521.0120.0001", "5301052101200001", []),
        ("5301 0521 0120 0001", "5301052101200001", []),
        (None, None, []),
        ("", None, []),
        ("530105210120001", None, ["kk.length"]),
        ("53010521012O0001", None, ["kk.not_digits"]),
        ("9901052101200001", None, ["kk.province_unknown"]),
        ("5300052101200001", None, ["kk.regency_zero"]),
        ("5301002101200001", None, ["kk.district_zero"]),
        ("5301052101200000", None, ["kk.serial_zero"]),
        ("5301992101200001", "5301992101200001", ["kk.region_unknown"]),
    ],
)
def test_kk(text: str | None, value: str | None, expected: list[str]) -> None:
    found, issues = check_kk(text)
    assert found == value
    assert codes(issues) == expected
    assert all(i.field == "kk_number" for i in issues)


def test_kk_region_warning_is_not_an_error() -> None:
    _, issues = check_kk("5301992101200001")
    assert issues[0].severity == "warning"
    assert dict(issues[0].params) == {"region": "53.01.99"}


@pytest.mark.parametrize(
    ("born", "expected", "severity"),
    [
        (date(1990, 1, 1), [], None),
        (date(2010, 6, 1), [], None),  # 15 today
        (date(2010, 6, 2), ["birth_date.young"], "warning"),
        (date(1954, 6, 2), [], None),  # 70, turning 71 tomorrow
        (date(1954, 6, 1), ["birth_date.old"], "warning"),  # 71 today
        (date(2025, 6, 2), ["birth_date.future"], "error"),
        (date(1899, 12, 31), ["birth_date.before_1900"], "error"),
        (None, [], None),
    ],
)
def test_birth_date(born: date | None, expected: list[str], severity: str | None) -> None:
    issues = check_birth_date(born, today=TODAY)
    assert codes(issues) == expected
    assert [i.severity for i in issues] == ([severity] if severity else [])


def test_age_warnings_carry_the_age() -> None:
    assert dict(check_birth_date(date(2015, 1, 1), today=TODAY)[0].params) == {
        "age": 10,
        "minimum": 15,
    }
    assert dict(check_birth_date(date(1940, 1, 1), today=TODAY)[0].params) == {
        "age": 85,
        "maximum": 70,
    }


@pytest.mark.parametrize(
    ("value", "ok"), [(None, True), (1, True), (10, True), (0, False), (11, False)]
)
def test_decile(value: int | None, ok: bool) -> None:
    issues = check_decile(value)
    assert (issues == []) is ok
    if not ok:
        assert codes(issues) == ["decile.range"] and issues[0].field == "decile"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("1", "001", []),
        ("01", "001", []),
        ("012", "012", []),
        (" 7 ", "007", []),
        ("RT 01", "001", []),
        ("rw.3", "003", []),
        (None, None, []),
        ("", None, []),
        ("1234", None, ["rt_rw.format"]),
        ("satu", None, ["rt_rw.format"]),
        ("1/2", None, ["rt_rw.format"]),
        ("000", None, ["rt_rw.zero"]),
    ],
)
def test_rt_rw(text: str | None, value: str | None, expected: list[str]) -> None:
    found, issues = check_rt_rw(text, "rt")
    assert found == value
    assert codes(issues) == expected
