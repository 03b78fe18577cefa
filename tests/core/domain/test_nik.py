"""NIK structure: valid NIKs built from real parts, one broken part at a time, any text."""

from __future__ import annotations

from datetime import date, timedelta

import lokal
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desa_desktop.core.domain.messages import MESSAGES
from desa_desktop.core.domain.nik import NikCheck, age_on, check_nik
from desa_desktop.core.domain.regions import children, provinces

TODAY = date(2025, 6, 1)
# Real district codes of a few provinces (all of them would slow collection for little gain).
DISTRICTS = [
    d.code
    for p in provinces()
    if p.code in {"11", "32", "53", "91", "96"}
    for r in children(p.code)
    for d in children(r.code)
]
UNKNOWN_PROVINCES = [f"{n:02d}" for n in range(100) if f"{n:02d}" not in lokal.PROVINCES]


def build_nik(district: str, born: date, sex: str, serial: int) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{district.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def codes(check: NikCheck) -> list[str]:
    return [i.code for i in check.issues]


valid_parts = st.tuples(
    st.sampled_from(DISTRICTS),
    # Within the last 99 years the century is unambiguous.
    st.dates(min_value=TODAY.replace(year=TODAY.year - 99), max_value=TODAY),
    st.sampled_from(["L", "P"]),
    st.integers(1, 9999),
)


@given(valid_parts)
def test_valid_nik_is_accepted_and_read(parts: tuple[str, date, str, int]) -> None:
    district, born, sex, serial = parts
    check = check_nik(build_nik(district, born, sex, serial), today=TODAY)
    assert check.issues == []
    assert check.facts is not None
    assert check.facts.birth_date == born
    assert check.facts.sex == sex
    assert check.facts.district_code == district
    assert check.facts.district is not None


@given(valid_parts)
def test_matching_typed_details_give_no_warning(parts: tuple[str, date, str, int]) -> None:
    district, born, sex, serial = parts
    nik = build_nik(district, born, sex, serial)
    assert check_nik(nik, birth_date=born, sex=sex.lower(), today=TODAY).issues == []


@given(valid_parts, st.sampled_from(UNKNOWN_PROVINCES))
def test_unknown_province(parts: tuple[str, date, str, int], province: str) -> None:
    nik = province + build_nik(*parts)[2:]
    assert codes(check_nik(nik, today=TODAY)) == ["nik.province_unknown"]


@given(valid_parts)
def test_zero_regency_and_district(parts: tuple[str, date, str, int]) -> None:
    nik = build_nik(*parts)
    assert codes(check_nik(nik[:2] + "00" + nik[4:], today=TODAY)) == ["nik.regency_zero"]
    assert codes(check_nik(nik[:4] + "00" + nik[6:], today=TODAY)) == ["nik.district_zero"]


bad_days = st.sampled_from([0, *range(32, 41), *range(72, 100)])


@given(valid_parts, bad_days)
def test_impossible_day(parts: tuple[str, date, str, int], day: int) -> None:
    nik = build_nik(*parts)
    check = check_nik(f"{nik[:6]}{day:02d}{nik[8:]}", today=TODAY)
    assert codes(check) == ["nik.birth_date_invalid"]
    assert check.facts is not None and check.facts.birth_date is None


@given(valid_parts, st.sampled_from([0, *range(13, 100)]))
def test_impossible_month(parts: tuple[str, date, str, int], month: int) -> None:
    nik = build_nik(*parts)
    assert codes(check_nik(f"{nik[:8]}{month:02d}{nik[10:]}", today=TODAY)) == [
        "nik.birth_date_invalid"
    ]


@given(valid_parts)
def test_zero_serial(parts: tuple[str, date, str, int]) -> None:
    nik = build_nik(*parts)
    assert codes(check_nik(nik[:12] + "0000", today=TODAY)) == ["nik.serial_zero"]


@given(valid_parts, st.integers(1, 30))
def test_wrong_length_names_the_count(parts: tuple[str, date, str, int], length: int) -> None:
    nik = (build_nik(*parts) * 2)[:length]
    if length == 16:
        return
    check = check_nik(nik, today=TODAY)
    assert codes(check) == ["nik.length"]
    assert dict(check.issues[0].params) == {"count": length}
    assert check.nik is None and check.facts is None


@given(valid_parts, st.integers(0, 15), st.characters(categories=["L"]))
def test_letter_in_nik(parts: tuple[str, date, str, int], index: int, letter: str) -> None:
    nik = build_nik(*parts)
    check = check_nik(nik[:index] + letter + nik[index + 1 :], today=TODAY)
    assert codes(check) == ["nik.not_digits"]


@given(st.text())
@settings(max_examples=300)
def test_never_crashes_on_any_text(text: str) -> None:
    check = check_nik(text, birth_date=date(1990, 1, 1), sex="L", today=TODAY)
    assert all(i.code in MESSAGES for i in check.issues)
    assert (check.nik is None) == (check.facts is None)


@given(st.from_regex(r"[0-9]{16}", fullmatch=True))
def test_agrees_with_lokal_on_validity(nik: str) -> None:
    ours = check_nik(nik, today=TODAY)
    assert ours.ok == lokal.parse_nik(nik, reference_date=TODAY).valid


def test_separators_are_ignored() -> None:
    check = check_nik(" 5301.05-4507 90 0001 ", today=TODAY)
    assert check.nik == "5301054507900001"
    assert check.issues == []


def test_reads_kupang_region_names() -> None:
    facts = check_nik("5301054507900001", today=TODAY).facts
    assert facts is not None
    assert (facts.province, facts.regency, facts.district) == (
        "Nusa Tenggara Timur",
        "Kabupaten Kupang",
        "Kupang Barat",
    )
    assert (facts.province_code, facts.regency_code, facts.district_code) == (
        "53",
        "53.01",
        "53.01.05",
    )
    assert facts.serial == "0001"


def test_empty_is_required() -> None:
    assert codes(check_nik("  ", today=TODAY)) == ["nik.required"]


def test_region_missing_from_todays_list_is_a_warning() -> None:
    check = check_nik("5301994507900001", today=TODAY)
    assert [(i.code, i.severity) for i in check.issues] == [("nik.region_unknown", "warning")]
    assert dict(check.issues[0].params) == {"region": "53.01.99"}
    assert check.ok


def test_birth_date_mismatch_is_a_warning_with_both_dates() -> None:
    check = check_nik("5301050507900001", birth_date=date(1990, 7, 6), today=TODAY)
    assert [(i.field, i.code, i.severity) for i in check.issues] == [
        ("nik", "nik.birth_date_mismatch", "warning")
    ]
    assert dict(check.issues[0].params) == {"nik_date": "05-07-1990", "typed_date": "06-07-1990"}


def test_sex_mismatch_is_a_warning() -> None:
    check = check_nik("5301054507900001", sex="L", today=TODAY)
    assert codes(check) == ["nik.sex_mismatch"]
    assert dict(check.issues[0].params) == {"nik_sex": "P", "typed_sex": "L"}
    assert check.ok


@pytest.mark.parametrize(
    ("nik", "typed", "expected"),
    [
        ("5301050101500001", None, date(1950, 1, 1)),  # 2050 is in the future
        ("5301050101200001", None, date(2020, 1, 1)),
        ("5301050101200001", date(1920, 1, 1), date(1920, 1, 1)),  # typed century wins
        ("5301051512250001", None, date(1925, 12, 15)),  # 15-12-2025 is after TODAY
        ("5301050105250001", None, date(2025, 5, 1)),
        ("5301052902000001", None, date(2000, 2, 29)),  # 2000 is a leap year
    ],
)
def test_century_inference(nik: str, typed: date | None, expected: date) -> None:
    facts = check_nik(nik, birth_date=typed, today=TODAY).facts
    assert facts is not None and facts.birth_date == expected


def test_february_29_needs_a_leap_year() -> None:
    assert codes(check_nik("5301052902010001", today=TODAY)) == ["nik.birth_date_invalid"]
    assert codes(check_nik("5301056902040001", today=TODAY)) == []  # woman, 29-02-2004


def test_unknown_typed_sex_is_ignored() -> None:
    assert check_nik("5301054507900001", sex="X", today=TODAY).issues == []


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1990, 7, 5), date(2025, 7, 4), 34),
        (date(1990, 7, 5), date(2025, 7, 5), 35),
        (date(2000, 2, 29), date(2025, 2, 28), 24),
        (date(2000, 2, 29), date(2025, 3, 1), 25),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_default_today_is_real_today() -> None:
    yesterday = date.today() - timedelta(days=1)
    nik = build_nik("53.01.05", yesterday, "L", 1)
    facts = check_nik(nik).facts
    assert facts is not None and facts.birth_date == yesterday
