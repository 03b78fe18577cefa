"""Operators: setting up the store, logging in, and the admin's work on accounts.

The store is encrypted with one random data key (``core.store.cipher``). ``keys.json`` holds
that key wrapped once per operator under their password (``keyring``); the ``operator`` table
inside the encrypted store says who they are and what they may do. Logging in is unwrapping:
no password, no key, no data - not for this app and not for anyone who copies the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desa_desktop.core import i18n
from desa_desktop.core.domain.choices import Role
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.security.encryption import encrypt_store
from desa_desktop.core.security.keyring import (
    Entry,
    Keyring,
    delay_after,
    keyring_path,
    normalize_name,
)
from desa_desktop.core.security.keys import WrongPassword, burn_time, unwrap, wrap
from desa_desktop.core.services.changes import audit
from desa_desktop.core.services.errors import ValidationFailed, check_findings, refuse
from desa_desktop.core.store import cipher
from desa_desktop.core.store.engine import DB_FILENAME, Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import OperatorAccount
from desa_desktop.core.timestamps import utcnow

MIN_PASSWORD = 8
NAME_PATTERN = re.compile(r"[^\W_](?:[\w .'\-]*[^\W_])?")
NAME_MAX = 60


class AccessDenied(Exception):
    """A login or an account action refused; ``message(lang)`` says why to a person."""

    def __init__(self, code: str, /, **params: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return i18n.message(self.code, lang, **self.params)


@dataclass(frozen=True)
class Operator:
    """Who is working: the name every audit entry carries, and what they may do."""

    name: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


@dataclass
class Unlocked:
    store: Store
    operator: Operator


@dataclass(frozen=True)
class OperatorRow:
    name: str
    role: Role
    active: bool
    created_at: datetime
    created_by: str
    password_set_at: datetime


class StoreState(StrEnum):
    NEW = "new"  # nothing here yet: set up the first operator
    UNENCRYPTED = "unencrypted"  # a store from before encryption: set up, then it is encrypted
    LOCKED = "locked"  # operators exist: log in
    KEY_MISSING = "key_missing"  # an encrypted store without keys.json: cannot be opened


def store_state(data_dir: Path) -> StoreState:
    store_path = data_dir / DB_FILENAME
    if keyring_path(data_dir).exists():
        return StoreState.LOCKED
    if not store_path.exists() or store_path.stat().st_size == 0:
        return StoreState.NEW
    if cipher.is_plaintext(store_path):
        return StoreState.UNENCRYPTED
    return StoreState.KEY_MISSING


def check_new_operator(name: str, password: str) -> list[Issue]:
    """What is wrong with a new operator's name and password (as field findings)."""
    found: list[Issue] = []
    if not NAME_PATTERN.fullmatch(name.strip()) or len(name.strip()) > NAME_MAX:
        found.append(Issue.error("operator_name", "operator.name_invalid"))
    return found + check_password(name, password)


def check_password(name: str, password: str) -> list[Issue]:
    if len(password) < MIN_PASSWORD:
        return [Issue.error("password", "password.short", min=MIN_PASSWORD)]
    if normalize_name(password) == normalize_name(name):
        return [Issue.error("password", "password.like_name")]
    return []


def initialize(data_dir: Path, name: str, password: str) -> Unlocked:
    """Set up ``data_dir`` with its first operator, the admin, and open it.

    A new folder gets a new encrypted store; a store from before encryption is encrypted
    (after an encrypted copy is kept in ``backups/``). Refused when operators exist already.
    """
    state = store_state(data_dir)
    if state in (StoreState.LOCKED, StoreState.KEY_MISSING):
        raise AccessDenied("login.set_up_already")
    check_findings(check_new_operator(name, password), confirm_warnings=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    key = cipher.new_data_key()
    keyring = Keyring(keyring_path(data_dir))
    _set_password(keyring, name, password, key)
    # The keyring first: from here a crash leaves a store anyone set up can log in to and
    # finish (see ``unlock``), never an encrypted file without its key.
    keyring.save()
    return _open(data_dir, key, name)


def unlock(data_dir: Path, name: str, password: str, *, now: datetime | None = None) -> Unlocked:
    """Log ``name`` in: unwrap the data key with ``password`` and open the store with it."""
    key = unwrap_key(data_dir, name, password, now=now)
    return _open(data_dir, key, name)


def verify(store: Store, name: str, password: str, *, now: datetime | None = None) -> Operator:
    """Log ``name`` in to a store that is already open (the app's lock screen)."""
    key = unwrap_key(store.path.parent, name, password, now=now)
    if key != store.key:
        raise AccessDenied("login.wrong")
    with store.read() as session:
        return _operator(session, name)


def _open(data_dir: Path, key: bytes, name: str) -> Unlocked:
    if cipher.is_plaintext(data_dir / DB_FILENAME):
        encrypt_store(data_dir, key)  # set up before, or a crash cut the encryption short
    store = open_store(data_dir, key)
    try:
        with store.write() as session:
            has_operators = session.scalar(select(func.count()).select_from(OperatorAccount))
            if not has_operators:  # the first operator to open a store is its admin
                _add_row(session, name, Role.ADMIN, created_by=name.strip())
        with store.read() as session:
            operator = _operator(session, name)
    except BaseException:
        store.close()
        raise
    return Unlocked(store, operator)


def _operator(session: Session, name: str) -> Operator:
    row = _row(session, name)
    if row is None:  # a keyring entry without its account: only a crash mid-add leaves one
        raise AccessDenied("login.wrong")
    if not row.active:
        raise AccessDenied("login.inactive")
    return Operator(row.name, row.role)


def _row(session: Session, name: str) -> OperatorAccount | None:
    return session.scalar(
        select(OperatorAccount).where(OperatorAccount.name_key == normalize_name(name))
    )


def unwrap_key(data_dir: Path, name: str, password: str, *, now: datetime | None = None) -> bytes:
    """The data key, unwrapped with ``name``'s password: every login goes through here, with
    its slowdown and lockout."""
    now = now or utcnow()
    keyring = Keyring.load(data_dir)
    if keyring is None:
        new = store_state(data_dir) in (StoreState.NEW, StoreState.UNENCRYPTED)
        raise AccessDenied("login.not_set_up" if new else "login.no_key")
    entry = keyring.entry(name)
    if entry is None:
        burn_time(password)  # as slow as a wrong password: the answer does not tell names apart
        raise AccessDenied("login.wrong")
    if entry.locked_until is not None and now < entry.locked_until:
        raise _locked(entry.locked_until - now)
    try:
        key = unwrap(entry.wrapped, password, keyring.entry_id(name).encode())
    except WrongPassword:
        entry.failures += 1
        delay = delay_after(entry.failures)
        entry.locked_until = now + delay if delay else None
        keyring.save()
        raise _locked(delay) if delay else AccessDenied("login.wrong") from None
    if entry.failures:
        entry.failures, entry.locked_until = 0, None
        keyring.save()
    return key


def _locked(left: timedelta) -> AccessDenied:
    seconds = max(1, int(left.total_seconds() + 0.999))
    if seconds < 60:
        return AccessDenied("login.wait", seconds=seconds)
    return AccessDenied("login.locked", minutes=(seconds + 59) // 60)


def _set_password(keyring: Keyring, name: str, password: str, key: bytes) -> None:
    entry_id = keyring.entry_id(name)
    keyring.entries[entry_id] = Entry(wrap(key, password, entry_id.encode()))


def _add_row(session: Session, name: str, role: Role, created_by: str) -> OperatorAccount:
    row = OperatorAccount(
        name=name.strip(), name_key=normalize_name(name), role=role, created_by=created_by
    )
    session.add(row)
    session.flush()
    audit(
        session,
        operator=created_by,
        action="operator.add",
        entity="operator",
        entity_uuid=row.uuid,
        version=None,
        changes={"name": [None, row.name], "role": [None, role.value]},
    )
    return row


def _require_admin(actor: Operator) -> None:
    if not actor.is_admin:
        raise AccessDenied("operator.admin_only")


def _keyring(store: Store) -> Keyring:
    keyring = Keyring.load(store.path.parent)
    if keyring is None:
        raise AccessDenied("login.no_key")
    return keyring


def add_operator(
    store: Store, actor: Operator, name: str, password: str, role: Role = Role.OPERATOR
) -> Operator:
    """The admin adds an operator, who logs in with ``password`` from now on."""
    _require_admin(actor)
    check_findings(check_new_operator(name, password), confirm_warnings=True)
    keyring = _keyring(store)
    with store.write() as session:
        if _row(session, name) is not None:
            raise refuse("operator_name", "operator.name_taken", name=name.strip())
        row = _add_row(session, name, role, created_by=actor.name)
        # Inside the transaction: if the keyring cannot be written, the account is not made.
        _set_password(keyring, name, password, store.key)
        keyring.save()
    return Operator(row.name, row.role)


def reset_password(store: Store, actor: Operator, name: str, new_password: str) -> None:
    """The admin gives ``name`` a new password (re-wrapping the key); a deactivated account
    is active again, and a lockout ends."""
    _require_admin(actor)
    _replace_password(store, actor, name, new_password, action="operator.reset_password")


def change_password(store: Store, operator: Operator, old_password: str, new_password: str) -> None:
    """An operator changes their own password, proving the old one first."""
    verify(store, operator.name, old_password)
    _replace_password(store, operator, operator.name, new_password, action="operator.password")


def _replace_password(
    store: Store, actor: Operator, name: str, new_password: str, *, action: str
) -> None:
    check_findings(check_password(name, new_password), confirm_warnings=True)
    keyring = _keyring(store)
    with store.write() as session:
        row = _row(session, name)
        if row is None:
            raise refuse("operator_name", "operator.unknown", name=name.strip())
        changes = {"active": [False, True]} if not row.active else None
        row.active, row.password_set_at = True, utcnow()
        audit(
            session,
            operator=actor.name,
            action=action,
            entity="operator",
            entity_uuid=row.uuid,
            version=None,
            changes=changes,
        )
        _set_password(keyring, name, new_password, store.key)
        keyring.save()


def deactivate(store: Store, actor: Operator, name: str) -> None:
    """The admin closes an account: its key wrap is destroyed, so its password opens nothing."""
    _require_admin(actor)
    keyring = _keyring(store)
    with store.write() as session:
        row = _row(session, name)
        if row is None:
            raise refuse("operator_name", "operator.unknown", name=name.strip())
        if row.role is Role.ADMIN:
            admins = session.scalar(
                select(func.count())
                .select_from(OperatorAccount)
                .where(OperatorAccount.role == Role.ADMIN, OperatorAccount.active.is_(True))
            )
            if (admins or 0) <= 1:
                raise refuse("operator_name", "operator.last_admin")
        row.active = False
        audit(
            session,
            operator=actor.name,
            action="operator.deactivate",
            entity="operator",
            entity_uuid=row.uuid,
            version=None,
            changes={"active": [True, False]},
        )
        keyring.entries.pop(keyring.entry_id(name), None)
        keyring.save()


def list_operators(store: Store) -> list[OperatorRow]:
    with store.read() as session:
        rows = session.scalars(select(OperatorAccount).order_by(OperatorAccount.name_key))
        return [
            OperatorRow(r.name, r.role, r.active, r.created_at, r.created_by, r.password_set_at)
            for r in rows
        ]


__all__ = [
    "AccessDenied",
    "Operator",
    "OperatorRow",
    "StoreState",
    "Unlocked",
    "ValidationFailed",
    "add_operator",
    "change_password",
    "deactivate",
    "initialize",
    "list_operators",
    "reset_password",
    "store_state",
    "unlock",
    "unwrap_key",
    "verify",
]
