"""Positions of village officials: parsing, labels, perangkat and siltap categories."""

from __future__ import annotations

import pytest

from desa_desktop.core.domain.positions import (
    Position,
    is_perangkat,
    parse_position,
    position_label,
    siltap_category,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kepala_desa", Position.KEPALA_DESA),
        ("Kepala Desa", Position.KEPALA_DESA),
        ("KADES", Position.KEPALA_DESA),
        ("Sekdes", Position.SEKRETARIS_DESA),
        ("sekretaris desa", Position.SEKRETARIS_DESA),
        ("Kepala Urusan", Position.KAUR),
        ("Kaur Keuangan", Position.KAUR),
        ("kaur_tata_usaha", Position.KAUR),
        ("Kepala Urusan Perencanaan", Position.KAUR),
        ("Kasi Pemerintahan", Position.KASI),
        ("Kepala Seksi Kesejahteraan", Position.KASI),
        ("kasi", Position.KASI),
        ("Kadus", Position.KEPALA_DUSUN),
        ("Kepala Dusun", Position.KEPALA_DUSUN),
        ("Kepala Dusun II", Position.KEPALA_DUSUN),
        ("Kepala Kewilayahan", Position.KEPALA_DUSUN),
        ("Staf", Position.STAF),
        ("staf_desa", Position.STAF),
        ("Anggota BPD", Position.ANGGOTA_BPD),
        ("anggota_bpd", Position.ANGGOTA_BPD),
        ("Ketua RT", Position.KETUA_RT),
        ("ketua_rw", Position.KETUA_RW),
        ("  KETUA   RW ", Position.KETUA_RW),
        ("Village head", Position.KEPALA_DESA),
    ],
)
def test_parse_position(text: str, expected: Position) -> None:
    assert parse_position(text) is expected


@pytest.mark.parametrize("text", [None, "", "  ", "lurah", "bupati", "kepala", "guru"])
def test_unknown_positions(text: str | None) -> None:
    assert parse_position(text) is None


def test_every_code_and_label_parses_back() -> None:
    for position in Position:
        assert parse_position(position.value) is position
        assert parse_position(position_label(position)) is position
        assert parse_position(position_label(position, "en")) is position


def test_labels() -> None:
    assert position_label(Position.KEPALA_DESA) == "Kepala Desa"
    assert position_label(Position.KEPALA_DESA, lang="en") == "Village head"
    assert all(position_label(p) and position_label(p, "en") for p in Position)


def test_perangkat_and_siltap_categories() -> None:
    perangkat = {p for p in Position if is_perangkat(p)}
    assert perangkat == {
        Position.KEPALA_DESA,
        Position.SEKRETARIS_DESA,
        Position.KAUR,
        Position.KASI,
        Position.KEPALA_DUSUN,
        Position.STAF,
    }
    assert siltap_category(Position.KEPALA_DESA) == "kepala_desa"
    assert siltap_category(Position.SEKRETARIS_DESA) == "sekretaris_desa"
    assert {
        siltap_category(p) for p in perangkat - {Position.KEPALA_DESA, Position.SEKRETARIS_DESA}
    } == {"perangkat"}
    for other in (Position.ANGGOTA_BPD, Position.KETUA_RT, Position.KETUA_RW):
        assert not is_perangkat(other)
        assert siltap_category(other) is None
