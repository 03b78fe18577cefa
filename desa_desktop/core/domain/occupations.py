"""The Dukcapil (SIAK) occupation list printed on the KTP, with search aliases.

The list lives in ``resources/occupations.csv`` (``code,name,aliases``). Aliases are our own
search help for informal work the official names do not spell out ("guru ngaji" finds
Ustadz/Mubaligh); they are never stored as the occupation. See ``resources/README.md``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache, lru_cache

from desa_desktop.resources import resource_path


@dataclass(frozen=True, slots=True)
class Occupation:
    """One entry of the list: two-digit code and official Indonesian name."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class _Entry:
    occupation: Occupation
    key: str
    aliases: tuple[str, ...]


def _key(text: str) -> str:
    # "Petani / Pekebun" and "petani/pekebun" are the same name.
    return " ".join(text.casefold().split()).replace(" /", "/").replace("/ ", "/")


@cache
def _entries() -> tuple[_Entry, ...]:
    text = resource_path("occupations.csv").read_text(encoding="utf-8")
    entries = []
    for row in csv.DictReader(io.StringIO(text)):
        occupation = Occupation(row["code"].strip(), row["name"].strip())
        aliases = tuple(_key(a) for a in (row.get("aliases") or "").split(";") if a.strip())
        entries.append(_Entry(occupation, _key(occupation.name), aliases))
    return tuple(entries)


def occupations() -> list[Occupation]:
    """Every occupation in list order (read once from the shipped CSV)."""
    return [e.occupation for e in _entries()]


@lru_cache(maxsize=1024)
def find_occupation(text: str | None) -> Occupation | None:
    """The occupation with this code ("9" or "09"), official name or alias, ignoring case."""
    value = (text or "").strip()
    if not value:
        return None
    if value.isdecimal() and len(value) <= 2:
        code = value.zfill(2)
        return next((e.occupation for e in _entries() if e.occupation.code == code), None)
    key = _key(value)
    for entry in _entries():
        if entry.key == key:
            return entry.occupation
    for entry in _entries():
        if key in entry.aliases:
            return entry.occupation
    return None


def _starts_word(key: str, text: str) -> bool:
    """True when ``key`` occurs in ``text`` at the start of a word ("tani" in "buruh tani")."""
    return f" {key}" in " " + text.replace("/", " ")


def search_occupations(query: str, limit: int = 20) -> list[Occupation]:
    """Occupations whose name or an alias contains ``query`` (case-insensitive).

    Ranked: names starting with the query, then names with a word starting with it, then
    aliases with such a word, then any other substring match; list order within each rank.
    """
    key = _key(query)
    if not key:
        return []
    ranked: list[tuple[int, int, Occupation]] = []
    for index, entry in enumerate(_entries()):
        if entry.key.startswith(key):
            rank = 0
        elif _starts_word(key, entry.key):
            rank = 1
        elif any(_starts_word(key, alias) for alias in entry.aliases):
            rank = 2
        elif key in entry.key or any(key in alias for alias in entry.aliases):
            rank = 3
        else:
            continue
        ranked.append((rank, index, entry.occupation))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [occupation for _, _, occupation in ranked[:limit]]
