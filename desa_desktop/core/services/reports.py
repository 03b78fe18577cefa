"""Figures for the dashboard and the session screen, counted in SQL and returned as plain rows.

"Registered" means what :mod:`villages` counts as registered (ready, sent or accepted): the
charts and the coverage cards then agree, and a person marked deceased or exited leaves
both. Every function opens its own read snapshot and hands out frozen dataclasses only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.occupations import occupations
from desa_desktop.core.services.queries import ROW_COLUMNS, PersonRow
from desa_desktop.core.services.villages import (
    REGISTERED,
    Coverage,
    served_codes,
    village_coverage,
)
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    OutboxEntry,
    Registration,
    SocializationSession,
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


KINDS = (Kind.OFFICIAL, Kind.WORKER)  # the order of MonthCount's figures


def _local_month_start(month: date, shift: timedelta) -> datetime:
    """The UTC instant at which ``month`` begins on a clock ``shift`` ahead of UTC."""
    return datetime(month.year, month.month, 1, tzinfo=UTC) - shift


def _later_months(
    session: Session, codes: Sequence[str], since: datetime, minutes: int
) -> dict[date, list[int]]:
    """Registered people entered from ``since`` on, by local month (rare: a clock ahead)."""
    month_key = func.strftime("%Y-%m", Registration.created_at, f"{minutes:+d} minutes")
    query = (
        select(month_key, Registration.kind, func.count())
        .where(
            Registration.village_code.in_(codes),
            Registration.status.in_(REGISTERED),
            Registration.created_at >= since,
        )
        .group_by(month_key, Registration.kind)
    )
    counts: dict[date, list[int]] = {}
    for key, kind, count in session.execute(query):
        year, number = (int(part) for part in str(key).split("-"))
        counts.setdefault(date(year, number, 1), [0, 0])[KINDS.index(kind)] += count
    return counts


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
    window = max(months, 1)
    first_allowed = _add_months(last, -(window - 1))
    minutes = int(utc_offset.total_seconds() // 60)
    shift = timedelta(minutes=minutes)
    bounds = [_local_month_start(_add_months(first_allowed, i), shift) for i in range(window + 1)]
    # One range of the (village, kind, status, created_at) index per month and kind,
    # counted in the index alone: no per-row date arithmetic and no sort of every row.
    ranges: list[list[ColumnElement[bool]]] = [[Registration.created_at < bounds[0]]]
    ranges += [
        [Registration.created_at >= low, Registration.created_at < high]
        for low, high in pairwise(bounds)
    ]
    ranges.append([Registration.created_at >= bounds[-1]])
    with store.read() as session:
        # Every served village named (each registration's village is one: a foreign key),
        # so each count is a range of the index, never a scan of it.
        codes = [village_code] if village_code else served_codes(session)
        counted = [
            select(func.count())
            .select_from(Registration)
            .where(
                Registration.village_code.in_(codes),
                Registration.kind == kind,
                Registration.status.in_(REGISTERED),
                *terms,
            )
            .scalar_subquery()
            for kind in KINDS
            for terms in ranges
        ]
        row = session.execute(select(*counted)).one()
        per_kind = [row[: len(ranges)], row[len(ranges) :]]
        later = per_kind[0][-1] or per_kind[1][-1]
        counts = _later_months(session, codes, bounds[-1], minutes) if later else {}
    earlier = bool(per_kind[0][0] or per_kind[1][0])  # only whether: the window starts then
    for i in range(window):
        officials, workers = per_kind[0][i + 1], per_kind[1][i + 1]
        if officials or workers:
            counts[_add_months(first_allowed, i)] = [officials, workers]
    if not counts and not earlier:
        return []
    current = first_allowed if earlier else min(counts)
    end = max(max(counts, default=last), last)
    result = []
    while current <= end:
        officials, workers = counts.get(current, [0, 0])
        result.append(MonthCount(current, officials, workers))
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
    with store.read() as session:
        # Every village named, so the (village, kind, status, ..., occupation) index
        # answers alone (without a village, SQLite would walk the name index and the table).
        codes = [village_code] if village_code else served_codes(session)
        rows = session.execute(
            select(Registration.occupation, func.count())
            .where(
                Registration.village_code.in_(codes),
                Registration.kind == Kind.WORKER,
                Registration.status.in_(REGISTERED),
            )
            .group_by(Registration.occupation)
        ).all()
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
    with store.read() as session:
        # The outbox holds registrations and sessions only, each of a served village, and
        # neither is ever deleted: on a laptop serving one village, every entry is its.
        if village_code and served_codes(session) != [village_code]:
            # Per entry, not per record of the village: the outbox is the short side.
            in_village = (
                select(model.id)
                .where(model.uuid == OutboxEntry.entity_uuid, model.village_code == village_code)
                .exists()
                for model in (Registration, SocializationSession)
            )
            query = query.where(or_(*in_village))
        return session.scalar(query) or 0


def status_counts(store: Store, village_code: str | None = None) -> dict[Status, int]:
    """How many registrations (officials and workers) are in each status; every status present."""
    # Grouped by kind too, in the index's order: no sort of every row.
    query = select(Registration.status, func.count()).group_by(
        Registration.village_code, Registration.kind, Registration.status
    )
    if village_code:
        query = query.where(Registration.village_code == village_code)
    found = dict.fromkeys(Status, 0)
    with store.read() as session:
        for status, count in session.execute(query):
            found[status] += count
    return found


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


def all_coverage(store: Store) -> list[Coverage]:
    """The coverage of every served village, by code."""
    with store.read() as session:
        codes = served_codes(session)
    return [village_coverage(store, code) for code in codes]


def totals_of(each: Sequence[Coverage]) -> CoverageTotals:
    """The villages' coverage, added up."""
    return CoverageTotals(
        villages=len(each),
        villages_desa_sadar=sum(c.desa_sadar for c in each),
        villages_confirmed=sum(c.desa_sadar_confirmed for c in each),
        officials_target=sum(c.officials_target for c in each),
        officials_registered=sum(c.officials_registered for c in each),
        workers_target=sum(c.workers_target for c in each),
        workers_registered=sum(c.workers_registered for c in each),
    )


def coverage_totals(store: Store) -> CoverageTotals:
    """Every served village's coverage, added up (two small queries per village)."""
    return totals_of(all_coverage(store))


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
