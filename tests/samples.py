"""Sample people and places for tests: real region codes, structurally valid NIKs."""

from __future__ import annotations

from datetime import date

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services.inputs import PersonInput

BOLOK = "53.01.05.2010"
TESABELA = "53.01.05.2006"
TODAY = date(2026, 11, 21)
OPERATOR = "Maria Ndun"


def worker(**overrides: object) -> PersonInput:
    """A complete, valid worker registration in Desa Bolok (a man born 12 March 1985)."""
    values: dict[str, object] = dict(
        kind=Kind.WORKER,
        nik="5301051203850001",
        name="Yohanes Ndun",
        village_code=BOLOK,
        birth_place="Kupang",
        birth_date=date(1985, 3, 12),
        sex="L",
        marital_status="kawin",
        mother_maiden_name="Maria Tefa",
        address="Jl. Timor Raya Km 20",
        rt="3",
        rw="1",
        dusun="Dusun I",
        phone="0812-3456-7890",
        occupation="Nelayan/Perikanan",
        income=1_500_000,
        program="JKK-JKM",
        start_date=date(2026, 12, 1),
        payment_months=3,
        funding_source="apbdes",
        consent=True,
    )
    values.update(overrides)
    return PersonInput(**values)  # type: ignore[arg-type]


def official(**overrides: object) -> PersonInput:
    """A complete, valid village head of Desa Bolok (a woman born 2 July 1975)."""
    values: dict[str, object] = dict(
        kind=Kind.OFFICIAL,
        nik="5301054207750003",
        name="Dorkas Sae",
        village_code=BOLOK,
        birth_place="Kupang",
        birth_date=date(1975, 7, 2),
        sex="P",
        mother_maiden_name="Yuliana Bana",
        address="Dusun II",
        phone="081339001122",
        position="kepala_desa",
        sk_number="141/12/2024",
        sk_date=date(2024, 1, 15),
        siltap=2_426_640,
        program="JKK-JKM-JHT",
        start_date=date(2026, 12, 1),
        consent=True,
    )
    values.update(overrides)
    return PersonInput(**values)  # type: ignore[arg-type]
