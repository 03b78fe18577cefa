"""Who runs a command: the operator's name and password for the command line.

From ``DESA_OPERATOR`` and ``DESA_PASSWORD`` (scripts, scheduled syncs), or asked for -
the password without echo - when the command runs in a terminal. Never from an argument:
command lines end up in shell histories and process lists.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desa_desktop.core import i18n
from desa_desktop.core.paths import resolve_data_dir
from desa_desktop.core.security.accounts import (
    AccessDenied,
    StoreState,
    Unlocked,
    store_state,
    unlock,
)
from desa_desktop.core.security.messages import say
from desa_desktop.core.services.errors import ValidationFailed

ENV_OPERATOR = "DESA_OPERATOR"
ENV_PASSWORD = "DESA_PASSWORD"
ENV_NEW_PASSWORD = "DESA_NEW_PASSWORD"


_NOT_SET_UP = (
    "Belum ada operator di {dir}. Mulai dengan: desa-desktop init --operator NAMA",
    "There is no operator in {dir} yet. Start with: desa-desktop init --operator NAME",
)
_NO_CREDENTIALS = (
    "Perintah ini perlu operator dan kata sandi: isi DESA_OPERATOR dan DESA_PASSWORD, "
    "atau jalankan di terminal.",
    "This command needs an operator and a password: set DESA_OPERATOR and DESA_PASSWORD, "
    "or run it in a terminal.",
)


class CliRefused(Exception):
    """The command cannot go on; the message is for the person at the terminal."""


def interactive() -> bool:
    return sys.stdin.isatty()


def operator_name(lang: str) -> str:
    name = os.environ.get(ENV_OPERATOR, "").strip()
    if not name and interactive():
        name = input("Operator: ").strip()
    if not name:
        raise CliRefused(say(_NO_CREDENTIALS, lang))
    return name


def password(lang: str, *, env: str = ENV_PASSWORD, prompt: str = "Kata sandi / Password: ") -> str:
    given = os.environ.get(env)
    if given:
        return given
    if not interactive():
        raise CliRefused(say(_NO_CREDENTIALS, lang))
    return getpass.getpass(prompt)


def new_password(lang: str, *, env: str) -> str:
    """A new password: from ``env``, or typed twice at the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    if not interactive():
        raise CliRefused(
            say(
                ("Isi {env} dengan kata sandi baru.", "Set {env} to the new password."),
                lang,
                env=env,
            )
        )
    first = getpass.getpass("Kata sandi baru / New password: ")
    if getpass.getpass("Ulangi / Repeat: ") != first:
        raise CliRefused(i18n.message("password.mismatch", lang))
    return first


@contextmanager
def refusals(lang: str) -> Iterator[None]:
    """A login or an account action refused becomes a CliRefused in the user's language."""
    try:
        yield
    except AccessDenied as denied:
        raise CliRefused(denied.message(lang)) from None
    except ValidationFailed as refused:
        raise CliRefused("\n".join(refused.messages(lang))) from None


def open_session(args: argparse.Namespace) -> Unlocked:
    """Log the operator in and open the store; a refusal says why in the user's language."""
    data_dir = resolve_data_dir(args.data_dir)
    if store_state(data_dir) in (StoreState.NEW, StoreState.UNENCRYPTED):
        raise CliRefused(say(_NOT_SET_UP, args.lang, dir=data_dir))
    name = operator_name(args.lang)
    with refusals(args.lang):
        return unlock(data_dir, name, password(args.lang))
