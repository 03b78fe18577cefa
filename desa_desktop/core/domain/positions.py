"""Positions held by village officials (jabatan), their labels and how siltap applies.

The village government proper (pemerintah desa) runs from the kepala desa down to staff.
BPD members and RT/RW heads are often registered too, but whether as wage earners (PU) or
not (BPU) differs by regency, so they have no siltap category here.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

SiltapCategory = Literal["kepala_desa", "sekretaris_desa", "perangkat"]


class Position(StrEnum):
    """A position code, as written in the import template's ``jabatan`` column."""

    KEPALA_DESA = "kepala_desa"
    SEKRETARIS_DESA = "sekretaris_desa"
    KAUR = "kaur"
    KASI = "kasi"
    KEPALA_DUSUN = "kepala_dusun"
    STAF = "staf"
    ANGGOTA_BPD = "anggota_bpd"
    KETUA_RT = "ketua_rt"
    KETUA_RW = "ketua_rw"


_LABELS: dict[Position, tuple[str, str]] = {
    Position.KEPALA_DESA: ("Kepala Desa", "Village head"),
    Position.SEKRETARIS_DESA: ("Sekretaris Desa", "Village secretary"),
    Position.KAUR: ("Kepala Urusan (Kaur)", "Head of affairs (kaur)"),
    Position.KASI: ("Kepala Seksi (Kasi)", "Head of section (kasi)"),
    Position.KEPALA_DUSUN: ("Kepala Dusun", "Hamlet head (kepala dusun)"),
    Position.STAF: ("Staf Desa", "Village staff"),
    Position.ANGGOTA_BPD: ("Anggota BPD", "Village council (BPD) member"),
    Position.KETUA_RT: ("Ketua RT", "Neighbourhood (RT) head"),
    Position.KETUA_RW: ("Ketua RW", "Community (RW) head"),
}

# Whole-text variants, after _normalize (lower case, single spaces).
_ALIASES: dict[str, Position] = {
    "kades": Position.KEPALA_DESA,
    "kepala desa": Position.KEPALA_DESA,
    "kepala kampung": Position.KEPALA_DESA,
    "sekdes": Position.SEKRETARIS_DESA,
    "sekretaris desa": Position.SEKRETARIS_DESA,
    "sekretaris": Position.SEKRETARIS_DESA,
    "carik": Position.SEKRETARIS_DESA,
    "kaur": Position.KAUR,
    "kepala urusan": Position.KAUR,
    "kasi": Position.KASI,
    "kepala seksi": Position.KASI,
    "kadus": Position.KEPALA_DUSUN,
    "kepala dusun": Position.KEPALA_DUSUN,
    "kepala kewilayahan": Position.KEPALA_DUSUN,
    "kewilayahan": Position.KEPALA_DUSUN,
    "staf": Position.STAF,
    "staff": Position.STAF,
    "staf desa": Position.STAF,
    "bpd": Position.ANGGOTA_BPD,
    "anggota bpd": Position.ANGGOTA_BPD,
    "ketua bpd": Position.ANGGOTA_BPD,
    "wakil ketua bpd": Position.ANGGOTA_BPD,
    "sekretaris bpd": Position.ANGGOTA_BPD,
    "rt": Position.KETUA_RT,
    "ketua rt": Position.KETUA_RT,
    "rw": Position.KETUA_RW,
    "ketua rw": Position.KETUA_RW,
}

# Variants naming the unit after the title: "Kaur Keuangan", "Kasi Pemerintahan", "Kadus II".
_PREFIXES: tuple[tuple[str, Position], ...] = (
    ("kaur ", Position.KAUR),
    ("kepala urusan ", Position.KAUR),
    ("kasi ", Position.KASI),
    ("kepala seksi ", Position.KASI),
    ("kadus ", Position.KEPALA_DUSUN),
    ("kepala dusun ", Position.KEPALA_DUSUN),
    ("staf ", Position.STAF),
)

_PERANGKAT = frozenset(
    {
        Position.KEPALA_DESA,
        Position.SEKRETARIS_DESA,
        Position.KAUR,
        Position.KASI,
        Position.KEPALA_DUSUN,
        Position.STAF,
    }
)

_SEPARATORS = re.compile(r"[\s_\-.]+")


def _normalize(text: str) -> str:
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def _exact_lookup() -> dict[str, Position]:
    table = dict(_ALIASES)
    for position, (label_id, label_en) in _LABELS.items():
        table[_normalize(position.value)] = position
        table[_normalize(label_id)] = position
        table[_normalize(label_en)] = position
    return table


_EXACT = _exact_lookup()


def position_label(position: Position, lang: str = "id") -> str:
    """The position's label in Indonesian ("id", default) or English ("en")."""
    label_id, label_en = _LABELS[position]
    return label_en if lang == "en" else label_id


def parse_position(text: str | None) -> Position | None:
    """Read a position from a code, a label or a common variant ("Kades", "Kaur Keuangan").

    Case, spaces, underscores and dots do not matter. Unknown text gives None.
    """
    key = _normalize(text or "")
    if not key:
        return None
    found = _EXACT.get(key)
    if found is not None:
        return found
    for prefix, position in _PREFIXES:
        if key.startswith(prefix):
            return position
    return None


def is_perangkat(position: Position) -> bool:
    """True for the village government proper (kepala desa to staf); False for BPD, RT, RW."""
    return position in _PERANGKAT


def siltap_category(position: Position) -> SiltapCategory | None:
    """Which PP 11/2019 minimum siltap applies, or None for BPD members and RT/RW heads."""
    if position is Position.KEPALA_DESA:
        return "kepala_desa"
    if position is Position.SEKRETARIS_DESA:
        return "sekretaris_desa"
    if position in _PERANGKAT:
        return "perangkat"
    return None
