"""Devices: add with a one-time enrollment code, enroll for a token, authenticate, revoke.

Nothing about devices is cached in the process: every request looks its token up in the
database, so a revocation takes effect on the very next request, in every HQ process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desa_desktop.core.domain import regions
from desa_desktop.core.timestamps import utcnow
from desa_desktop.hq import credentials
from desa_desktop.hq.audit import AdminRefused, record_admin_action
from desa_desktop.hq.db import Database
from desa_desktop.hq.models import Device, DeviceVillage, Record
from desa_desktop.hq.problems import HQError
from desa_desktop.protocol.wire import EnrollResponse

CODE_LIFETIME = timedelta(days=7)
NAME_MAX_LENGTH = 100

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceContext:
    """The authenticated device of one request."""

    id: str
    name: str
    villages: frozenset[str]  # dotted codes; empty: may push for any village


@dataclass(frozen=True)
class NewDevice:
    """A device just added: its one-time code (shown once) and when the code expires."""

    name: str
    code: str
    expires_at: datetime
    villages: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class DeviceRow:
    """One line of ``device list``."""

    name: str
    state: str  # waiting (code issued), enrolled, revoked
    villages: tuple[str, ...]
    created_at: datetime
    enrolled_at: datetime | None
    revoked_at: datetime | None


def _village_codes(codes: list[str], lang: str) -> tuple[list[str], list[str]]:
    """Dotted village codes and warning lines; raises AdminRefused on a malformed code."""
    cleaned: list[str] = []
    warnings: list[str] = []
    refusals: list[str] = []
    for raw in codes:
        value, issues = regions.normalize_village_code(raw)
        for issue in issues:
            line = f"{raw}: {issue.message(lang)}"
            (refusals if issue.is_error else warnings).append(line)
        if value and value not in cleaned:
            cleaned.append(value)
    if refusals:
        raise AdminRefused(*refusals)
    return cleaned, warnings


def add_device(
    db: Database,
    name: str,
    villages: list[str],
    *,
    actor: str,
    lang: str = "id",
    replaces: str | None = None,
) -> NewDevice:
    """Add a device and issue its one-time enrollment code (valid 7 days).

    ``replaces`` names the device of a laptop that was lost, wiped or re-installed: its
    records move to the new device (so their edits and HQ's answers keep flowing), the
    new device takes its villages unless others are given, and the old one is revoked.
    """
    clean_name = " ".join(name.split())
    if not clean_name or len(clean_name) > NAME_MAX_LENGTH:
        raise AdminRefused(f"device name must be 1 to {NAME_MAX_LENGTH} characters")
    codes, warnings = _village_codes(villages, lang)
    code = credentials.new_enrollment_code()
    expires = utcnow() + CODE_LIFETIME

    def work(session: Session) -> None:
        if session.scalar(select(Device.id).where(Device.name == clean_name)):
            raise AdminRefused(f'a device named "{clean_name}" already exists')
        device = Device(
            name=clean_name,
            enrollment_code_hash=credentials.code_hash(code),
            code_expires_at=expires,
        )
        session.add(device)
        session.flush()
        if replaces is not None:
            inherited = _take_over(session, device, replaces)
            codes[:] = codes or inherited
        session.add_all(DeviceVillage(device_id=device.id, village_code=c) for c in codes)
        record_admin_action(
            session, actor, "device.add", clean_name, {"villages": codes, "replaces": replaces}
        )

    db.run_write(work)
    log.info("device added: %s (%d villages)", clean_name, len(codes))
    return NewDevice(clean_name, code, expires, tuple(codes), tuple(warnings))


def _take_over(session: Session, device: Device, old_name: str) -> list[str]:
    """Move ``old_name``'s records to ``device`` and revoke it; returns its villages."""
    old = session.scalar(select(Device).where(Device.name == old_name))
    if old is None:
        raise AdminRefused(f'no device named "{old_name}"')
    session.execute(update(Record).where(Record.device_id == old.id).values(device_id=device.id))
    old.revoked_at = old.revoked_at or utcnow()
    return list(
        session.scalars(select(DeviceVillage.village_code).where(DeviceVillage.device_id == old.id))
    )


def list_devices(db: Database) -> list[DeviceRow]:
    """Every device, by name."""
    with db.read() as session:
        devices = session.scalars(select(Device).order_by(Device.name)).all()
        links = session.execute(select(DeviceVillage.device_id, DeviceVillage.village_code)).all()
    villages: dict[str, list[str]] = {}
    for device_id, code in links:
        villages.setdefault(device_id, []).append(code)
    rows = []
    for d in devices:
        state = "revoked" if d.revoked_at else "enrolled" if d.enrolled_at else "waiting"
        rows.append(
            DeviceRow(
                d.name,
                state,
                tuple(sorted(villages.get(d.id, []))),
                d.created_at,
                d.enrolled_at,
                d.revoked_at,
            )
        )
    return rows


def revoke_device(db: Database, name: str, *, actor: str) -> None:
    """Revoke a device: its token and any unused code stop working on the next request."""

    def work(session: Session) -> None:
        device = session.scalar(select(Device).where(Device.name == name))
        if device is None:
            raise AdminRefused(f'no device named "{name}"')
        if device.revoked_at is None:
            device.revoked_at = utcnow()
            device.enrollment_code_hash = None
        record_admin_action(session, actor, "device.revoke", name)

    db.run_write(work)
    log.info("device revoked: %s", name)


def _villages_of(session: Session, device_id: str) -> list[str]:
    return sorted(
        session.scalars(
            select(DeviceVillage.village_code).where(DeviceVillage.device_id == device_id)
        )
    )


def enroll(db: Database, code: str, store_id: str) -> EnrollResponse:
    """Exchange a one-time code for a fresh token. Raises HQError 403 on a wrong, used or
    expired code. The conditional UPDATE makes the code single-use even under a race."""
    hashed = credentials.code_hash(code)
    token = credentials.new_token()

    def work(session: Session) -> EnrollResponse:
        device = session.scalar(select(Device).where(Device.enrollment_code_hash == hashed))
        if device is None or device.revoked_at is not None:
            raise HQError(403, "hq.enroll_code_invalid")
        if device.code_expires_at is None or device.code_expires_at <= utcnow():
            raise HQError(403, "hq.enroll_code_expired")
        claimed = session.execute(
            update(Device)
            .where(Device.id == device.id, Device.enrollment_code_hash == hashed)
            .values(
                enrollment_code_hash=None,
                token_hash=credentials.token_hash(token),
                enrolled_at=utcnow(),
                store_id=store_id,
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            raise HQError(403, "hq.enroll_code_invalid")
        return {
            "device_id": device.id,
            "device_name": device.name,
            "token": token,
            "villages": _villages_of(session, device.id),
        }

    response = db.run_write(work)
    log.info("device enrolled: %s", response["device_name"])
    return response


def authenticate(session: Session, token: str | None) -> DeviceContext:
    """The device holding ``token``; raises HQError 401 when missing, unknown or revoked."""
    if not token:
        raise HQError(401, "hq.auth_missing", headers={"WWW-Authenticate": "Bearer"})
    device = session.scalar(
        select(Device).where(Device.token_hash == credentials.token_hash(token))
    )
    if device is None:
        raise HQError(401, "hq.auth_invalid", headers={"WWW-Authenticate": "Bearer"})
    if device.revoked_at is not None:
        raise HQError(401, "hq.auth_revoked", headers={"WWW-Authenticate": "Bearer"})
    return DeviceContext(device.id, device.name, frozenset(_villages_of(session, device.id)))
