"""The ``desa-desktop`` command line. Each command is a thin face over a core service."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desa_desktop import __version__
from desa_desktop.cli_operators import add_commands as operator_commands
from desa_desktop.cli_operators import change_password, init, operator
from desa_desktop.cli_session import CliRefused, open_session, operator_name, password, refusals
from desa_desktop.core import i18n
from desa_desktop.core.domain.choices import label
from desa_desktop.core.logs import setup_logging
from desa_desktop.core.paths import ENV_DATA_DIR, resolve_data_dir
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.info import store_info
from desa_desktop.core.services.villages import add_village
from desa_desktop.sync.engine import sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.http import SyncError
from desa_desktop.sync.transport import read_ca_bundle


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
    enroll.add_argument(
        "--ca-bundle",
        metavar="FILE",
        help="PEM file of the CA that signed HQ's certificate (a private CA); kept with the "
        "enrollment and trusted instead of the system's CAs for every later sync",
    )
    enroll.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow a plain http:// address to another machine (closed networks only: the "
        "token and people's data travel unencrypted); http:// to this laptop needs no flag",
    )
    commands.add_parser("sync", help="send everything waiting to HQ and fetch HQ's answers")
    demo = commands.add_parser(
        "demo",
        help="open the app on demo data: a sample village, with a local HQ on 127.0.0.1",
        description="Open the app on its own demo data directory (default: the platform's data "
        "folder/demo, or --data-dir), filled with a sample village, with a local HQ served in the "
        "background on 127.0.0.1 until the window closes.",
    )
    demo.add_argument("--fresh", action="store_true", help="wipe the demo data and build it again")
    backup = commands.add_parser(
        "backup", help="copy the local store to FILE (a consistent copy, even while the app runs)"
    )
    backup.add_argument("file", metavar="FILE", help="the backup file to write, or a folder")
    restore = commands.add_parser(
        "restore",
        help="replace the local store with the backup FILE (checked first; the current data "
        "is kept in backups/)",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by desa-desktop backup")
    _spreadsheet_commands(commands)
    operator_commands(commands)
    return parser


def _spreadsheet_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``import`` and ``export``: spreadsheets in and out (CSV or XLSX, by extension)."""
    imported = commands.add_parser(
        "import",
        help="import officials or workers from a CSV or XLSX file in the template",
        description="Prints one line per rejected row, then 'imported N, updated N, skipped N, "
        "rejected N'. Exit status 0: every row saved or unchanged; 1: some rows rejected (the "
        "others are saved); 2: the file itself is unusable (nothing saved).",
    )
    imported.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    imported.add_argument("--kind", required=True, choices=("workers", "officials"))
    imported.add_argument(
        "--consent-on-paper",
        action="store_true",
        help="every person in the file agreed to data processing on a signed paper form "
        "(recorded as taken by this operator now); without it, rows need a 'persetujuan' "
        "column saying ya",
    )
    imported.add_argument(
        "--rejects", metavar="OUT", help="also save the rejected rows, with their errors, to OUT"
    )
    exported = commands.add_parser(
        "export", help="export workers, officials or sessions to a CSV or XLSX file"
    )
    exported.add_argument("file", metavar="FILE", help="a .csv or .xlsx file to write")
    exported.add_argument("--kind", required=True, choices=("workers", "officials", "sessions"))
    exported.add_argument("--village", metavar="CODE", help="only this village")


def _info(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    store = open_session(args).store
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
    unlocked = open_session(args)
    store = unlocked.store
    try:
        changes = add_village(
            store,
            args.code,
            unlocked.operator.name,
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
    try:
        ca_pem = read_ca_bundle(args.ca_bundle) if args.ca_bundle else None
    except SyncError as error:
        print(error.message_en if args.lang == "en" else error.message, file=sys.stderr)
        return 1
    store = open_session(args).store
    try:
        enrolled, villages = enroll(
            store,
            args.server,
            args.code,
            ca_pem=ca_pem,
            allow_insecure_http=args.allow_insecure_http,
        )
    except SyncError as error:
        print(error.message_en if args.lang == "en" else error.message, file=sys.stderr)
        return 1
    finally:
        store.close()
    scope = ", ".join(villages) if villages else "all"
    print(f"enrolled as {enrolled.device_name} at {enrolled.url} (villages: {scope})")
    return 0


def _sync(args: argparse.Namespace) -> int:
    store = open_session(args).store
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
    from desa_desktop.demo import DEMO_PASSWORD, OPERATOR, DemoError, build_demo, login

    if args.data_dir:
        data_dir = Path(args.data_dir).expanduser().resolve()
    else:  # never the real data folder: the demo lives beside it
        data_dir = Path(user_data_dir(APP_NAME, appauthor=False)) / "demo"
    setup_logging(data_dir)
    print(f"demo data: {data_dir} (preparing, a few seconds the first time)")
    try:
        demo = build_demo(data_dir, fresh=args.fresh)
    except DemoError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"local HQ: {demo.hq_url} (stops when the window closes)")
    print(f"demo operator: {OPERATOR}, password: {DEMO_PASSWORD} (for the lock screen)")
    try:
        from desa_desktop.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(data_dir, login(data_dir))
    finally:
        demo.stop()


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desa_desktop.core.store.backups import backup_now

    store = open_session(args).store
    try:
        written = backup_now(store, Path(args.file).expanduser())
    except OSError as error:
        print(f"backup failed: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"backed up {store.path} to {written} (encrypted; its keys in {written}.keys.json)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desa_desktop.core.security.restore import restore_backup
    from desa_desktop.core.store.backups import RestoreRefused

    source = Path(args.file).expanduser()
    try:
        with refusals(args.lang):
            restored = restore_backup(
                resolve_data_dir(args.data_dir),
                source,
                operator_name(args.lang),
                password(args.lang),
                lang=args.lang,
            )
    except RestoreRefused as refused:
        print(f"not restored: {source}", file=sys.stderr)
        for problem in refused.problems:
            print(f"  {problem}", file=sys.stderr)
        print("the current data was not changed", file=sys.stderr)
        return 1
    print(f"restored {source} into {restored.store}")
    if restored.previous is not None:
        print(f"the data from before the restore is kept in {restored.previous}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from desa_desktop.core.domain.choices import Kind
    from desa_desktop.core.services.importer import UnusableFile, import_file, write_rejects

    kind = Kind.WORKER if args.kind == "workers" else Kind.OFFICIAL
    unlocked = open_session(args)
    store = unlocked.store
    try:
        report = import_file(
            store, args.file, kind, unlocked.operator.name, consent_on_paper=args.consent_on_paper
        )
    except UnusableFile as unusable:
        print(f"{args.file}: {unusable.message(args.lang)}", file=sys.stderr)
        return 2
    finally:
        store.close()
    by_row: dict[int, list[str]] = {}
    for problem in report.problems:
        text = f"{problem.field}: {problem.message(args.lang)}"
        if problem.is_error:
            by_row.setdefault(problem.row_number, []).append(text)
        else:
            print(f"row {problem.row_number}, {text} (warning)", file=sys.stderr)
    for number, texts in by_row.items():
        print(f"row {number}, " + "; ".join(texts))
    if args.rejects and report.rejected:
        write_rejects(report, args.rejects, lang=args.lang)
        print(f"rejected rows saved to {args.rejects}", file=sys.stderr)
    print(report.summary())
    return 1 if report.rejected else 0


def _export(args: argparse.Namespace) -> int:
    from desa_desktop.core.domain.choices import Kind
    from desa_desktop.core.services.exporter import export_people, export_sessions
    from desa_desktop.core.services.queries import PersonFilter
    from desa_desktop.core.services.spreadsheet import UnusableFile

    store = open_session(args).store
    try:
        if args.kind == "sessions":
            count = export_sessions(store, args.file, args.village)
        else:
            kind = Kind.WORKER if args.kind == "workers" else Kind.OFFICIAL
            count = export_people(store, args.file, kind, PersonFilter(village_code=args.village))
    except UnusableFile as refused:
        print(refused.message(args.lang), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{args.file}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"exported {count}")
    return 0


COMMANDS = {
    "gui": _gui,
    "demo": _demo,
    "info": _info,
    "village-add": _village_add,
    "enroll": _enroll,
    "sync": _sync,
    "import": _import,
    "export": _export,
    "backup": _backup,
    "restore": _restore,
    "init": init,
    "operator": operator,
    "password": change_password,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``desa-desktop``."""
    args = _parser().parse_args(argv)
    if args.command != "demo":  # the demo keeps its own folder, and its own log there
        setup_logging(resolve_data_dir(args.data_dir))
    try:
        return COMMANDS[args.command or "gui"](args)
    except CliRefused as refused:
        print(refused, file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
