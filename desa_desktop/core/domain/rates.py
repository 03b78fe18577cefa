"""The dated, versioned contribution rate table (``resources/rates/rates.json``).

Rates are data, not constants: several values are UNCERTAIN and relief regulations change
them for a while, so HQ can ship a new table (:meth:`RateTable.from_json`). Each version is
complete in itself. On a given day the version whose [valid_from, valid_to] covers it
applies; when several do, the one starting latest wins, so a temporary relief version can
overlay an open-ended base version. Rates are basis points (100 bp = 1%); amounts are rupiah.
The file format is described in ``resources/README.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desa_desktop.resources import resource_path

FORMAT_VERSION = 1
SILTAP_CATEGORIES = ("kepala_desa", "sekretaris_desa", "perangkat")


class RateTableError(ValueError):
    """The rate table text is malformed or inconsistent."""


class NoRateVersionError(LookupError):
    """No version of the rate table is in force on the requested day."""


@dataclass(frozen=True, slots=True)
class IncomeBracket:
    """Incomes from ``low`` to ``high`` (inclusive) pay contributions on ``base``."""

    low: int
    high: int
    base: int


@dataclass(frozen=True, slots=True)
class BpuRates:
    """Rates for informal workers (Bukan Penerima Upah)."""

    minimum_income: int
    jkk_bp: int
    jkm_flat: int
    jht_bp: int
    payment_months: tuple[int, ...]
    brackets: tuple[IncomeBracket, ...]

    def bracket_for(self, income: int) -> IncomeBracket:
        """The bracket an income falls in; incomes above the table use the top bracket."""
        found = self.brackets[0]
        for bracket in self.brackets:
            if bracket.low > income:
                break
            found = bracket
        return found

    @property
    def top_income(self) -> int:
        """The highest income the bracket table covers."""
        return self.brackets[-1].high


@dataclass(frozen=True, slots=True)
class OfficialRates:
    """Rates for village officials registered as wage earners on their siltap."""

    jkk_bp: int
    jkm_bp: int
    jht_village_bp: int
    jht_official_bp: int
    minimum_siltap: tuple[tuple[str, int], ...]

    def minimum_siltap_for(self, category: str) -> int:
        """The PP 11/2019 minimum siltap of a category ("kepala_desa", ...)."""
        for name, amount in self.minimum_siltap:
            if name == category:
                return amount
        raise ValueError(f"unknown siltap category {category!r}")


@dataclass(frozen=True, slots=True)
class RateVersion:
    """One complete set of rates and the days it is in force."""

    id: str
    valid_from: date
    valid_to: date | None
    sources: tuple[str, ...]
    status: str
    uncertain: tuple[str, ...]
    bpu: BpuRates
    officials: OfficialRates

    def covers(self, day: date) -> bool:
        """True when this version is in force on ``day`` (both ends inclusive)."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class RateTable:
    """All versions of the rates, as shipped or as received from HQ."""

    versions: tuple[RateVersion, ...]

    def version_on(self, day: date) -> RateVersion:
        """The version in force on ``day``; raises :class:`NoRateVersionError` if none is."""
        covering = [v for v in self.versions if v.covers(day)]
        if not covering:
            raise NoRateVersionError(f"no rate version covers {day.isoformat()}")
        return max(covering, key=lambda v: v.valid_from)

    @classmethod
    def from_json(cls, text: str) -> RateTable:
        """Parse and check a rate table; raises :class:`RateTableError` with the reason."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RateTableError(f"not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise RateTableError(f"expected an object with format {FORMAT_VERSION}")
        raw_versions = data.get("versions")
        if not isinstance(raw_versions, list) or not raw_versions:
            raise RateTableError("versions: expected a non-empty list")
        versions = tuple(_version(v, f"versions[{i}]") for i, v in enumerate(raw_versions))
        ids = [v.id for v in versions]
        if len(set(ids)) != len(ids):
            raise RateTableError("version ids must be unique")
        starts = [v.valid_from for v in versions]
        if len(set(starts)) != len(starts):
            raise RateTableError("two versions start on the same day: which applies is unclear")
        return cls(versions)


def load_rate_table(path: Path | None = None) -> RateTable:
    """The rate table at ``path``, or the shipped one (read once and cached) by default."""
    if path is None:
        return _shipped_table()
    return RateTable.from_json(path.read_text(encoding="utf-8"))


@cache
def _shipped_table() -> RateTable:
    return RateTable.from_json(resource_path("rates", "rates.json").read_text(encoding="utf-8"))


def _field(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise RateTableError(f"{where}: missing {key!r}")
    return obj[key]


def _int(obj: Any, key: str, where: str, *, maximum: int | None = None) -> int:
    value = _field(obj, key, where)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RateTableError(f"{where}.{key}: expected a whole number >= 0, got {value!r}")
    if maximum is not None and value > maximum:
        raise RateTableError(f"{where}.{key}: at most {maximum}, got {value}")
    return value


def _bp(obj: Any, key: str, where: str) -> int:
    return _int(obj, key, where, maximum=10_000)


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise RateTableError(f"{where}: expected a YYYY-MM-DD date, got {value!r}") from exc


def _strings(obj: Any, key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, []) if isinstance(obj, dict) else None
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise RateTableError(f"{where}.{key}: expected a list of strings")
    return tuple(value)


def _version(obj: Any, where: str) -> RateVersion:
    version_id = _field(obj, "id", where)
    if not isinstance(version_id, str) or not version_id.strip():
        raise RateTableError(f"{where}.id: expected a non-empty string")
    valid_from = _date(_field(obj, "valid_from", where), f"{where}.valid_from")
    raw_to = _field(obj, "valid_to", where)
    valid_to = None if raw_to is None else _date(raw_to, f"{where}.valid_to")
    if valid_to is not None and valid_to < valid_from:
        raise RateTableError(f"{where}: valid_to is before valid_from")
    status = obj.get("status", "")
    if not isinstance(status, str):
        raise RateTableError(f"{where}.status: expected a string")
    return RateVersion(
        id=version_id,
        valid_from=valid_from,
        valid_to=valid_to,
        sources=_strings(obj, "sources", where),
        status=status,
        uncertain=_strings(obj, "uncertain", where),
        bpu=_bpu(_field(obj, "bpu", where), f"{where}.bpu"),
        officials=_officials(_field(obj, "officials", where), f"{where}.officials"),
    )


def _bpu(obj: Any, where: str) -> BpuRates:
    minimum = _int(obj, "minimum_income", where)
    months = _field(obj, "payment_months", where)
    if (
        not isinstance(months, list)
        or not months
        or not all(isinstance(m, int) and not isinstance(m, bool) and m > 0 for m in months)
        or len(set(months)) != len(months)
    ):
        raise RateTableError(f"{where}.payment_months: expected distinct whole numbers > 0")
    raw_brackets = _field(obj, "brackets", where)
    if not isinstance(raw_brackets, list) or not raw_brackets:
        raise RateTableError(f"{where}.brackets: expected a non-empty list")
    brackets: list[IncomeBracket] = []
    for i, raw in enumerate(raw_brackets):
        here = f"{where}.brackets[{i}]"
        bracket = IncomeBracket(
            _int(raw, "from", here), _int(raw, "to", here), _int(raw, "base", here)
        )
        if bracket.high < bracket.low or bracket.base <= 0:
            raise RateTableError(f"{here}: needs from <= to and base > 0")
        if brackets and bracket.low != brackets[-1].high + 1:
            raise RateTableError(f"{here}: must start right after the previous bracket ends")
        brackets.append(bracket)
    if brackets[0].low > minimum:
        raise RateTableError(f"{where}: the first bracket must cover the minimum income")
    return BpuRates(
        minimum_income=minimum,
        jkk_bp=_bp(obj, "jkk_bp", where),
        jkm_flat=_int(obj, "jkm_flat", where),
        jht_bp=_bp(obj, "jht_bp", where),
        payment_months=tuple(sorted(months)),
        brackets=tuple(brackets),
    )


def _officials(obj: Any, where: str) -> OfficialRates:
    raw_minimums = _field(obj, "minimum_siltap", where)
    minimums = tuple(
        (category, _int(raw_minimums, category, f"{where}.minimum_siltap"))
        for category in SILTAP_CATEGORIES
    )
    return OfficialRates(
        jkk_bp=_bp(obj, "jkk_bp", where),
        jkm_bp=_bp(obj, "jkm_bp", where),
        jht_village_bp=_bp(obj, "jht_village_bp", where),
        jht_official_bp=_bp(obj, "jht_official_bp", where),
        minimum_siltap=minimums,
    )
