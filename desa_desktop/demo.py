"""A demo data directory: Desa Bolok (Kabupaten Kupang) mid-campaign, with a local HQ on loopback.

``build_demo`` fills a fresh directory the way a real village would: the village head
and officials, about forty workers (farmers, fishermen, traders, a guru ngaji...), a
socialization session with attendance. It then starts a real HQ (``desa-hq serve`` on
127.0.0.1) in the background, enrolls, syncs, has HQ approve most records (issuing
KPJ numbers), reject one with a reason and correct one that was edited here meanwhile
(a conflict), syncs again, and finally types a few new workers that wait to be sent.
A second run reuses the data and only restarts HQ. No Qt here: the CLI and tests use it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.security.accounts import (
    AccessDenied,
    StoreState,
    Unlocked,
    initialize,
    store_state,
    unlock,
)
from desa_desktop.core.services.inputs import AttendeeInput, PersonInput, SessionInput
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.sessions import add_attendee, create_session
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_meta
from desa_desktop.core.store.models import AuditEntry, Registration
from desa_desktop.demo_people import (
    GUESTS,
    MOTHERS,
    NEW_WORKERS,
    OFFICIALS,
    OFFICIALS_TARGET,
    WORKERS,
    OfficialEntry,
    WorkerEntry,
)
from desa_desktop.sync.engine import sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.probe import hq_reachable
from desa_desktop.sync.settings import HQ_URL

VILLAGE = "53.01.05.2010"  # Desa Bolok, Kecamatan Kupang Barat, Kabupaten Kupang
HOST = "127.0.0.1"
MARKER = "DEMO-DATA"  # a directory holding this file may be wiped by --fresh
BUILT_KEY = "demo:built"
OPERATOR = "Maria Ndun"
# Demo data only: the demo logs in by itself; the password opens the lock screen.
DEMO_PASSWORD = "demo-bolok-2026"
HQ_START_TIMEOUT = 40.0
REJECT_REASON = "NIK tidak ditemukan di data Dukcapil. Periksa KTP dan kirim ulang."
CORRECTED_ADDRESS = "Jl. Timor Raya Km 21, dekat dermaga"

# ``desa-hq`` (the same main as ``python -m desa_desktop.hq.cli``) plus a watchdog: when
# this process ends in any way (window closed, killed, terminal closed), the pipe on the
# server's stdin closes and the server exits too, so no orphan HQ keeps a port open.
SERVE_WHILE_PARENT_LIVES = """
import os, sys, threading
def watch():
    sys.stdin.buffer.read()
    os._exit(0)
threading.Thread(target=watch, daemon=True).start()
from desa_desktop.hq.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


class DemoError(RuntimeError):
    """The demo could not be set up (with what to do about it)."""


@dataclass
class Demo:
    """The demo data directory and the local HQ serving it."""

    data_dir: Path
    hq_url: str
    hq: subprocess.Popen[bytes]

    def stop(self) -> None:
        """Stop the local HQ (gracefully, then firmly)."""
        if self.hq.poll() is None:
            self.hq.terminate()
            if self.hq.stdin is not None:
                self.hq.stdin.close()
            try:
                self.hq.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.hq.kill()
                self.hq.wait(timeout=10)


def _nik(sex: str, day: int, month: int, year: int, serial: int) -> str:
    encoded_day = day + 40 if sex == "P" else day
    return f"530105{encoded_day:02d}{month:02d}{year % 100:02d}{serial:04d}"


def _person(
    kind: Kind, entry: OfficialEntry | WorkerEntry, serial: int, today: date
) -> PersonInput:
    name, sex, (day, month, year) = entry[0], entry[1], entry[2]
    common: dict[str, object] = dict(
        kind=kind,
        nik=_nik(sex, day, month, year, serial),
        name=name,
        village_code=VILLAGE,
        birth_place=("Kupang", "Rote", "Soe", "Bolok")[serial % 4],
        birth_date=date(year, month, day),
        sex=sex,
        marital_status="kawin" if serial % 5 else "belum_kawin",
        mother_maiden_name=MOTHERS[serial % len(MOTHERS)],
        address=f"Jl. Timor Raya Km {18 + serial % 5}",
        rt=str(1 + serial % 6),
        rw=str(1 + serial % 3),
        phone=f"0812{serial:04d}{(serial * 7919) % 10000:04d}",
        program="JKK-JKM-JHT" if serial % 4 == 0 else "JKK-JKM",
        start_date=(today.replace(day=1) + timedelta(days=32)).replace(day=1),
        consent=True,
    )
    if len(entry) == 5:
        common.update(
            position=entry[3],
            siltap=entry[4],
            sk_number=f"141/{serial:02d}/2024",
            sk_date=date(2024, 1, 15),
            dusun=None,
        )
    else:
        common.update(
            occupation=entry[3],
            income=entry[4],
            dusun=entry[-1],
            payment_months=(1, 3, 6, 12)[serial % 4],
            funding_source=("apbdes", "mandiri", "apbd", "apbdes", "csr")[serial % 5],
        )
    return PersonInput(**common)  # type: ignore[arg-type]


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _hq_db(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'hq.sqlite'}"


def _hq(data_dir: Path, *args: str) -> str:
    """Run a ``desa-hq`` admin command on the demo's HQ database; its output."""
    from desa_desktop.hq import cli as hq_cli  # the demo is a face over HQ too

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = hq_cli.main(["--db", _hq_db(data_dir), *args])
    if status != 0:
        raise DemoError(f"desa-hq {' '.join(args[:2])} failed: {err.getvalue().strip()}")
    return out.getvalue()


def start_hq(
    data_dir: Path, timeout: float = HQ_START_TIMEOUT
) -> tuple[subprocess.Popen[bytes], str]:
    """Serve the demo's HQ on a free loopback port in the background; (process, URL)."""
    if getattr(sys, "frozen", False):  # the installed program carries no HQ server
        raise DemoError(
            "The demo runs a local HQ server, which the installed program does not include: "
            "run it from a source install with  pip install -e '.[hq]'"
        )
    missing = [m for m in ("fastapi", "uvicorn") if importlib.util.find_spec(m) is None]
    if missing:
        raise DemoError(
            "The demo runs a local HQ server, which needs "
            + ", ".join(missing)
            + ": install with  pip install -e '.[hq]'"
        )
    port = free_port()
    url = f"http://{HOST}:{port}"
    log = (data_dir / "hq.log").open("ab")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SERVE_WHILE_PARENT_LIVES,
            "--db",
            _hq_db(data_dir),
            "serve",
            "--host",
            HOST,
            "--port",
            str(port),
        ],
        stdin=subprocess.PIPE,  # its end is the HQ's lifeline, see SERVE_WHILE_PARENT_LIVES
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise DemoError(f"the local HQ stopped at start-up; see {data_dir / 'hq.log'}")
        if hq_reachable(url, timeout=1.0):
            return process, url
        time.sleep(0.1)
    process.kill()
    process.wait(timeout=10)
    raise DemoError(
        f"the local HQ did not answer within {timeout:.0f} s; see {data_dir / 'hq.log'}"
    )


def _prepare_dir(data_dir: Path, fresh: bool) -> None:
    if fresh and data_dir.exists():
        if not (data_dir / MARKER).exists() and any(data_dir.iterdir()):
            raise DemoError(f"{data_dir} holds data that is not demo data: refusing to wipe it")
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text(
        "Demo data of desa-desktop; `desa-desktop demo --fresh` wipes it.\n"
    )


def _fill(store: Store, today: date) -> dict[str, list[str]]:
    """The village, its officials, workers and a session; UUIDs by group."""
    add_village(store, VILLAGE, OPERATOR, target_officials=OFFICIALS_TARGET, target_workers=120)
    made: dict[str, list[str]] = {"officials": [], "workers": []}
    for serial, official_entry in enumerate(OFFICIALS, start=1):
        saved = register(
            store, _person(Kind.OFFICIAL, official_entry, serial, today), OPERATOR, today=today
        )
        made["officials"].append(saved.uuid)
    held_on = today - timedelta(days=12)
    session = create_session(
        store,
        SessionInput(
            VILLAGE,
            held_on,
            "Balai Desa Bolok",
            OPERATOR,
            topic="Jaminan sosial untuk nelayan dan petani",
        ),
        OPERATOR,
        today=today,
    )
    for number, entry in enumerate(WORKERS):
        serial = 100 + number
        in_session = number % 3 != 2  # two in three signed up at the session itself
        person = _person(Kind.WORKER, entry, serial, today)
        saved = register(
            store, person, OPERATOR, today=today, session_uuid=session if in_session else None
        )
        made["workers"].append(saved.uuid)
        if in_session:
            role = entry[3].split("/")[0]  # the occupation, as people say it at the door
            add_attendee(
                store, session, AttendeeInput(person.name, nik=person.nik, role=role), OPERATOR
            )
    for name, role in GUESTS:
        add_attendee(store, session, AttendeeInput(name, role=role), OPERATOR)
    for uuid in made["officials"][:3]:
        official = get_person(store, uuid)
        add_attendee(
            store,
            session,
            AttendeeInput(official["name"], nik=official["nik"], role="Perangkat desa"),
            OPERATOR,
        )
    _spread_over_months(store, made, held_on, today)
    return made


def _spread_over_months(
    store: Store, made: dict[str, list[str]], held_on: date, today: date
) -> None:
    """Date the registrations as a real campaign would: the officials three months ago,
    workers since, two in three at the session. (Demo data only: the services stamp
    "now", which would put a whole campaign into one day of the dashboard's chart.)"""
    now = datetime.combine(today, datetime.now().time(), tzinfo=UTC)
    session_day = datetime.combine(held_on, datetime.min.time(), tzinfo=UTC) + timedelta(hours=2)
    when: dict[str, datetime] = {}
    for n, uuid in enumerate(made["officials"]):
        when[uuid] = now - timedelta(days=110 - 2 * n, hours=n)
    walk_ins = 0
    for n, uuid in enumerate(made["workers"]):
        if n % 3 != 2:  # signed up at the session (as _fill registered them)
            when[uuid] = session_day + timedelta(minutes=7 * n)
        else:  # came to the village office over the months before
            when[uuid] = now - timedelta(days=95 - 6 * walk_ins, hours=walk_ins)
            walk_ins += 1
    with store.write() as session:
        for uuid, moment in when.items():
            session.execute(
                update(Registration).where(Registration.uuid == uuid).values(created_at=moment)
            )
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.entity_uuid == uuid, AuditEntry.action == "register")
                .values(at=moment)
            )


def _round_trip(
    store: Store, data_dir: Path, url: str, made: dict[str, list[str]], today: date
) -> None:
    """Enroll, send, let HQ decide, make one conflict, fetch the answers."""
    code = (
        _hq(data_dir, "device", "add", "Laptop Desa Bolok", "--village", VILLAGE)
        .strip()
        .splitlines()[-1]
    )
    enroll(store, url, code.strip())
    first = sync_once(store)
    if not first.ok:
        raise DemoError(f"the first demo sync failed: {first.error or first.remaining}")
    workers = made["workers"]
    rejected, conflicted, undecided = workers[7], workers[0], workers[-2:]
    for uuid in made["officials"] + workers:
        if uuid not in (rejected, *undecided):
            _hq(data_dir, "review", "approve", uuid)
    _hq(data_dir, "review", "reject", rejected, "--reason", REJECT_REASON)
    _hq(data_dir, "review", "correct", conflicted, "--set", f"address={CORRECTED_ADDRESS}")
    # Meanwhile the village edits the same person here: HQ's correction becomes a conflict.
    person = get_person(store, conflicted)
    changed = _person(Kind.WORKER, WORKERS[0], 100, today)
    changed.phone = "0813 3900 1122"
    edit(store, conflicted, changed, OPERATOR, expected_version=person.version, today=today)
    sync_once(store)


def build_demo(data_dir: Path, *, fresh: bool = False, today: date | None = None) -> Demo:
    """Make (or reuse) the demo data in ``data_dir`` and start its HQ; the caller stops it."""
    today = today or date.today()
    _prepare_dir(data_dir, fresh)
    store = login(data_dir).store
    try:
        built = get_meta(store, BUILT_KEY) == "1"
        if not built and get_meta(store, HQ_URL):
            raise DemoError(f"{data_dir} holds a half-built demo: run  desa-desktop demo --fresh")
        process, url = start_hq(data_dir)
        try:
            if built:
                set_meta(store, HQ_URL, url)  # same HQ database, new port
            else:
                made = _fill(store, today)
                _round_trip(store, data_dir, url, made, today)
                for number, entry in enumerate(NEW_WORKERS):
                    register(
                        store,
                        _person(Kind.WORKER, entry, 200 + number, today),
                        OPERATOR,
                        today=today,
                    )
                _save_ui_settings(store)
                set_meta(store, BUILT_KEY, "1")
        except BaseException:
            Demo(data_dir, url, process).stop()
            raise
    finally:
        store.close()
    return Demo(data_dir, url, process)


def login(data_dir: Path) -> Unlocked:
    """The demo operator's session on the demo data (set up on first use)."""
    if store_state(data_dir) in (StoreState.NEW, StoreState.UNENCRYPTED):
        return initialize(data_dir, OPERATOR, DEMO_PASSWORD)
    try:
        return unlock(data_dir, OPERATOR, DEMO_PASSWORD)
    except AccessDenied as denied:
        raise DemoError(f"{denied.message('en')} Run  desa-desktop demo --fresh") from None


def _save_ui_settings(store: Store) -> None:
    """Setup done, the facilitator as operator, Desa Bolok chosen (Qt-free settings module)."""
    from desa_desktop.ui.settings import UiSettings

    UiSettings(setup_done=True, current_village=VILLAGE).save(store)
