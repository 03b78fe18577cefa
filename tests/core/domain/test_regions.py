"""Kemendagri regions: lookup, browsing, search and village-code checks."""

from __future__ import annotations

import pytest
from lokal import wilayah

from desa_desktop.core.domain.regions import (
    Region,
    children,
    get_region,
    normalize_village_code,
    provinces,
    region_name,
    search_regions,
    village_names,
)

# Desa Bolok, Kecamatan Kupang Barat, Kabupaten Kupang (DOMAIN's example), looked up in lokal.
BOLOK = next(w.code for w in wilayah.list_wilayah("53.01.05") if w.name == "Bolok")


def test_bolok_is_where_domain_says() -> None:
    assert BOLOK == "53.01.05.2010"


def test_get_region_accepts_dotted_and_bare_codes() -> None:
    kupang = get_region("53.01")
    assert kupang == get_region("5301")
    assert kupang is not None
    assert (kupang.name, kupang.level, kupang.kind) == ("Kabupaten Kupang", 2, "kabupaten")
    assert kupang.path == "Kabupaten Kupang, Nusa Tenggara Timur"


def test_village_region() -> None:
    bolok = get_region(BOLOK.replace(".", ""))
    assert bolok == Region(
        code=BOLOK,
        name="Bolok",
        level=4,
        kind="desa",
        path="Bolok, Kupang Barat, Kabupaten Kupang, Nusa Tenggara Timur",
        postal_code=bolok.postal_code if bolok else None,
    )


@pytest.mark.parametrize("code", ["", "5", "53.1", "53.01.05.201", "abc", "53-01", "99"])
def test_get_region_unknown_or_malformed(code: str) -> None:
    assert get_region(code) is None


def test_region_name() -> None:
    assert region_name("53.01.05") == "Kupang Barat"
    assert region_name("nonsense") is None


def test_provinces() -> None:
    found = provinces()
    assert len(found) == 38
    assert [p.name for p in found] == sorted((p.name for p in found), key=str.casefold)
    assert all(p.level == 1 and p.kind == "provinsi" for p in found)


def test_children_sorted_by_name() -> None:
    villages = children("53.01.05")
    names = [v.name for v in villages]
    assert names == sorted(names, key=str.casefold)
    assert "Bolok" in names
    assert {v.kind for v in villages} == {"desa", "kelurahan"}
    assert children("530105") == villages
    assert children("nonsense") == []


def test_papua_districts_are_distrik() -> None:
    regency = children("91")[0]
    assert {d.kind for d in children(regency.code)} == {"distrik"}


def test_search_is_case_insensitive() -> None:
    found = search_regions("KUPANG", level=2)
    assert {r.code for r in found} >= {"53.01", "53.71"}


def test_search_villages_within_a_regency() -> None:
    found = search_regions("bolok", level=4, within="53.01")
    assert [r.code for r in found] == [BOLOK]


def test_search_limit_and_bad_arguments() -> None:
    assert len(search_regions("a", level=3, limit=5)) == 5
    assert search_regions("bolok", within="??") == []
    with pytest.raises(ValueError):
        search_regions("kupang", level=5)


@pytest.mark.parametrize("text", [BOLOK, BOLOK.replace(".", ""), f"  {BOLOK} "])
def test_normalize_village_code(text: str) -> None:
    assert normalize_village_code(text) == (BOLOK, [])


def test_blank_village_code() -> None:
    assert normalize_village_code(None) == (None, [])
    assert normalize_village_code(" ") == (None, [])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("53.01.05", "village_code.format"),
        ("530105201", "village_code.format"),
        ("53.01.05.20100", "village_code.format"),
        ("Bolok", "village_code.format"),
        ("53 01 05 2010", "village_code.format"),
        ("53.00.05.2010", "village_code.zero_part"),
        ("53.01.00.2010", "village_code.zero_part"),
        ("53.01.05.0000", "village_code.zero_part"),
        ("53.01.05.5010", "village_code.type_digit"),
        ("99.01.05.2010", "village_code.province_unknown"),
    ],
)
def test_bad_village_codes(text: str, code: str) -> None:
    value, issues = normalize_village_code(text, field="kode_desa")
    assert value is None
    assert [(i.field, i.code, i.severity) for i in issues] == [("kode_desa", code, "error")]


def test_unknown_village_is_a_warning() -> None:
    value, issues = normalize_village_code("53.01.05.2999")
    assert value == "53.01.05.2999"
    assert [(i.code, i.severity) for i in issues] == [("village_code.unknown", "warning")]
    assert dict(issues[0].params) == {"village": "53.01.05.2999"}


def test_village_names() -> None:
    assert village_names(BOLOK) == (
        "Bolok",
        "Kupang Barat",
        "Kabupaten Kupang",
        "Nusa Tenggara Timur",
    )
    assert village_names("53.01.05.2999") == (
        None,
        "Kupang Barat",
        "Kabupaten Kupang",
        "Nusa Tenggara Timur",
    )
