"""The ``desa-hq`` command line: serve the API, manage devices, review, export, audit.

``--db URL`` (or ``$DESA_HQ_DB``; default ``hq.sqlite`` in the platform's data folder) is
accepted before or after the command. Exit status: 0 done, 1 refused or failed (one line
per reason on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from desa_desktop import __version__
from desa_desktop.hq import cli_commands as commands
from desa_desktop.hq.audit import AdminRefused
from desa_desktop.hq.db import ENV_DB, resolve_db_url
from desa_desktop.hq.models import STATUSES
from desa_desktop.hq.ratelimit import (
    DEFAULT_DEVICE_LIMIT,
    DEFAULT_ENROLL_LIMIT,
    ENV_ENROLL_RATE_LIMIT,
    ENV_RATE_LIMIT,
)

Handler = Callable[[argparse.Namespace], int]


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # On sub-commands the default is SUPPRESS so a value given before the command survives.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=f"database URL, e.g. postgresql+psycopg://user@host/hq (default: ${ENV_DB} "
        "or hq.sqlite in the platform's data folder)",
    )


def _leaf(
    group: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    helptext: str,
    run: Handler,
) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=helptext, description=helptext)
    _common(parser)
    parser.set_defaults(run=run)
    return parser


def _device_parsers(group: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    device = group.add_parser("device", help="add, list and revoke field laptops")
    actions = device.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _leaf(
        actions,
        "add",
        "add a device; prints its one-time enrollment code last",
        commands.device_add,
    )
    add.add_argument("name", help="a name people recognise, e.g. 'Laptop Desa Bolok'")
    add.add_argument(
        "--village",
        action="append",
        default=[],
        metavar="CODE",
        help="a village this device may push for (repeatable; none: any village)",
    )
    add.add_argument(
        "--replaces",
        metavar="OLD_NAME",
        help="a lost or re-installed laptop's device: its records move to the new one, "
        "which takes its villages unless --village is given, and OLD_NAME is revoked",
    )
    _leaf(actions, "list", "list devices and their state", commands.device_list)
    revoke = _leaf(actions, "revoke", "revoke a device's access at once", commands.device_revoke)
    revoke.add_argument("name")


def _review_parsers(group: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = group.add_parser("review", help="list, approve, reject and correct registrations")
    actions = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = _leaf(actions, "list", "list registrations, undecided first", commands.review_list)
    listing.add_argument("--status", choices=STATUSES, help="only this status")
    listing.add_argument("--limit", type=int, default=1000, help="at most this many rows")
    approve = _leaf(
        actions, "approve", "approve and issue an 11-digit KPJ", commands.review_approve
    )
    target = approve.add_mutually_exclusive_group(required=True)
    target.add_argument("id", nargs="?", help="registration UUID (or a unique prefix)")
    target.add_argument("--all", action="store_true", help="every received registration")
    reject = _leaf(
        actions, "reject", "reject with a reason the village reads", commands.review_reject
    )
    reject.add_argument("id", help="registration UUID (or a unique prefix)")
    reject.add_argument("--reason", required=True, help="why, in words for the village")
    correct = _leaf(actions, "correct", "correct fields at HQ (validated)", commands.review_correct)
    correct.add_argument("id", help="registration UUID (or a unique prefix)")
    correct.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="a wire field and its new value; empty value clears it (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``desa-hq``."""
    parser = argparse.ArgumentParser(
        prog="desa-hq", description="Headquarters server of Desa Desktop."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, top=True)
    group = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = _leaf(group, "serve", "serve the HTTP API with uvicorn", commands.serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.add_argument(
        "--workers", type=int, default=1, help="worker processes (share one PostgreSQL)"
    )
    _serve_security(serve)
    _device_parsers(group)
    _review_parsers(group)
    export = _leaf(group, "export", "write every registration to a CSV file", commands.export)
    export.add_argument("file", help="the CSV file to write")
    audit = _leaf(group, "audit", "list the admin audit log, oldest first", commands.audit)
    audit.add_argument("--limit", type=int, default=100, help="the latest this many entries")
    audit.add_argument("--action", help="only actions starting with this, e.g. device or review")
    return parser


def _per_minute(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(
            f"expected a whole number of requests (0: off), not {text!r}"
        )
    return int(text)


def _serve_security(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--rate-limit",
        type=_per_minute,
        metavar="N",
        help=f"requests per minute per device, 0 for none (default: ${ENV_RATE_LIMIT} or "
        f"{DEFAULT_DEVICE_LIMIT}); over it HQ answers 429 with Retry-After",
    )
    serve.add_argument(
        "--enroll-rate-limit",
        type=_per_minute,
        metavar="N",
        help="wrong enrollment codes per minute per client address, 0 for none "
        f"(default: ${ENV_ENROLL_RATE_LIMIT} or {DEFAULT_ENROLL_LIMIT})",
    )
    serve.add_argument(
        "--ssl-certfile", metavar="FILE", help="serve HTTPS with this PEM certificate (chain)"
    )
    serve.add_argument("--ssl-keyfile", metavar="FILE", help="the certificate's PEM private key")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``desa-hq`` with ``argv``; returns the exit status."""
    args = build_parser().parse_args(argv)
    args.db = resolve_db_url(getattr(args, "db", None))
    run: Handler = args.run
    try:
        return run(args)
    except AdminRefused as refused:
        for line in refused.lines:
            print(line, file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(
            f"database error ({_safe_url(args.db)}): {type(exc).__name__}: {exc.args[0] if exc.args else ''}"[
                :500
            ],
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(f"{exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


def _safe_url(url: str) -> str:
    """The URL without a password, for error messages."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        credentials, _, host = rest.rpartition("@")
        rest = f"{credentials.split(':', 1)[0]}@{host}"
    return scheme + sep + rest


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
