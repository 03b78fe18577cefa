"""A real HQ for tests: ``desa-hq serve`` (uvicorn) in a subprocess on 127.0.0.1, plus helpers.

Importable from any test (``tests/`` is on pytest's pythonpath)::

    with running_hq(sqlite_url(tmp_path)) as hq:
        device = hq.new_device("Laptop Bolok", villages=["53.01.05.2010"])
        answer = device.push([...])

The server can be SIGKILLed and restarted on the same port (``hq.kill(); hq.start()``).
Every wait is bounded in time; all traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid as uuid_module
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from desa_desktop.hq import cli as hq_cli
from desa_desktop.protocol.wire import ENROLL, HEALTH, PROTOCOL_HEADER, PROTOCOL_VERSION, PULL, PUSH

HOST = "127.0.0.1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
REQUEST_TIMEOUT = 30.0
PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_USERS = ("postgres", "root")
PG_ADMIN_DATABASES = ("postgres", "test")


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def sqlite_url(folder: Path, name: str = "hq.sqlite") -> str:
    """A SQLite database URL for a file in ``folder``."""
    return f"sqlite:///{folder / name}"


def run_cli(db_url: str, *args: str) -> tuple[int, str, str]:
    """Run ``desa-hq --db URL ARGS`` in this process (same code path as the console script);
    returns (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = hq_cli.main(["--db", db_url, *args])
        except SystemExit as exit_:  # argparse usage errors
            status = int(exit_.code or 0)
    return status, out.getvalue(), err.getvalue()


def run_cli_process(
    db_url: str, *args: str, timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desa_desktop.hq.cli --db URL ARGS`` as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop.hq.cli", "--db", db_url, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_child_env(),
    )


def add_device(db_url: str, name: str, villages: Sequence[str] = ()) -> str:
    """Add a device through the CLI; returns its one-time enrollment code (the last line)."""
    args = ["device", "add", name]
    for code in villages:
        args += ["--village", code]
    status, out, err = run_cli(db_url, *args)
    assert status == 0, err
    return out.strip().splitlines()[-1].strip()


def protocol_headers(token: str | None = None, version: int = PROTOCOL_VERSION) -> dict[str, str]:
    """The headers every authenticated call carries."""
    headers = {PROTOCOL_HEADER: str(version)}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def enroll(
    base_url: str, code: str, store_id: str | None = None, *, verify: str | bool = True
) -> requests.Response:
    """POST /v1/enroll with ``code``; the raw response (200 with a token, or a problem)."""
    body = {"code": code, "store_id": store_id or str(uuid_module.uuid4())}
    return requests.post(
        base_url + ENROLL,
        json=body,
        headers=protocol_headers(),
        timeout=REQUEST_TIMEOUT,
        verify=verify,
    )


@dataclass
class Device:
    """An enrolled device talking to HQ over HTTP."""

    base_url: str
    name: str
    device_id: str
    token: str
    villages: list[str]
    http: requests.Session = field(default_factory=requests.Session)
    # Per request: a Session's own ``verify`` loses to $REQUESTS_CA_BUNDLE.
    verify: str | bool = True

    def headers(self, **extra: str) -> dict[str, str]:
        """Protocol and bearer headers plus ``extra``."""
        return {**protocol_headers(self.token), **extra}

    def push_raw(self, body: dict[str, Any], *, compress: bool = True) -> requests.Response:
        """POST /v1/push (gzip-compressed unless told otherwise)."""
        raw = json.dumps(body).encode("utf-8")
        headers = self.headers(**{"Content-Type": "application/json"})
        if compress:
            raw = gzip.compress(raw)
            headers["Content-Encoding"] = "gzip"
        return self.http.post(
            self.base_url + PUSH,
            data=raw,
            headers=headers,
            timeout=REQUEST_TIMEOUT,
            verify=self.verify,
        )

    def push(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Push records; the per-record results (asserts a 200)."""
        answer = self.push_raw({"batch_id": str(uuid_module.uuid4()), "records": records})
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def pull(self, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        """GET /v1/pull; the parsed PullResponse (asserts a 200)."""
        params: dict[str, str | int] = {}
        if cursor is not None:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = limit
        answer = self.http.get(
            self.base_url + PULL,
            params=params,
            headers=self.headers(),
            timeout=REQUEST_TIMEOUT,
            verify=self.verify,
        )
        assert answer.status_code == 200, answer.text
        page: dict[str, Any] = answer.json()
        return page

    def pull_all(
        self, cursor: str | None = None, limit: int = 1000, pages: int = 100
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Every change after ``cursor`` (bounded number of pages); (changes, last cursor)."""
        changes: list[dict[str, Any]] = []
        for _ in range(pages):
            page = self.pull(cursor, limit)
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                break
        return changes, cursor


@dataclass(frozen=True)
class TLSFiles:
    """A private CA and a server certificate it signed for 127.0.0.1 (PEM files)."""

    ca: Path
    cert: Path
    key: Path


def make_tls_files(folder: Path, host: str = HOST) -> TLSFiles:
    """Make a private CA and a server certificate for ``host`` with the openssl commands of
    docs/HQ.md (skips the calling test when openssl is not installed)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    (folder / "hq.ext").write_text(
        f"subjectAltName=IP:{host}\n"
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid,issuer\n",
        encoding="ascii",
    )
    commands = (
        "req -x509 -newkey rsa:2048 -sha256 -days 30 -nodes -keyout ca.key -out ca.pem "
        "-subj /CN=Desa-HQ-test-CA -addext basicConstraints=critical,CA:TRUE "
        "-addext keyUsage=critical,keyCertSign,cRLSign",
        f"req -newkey rsa:2048 -nodes -keyout hq.key -out hq.csr -subj /CN={host}",
        "x509 -req -in hq.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -sha256 "
        "-extfile hq.ext -out hq.pem",
    )
    for command in commands:
        subprocess.run(
            ["openssl", *command.split()], cwd=folder, check=True, capture_output=True, timeout=60
        )
    return TLSFiles(folder / "ca.pem", folder / "hq.pem", folder / "hq.key")


@dataclass
class HQServer:
    """One ``desa-hq serve`` process over one database, restartable on the same port.

    ``serve_args`` go to ``desa-hq serve`` as they are (e.g. ``("--rate-limit", "5")``);
    with ``tls`` HQ serves HTTPS with its certificate and clients trust its CA.
    """

    db_url: str
    log_path: Path
    port: int = field(default_factory=free_port)
    workers: int = 1
    process: subprocess.Popen[bytes] | None = None
    serve_args: tuple[str, ...] = ()
    tls: TLSFiles | None = None

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{HOST}:{self.port}"

    @property
    def verify(self) -> str | bool:
        """What ``requests`` should verify HQ's certificate against."""
        return str(self.tls.ca) if self.tls else True

    def command(self) -> list[str]:
        """The ``desa-hq serve`` command line this server runs."""
        args = [sys.executable, "-m", "desa_desktop.hq.cli", "--db", self.db_url, "serve"]
        args += ["--host", HOST, "--port", str(self.port), "--workers", str(self.workers)]
        if self.tls:
            args += ["--ssl-certfile", str(self.tls.cert), "--ssl-keyfile", str(self.tls.key)]
        return [*args, *self.serve_args]

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start serving and wait (bounded) until /v1/health answers 200."""
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, env=_child_env()
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"HQ exited at start-up:\n{self.log()}")
            with contextlib.suppress(requests.RequestException):
                health = requests.get(self.base_url + HEALTH, timeout=1, verify=self.verify)
                if health.status_code == 200:
                    return
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"HQ did not answer /v1/health within {timeout} s:\n{self.log()}")

    def stop(self) -> None:
        """SIGTERM (graceful), then SIGKILL if it does not exit in time."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers run; only what was committed survives."""
        if self.process is None or self.process.poll() is not None:
            return
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT)

    def restart(self) -> None:
        """Stop (or find dead) and start again on the same port."""
        self.stop()
        self.start()

    def log(self) -> str:
        """What the server printed so far."""
        return (
            self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.log_path.exists()
            else ""
        )

    def cli(self, *args: str) -> tuple[int, str, str]:
        """Run a ``desa-hq`` command on this server's database (in this process)."""
        return run_cli(self.db_url, *args)

    def add_device(self, name: str, villages: Sequence[str] = ()) -> str:
        """Add a device; its one-time enrollment code."""
        return add_device(self.db_url, name, villages)

    def export_rows(self) -> list[dict[str, str]]:
        """Every registration as HQ holds it, read back from ``desa-hq export``."""
        target = self.log_path.with_name(f"export-{uuid_module.uuid4().hex}.csv")
        status, _, err = self.cli("export", str(target))
        assert status == 0, err
        with target.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def new_device(self, name: str, villages: Sequence[str] = ()) -> Device:
        """Add and enroll a device; a client ready to push and pull."""
        answer = enroll(self.base_url, self.add_device(name, villages), verify=self.verify)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        return Device(
            self.base_url,
            body["device_name"],
            body["device_id"],
            body["token"],
            body["villages"],
            verify=self.verify,
        )


@contextlib.contextmanager
def running_hq(
    db_url: str,
    *,
    log_dir: Path | None = None,
    workers: int = 1,
    serve_args: Sequence[str] = (),
    tls: TLSFiles | None = None,
) -> Iterator[HQServer]:
    """A started HQ over ``db_url``; stopped on exit. Retries a port someone grabbed meanwhile.

    ``serve_args``: more ``desa-hq serve`` options, e.g. ``["--rate-limit", "0"]``.
    """
    folder = log_dir or Path(os.environ.get("TMPDIR", "/tmp"))
    log_path = folder / f"hq-{os.getpid()}-{uuid_module.uuid4().hex[:8]}.log"
    server: HQServer | None = None
    for attempt in range(3):
        server = HQServer(db_url, log_path, workers=workers, serve_args=tuple(serve_args), tls=tls)
        try:
            server.start()
            break
        except RuntimeError:
            if attempt == 2 or "address already in use" not in server.log().lower():
                raise
    assert server is not None
    try:
        yield server
    finally:
        server.stop()


def _child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": f"{root}{os.pathsep}{path}" if path else root,
    }


def _pg_connect(dbname: str) -> Any:
    import psycopg

    last: Exception | None = None
    for user in PG_USERS:
        try:
            return psycopg.connect(
                host=PG_HOST,
                port=PG_PORT,
                user=user,
                dbname=dbname,
                autocommit=True,
                connect_timeout=3,
            )
        except psycopg.Error as exc:
            last = exc
    raise last or RuntimeError("no PostgreSQL user to try")


def _pg_admin() -> tuple[Any, str]:
    errors = []
    for dbname in PG_ADMIN_DATABASES:
        try:
            connection = _pg_connect(dbname)
        except Exception as exc:  # any failure means: not usable here
            errors.append(
                f"{dbname}: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}"
            )
            continue
        user = connection.info.user
        return connection, user
    pytest.skip(f"PostgreSQL is not reachable on {PG_HOST}:{PG_PORT}: {'; '.join(errors)}")


def postgres_url() -> str:
    """A fresh, empty PostgreSQL database on 127.0.0.1:5432 as an SQLAlchemy URL.

    Skips the calling test (with the reason) when PostgreSQL is not reachable. Drop it
    afterwards with :func:`drop_postgres_database` (or use :func:`postgres_database`).
    """
    connection, user = _pg_admin()
    name = f"desa_hq_test_{os.getpid()}_{uuid_module.uuid4().hex[:10]}"
    with connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{name}"


def drop_postgres_database(url: str) -> None:
    """Drop a database :func:`postgres_url` created (closing whatever still uses it)."""
    name = url.rsplit("/", 1)[-1]
    if not name.startswith("desa_hq_test_"):
        raise ValueError(f"refusing to drop {name!r}: not a test database")
    connection, _user = _pg_admin()
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway PostgreSQL database URL, dropped afterwards (skips without PostgreSQL)."""
    url = postgres_url()
    try:
        yield url
    finally:
        drop_postgres_database(url)


NAMES = ("Yohanes Ndun", "Maria Tefa", "Ma'ruf Amin", "Dorkas Sae", "Nguyễn Thị", "H. Abdul Rahman")


def registration_data(n: int = 1, **fields: object) -> dict[str, object]:
    """Wire data of a complete, valid worker in Desa Bolok with a NIK unique per ``n``
    (1 to 9999), encoded as the laptop encodes it; ``fields`` override wire values
    (None removes a field)."""
    from samples import OPERATOR, TODAY, worker

    from desa_desktop.core.services.validation import validate_person
    from desa_desktop.protocol.records import encode_registration

    person = worker(nik=f"530105120385{n:04d}", name=NAMES[n % len(NAMES)])
    values, issues = validate_person(person, today=TODAY)
    assert not [i for i in issues if i.is_error], issues
    data = encode_registration(
        {
            **values,
            "consent_at": "2026-11-20T08:00:00+00:00",
            "consent_by": OPERATOR,
            "created_by": OPERATOR,
            "updated_by": OPERATOR,
        }
    )
    for name, value in fields.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def session_data(**fields: object) -> dict[str, object]:
    """Wire data of a socialization session in Desa Bolok with two attendees."""
    data: dict[str, object] = {
        "village_code": "53.01.05.2010",
        "held_on": "2026-11-20",
        "place": "Kantor Desa Bolok",
        "facilitator": "Maria Ndun",
        "topic": "Jaminan sosial untuk nelayan",
        "attendees": [{"name": "Yohanes Ndun", "nik": "5301051203850001"}, {"name": "Dorkas Sae"}],
    }
    for name, value in fields.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def push_record(
    data: dict[str, object],
    *,
    uuid: str | None = None,
    version: int = 1,
    base_version: int | None = None,
    entity: str = "registration",
) -> dict[str, Any]:
    """One PushRecord."""
    return {
        "uuid": uuid or str(uuid_module.uuid4()),
        "entity": entity,
        "version": version,
        "base_version": base_version,
        "data": data,
    }


def query(db_url: str, sql: str, **params: object) -> list[dict[str, Any]]:
    """Rows of a read-only SQL query on HQ's database, as dicts (for asserting what is stored)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return [dict(row) for row in connection.execute(text(sql), params).mappings()]
    finally:
        engine.dispose()


def held_records(db_url: str) -> dict[str, dict[str, Any]]:
    """Every record HQ holds, by UUID, with its data parsed."""
    rows = query(db_url, "SELECT * FROM records")
    return {row["uuid"]: {**row, "data": json.loads(row["data"])} for row in rows}
