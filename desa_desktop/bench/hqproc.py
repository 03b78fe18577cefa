"""A real HQ for the benchmark: ``desa-hq serve`` in a subprocess on 127.0.0.1, a throwaway
PostgreSQL database, and a byte-counting TCP relay that sits between client and HQ.

Everything stays on loopback; every wait is bounded.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import subprocess
import sys
import threading
import time
import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from desa_desktop.hq import devices
from desa_desktop.hq.db import open_database
from desa_desktop.protocol.wire import HEALTH

HOST = "127.0.0.1"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0
PG_USERS = ("postgres", "root")
PG_ADMIN_DATABASES = ("postgres", "test")
BENCH_DB_PREFIX = "desa_hq_bench_"
# HQ as served on a 2-core machine: on PostgreSQL one uvicorn worker per core; on SQLite
# one (a single writer: several processes would wait for each other's write locks by
# polling, which costs a one-record request tens of milliseconds).
PG_WORKERS = 2


def workers_for(db_url: str) -> int:
    """How many worker processes HQ is served with over ``db_url``."""
    return PG_WORKERS if db_url.startswith("postgresql") else 1


def _stat_fields(pid: int) -> list[str]:
    # The command name (field 2) may hold spaces: the fields after it follow its ")".
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _own_ticks(pid: int) -> int:
    try:
        fields = _stat_fields(pid)
    except FileNotFoundError:  # exited meanwhile: its time is in its parent's children's time
        return 0
    return int(fields[11]) + int(fields[12])


def _process_tree(root: int) -> list[int]:
    """``root`` and every live process descending from it (uvicorn's workers)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int(_stat_fields(int(entry.name))[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(parent, []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending += parents.get(pid, [])
    return tree


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def child_env() -> dict[str, str]:
    """The environment for child processes: this checkout first on the import path."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": f"{root}{os.pathsep}{path}" if path else root,
    }


@dataclass
class HQ:
    """One ``desa-hq serve`` process over one database."""

    db_url: str
    log_path: Path
    workers: int = 1
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        """Start and wait (bounded) until /v1/health answers 200."""
        args = [sys.executable, "-m", "desa_desktop.hq.cli", "--db", self.db_url, "serve"]
        args += ["--host", HOST, "--port", str(self.port), "--workers", str(self.workers)]
        # The one-record-per-request comparison sends 20,000 requests from one device: far
        # over the per-device limit meant for real laptops.
        args += ["--rate-limit", "0"]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, env=child_env()
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"HQ exited at start-up; see {self.log_path}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.base_url + HEALTH, timeout=1).status_code == 200:
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"HQ did not answer within {START_TIMEOUT} s; see {self.log_path}")

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) HQ has used so far, its worker processes included;
        None without /proc."""
        if self.process is None:
            return None
        try:
            ticks = sum(_own_ticks(pid) for pid in _process_tree(self.process.pid))
        except OSError:
            return None
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it does not exit in time."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT)

    def add_device(self, name: str, villages: list[str]) -> str:
        """Add a device (in this process, as ``desa-hq device add`` does); its one-time code."""
        db = open_database(self.db_url)
        try:
            return devices.add_device(db, name, villages, actor="bench").code
        finally:
            db.dispose()


@contextlib.contextmanager
def running_hq(db_url: str, work: Path) -> Iterator[HQ]:
    """A started HQ over ``db_url`` (see :func:`workers_for`), stopped on exit."""
    hq = HQ(db_url, work / f"hq-{uuid_module.uuid4().hex[:8]}.log", workers_for(db_url))
    hq.start()
    try:
        yield hq
    finally:
        hq.stop()


def _pg_admin() -> Any:
    import psycopg

    last: Exception | None = None
    for user in PG_USERS:
        for dbname in PG_ADMIN_DATABASES:
            try:
                return psycopg.connect(
                    host=HOST,
                    port=5432,
                    user=user,
                    dbname=dbname,
                    autocommit=True,
                    connect_timeout=3,
                )
            except psycopg.Error as error:
                last = error
    raise RuntimeError(f"PostgreSQL is not reachable on {HOST}:5432: {last}")


def postgres_available() -> str | None:
    """None when PostgreSQL on 127.0.0.1:5432 is usable, else why not."""
    try:
        _pg_admin().close()
    except Exception as error:  # any failure means: not usable here
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    return None


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database URL, dropped afterwards."""
    admin = _pg_admin()
    user = admin.info.user
    name = f"{BENCH_DB_PREFIX}{os.getpid()}_{uuid_module.uuid4().hex[:8]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://{user}@{HOST}:5432/{name}"
    finally:
        admin = _pg_admin()
        with admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class CountingRelay:
    """A TCP relay on 127.0.0.1 that forwards to ``target_port`` and counts every byte
    each way (requests and responses, headers included): the socket's view of the wire."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = 0  # client -> HQ
        self.down = 0  # HQ -> client
        self.connections = 0
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.bind((HOST, 0))
        self._listener.listen(16)
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def reset(self) -> None:
        with self._lock:
            self.up = self.down = self.connections = 0

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection((HOST, self.target_port), timeout=10)
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        sockets = [client, upstream]
        try:
            while not self._stop.is_set():
                readable, _, _ = select.select(sockets, [], [], 0.2)
                for sock in readable:
                    data = sock.recv(262_144)
                    if not data:
                        return
                    other = upstream if sock is client else client
                    other.sendall(data)
                    with self._lock:
                        if sock is client:
                            self.up += len(data)
                        else:
                            self.down += len(data)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)
