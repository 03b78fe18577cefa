"""What each ``desa-hq`` command does: open the database, call one HQ service, print."""

from __future__ import annotations

import argparse
import logging
import os
from datetime import datetime
from pathlib import Path

from desa_desktop.hq import corrections, devices, review
from desa_desktop.hq import export as exporter
from desa_desktop.hq.audit import AdminRefused, current_actor, list_admin_actions
from desa_desktop.hq.credentials import mask_nik
from desa_desktop.hq.db import ENV_DB, Database, open_database
from desa_desktop.hq.ratelimit import ENV_ENROLL_RATE_LIMIT, ENV_RATE_LIMIT, Limits

APP_FACTORY = "desa_desktop.hq.app:app_from_env"


def _open(args: argparse.Namespace) -> Database:
    return open_database(args.db)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(v)) for v in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _limits(args: argparse.Namespace) -> Limits:
    """The rate limits from the options, else the environment, else the defaults."""
    try:
        from_env = Limits.from_env()
    except ValueError as exc:
        raise AdminRefused(str(exc)) from exc
    return Limits(
        from_env.per_device if args.rate_limit is None else args.rate_limit,
        from_env.enroll_failures if args.enroll_rate_limit is None else args.enroll_rate_limit,
    )


def _tls_files(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The certificate and key files, both or neither, each readable."""
    pair = (args.ssl_certfile, args.ssl_keyfile)
    if pair == (None, None):
        return pair
    if None in pair:
        raise AdminRefused("--ssl-certfile and --ssl-keyfile go together")
    for name in pair:
        if not Path(name).is_file():
            raise AdminRefused(f"no such file: {name}")
    return pair


def serve(args: argparse.Namespace) -> int:
    """Serve the API with uvicorn (several workers share the database; no in-process state)."""
    import uvicorn

    from desa_desktop.hq.app import configure_logging

    configure_logging()
    limits = _limits(args)
    certfile, keyfile = _tls_files(args)
    # Create the schema once here so a wrong URL fails before uvicorn starts its workers.
    open_database(args.db).dispose()
    # The workers build their app from these.
    os.environ[ENV_DB] = args.db
    os.environ[ENV_RATE_LIMIT] = str(limits.per_device)
    os.environ[ENV_ENROLL_RATE_LIMIT] = str(limits.enroll_failures)
    logging.getLogger(__name__).info(
        "serving %s on %s:%d (%d workers); per minute: %d requests per device, "
        "%d wrong enrollment codes per address (0: no limit)",
        "HTTPS" if certfile else "HTTP",
        args.host,
        args.port,
        args.workers,
        limits.per_device,
        limits.enroll_failures,
    )
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=args.host,
        port=args.port,
        workers=max(1, args.workers),
        log_level="info",
        server_header=False,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
    )
    return 0


def device_add(args: argparse.Namespace) -> int:
    """Add a device and print its one-time code alone on the last line."""
    db = _open(args)
    try:
        added = devices.add_device(
            db, args.name, args.village, actor=current_actor(), replaces=args.replaces
        )
    finally:
        db.dispose()
    villages = ", ".join(added.villages) if added.villages else "any village"
    print(f'Device "{added.name}" added; it may push for: {villages}.')
    if args.replaces:
        print(
            f'It replaces "{args.replaces}", which is revoked; its records now belong to "{added.name}".'
        )
    for warning in added.warnings:
        print(f"warning: {warning}")
    print(f"One-time enrollment code, valid until {_when(added.expires_at)}:")
    print(added.code)
    return 0


def device_list(args: argparse.Namespace) -> int:
    """List devices."""
    db = _open(args)
    try:
        rows = devices.list_devices(db)
    finally:
        db.dispose()
    _table(
        ("NAME", "STATE", "VILLAGES", "ADDED", "ENROLLED", "REVOKED"),
        [
            (
                r.name,
                r.state,
                ",".join(r.villages) or "any",
                _when(r.created_at),
                _when(r.enrolled_at),
                _when(r.revoked_at),
            )
            for r in rows
        ],
    )
    return 0


def device_revoke(args: argparse.Namespace) -> int:
    """Revoke a device."""
    db = _open(args)
    try:
        devices.revoke_device(db, args.name, actor=current_actor())
    finally:
        db.dispose()
    print(f'Device "{args.name}" revoked; its next request is refused.')
    return 0


def review_list(args: argparse.Namespace) -> int:
    """List registrations for review (NIKs masked)."""
    db = _open(args)
    try:
        rows = review.list_registrations(db, args.status, max(1, args.limit))
    finally:
        db.dispose()
    _table(
        ("ID", "KIND", "VILLAGE", "NIK", "NAME", "STATUS", "KPJ"),
        [
            (
                r.uuid,
                r.kind or "-",
                r.village_code or "-",
                mask_nik(r.nik),
                r.name or "-",
                r.status,
                r.kpj or "-",
            )
            for r in rows
        ],
    )
    return 0


def review_approve(args: argparse.Namespace) -> int:
    """Approve one registration or every received one, issuing KPJ numbers."""
    db = _open(args)
    try:
        done = review.approve(db, args.id, actor=current_actor(), everything=args.all)
    finally:
        db.dispose()
    for uuid, kpj in done:
        print(f"{uuid} accepted, KPJ {kpj}")
    print(f"{len(done)} approved.")
    return 0


def review_reject(args: argparse.Namespace) -> int:
    """Reject one registration with a reason."""
    db = _open(args)
    try:
        uuid = review.reject(db, args.id, args.reason, actor=current_actor())
    finally:
        db.dispose()
    print(f"{uuid} rejected.")
    return 0


def review_correct(args: argparse.Namespace) -> int:
    """Correct fields of one registration at HQ."""
    db = _open(args)
    try:
        done = corrections.correct(db, args.id, args.assignments, actor=current_actor())
    finally:
        db.dispose()
    for note in done.warnings:
        print(f"warning: {note}")
    print(f"{done.uuid} corrected; HQ now holds version {done.hq_version}.")
    return 0


def export(args: argparse.Namespace) -> int:
    """Export every registration to CSV."""
    db = _open(args)
    try:
        count = exporter.export_registrations(db, Path(args.file))
    finally:
        db.dispose()
    print(f"{count} registrations written to {args.file}.")
    return 0


def audit(args: argparse.Namespace) -> int:
    """List the admin audit log: when, who, what, on which device or record."""
    db = _open(args)
    try:
        entries = list_admin_actions(db, max(1, args.limit), args.action)
    finally:
        db.dispose()
    _table(
        ("AT", "ACTOR", "ACTION", "TARGET", "DETAILS"),
        [
            (
                e.at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                e.actor,
                e.action,
                e.target or "-",
                e.details or "-",
            )
            for e in entries
        ],
    )
    return 0
