"""Figures for the dashboard and the session screen, counted in SQL and returned as plain rows.

"Registered" means what :mod:`villages` counts as registered (ready, sent or accepted): the
charts and the coverage cards then agree, and a person marked deceased or exited leaves
both. Every function opens its own read snapshot and hands out frozen dataclasses only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.occupations import occupations
from desa_desktop.core.services.queries import ROW_COLUMNS, PersonRow
from desa_desktop.core.services.villages import REGISTERED, Coverage, village_coverage
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    OutboxEntry,
    Registration,
    SocializationSession,
    Village,
)


@dataclass(frozen=True)
class MonthCount:
    """Registrations entered in one calendar month, by kind."""

    month: date  # the first day of the month
    officials: int
    workers: int


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def registrations_by_month(
    store: Store,
    village_code: str | None = None,
    *,
    months: int = 12,
    today: date | None = None,
    utc_offset: timedelta = timedelta(0),
) -> list[MonthCount]:
    """People registered now, by the month their registration was entered, oldest first.

    The months run from the first month with a registration (at most ``months - 1``
    months before ``today``'s) to ``today``'s month, every month present even when
    empty, so a chart's axis has no gaps. No registration at all gives an empty list.
    ``utc_offset`` moves the month boundary to the laptop's local time (timestamps are
    stored in UTC; a registration at 07:30 WITA on the 1st belongs to the new month).
    """
    last = _month_start(today or date.today())
    first_allowed = _add_months(last, -(max(months, 1) - 1))
    minutes = int(utc_offset.total_seconds() // 60)
    month_key = func.strftime("%Y-%m", Registration.created_at, f"{minutes:+d} minutes")
    query = (
        select(month_key, Registration.kind, func.count())
        .where(Registration.status.in_(REGISTERED))
        .group_by(month_key, Registration.kind)
    )
    if village_code:
        query = query.where(Registration.village_code == village_code)
    with store.read() as session:
        rows = session.execute(query).all()
    counts: dict[date, dict[Kind, int]] = {}
    for key, kind, count in rows:
        year, number = (int(part) for part in str(key).split("-"))
        counts.setdefault(date(year, number, 1), {})[kind] = count
    if not counts:
        return []
    start = max(min(counts), first_allowed)
    end = max(max(counts), last)
    result = []
    current = start
    while current <= end:
        found = counts.get(current, {})
        result.append(MonthCount(current, found.get(Kind.OFFICIAL, 0), found.get(Kind.WORKER, 0)))
        current = _add_months(current, 1)
    return result


@dataclass(frozen=True)
class OccupationCount:
    """Registered workers with one occupation; ``code`` None is the "everything else" bucket."""

    code: str | None
    name: str | None  # the official Dukcapil name (Indonesian, as on the KTP)
    workers: int


def workers_by_occupation(
    store: Store, village_code: str | None = None, *, top: int = 8
) -> list[OccupationCount]:
    """Registered workers by occupation, most common first: ``top`` rows, then one row for
    the rest (``code`` None) when there is a rest. Ties are broken by occupation code."""
    query = (
        select(Registration.occupation, func.count())
        .where(Registration.kind == Kind.WORKER, Registration.status.in_(REGISTERED))
        .group_by(Registration.occupation)
    )
    if village_code:
        query = query.where(Registration.village_code == village_code)
    with store.read() as session:
        rows = session.execute(query).all()
    names = {o.code: o.name for o in occupations()}
    ranked = sorted(
        ((code, count) for code, count in rows if code),
        key=lambda row: (-row[1], row[0]),
    )
    unknown = sum(count for code, count in rows if not code)
    result = [OccupationCount(code, names.get(code, code), count) for code, count in ranked[:top]]
    rest = sum(count for _, count in ranked[top:]) + unknown
    if rest:
        result.append(OccupationCount(None, None, rest))
    return result


def waiting_to_send(store: Store, village_code: str | None = None) -> int:
    """Records waiting in the outbox, each counted once; only ``village_code``'s when given.

    Without a village this equals :func:`desa_desktop.sync.outbox.waiting_count`.
    """
    query = select(func.count(func.distinct(OutboxEntry.entity_uuid)))
    if village_code:
        in_village = or_(
            OutboxEntry.entity_uuid.in_(
                select(Registration.uuid).where(Registration.village_code == village_code)
            ),
            OutboxEntry.entity_uuid.in_(
                select(SocializationSession.uuid).where(
                    SocializationSession.village_code == village_code
                )
            ),
        )
        query = query.where(in_village)
    with store.read() as session:
        return session.scalar(query) or 0


def status_counts(store: Store, village_code: str | None = None) -> dict[Status, int]:
    """How many registrations (officials and workers) are in each status; every status present."""
    query = select(Registration.status, func.count()).group_by(Registration.status)
    if village_code:
        query = query.where(Registration.village_code == village_code)
    with store.read() as session:
        found: dict[Status, int] = {status: n for status, n in session.execute(query)}
    return {status: found.get(status, 0) for status in Status}


@dataclass(frozen=True)
class CoverageTotals:
    """Coverage summed over every village this laptop serves."""

    villages: int
    villages_desa_sadar: int  # head and every official registered
    villages_confirmed: int  # the same, accepted by HQ
    officials_target: int
    officials_registered: int
    workers_target: int
    workers_registered: int

    @property
    def workers_percent(self) -> float | None:
        """Universal Coverage Jamsostek over all villages, in percent; None without targets."""
        if self.workers_target <= 0:
            return None
        return round(100 * self.workers_registered / self.workers_target, 1)


def coverage_totals(store: Store) -> CoverageTotals:
    """Every served village's coverage, added up (one small query per village)."""
    with store.read() as session:
        codes = list(session.scalars(select(Village.code).order_by(Village.code)))
    each: list[Coverage] = [village_coverage(store, code) for code in codes]
    return CoverageTotals(
        villages=len(each),
        villages_desa_sadar=sum(c.desa_sadar for c in each),
        villages_confirmed=sum(c.desa_sadar_confirmed for c in each),
        officials_target=sum(c.officials_target for c in each),
        officials_registered=sum(c.officials_registered for c in each),
        workers_target=sum(c.workers_target for c in each),
        workers_registered=sum(c.workers_registered for c in each),
    )


def captured_registrations(store: Store, session_uuid: str) -> list[PersonRow]:
    """The registrations captured in one socialization session, by name (drafts included,
    so the screen can show them; :func:`sessions.session_summary` counts only complete ones)."""
    query = (
        select(*ROW_COLUMNS)
        .join(SocializationSession, Registration.session_id == SocializationSession.id)
        .where(SocializationSession.uuid == session_uuid)
        .order_by(Registration.name_key, Registration.id)
    )
    with store.read() as session:
        return [PersonRow(*row) for row in session.execute(query)]
