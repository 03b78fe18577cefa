"""``init``, ``operator`` and ``password``: setting up the store and its operator accounts."""

from __future__ import annotations

import argparse
import sys

from desa_desktop.cli_session import (
    ENV_NEW_PASSWORD,
    ENV_PASSWORD,
    new_password,
    open_session,
    operator_name,
    password,
    refusals,
)
from desa_desktop.core.domain.choices import Role, label
from desa_desktop.core.paths import resolve_data_dir
from desa_desktop.core.security import accounts
from desa_desktop.core.security.messages import LOST_PASSWORDS_WARNING, say
from desa_desktop.core.store.engine import Store


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="create the encrypted store and its first operator, the admin "
        "(an existing unencrypted store is encrypted, after a backup)",
        description="The password comes from DESA_PASSWORD, or is asked for twice without echo.",
    )
    init.add_argument("--operator", required=True, metavar="NAME", help="the admin's name")
    operator = commands.add_parser(
        "operator",
        help="operator accounts (admin): list, add, reset-password, deactivate",
        description="Run as the admin (DESA_OPERATOR/DESA_PASSWORD or asked for). A new "
        "password comes from DESA_NEW_PASSWORD, or is asked for twice without echo.",
    )
    actions = operator.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every operator, with role and state")
    add = actions.add_parser("add", help="add an operator")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="may also manage operators")
    reset = actions.add_parser("reset-password", help="give an operator a new password")
    reset.add_argument("name")
    off = actions.add_parser("deactivate", help="close an account: its password opens nothing")
    off.add_argument("name")
    commands.add_parser(
        "password",
        help="change your own password",
        description="The new password comes from DESA_NEW_PASSWORD, or is asked for twice.",
    )


def init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    state = accounts.store_state(data_dir)
    if state in (accounts.StoreState.LOCKED, accounts.StoreState.KEY_MISSING):
        print(accounts.AccessDenied("login.set_up_already").message(args.lang), file=sys.stderr)
        return 1
    print(say(LOST_PASSWORDS_WARNING, args.lang), file=sys.stderr)
    secret = new_password(args.lang, env=ENV_PASSWORD)
    with refusals(args.lang):
        unlocked = accounts.initialize(data_dir, args.operator, secret)
    unlocked.store.close()
    done = (
        "encrypted the existing store in" if state is accounts.StoreState.UNENCRYPTED else "created"
    )
    print(f"{done} {data_dir}; admin: {unlocked.operator.name}")
    return 0


def operator(args: argparse.Namespace) -> int:
    unlocked = open_session(args)
    store, actor = unlocked.store, unlocked.operator
    try:
        with refusals(args.lang):
            _operator_action(args, store, actor)
    finally:
        store.close()
    return 0


def _operator_action(args: argparse.Namespace, store: Store, actor: accounts.Operator) -> None:
    if args.action == "list":
        for row in accounts.list_operators(store):
            state = "" if row.active else " (nonaktif/deactivated)"
            print(f"{row.name:<30} {label(row.role, args.lang):<10}{state}")
    elif args.action == "add":
        role = Role.ADMIN if args.admin else Role.OPERATOR
        secret = new_password(args.lang, env=ENV_NEW_PASSWORD)
        accounts.add_operator(store, actor, args.name, secret, role)
        print(f"added {args.name.strip()} ({role.value})")
    elif args.action == "reset-password":
        accounts.reset_password(
            store, actor, args.name, new_password(args.lang, env=ENV_NEW_PASSWORD)
        )
        print(f"new password set for {args.name.strip()}")
    else:
        accounts.deactivate(store, actor, args.name)
        print(f"deactivated {args.name.strip()}")


def change_password(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    name, current = operator_name(args.lang), password(args.lang)
    with refusals(args.lang):
        unlocked = accounts.unlock(data_dir, name, current)
    try:
        secret = new_password(args.lang, env=ENV_NEW_PASSWORD)
        with refusals(args.lang):
            accounts.change_password(unlocked.store, unlocked.operator, current, secret)
    finally:
        unlocked.store.close()
    print("password changed")
    return 0
