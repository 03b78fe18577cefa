"""The villages this laptop serves, their targets and coverage (UCJ)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desa_desktop.core.domain import regions
from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.positions import Position, is_perangkat
from desa_desktop.core.services.changes import Changes, audit
from desa_desktop.core.services.errors import ValidationFailed, check_findings, refuse
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration, Village

ENTITY = "village"
# Registered = entered, complete and not refused or ended; accepted = HQ issued a KPJ.
REGISTERED = (Status.READY, Status.SENT, Status.ACCEPTED)
PERANGKAT = tuple(p.value for p in Position if is_perangkat(p))


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    district: str | None
    regency: str | None
    province: str | None
    target_officials: int
    target_workers: int


def _targets(target_officials: int, target_workers: int) -> list[Issue]:
    issues = []
    for name, value in (("target_officials", target_officials), ("target_workers", target_workers)):
        if value < 0:
            issues.append(Issue.error(name, "number.negative"))
    return issues


def add_village(
    store: Store,
    code: str,
    operator: str,
    *,
    target_officials: int = 0,
    target_workers: int = 0,
    name: str | None = None,
    confirm_warnings: bool = False,
) -> Changes:
    """Add a village to serve, by its Kemendagri code (names come from the region list).

    A code missing from the current list (a newly formed village) needs a ``name``
    and the user's confirmation.
    """
    dotted, issues = regions.normalize_village_code(code, "village_code")
    issues += _targets(target_officials, target_workers)
    if dotted is None:
        raise ValidationFailed(issues)
    names = regions.village_names(dotted)
    village_name = names[0] or (name.strip() if name else None)
    if village_name is None:
        issues.append(Issue.error("name", "required"))
    check_findings(issues, confirm_warnings)
    with store.write() as session:
        if session.get(Village, dotted) is not None:
            raise refuse("village_code", "village.exists", code=dotted)
        session.add(
            Village(
                code=dotted,
                name=village_name,
                district=names[1],
                regency=names[2],
                province=names[3],
                target_officials=target_officials,
                target_workers=target_workers,
            )
        )
        audit(
            session,
            operator=operator,
            action="add_village",
            entity=ENTITY,
            entity_uuid=dotted,
            version=None,
            changes={
                "target_officials": [None, target_officials],
                "target_workers": [None, target_workers],
            },
        )
    return Changes(ENTITY, village_codes=(dotted,))


def set_targets(
    store: Store, code: str, operator: str, *, target_officials: int, target_workers: int
) -> Changes:
    """Change how many officials a village has and how many workers it aims to enrol."""
    issues = _targets(target_officials, target_workers)
    if issues:
        raise ValidationFailed(issues)
    with store.write() as session:
        village = session.get(Village, code)
        if village is None:
            raise refuse("village_code", "village.not_served", code=code)
        changes = {
            "target_officials": [village.target_officials, target_officials],
            "target_workers": [village.target_workers, target_workers],
        }
        village.target_officials = target_officials
        village.target_workers = target_workers
        audit(
            session,
            operator=operator,
            action="set_targets",
            entity=ENTITY,
            entity_uuid=code,
            version=None,
            changes=changes,
        )
    return Changes(ENTITY, village_codes=(code,))


def served_codes(session: Session) -> list[str]:
    """The codes of the villages this laptop serves, in order (within an open read)."""
    return list(session.scalars(select(Village.code).order_by(Village.code)))


def list_villages(store: Store) -> list[VillageRow]:
    """The villages this laptop serves, by name."""
    with store.read() as session:
        return [
            VillageRow(
                v.code,
                v.name,
                v.district,
                v.regency,
                v.province,
                v.target_officials,
                v.target_workers,
            )
            for v in session.scalars(select(Village).order_by(Village.name))
        ]


@dataclass(frozen=True)
class Coverage:
    """How far a village is: officials and workers registered (and accepted by HQ) of their targets."""

    village_code: str
    officials_target: int
    officials_registered: int
    officials_accepted: int
    workers_target: int
    workers_registered: int
    workers_accepted: int
    head_registered: bool
    head_accepted: bool

    @property
    def desa_sadar(self) -> bool:
        """The criterion as entered here: the village head and every official registered."""
        return (
            self.head_registered
            and self.officials_target > 0
            and self.officials_registered >= self.officials_target
        )

    @property
    def desa_sadar_confirmed(self) -> bool:
        """The criterion as HQ confirms it: head and every official accepted with a KPJ."""
        return (
            self.head_accepted
            and self.officials_target > 0
            and self.officials_accepted >= self.officials_target
        )

    @property
    def workers_percent(self) -> float | None:
        """Universal Coverage Jamsostek of the workers' target, in percent; None without a target."""
        if self.workers_target <= 0:
            return None
        return round(100 * self.workers_registered / self.workers_target, 1)


def village_coverage(store: Store, code: str) -> Coverage:
    """Coverage of one village, counted in SQL."""
    registered = (Registration.village_code == code, Registration.status.in_(REGISTERED))
    with store.read() as session:
        village = session.get(Village, code)
        if village is None:
            raise refuse("village_code", "village.not_served", code=code)
        # Officials are few: their positions are read from the table. Workers are many:
        # counted in the (village, kind, status) index alone, never reading their rows.
        officials = session.execute(
            select(Registration.position, Registration.status, func.count())
            .where(*registered, Registration.kind == Kind.OFFICIAL)
            .group_by(Registration.position, Registration.status)
        ).all()
        workers = session.execute(
            select(Registration.status, func.count())
            .where(*registered, Registration.kind == Kind.WORKER)
            .group_by(Registration.status)
        ).all()
    counts = {"official": [0, 0], "head": [0, 0]}
    for position, status, n in officials:
        if position not in PERANGKAT:
            continue  # BPD members and RT/RW heads are not perangkat desa
        slots = [counts["official"]] + (
            [counts["head"]] if position == Position.KEPALA_DESA else []
        )
        for slot in slots:
            slot[0] += n
            slot[1] += n if status is Status.ACCEPTED else 0
    return Coverage(
        village_code=code,
        officials_target=village.target_officials,
        officials_registered=counts["official"][0],
        officials_accepted=counts["official"][1],
        workers_target=village.target_workers,
        workers_registered=sum(n for _, n in workers),
        workers_accepted=sum(n for status, n in workers if status is Status.ACCEPTED),
        head_registered=counts["head"][0] > 0,
        head_accepted=counts["head"][1] > 0,
    )
