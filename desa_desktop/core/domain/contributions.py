"""Contribution amounts for informal workers (BPU) and village officials, in whole rupiah.

Rounding rule: each programme's monthly amount is ``base x basis points / 10,000`` rounded
half up to whole rupiah, computed in integers only (no floats); flat amounts (BPU JKM) are
taken as they are; the amount for a period is the monthly amount x months. Examples with the
shipped table: income Rp1,000,000 with JKK-JKM is Rp16,800 a month (Rp10,000 + Rp6,800),
Rp36,800 with JHT, Rp50,400 for 3 months.

Rates come from the dated rate table (:mod:`desa_desktop.core.domain.rates`), chosen by the
day the contribution is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from lokal import format_rupiah as _lokal_format_rupiah
from lokal import terbilang

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.messages import display_date
from desa_desktop.core.domain.rates import (
    NoRateVersionError,
    RateTable,
    RateTableError,
    RateVersion,
    load_rate_table,
)

__all__ = [
    "Contribution",
    "ContributionLine",
    "Program",
    "RateTable",
    "RateTableError",
    "bpu_contribution",
    "format_rupiah",
    "load_rate_table",
    "official_contribution",
    "parse_program",
    "rate_share",
    "rupiah_in_words",
]

# Who pays a line.
PESERTA = "peserta"  # the BPU worker
PEMERINTAH_DESA = "pemerintah_desa"  # the village government as employer
PERANGKAT = "perangkat"  # the official's own share


class Program(StrEnum):
    """The programme package a person is registered for."""

    JKK_JKM = "JKK-JKM"
    JKK_JKM_JHT = "JKK-JKM-JHT"

    @property
    def includes_jht(self) -> bool:
        """True when old-age savings (JHT) are part of the package."""
        return self is Program.JKK_JKM_JHT


_PROGRAMME_TOKENS = re.compile(r"JKK|JKM|JHT")


@lru_cache(maxsize=256)
def parse_program(text: str | None) -> Program | None:
    """Read a package from text such as "JKK-JKM", "jkk jkm jht" or "JKK_JKM"; else None."""
    compact = re.sub(r"[^A-Z]", "", (text or "").upper())
    tokens = _PROGRAMME_TOKENS.findall(compact)
    if not tokens or "".join(tokens) != compact or len(set(tokens)) != len(tokens):
        return None
    if set(tokens) == {"JKK", "JKM"}:
        return Program.JKK_JKM
    if set(tokens) == {"JKK", "JKM", "JHT"}:
        return Program.JKK_JKM_JHT
    return None


@dataclass(frozen=True, slots=True)
class ContributionLine:
    """One programme's share paid by one payer: ``monthly`` rupiah for ``months`` months."""

    programme: str
    payer: str
    monthly: int
    months: int

    @property
    def total(self) -> int:
        """Rupiah for the whole period."""
        return self.monthly * self.months


@dataclass(frozen=True, slots=True)
class Contribution:
    """A computed contribution: its lines, period, the base used and the rate version."""

    lines: tuple[ContributionLine, ...]
    months: int
    base: int
    rate_version: str

    @property
    def monthly_total(self) -> int:
        """Rupiah per month, all lines together."""
        return sum(line.monthly for line in self.lines)

    @property
    def total(self) -> int:
        """Rupiah for the whole period, all lines together."""
        return sum(line.total for line in self.lines)

    def total_by_payer(self) -> dict[str, int]:
        """Rupiah for the whole period per payer, in line order."""
        totals: dict[str, int] = {}
        for line in self.lines:
            totals[line.payer] = totals.get(line.payer, 0) + line.total
        return totals


def rate_share(base: int, basis_points: int) -> int:
    """``base x basis_points / 10,000`` rounded half up to whole rupiah, in integers."""
    return (base * basis_points + 5_000) // 10_000


def format_rupiah(amount: int) -> str:
    """Rupiah as written in Indonesia: 16800 -> "Rp16.800"."""
    return _lokal_format_rupiah(amount)


def rupiah_in_words(amount: int) -> str:
    """Rupiah in Indonesian words for receipts: 16800 -> "enam belas ribu delapan ratus rupiah"."""
    return terbilang(amount, currency=True)


def _version_on(table: RateTable | None, on: date) -> tuple[RateVersion | None, list[Issue]]:
    if table is None:
        version, issues = _shipped_version_on(on)
        return version, list(issues)
    try:
        return table.version_on(on), []
    except NoRateVersionError:
        return None, [Issue.error("rates", "rates.no_version", date=display_date(on))]


@lru_cache(maxsize=1024)
def _shipped_version_on(on: date) -> tuple[RateVersion | None, tuple[Issue, ...]]:
    """The shipped table's version on a day: every registration asks, for a few days."""
    try:
        return load_rate_table().version_on(on), ()
    except NoRateVersionError:
        return None, (Issue.error("rates", "rates.no_version", date=display_date(on)),)


def bpu_contribution(
    income: int, program: Program, months: int, *, on: date, table: RateTable | None = None
) -> tuple[Contribution | None, list[Issue]]:
    """Contribution of an informal worker (BPU) declaring ``income`` a month, paying ``months``.

    Errors: income below the minimum (field "income"), a payment period the table does not
    allow (field "payment_months"), no rates in force on ``on``. An income above the table's
    top bracket is a warning: the top bracket applies. The worker pays every line.
    """
    version, issues = _version_on(table, on)
    if version is None:
        return None, issues
    rates = version.bpu
    if income < rates.minimum_income:
        issues.append(
            Issue.error(
                "income",
                "income.below_minimum",
                income=format_rupiah(income),
                minimum=format_rupiah(rates.minimum_income),
            )
        )
    if months not in rates.payment_months:
        allowed = ", ".join(str(m) for m in rates.payment_months)
        issues.append(
            Issue.error(
                "payment_months", "payment_months.not_allowed", months=months, allowed=allowed
            )
        )
    if issues:
        return None, issues

    base = rates.bracket_for(income).base
    if income > rates.top_income:
        issues.append(
            Issue.warning(
                "income",
                "income.above_top_bracket",
                income=format_rupiah(income),
                base=format_rupiah(base),
            )
        )
    lines = [
        ContributionLine("JKK", PESERTA, rate_share(base, rates.jkk_bp), months),
        ContributionLine("JKM", PESERTA, rates.jkm_flat, months),
    ]
    if program.includes_jht:
        lines.append(ContributionLine("JHT", PESERTA, rate_share(base, rates.jht_bp), months))
    return Contribution(tuple(lines), months, base, version.id), issues


def official_contribution(
    siltap: int,
    program: Program,
    *,
    on: date,
    months: int = 1,
    position_category: str | None = None,
    table: RateTable | None = None,
) -> tuple[Contribution | None, list[Issue]]:
    """Contribution of a village official registered as a wage earner on ``siltap``.

    The village government pays JKK, JKM and its JHT share; the official pays the other JHT
    share. With ``position_category`` ("kepala_desa", "sekretaris_desa", "perangkat"; see
    :func:`~desa_desktop.core.domain.positions.siltap_category`) a siltap below the PP 11/2019
    minimum is a warning on field "siltap".
    """
    issues: list[Issue] = []
    if siltap <= 0:
        issues.append(Issue.error("siltap", "siltap.not_positive"))
    if months < 1:
        issues.append(Issue.error("payment_months", "payment_months.not_positive"))
    version, missing = _version_on(table, on)
    issues.extend(missing)
    if version is None or issues:
        return None, issues

    rates = version.officials
    if position_category is not None:
        minimum = rates.minimum_siltap_for(position_category)
        if siltap < minimum:
            issues.append(
                Issue.warning(
                    "siltap",
                    "siltap.below_minimum",
                    siltap=format_rupiah(siltap),
                    minimum=format_rupiah(minimum),
                )
            )
    lines = [
        ContributionLine("JKK", PEMERINTAH_DESA, rate_share(siltap, rates.jkk_bp), months),
        ContributionLine("JKM", PEMERINTAH_DESA, rate_share(siltap, rates.jkm_bp), months),
    ]
    if program.includes_jht:
        lines += [
            ContributionLine(
                "JHT", PEMERINTAH_DESA, rate_share(siltap, rates.jht_village_bp), months
            ),
            ContributionLine("JHT", PERANGKAT, rate_share(siltap, rates.jht_official_bp), months),
        ]
    return Contribution(tuple(lines), months, siltap, version.id), issues
