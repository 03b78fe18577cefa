"""Sample people and places for tests: real region codes, structurally valid NIKs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services.inputs import PersonInput

BOLOK = "53.01.05.2010"
TESABELA = "53.01.05.2006"
TODAY = date(2026, 11, 21)
# The data key of test stores (real SQLCipher encryption; tests of logins derive their own).
STORE_KEY = bytes(range(32))
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


PASSWORD = "sandi-uji-123"


def login_env(data_dir: Path, key: bytes = STORE_KEY, name: str = OPERATOR) -> dict[str, str]:
    """The environment a CLI subprocess logs in with, as ``name`` (the admin when first).

    Writes ``data_dir``'s keyring on first use, wrapping ``key`` (the test store's) under
    PASSWORD, at a cheaper scrypt cost than real accounts: tests log in hundreds of times.
    """
    from desa_desktop.core.security.keyring import Entry, Keyring
    from desa_desktop.core.security.keys import wrap

    data_dir.mkdir(parents=True, exist_ok=True)
    keyring = Keyring.load(data_dir) or Keyring(data_dir / "keys.json")
    entry_id = keyring.entry_id(name)
    if entry_id not in keyring.entries:
        keyring.entries[entry_id] = Entry(wrap(key, PASSWORD, entry_id.encode(), n=2**12))
        keyring.save()
    return {**os.environ, "DESA_OPERATOR": name, "DESA_PASSWORD": PASSWORD}
