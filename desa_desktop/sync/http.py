"""The HTTP side of sync: one ``requests`` session to HQ, compressed bodies, errors as types.

Every failure is one of three kinds, because the engine treats them differently:
:class:`HqUnreachable` (no answer: retry later), :class:`HqBusy` (HQ answered 5xx or
429: retry later), :class:`HqRefused` (HQ answered 4xx: retrying the same request
will not help; the message says what to do).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import Any, cast

import requests

from desa_desktop import __version__
from desa_desktop.protocol import wire

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0


class SyncError(Exception):
    """Base of everything that stops a sync step."""

    def __init__(self, message: str, message_en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message


class HqUnreachable(SyncError):
    """No answer from HQ: offline, DNS, refused, timed out, or the connection broke."""


class HqBusy(SyncError):
    """HQ answered but could not do the work now (5xx, 429): try again later."""


@dataclass
class HqRefused(SyncError):
    """HQ refused the request (4xx); ``code`` tells programs why."""

    status: int
    code: str
    message: str
    message_en: str

    def __post_init__(self) -> None:
        super().__init__(self.message, self.message_en)


@dataclass(frozen=True)
class Response:
    status: int
    body: Any
    etag: str | None
    bytes_sent: int
    bytes_received: int


class HqClient:
    """Talks to one HQ as one device. Not thread-safe: one per sync run."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = READ_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = (CONNECT_TIMEOUT, timeout)
        self.session = requests.Session()
        self.session.headers.update(
            {
                wire.PROTOCOL_HEADER: str(wire.PROTOCOL_VERSION),
                "User-Agent": f"desa-desktop/{__version__}",
                "Accept-Encoding": "gzip",
            }
        )
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: object | None = None,
        params: dict[str, str | int] | None = None,
        etag: str | None = None,
        compress: bool = False,
    ) -> Response:
        """One call; raises a :class:`SyncError` unless HQ answered 2xx or 304."""
        headers: dict[str, str] = {}
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
            if compress:
                data = gzip.compress(data, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        if etag:
            headers["If-None-Match"] = etag
        try:
            answer = self.session.request(
                method,
                self.base_url + path,
                data=data,
                params=params,
                headers=headers,
                timeout=self.timeout,
            )
            raw = answer.content  # read fully here, so a cut-off body raises here too
        except requests.RequestException as error:
            raise HqUnreachable(
                f"Server pusat tidak dapat dihubungi ({type(error).__name__}).",
                f"HQ could not be reached ({type(error).__name__}).",
            ) from error
        return self._interpret(answer, raw, len(data or b""))

    def _interpret(self, answer: requests.Response, raw: bytes, sent: int) -> Response:
        status = answer.status_code
        etag = answer.headers.get("ETag")
        received = int(answer.headers.get("Content-Length") or len(raw))
        if status == 304:
            return Response(status, None, etag, sent, received)
        body = _json_or_none(raw)
        if 200 <= status < 300:
            if body is None:
                raise HqBusy("Jawaban server pusat rusak.", "HQ's answer was garbled.")
            return Response(status, body, etag, sent, received)
        problem = cast(dict[str, str], body) if isinstance(body, dict) else {}
        message = problem.get("message") or f"Server pusat menjawab {status}."
        message_en = problem.get("message_en") or f"HQ answered {status}."
        if status >= 500 or status == 429:
            raise HqBusy(message, message_en)
        raise HqRefused(status, problem.get("code", f"http_{status}"), message, message_en)


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
