"""The HTTP side of sync: one ``requests`` session to HQ, compressed bodies, errors as types.

Every failure is one of four kinds, because the engine treats them differently:
:class:`HqUnreachable` (no answer: retry later), :class:`HqBusy` (HQ answered 5xx or
429: retry later, after ``Retry-After`` if HQ said), :class:`HqRefused` (HQ answered 4xx:
retrying the same request will not help; the message says what to do),
:class:`HqUntrusted` (the server could not prove it is HQ: a setup problem, never retried).

TLS certificates are always verified: against the system's CAs, or only against the
CA bundle kept with the enrollment (``ca_pem``).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import ssl
import tempfile
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
    """HQ answered but could not do the work now (5xx, 429): try again later.

    ``retry_after`` is HQ's ``Retry-After`` in seconds, when it said how long to wait.
    """

    def __init__(
        self, message: str, message_en: str | None = None, *, retry_after: float | None = None
    ) -> None:
        super().__init__(message, message_en)
        self.retry_after = retry_after


class HqUntrusted(SyncError):
    """The server's TLS certificate could not be verified (unknown CA, wrong name, expired)."""


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

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = READ_TIMEOUT,
        ca_pem: str | None = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = (CONNECT_TIMEOUT, timeout)
        self.session = requests.Session()
        self._ca_file: str | None = None
        self.verify: bool | str = True  # never False: an unverified HQ could be anyone
        if ca_pem:
            # requests verifies against a file; the PEM lives in the store, so each
            # client writes its own copy and removes it on close.
            handle, self._ca_file = tempfile.mkstemp(prefix="desa-hq-ca-", suffix=".pem")
            with os.fdopen(handle, "w", encoding="ascii") as out:
                out.write(ca_pem)
            self.verify = self._ca_file
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
        if self._ca_file:
            with contextlib.suppress(OSError):  # cleanup must never hide the run's outcome
                os.unlink(self._ca_file)
            self._ca_file = None

    def reachable(self, timeout: float = 5.0) -> bool:
        """True when HQ's health endpoint answers 200 within ``timeout`` seconds.

        Raises :class:`HqUntrusted` when a server answers but cannot prove it is HQ.
        """
        try:
            answer = self.session.get(
                self.base_url + wire.HEALTH, timeout=timeout, verify=self.verify
            )
        except requests.RequestException as error:
            _raise_if_untrusted(error)
            return False
        return answer.status_code == 200

    def request(
        self,
        method: str,
        path: str,
        *,
        body: object | None = None,
        encoded: bytes | None = None,
        params: dict[str, str | int] | None = None,
        etag: str | None = None,
        compress: bool = False,
    ) -> Response:
        """One call; raises a :class:`SyncError` unless HQ answered 2xx or 304.

        The JSON body is ``body`` encoded here, or ``encoded`` when the caller has it already.
        """
        headers: dict[str, str] = {}
        data = encoded
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        if data is not None:
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
                # per call: requests lets REQUESTS_CA_BUNDLE override a session-wide setting
                verify=self.verify,
            )
            raw = answer.content  # read fully here, so a cut-off body raises here too
        except requests.RequestException as error:
            _raise_if_untrusted(error)
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
            raise HqBusy(
                message, message_en, retry_after=_seconds(answer.headers.get("Retry-After"))
            )
        raise HqRefused(status, problem.get("code", f"http_{status}"), message, message_en)


def _raise_if_untrusted(error: requests.RequestException) -> None:
    """A certificate failure becomes :class:`HqUntrusted`; other TLS errors (a handshake
    cut by a weak link) stay transient, like any broken connection."""
    cause = _certificate_error(error)
    if cause is None:
        return
    reason = cause.verify_message or str(cause)
    raise HqUntrusted(
        f"Sertifikat server tidak dapat diverifikasi ({reason}), jadi server ini belum tentu "
        "server pusat. Periksa alamat server, atau berkas CA (CA bundle) dari server pusat "
        "yang dipakai saat pendaftaran perangkat (--ca-bundle).",
        f"The server's certificate could not be verified ({reason}), so it may not be HQ. "
        "Check the server address, or the CA bundle from HQ used when enrolling this laptop "
        "(--ca-bundle).",
    ) from error


def _certificate_error(error: BaseException) -> ssl.SSLCertVerificationError | None:
    cause: BaseException | None = error
    for _ in range(10):  # the chain is short; bounded anyway
        if cause is None or isinstance(cause, ssl.SSLCertVerificationError):
            return cause
        # requests wraps urllib3's MaxRetryError, whose ``reason`` holds the real error.
        reason = getattr(cause, "reason", None)
        cause = (
            reason if isinstance(reason, BaseException) else cause.__cause__ or cause.__context__
        )
    return None


def _seconds(retry_after: str | None) -> float | None:
    """``Retry-After: <seconds>``; None when absent or in a form we do not use (a date)."""
    try:
        return max(0.0, float(retry_after)) if retry_after else None
    except ValueError:
        return None


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
