"""Every issue code the domain emits has a message in both languages with matching fields."""

from __future__ import annotations

import string
from datetime import date

import pytest

from desa_desktop.core.domain import contributions, nik, people, regions
from desa_desktop.core.domain.contributions import Program
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.messages import MESSAGES, display_date

ON = date(2025, 6, 1)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def emitted_issues() -> list[Issue]:
    """Issues from inputs chosen to trigger every rule at least once."""
    issues: list[Issue] = []
    for text in [
        "",
        "12a4",
        "123",
        "9901054507900001",
        "5300054507900001",
        "5301004507900001",
        "5301993507900001",
        "5301054507900000",
    ]:
        issues += nik.check_nik(text, today=ON).issues
    issues += nik.check_nik("5301054507900001", birth_date=date(1991, 1, 1), sex="L").issues
    for name in ["", "12345", "Agus 2", "<b>", "A" * 101]:
        issues += people.check_name(name)[1]
    for phone in ["abc", "0812", "(021) 555-1234", "0810 1234 5678"]:
        issues += people.check_phone(phone)[1]
    issues += people.check_phone(None, required=True)[1]
    for kk in ["53x", "123", "9901050101200001", "5300000101200001", "5301990101200000"]:
        issues += people.check_kk(kk)[1]
    for born in [date(2030, 1, 1), date(1800, 1, 1), date(2020, 1, 1), date(1930, 1, 1)]:
        issues += people.check_birth_date(born, today=ON)
    issues += people.check_decile(11)
    issues += people.check_rt_rw("1234", "rt")[1] + people.check_rt_rw("0", "rw")[1]
    for code in ["53", "53.00.05.2010", "53.01.05.5010", "99.01.05.2010", "53.01.05.2999"]:
        issues += regions.normalize_village_code(code)[1]
    issues += contributions.bpu_contribution(1, Program.JKK_JKM, 2, on=ON)[1]
    issues += contributions.bpu_contribution(30_000_000, Program.JKK_JKM, 1, on=ON)[1]
    issues += contributions.bpu_contribution(1_000_000, Program.JKK_JKM, 1, on=date(2000, 1, 1))[1]
    issues += contributions.official_contribution(0, Program.JKK_JKM, on=ON, months=0)[1]
    issues += contributions.official_contribution(
        1, Program.JKK_JKM, on=ON, position_category="perangkat"
    )[1]
    return issues


ISSUES = emitted_issues()


def test_every_emitted_code_has_a_message() -> None:
    missing = {i.code for i in ISSUES} - MESSAGES.keys()
    assert not missing


def test_every_message_is_used() -> None:
    unused = MESSAGES.keys() - {i.code for i in ISSUES}
    assert not unused


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_present_with_the_same_placeholders(code: str) -> None:
    indonesian, english = MESSAGES[code]
    assert indonesian.strip() and english.strip()
    assert indonesian != english
    assert placeholders(indonesian) == placeholders(english)
    assert code.count(".") == 1 and code == code.lower()


@pytest.mark.parametrize("issue", ISSUES, ids=lambda i: f"{i.field}:{i.code}")
def test_messages_render_with_the_emitted_params(issue: Issue) -> None:
    params = dict(issue.params)
    for template in MESSAGES[issue.code]:
        assert placeholders(template) == params.keys()
        rendered = template.format(**params)
        assert "{" not in rendered and rendered.endswith((".", ")"))


def test_display_date() -> None:
    assert display_date(date(1990, 7, 5)) == "05-07-1990"


def test_issue_renders_through_the_core_catalogue() -> None:
    issue = Issue.error("nik", "nik.length", count=15)
    assert issue.message() == "NIK harus 16 digit angka (tertulis 15)."
    assert issue.message("en") == "The NIK must be 16 digits (15 given)."
