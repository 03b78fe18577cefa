"""Operators and logins, tried as an attacker would: wrong, missing and guessed passwords."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from samples import BOLOK, TODAY, worker
from sqlalchemy import select

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security import accounts
from desa_desktop.core.security.accounts import AccessDenied, Operator, StoreState
from desa_desktop.core.security.keyring import Keyring
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.models import AuditEntry
from desa_desktop.core.timestamps import utcnow

ADMIN, ADMIN_PASSWORD = "Maria Ndun", "bolok-aman-2026"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    unlocked = accounts.initialize(folder, ADMIN, ADMIN_PASSWORD)
    add_village(unlocked.store, BOLOK, ADMIN)
    unlocked.store.close()
    yield folder


def test_a_new_folder_is_set_up_with_its_first_operator_as_admin(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    assert accounts.store_state(folder) is StoreState.NEW
    unlocked = accounts.initialize(folder, " Maria  Ndun ", ADMIN_PASSWORD)
    unlocked.store.close()
    assert unlocked.operator == Operator("Maria  Ndun", Role.ADMIN)
    assert accounts.store_state(folder) is StoreState.LOCKED
    with pytest.raises(AccessDenied) as again:
        accounts.initialize(folder, "Someone Else", "another-password")
    assert again.value.code == "login.set_up_already"


def test_login_with_the_right_password_opens_the_store(data_dir: Path) -> None:
    unlocked = accounts.unlock(data_dir, "maria ndun", ADMIN_PASSWORD)  # names compare loosely
    try:
        assert unlocked.operator.name == ADMIN and unlocked.operator.is_admin
        assert accounts.list_operators(unlocked.store)[0].name == ADMIN
    finally:
        unlocked.store.close()


@pytest.mark.parametrize(
    ("name", "password"),
    [(ADMIN, "wrong-password"), (ADMIN, ""), ("Nobody Here", ADMIN_PASSWORD), ("", "")],
)
def test_wrong_or_missing_credentials_open_nothing_and_do_not_say_which(
    data_dir: Path, name: str, password: str
) -> None:
    with pytest.raises(AccessDenied) as refused:
        accounts.unlock(data_dir, name, password)
    assert refused.value.code == "login.wrong"
    assert refused.value.message("en") == "Wrong operator name or password."


def test_repeated_wrong_passwords_slow_down_then_lock_the_account(data_dir: Path) -> None:
    now = utcnow()
    codes = []
    for attempt in range(6):
        moment = now + timedelta(hours=attempt)  # each try after any wait has passed
        with pytest.raises(AccessDenied) as refused:
            accounts.unlock(data_dir, ADMIN, f"guess-{attempt}", now=moment)
        codes.append(refused.value.code)
    assert codes == ["login.wrong", "login.wrong"] + ["login.wait"] * 2 + ["login.locked"] * 2
    last = now + timedelta(hours=5)
    # Locked: even the right password is not tried until the lockout ends.
    with pytest.raises(AccessDenied) as locked:
        accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD, now=last + timedelta(minutes=1))
    assert locked.value.code == "login.locked"
    assert "Try again in 9 minutes" in locked.value.message("en")
    unlocked = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD, now=last + timedelta(minutes=11))
    unlocked.store.close()
    keyring = Keyring.load(data_dir)
    assert keyring is not None
    assert all(entry.failures == 0 for entry in keyring.entries.values())  # success resets


def test_the_key_file_names_no_operator_and_holds_no_key_in_the_clear(data_dir: Path) -> None:
    text = (data_dir / "keys.json").read_text(encoding="utf-8")
    assert "maria" not in text.lower() and "ndun" not in text.lower()
    unlocked = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    unlocked.store.close()
    assert unlocked.store.key.hex() not in text
    document = json.loads(text)
    assert set(document) == {"format", "name_salt", "operators"}


def test_a_wrap_copied_onto_another_operators_entry_does_not_open(data_dir: Path) -> None:
    admin = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    accounts.add_operator(admin.store, admin.operator, "Yakob Ndun", "yakob-password-1")
    admin.store.close()
    keyring = Keyring.load(data_dir)
    assert keyring is not None
    admin_id, yakob_id = keyring.entry_id(ADMIN), keyring.entry_id("Yakob Ndun")
    keyring.entries[yakob_id] = keyring.entries[admin_id]  # an operator swaps in the admin's
    keyring.save()
    with pytest.raises(AccessDenied):
        accounts.unlock(data_dir, "Yakob Ndun", ADMIN_PASSWORD)


def test_admin_manages_operators_and_every_change_names_who_did_it(data_dir: Path) -> None:
    admin = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    store = admin.store
    try:
        accounts.add_operator(store, admin.operator, "Yakob Ndun", "yakob-password-1")
        with pytest.raises(ValidationFailed) as taken:
            accounts.add_operator(store, admin.operator, "YAKOB ndun", "yakob-password-2")
        assert taken.value.issues[0].field == "operator_name"
        with pytest.raises(ValidationFailed) as short:
            accounts.add_operator(store, admin.operator, "Ani", "short")
        assert short.value.issues[0].field == "password"
        assert [row.name for row in accounts.list_operators(store)] == [ADMIN, "Yakob Ndun"]
    finally:
        store.close()

    yakob = accounts.unlock(data_dir, "Yakob Ndun", "yakob-password-1")
    try:
        assert yakob.operator.role is Role.OPERATOR
        with pytest.raises(AccessDenied) as not_admin:
            accounts.add_operator(yakob.store, yakob.operator, "Ani Lado", "ani-password-1")
        assert not_admin.value.code == "operator.admin_only"
        with pytest.raises(AccessDenied):
            accounts.reset_password(yakob.store, yakob.operator, ADMIN, "taken-over-123")
        register(yakob.store, worker(), yakob.operator.name, today=TODAY)
        accounts.change_password(yakob.store, yakob.operator, "yakob-password-1", "yakob-new-pass")
        with yakob.store.read() as session:
            who = {e.action: e.operator for e in session.scalars(select(AuditEntry))}
        assert who["register"] == "Yakob Ndun"
        assert who["operator.add"] == ADMIN
        assert who["operator.password"] == "Yakob Ndun"
    finally:
        yakob.store.close()
    with pytest.raises(AccessDenied):
        accounts.unlock(data_dir, "Yakob Ndun", "yakob-password-1")  # the old one is gone


def test_deactivated_operator_is_refused_and_a_reset_lets_them_back(data_dir: Path) -> None:
    admin = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        accounts.add_operator(admin.store, admin.operator, "Yakob Ndun", "yakob-password-1")
        accounts.deactivate(admin.store, admin.operator, "Yakob Ndun")
        with pytest.raises(ValidationFailed) as last:
            accounts.deactivate(admin.store, admin.operator, ADMIN)
        assert last.value.issues[0].code == "operator.last_admin"
    finally:
        admin.store.close()
    with pytest.raises(AccessDenied) as refused:
        accounts.unlock(data_dir, "Yakob Ndun", "yakob-password-1")
    assert refused.value.code == "login.wrong"  # the wrap is destroyed: the password opens nothing

    admin = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    accounts.reset_password(admin.store, admin.operator, "Yakob Ndun", "yakob-fresh-start")
    admin.store.close()
    back = accounts.unlock(data_dir, "Yakob Ndun", "yakob-fresh-start")
    back.store.close()
    assert back.operator.name == "Yakob Ndun"


def test_the_lock_screen_check_needs_the_same_password(data_dir: Path) -> None:
    admin = accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert accounts.verify(admin.store, ADMIN, ADMIN_PASSWORD).is_admin
        with pytest.raises(AccessDenied):
            accounts.verify(admin.store, ADMIN, "not-the-password")
    finally:
        admin.store.close()


def test_without_the_key_file_the_store_cannot_be_opened(data_dir: Path) -> None:
    (data_dir / "keys.json").unlink()
    assert accounts.store_state(data_dir) is StoreState.KEY_MISSING
    with pytest.raises(AccessDenied) as refused:
        accounts.unlock(data_dir, ADMIN, ADMIN_PASSWORD)
    assert refused.value.code == "login.no_key"
    with pytest.raises(AccessDenied):
        accounts.initialize(data_dir, "New Admin", "a-new-password")  # never over old data
