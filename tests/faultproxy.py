"""A fault-injecting HTTP proxy for tests: sits between the sync client and HQ on loopback.

One request per connection (it asks HQ to close after answering), and for each request a
seeded random choice of what goes wrong:

- ``pass``: forwarded both ways
- ``drop_before``: the connection is cut before HQ sees the request
- ``drop_after``: HQ handles the request, but its answer never reaches the client
- ``truncate``: only part of HQ's answer reaches the client
- ``delay``: forwarded after a pause (a slow link)
- ``error_500`` / ``error_503``: the proxy answers an error itself; HQ never sees it
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

FAULTS = ("pass", "drop_before", "drop_after", "truncate", "delay", "error_500", "error_503")
IO_TIMEOUT = 30.0


def _read_request(conn: socket.socket) -> bytes | None:
    """One HTTP request (headers and Content-Length body), or None if the client went away."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"connection:", b"keep-alive:"))
    ]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _error_response(status: int) -> bytes:
    body = b'{"code":"proxy","message":"gangguan","message_en":"injected fault"}'
    reason = {500: b"Internal Server Error", 503: b"Service Unavailable"}[status]
    return (
        b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
        b"Connection: close\r\n\r\n%s" % (status, reason, len(body), body)
    )


class FaultProxy:
    """Listens on 127.0.0.1 and forwards to ``upstream`` with seeded faults."""

    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int,
        weights: dict[str, float] | None = None,
        max_delay: float = 0.3,
    ) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.weights = weights or {f: 1.0 for f in FAULTS}
        self.max_delay = max_delay
        self.applied: Counter[str] = Counter()
        self.enabled = True
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(timeout=5)

    def _choose(self) -> str:
        with self._lock:
            if not self.enabled:
                fault = "pass"
            else:
                names = list(self.weights)
                fault = self.rng.choices(names, [self.weights[n] for n in names])[0]
            self.applied[fault] += 1
            return fault

    def _serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(IO_TIMEOUT)
            try:
                request = _read_request(conn)
                if request is None:
                    return
                fault = self._choose()
                if fault == "drop_before":
                    return
                if fault in ("error_500", "error_503"):
                    conn.sendall(_error_response(int(fault[-3:])))
                    return
                if fault == "delay":
                    time.sleep(self.rng.uniform(0, self.max_delay))
                response = self._forward(request)
                if fault == "drop_after":
                    return
                if fault == "truncate":
                    response = response[: max(1, len(response) // 2)]
                conn.sendall(response)
            except OSError:
                return

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=IO_TIMEOUT) as up:
            up.sendall(request)
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)


@contextmanager
def fault_proxy(upstream_port: int, *, seed: int, **options: object) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream_port, seed=seed, **options).start()  # type: ignore[arg-type]
    try:
        yield proxy
    finally:
        proxy.stop()
