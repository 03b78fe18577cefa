"""Contribution amounts, the dated rate table and rupiah formatting."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desa_desktop.core.domain.contributions import (
    Contribution,
    ContributionLine,
    Program,
    bpu_contribution,
    format_rupiah,
    official_contribution,
    parse_program,
    rate_share,
    rupiah_in_words,
)
from desa_desktop.core.domain.rates import RateTable, RateTableError, load_rate_table
from desa_desktop.resources import resource_path

ON = date(2025, 6, 1)


def bpu(income: int, program: Program, months: int, **kw: Any) -> Contribution:
    contribution, issues = bpu_contribution(income, program, months, on=kw.pop("on", ON), **kw)
    assert contribution is not None, issues
    return contribution


# --- the figures DOMAIN says must hold -------------------------------------------------


def test_cheapest_package_is_16800_a_month() -> None:
    c = bpu(1_000_000, Program.JKK_JKM, 1)
    assert [(line.programme, line.payer, line.monthly) for line in c.lines] == [
        ("JKK", "peserta", 10_000),
        ("JKM", "peserta", 6_800),
    ]
    assert (c.monthly_total, c.total, c.base, c.months) == (16_800, 16_800, 1_000_000, 1)
    assert c.rate_version == "2015-07-pp44"


def test_with_jht_is_36800_a_month() -> None:
    c = bpu(1_000_000, Program.JKK_JKM_JHT, 1)
    assert c.lines[-1] == ContributionLine("JHT", "peserta", 20_000, 1)
    assert c.total == 36_800


def test_three_months_is_50400() -> None:
    assert bpu(1_000_000, Program.JKK_JKM, 3).total == 50_400


@pytest.mark.parametrize(
    ("program", "months", "total"),
    [
        (Program.JKK_JKM, 6, 100_800),
        (Program.JKK_JKM, 12, 201_600),
        (Program.JKK_JKM_JHT, 6, 220_800),
        (Program.JKK_JKM_JHT, 12, 441_600),
    ],
)
def test_longer_periods(program: Program, months: int, total: int) -> None:
    c = bpu(1_000_000, program, months)
    assert c.total == total
    assert c.total_by_payer() == {"peserta": total}
    assert all(line.total == line.monthly * months for line in c.lines)


# --- brackets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("income", "base", "jkk"),
    [
        (1_000_000, 1_000_000, 10_000),
        (1_499_999, 1_000_000, 10_000),
        (1_500_000, 1_500_000, 15_000),
        (3_250_000, 3_000_000, 30_000),
        (20_700_000, 20_500_000, 205_000),
    ],
)
def test_income_uses_the_lower_bound_of_its_bracket(income: int, base: int, jkk: int) -> None:
    contribution, issues = bpu_contribution(income, Program.JKK_JKM, 1, on=ON)
    assert issues == []
    assert contribution is not None
    assert (contribution.base, contribution.lines[0].monthly) == (base, jkk)


def test_income_above_the_table_uses_the_top_bracket_with_a_warning() -> None:
    contribution, issues = bpu_contribution(25_000_000, Program.JKK_JKM, 1, on=ON)
    assert contribution is not None and contribution.base == 20_500_000
    assert [(i.field, i.code, i.severity) for i in issues] == [
        ("income", "income.above_top_bracket", "warning")
    ]
    assert dict(issues[0].params) == {"income": "Rp25.000.000", "base": "Rp20.500.000"}


def test_income_below_minimum_is_an_error() -> None:
    contribution, issues = bpu_contribution(999_999, Program.JKK_JKM, 1, on=ON)
    assert contribution is None
    assert [(i.field, i.code, i.severity) for i in issues] == [
        ("income", "income.below_minimum", "error")
    ]
    assert dict(issues[0].params) == {"income": "Rp999.999", "minimum": "Rp1.000.000"}


@pytest.mark.parametrize("months", [0, 2, 4, 24, -1])
def test_period_not_allowed(months: int) -> None:
    contribution, issues = bpu_contribution(1_000_000, Program.JKK_JKM, months, on=ON)
    assert contribution is None
    assert [(i.field, i.code) for i in issues] == [("payment_months", "payment_months.not_allowed")]
    assert dict(issues[0].params) == {"months": months, "allowed": "1, 3, 6, 12"}


def test_both_errors_are_reported_together() -> None:
    _, issues = bpu_contribution(0, Program.JKK_JKM, 2, on=ON)
    assert [i.code for i in issues] == ["income.below_minimum", "payment_months.not_allowed"]


def test_no_rate_version_for_the_day() -> None:
    contribution, issues = bpu_contribution(1_000_000, Program.JKK_JKM, 1, on=date(2010, 1, 1))
    assert contribution is None
    assert [(i.code, dict(i.params)) for i in issues] == [
        ("rates.no_version", {"date": "01-01-2010"})
    ]


# --- officials -----------------------------------------------------------------------

# Per line: JKK 0.24%, JKM 0.30%, JHT 3.7% village government + 2% official, of the
# siltap, rounded half up. Worked by hand, e.g. 2,022,200 x 0.24% = 4,853.28 -> 4,853.
OFFICIAL_CASES = [
    ("kepala_desa", 2_426_640, (5_824, 7_280, 89_786, 48_533)),  # 5,823.936 7,279.92 ...
    ("sekretaris_desa", 2_224_420, (5_339, 6_673, 82_304, 44_488)),  # 5,338.608 6,673.26 ...
    ("perangkat", 2_022_200, (4_853, 6_067, 74_821, 40_444)),  # 4,853.28 6,066.6 ...
]


@pytest.mark.parametrize(("category", "siltap", "amounts"), OFFICIAL_CASES)
def test_officials_at_minimum_siltap(
    category: str, siltap: int, amounts: tuple[int, int, int, int]
) -> None:
    contribution, issues = official_contribution(
        siltap, Program.JKK_JKM_JHT, on=ON, position_category=category
    )
    assert issues == []
    assert contribution is not None
    jkk, jkm, jht_village, jht_official = amounts
    assert [(line.programme, line.payer, line.monthly) for line in contribution.lines] == [
        ("JKK", "pemerintah_desa", jkk),
        ("JKM", "pemerintah_desa", jkm),
        ("JHT", "pemerintah_desa", jht_village),
        ("JHT", "perangkat", jht_official),
    ]
    assert contribution.base == siltap
    assert contribution.total_by_payer() == {
        "pemerintah_desa": jkk + jkm + jht_village,
        "perangkat": jht_official,
    }


def test_official_without_jht_and_for_several_months() -> None:
    contribution, _ = official_contribution(2_022_200, Program.JKK_JKM, on=ON, months=3)
    assert contribution is not None
    assert [line.programme for line in contribution.lines] == ["JKK", "JKM"]
    assert contribution.monthly_total == 4_853 + 6_067
    assert contribution.total == (4_853 + 6_067) * 3


def test_rounding_is_half_up_not_half_even() -> None:
    # 2,024,375 x 0.24% = 4,858.5 exactly: half up gives 4,859 (half-even would give 4,858).
    contribution, _ = official_contribution(2_024_375, Program.JKK_JKM, on=ON)
    assert contribution is not None and contribution.lines[0].monthly == 4_859
    assert rate_share(2_024_375, 24) == 4_859
    assert rate_share(1, 5_000) == 1
    assert rate_share(1, 4_999) == 0


def test_siltap_below_minimum_is_a_warning_naming_the_minimum() -> None:
    contribution, issues = official_contribution(
        1_500_000, Program.JKK_JKM, on=ON, position_category="kepala_desa"
    )
    assert contribution is not None
    assert [(i.field, i.code, i.severity) for i in issues] == [
        ("siltap", "siltap.below_minimum", "warning")
    ]
    assert dict(issues[0].params) == {"siltap": "Rp1.500.000", "minimum": "Rp2.426.640"}


def test_no_minimum_check_without_category() -> None:
    assert official_contribution(500_000, Program.JKK_JKM, on=ON)[1] == []


@pytest.mark.parametrize("siltap", [0, -5])
def test_siltap_must_be_positive(siltap: int) -> None:
    contribution, issues = official_contribution(siltap, Program.JKK_JKM, on=ON)
    assert contribution is None
    assert [(i.field, i.code) for i in issues] == [("siltap", "siltap.not_positive")]


def test_official_months_must_be_positive() -> None:
    _, issues = official_contribution(2_022_200, Program.JKK_JKM, on=ON, months=0)
    assert [i.code for i in issues] == ["payment_months.not_positive"]


def test_unknown_category_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        official_contribution(2_022_200, Program.JKK_JKM, on=ON, position_category="bpd")


# --- the rate table ------------------------------------------------------------------


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rates", "rates.json").read_text("utf-8"))
    return data


def relief_table() -> RateTable:
    data = shipped()
    relief = json.loads(json.dumps(data["versions"][0]))
    relief.update(id="2025-09-relief", valid_from="2025-09-01", valid_to="2026-02-28")
    relief["bpu"].update(jkk_bp=50, jkm_flat=3_400)
    data["versions"].append(relief)
    return RateTable.from_json(json.dumps(data))


@pytest.mark.parametrize(
    ("day", "version", "total"),
    [
        (date(2025, 8, 31), "2015-07-pp44", 16_800),
        (date(2025, 9, 1), "2025-09-relief", 8_400),
        (date(2026, 2, 28), "2025-09-relief", 8_400),
        (date(2026, 3, 1), "2015-07-pp44", 16_800),
    ],
)
def test_a_later_version_takes_effect_on_its_valid_from(
    day: date, version: str, total: int
) -> None:
    c = bpu(1_000_000, Program.JKK_JKM, 1, on=day, table=relief_table())
    assert (c.rate_version, c.total) == (version, total)


def test_shipped_table_documents_its_uncertainty() -> None:
    version = load_rate_table().version_on(ON)
    assert version.valid_to is None
    assert version.sources and version.uncertain
    assert version.bpu.payment_months == (1, 3, 6, 12)
    assert version.bpu.top_income == 20_700_000
    assert version.officials.minimum_siltap_for("perangkat") == 2_022_200
    assert load_rate_table() is load_rate_table()  # read once


def test_load_rate_table_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "rates.json"
    path.write_text(json.dumps(shipped()), encoding="utf-8")
    assert load_rate_table(path) == load_rate_table()


def _broken(change: Any) -> str:
    data = shipped()
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        _broken(lambda d: d.update(format=2)),
        _broken(lambda d: d.update(versions=[])),
        _broken(lambda d: d["versions"].append(d["versions"][0])),
        _broken(lambda d: d["versions"][0].update(valid_to="2015-01-01")),
        _broken(lambda d: d["versions"][0].update(valid_from="1 Juli 2015")),
        _broken(lambda d: d["versions"][0]["bpu"].update(jkk_bp=1.0)),
        _broken(lambda d: d["versions"][0]["bpu"].update(jkk_bp=10_001)),
        _broken(lambda d: d["versions"][0]["bpu"].update(jkm_flat=-1)),
        _broken(lambda d: d["versions"][0]["bpu"].update(payment_months=[1, 1])),
        _broken(lambda d: d["versions"][0]["bpu"].update(minimum_income=500_000)),
        _broken(lambda d: d["versions"][0]["bpu"]["brackets"].pop(3)),
        _broken(lambda d: d["versions"][0]["officials"]["minimum_siltap"].pop("perangkat")),
        _broken(lambda d: d["versions"][0].pop("officials")),
    ],
)
def test_malformed_tables_are_rejected(text: str) -> None:
    with pytest.raises(RateTableError):
        RateTable.from_json(text)


# --- programmes and rupiah -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JKK-JKM", Program.JKK_JKM),
        ("jkk jkm", Program.JKK_JKM),
        ("JKK_JKM", Program.JKK_JKM),
        ("JKK-JKM-JHT", Program.JKK_JKM_JHT),
        ("jkk jkm jht", Program.JKK_JKM_JHT),
        (" Jkk + Jkm + Jht ", Program.JKK_JKM_JHT),
        ("JKM-JKK", Program.JKK_JKM),
        ("JKK", None),
        ("JHT", None),
        ("JKK-JKK-JKM", None),
        ("JKK-JKM-JP", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_program(text: str | None, expected: Program | None) -> None:
    assert parse_program(text) is expected


def test_program_values_match_the_import_template() -> None:
    assert [p.value for p in Program] == ["JKK-JKM", "JKK-JKM-JHT"]
    assert Program.JKK_JKM_JHT.includes_jht and not Program.JKK_JKM.includes_jht


def test_rupiah_formatting() -> None:
    assert format_rupiah(16_800) == "Rp16.800"
    assert format_rupiah(2_426_640) == "Rp2.426.640"
    assert format_rupiah(0) == "Rp0"
    assert rupiah_in_words(16_800) == "enam belas ribu delapan ratus rupiah"
    assert rupiah_in_words(1_000) == "seribu rupiah"
