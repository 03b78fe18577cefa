"""The ``desa-desktop`` command line. Each command is a thin face over a core service."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desa_desktop import __version__
from desa_desktop.core import i18n
from desa_desktop.core.domain.choices import label
from desa_desktop.core.paths import ENV_DATA_DIR, resolve_data_dir
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.info import store_info
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.migrate import open_store
from desa_desktop.sync.engine import sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.http import SyncError

DEFAULT_OPERATOR = "cli"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desa-desktop",
        description="Offline-first registration for Desa Sadar Jaminan Sosial Ketenagakerjaan.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where the local store lives (default: ${ENV_DATA_DIR} or the platform's data folder)",
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANG, help="message language"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the desktop app (the default when no command is given)")
    commands.add_parser("info", help="data directory, schema version, counts by village and status")
    village = commands.add_parser("village-add", help="add a village this laptop serves")
    village.add_argument("code", help="Kemendagri village code, e.g. 53.01.05.2001 or 5301052001")
    village.add_argument("--officials", type=int, default=0, help="number of village officials")
    village.add_argument("--workers", type=int, default=0, help="target number of workers")
    village.add_argument("--name", help="village name, for a code missing from the region list")
    village.add_argument("--yes", action="store_true", help="accept warnings")
    enroll = commands.add_parser("enroll", help="enroll this laptop with HQ using a one-time code")
    enroll.add_argument(
        "--server", required=True, metavar="URL", help="HQ address, e.g. https://hq.example.id"
    )
    enroll.add_argument("--code", required=True, help="the one-time enrollment code from HQ")
    commands.add_parser("sync", help="send everything waiting to HQ and fetch HQ's answers")
    demo = commands.add_parser(
        "demo",
        help="open the app on demo data: a sample village, with a local HQ on 127.0.0.1",
        description="Open the app on its own demo data directory (default: the platform's data "
        "folder/demo, or --data-dir), filled with a sample village, with a local HQ served in the "
        "background on 127.0.0.1 until the window closes.",
    )
    demo.add_argument("--fresh", action="store_true", help="wipe the demo data and build it again")
    return parser


def _info(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    store = open_store(data_dir)
    try:
        info = store_info(store)
    finally:
        store.close()
    print(f"data directory: {data_dir}")
    print(f"database:       {info.path}")
    print(f"schema:         {info.schema_revision}")
    print(f"villages:       {len(info.villages)}")
    print(f"sessions:       {info.sessions}")
    print(f"waiting for HQ: {info.outbox}")
    for code, name in info.villages.items():
        print(f"\n{code} {name}")
        rows = sorted((k, n) for k, n in info.counts.items() if k[0] == code)
        if not rows:
            print("  (no registrations yet)")
        for (_, kind, status), n in rows:
            print(f"  {label(kind, args.lang):<16} {label(status, args.lang):<18} {n:>7}")
    return 0


def _village_add(args: argparse.Namespace) -> int:
    store = open_store(resolve_data_dir(args.data_dir))
    try:
        changes = add_village(
            store,
            args.code,
            DEFAULT_OPERATOR,
            target_officials=args.officials,
            target_workers=args.workers,
            name=args.name,
            confirm_warnings=args.yes,
        )
    except ValidationFailed as refused:
        for issue in refused.issues:
            print(f"{issue.field}: {issue.message(args.lang)}", file=sys.stderr)
        if refused.needs_confirmation:
            print("(--yes to accept)", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"added {changes.village_codes[0]}")
    return 0


def _enroll(args: argparse.Namespace) -> int:
    store = open_store(resolve_data_dir(args.data_dir))
    try:
        enrolled, villages = enroll(store, args.server, args.code)
    except SyncError as error:
        print(error.message_en if args.lang == "en" else error.message, file=sys.stderr)
        return 1
    finally:
        store.close()
    scope = ", ".join(villages) if villages else "all"
    print(f"enrolled as {enrolled.device_name} at {enrolled.url} (villages: {scope})")
    return 0


def _sync(args: argparse.Namespace) -> int:
    store = open_store(resolve_data_dir(args.data_dir))
    try:
        report = sync_once(store)
    finally:
        store.close()
    print(
        f"sent {report.sent}, accepted {report.accepted}, already held {report.already_held}, "
        f"conflicts {report.conflicts}, rejected {report.rejected}, pulled {report.pulled}"
    )
    if report.error is not None:
        error = report.error
        print(error.message_en if args.lang == "en" else error.message, file=sys.stderr)
    elif report.remaining:
        print(f"{report.remaining} record(s) still waiting to be sent", file=sys.stderr)
    if report.needs_attention:
        print(
            f"{report.needs_attention} record(s) need a person: conflicts with HQ or refused by HQ",
            file=sys.stderr,
        )
    return 0 if report.ok else 1


def _gui(args: argparse.Namespace) -> int:
    from desa_desktop.ui.app import run_gui  # Qt only when the window is wanted

    return run_gui(resolve_data_dir(args.data_dir))


def _demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from platformdirs import user_data_dir

    from desa_desktop.core.paths import APP_NAME
    from desa_desktop.demo import DemoError, build_demo

    if args.data_dir:
        data_dir = Path(args.data_dir).expanduser().resolve()
    else:  # never the real data folder: the demo lives beside it
        data_dir = Path(user_data_dir(APP_NAME, appauthor=False)) / "demo"
    print(f"demo data: {data_dir} (preparing, a few seconds the first time)")
    try:
        demo = build_demo(data_dir, fresh=args.fresh)
    except DemoError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"local HQ: {demo.hq_url} (stops when the window closes)")
    try:
        from desa_desktop.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(data_dir)
    finally:
        demo.stop()


COMMANDS = {
    "gui": _gui,
    "demo": _demo,
    "info": _info,
    "village-add": _village_add,
    "enroll": _enroll,
    "sync": _sync,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``desa-desktop``."""
    args = _parser().parse_args(argv)
    return COMMANDS[args.command or "gui"](args)


if __name__ == "__main__":
    raise SystemExit(main())
