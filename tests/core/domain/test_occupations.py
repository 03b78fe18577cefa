"""The Dukcapil occupation list: loading, lookup by code, name or alias, and search."""

from __future__ import annotations

import pytest

from desa_desktop.core.domain.occupations import (
    Occupation,
    find_occupation,
    occupations,
    search_occupations,
)


def test_list_is_complete_and_well_formed() -> None:
    found = occupations()
    assert len(found) == 89
    assert [o.code for o in found] == [f"{n:02d}" for n in range(1, 90)]
    assert len({o.name.casefold() for o in found}) == 89
    assert found[0] == Occupation("01", "Belum/Tidak Bekerja")
    assert found[-1] == Occupation("89", "Lainnya")


@pytest.mark.parametrize(
    "name",
    [
        "Belum/Tidak Bekerja",
        "Mengurus Rumah Tangga",
        "Pelajar/Mahasiswa",
        "Petani/Pekebun",
        "Nelayan/Perikanan",
        "Perdagangan",
        "Buruh Harian Lepas",
        "Buruh Tani/Perkebunan",
        "Ustadz/Mubaligh",
        "Pedagang",
        "Perangkat Desa",
        "Kepala Desa",
        "Wiraswasta",
        "Sopir",
        "Lainnya",
    ],
)
def test_official_names_are_present(name: str) -> None:
    found = find_occupation(name)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("09", "09"),
        ("9", "09"),
        ("petani/pekebun", "09"),
        ("PETANI / PEKEBUN", "09"),
        ("  nelayan/perikanan ", "11"),
        ("guru ngaji", "45"),
        ("Guru", "65"),
        ("ojek", "14"),
        ("ibu rumah tangga", "02"),
        ("PNS", "05"),
    ],
)
def test_find_occupation(text: str, code: str) -> None:
    found = find_occupation(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text", [None, "", "00", "90", "123", "astronot"])
def test_find_occupation_unknown(text: str | None) -> None:
    assert find_occupation(text) is None


def test_search_ranks_name_matches_before_alias_matches() -> None:
    names = [o.name for o in search_occupations("guru")]
    assert names[0] == "Guru"
    assert "Ustadz/Mubaligh" in names  # via the alias "guru ngaji"
    assert names.index("Ustadz/Mubaligh") < names.index("Mengurus Rumah Tangga")


def test_search_finds_words_inside_names() -> None:
    names = [o.name for o in search_occupations("TANI")]
    # A word of the name first, then the alias "tani" of Petani/Pekebun.
    assert names[:2] == ["Buruh Tani/Perkebunan", "Petani/Pekebun"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("nelayan", "Nelayan/Perikanan"),
        ("penjaga makam", "Lainnya"),
        ("petugas kebersihan", "Buruh Harian Lepas"),
        ("bumdes", "Karyawan Swasta"),
        ("pedagang", "Pedagang"),
    ],
)
def test_search_finds_informal_work(query: str, name: str) -> None:
    assert name in [o.name for o in search_occupations(query)]


def test_search_limit_and_blank() -> None:
    assert len(search_occupations("a", limit=5)) == 5
    assert search_occupations("  ") == []
