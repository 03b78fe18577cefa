"""Every error HQ answers is a ProblemBody: a code for programs, a message in two languages.

FastAPI's and Starlette's own errors (validation, 404, 405) are rewritten into the same
shape here, and an unexpected exception becomes a 500 ProblemBody without internals.
"""

from __future__ import annotations

import json
import logging
import traceback
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from desa_desktop.hq import messages
from desa_desktop.protocol.wire import ProblemBody

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5


class HQJSONResponse(JSONResponse):
    """JSON with every non-ASCII character escaped.

    Escaping keeps a lone surrogate a client smuggled in through a ``\\ud800`` escape from
    turning into a UTF-8 encoding error (a 500) when HQ echoes a value back.
    """

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def problem_body(code: str, **params: str | int) -> ProblemBody:
    """The ProblemBody for ``code``, rendered in Indonesian and English."""
    return {
        "code": code,
        "message": messages.text(code, "id", **params),
        "message_en": messages.text(code, "en", **params),
    }


class HQError(Exception):
    """A refusal of the whole request: HTTP status plus a ProblemBody code and parameters."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        headers: dict[str, str] | None = None,
        **params: str | int,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.params = params
        self.headers = headers or {}

    def response(self) -> HQJSONResponse:
        """This error as an HTTP response."""
        return HQJSONResponse(
            dict(problem_body(self.code, **self.params)),
            status_code=self.status,
            headers=self.headers,
        )


def _describe(errors: Any) -> str:
    """The first validation error, as ``where: what`` without echoing the input."""
    if not errors:
        return "?"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid')}"[:300]


async def _on_hq_error(_request: Request, exc: Exception) -> HQJSONResponse:
    assert isinstance(exc, HQError)
    return exc.response()


async def _on_validation(_request: Request, exc: Exception) -> HQJSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if errors and errors[0].get("type") == "json_invalid":
        return HQError(400, "hq.bad_json").response()
    return HQError(422, "hq.bad_request", detail=_describe(errors)).response()


async def _on_http(_request: Request, exc: Exception) -> HQJSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "hq.not_found", 405: "hq.method_not_allowed", 413: "hq.body_too_large"}
    code = codes.get(exc.status_code, "hq.bad_request")
    params: dict[str, str | int] = {}
    if code == "hq.bad_request":
        params["detail"] = str(exc.detail)[:300]
    if code == "hq.body_too_large":
        params["limit"] = 0
    return HQError(exc.status_code, code, headers=dict(exc.headers or {}), **params).response()


async def _on_database(_request: Request, exc: Exception) -> HQJSONResponse:
    # Locked, unreachable or out of connections: the client retries after a pause.
    log.warning("database unavailable: %s", type(exc).__name__)
    return HQError(
        503, "hq.unavailable", headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    ).response()


async def _on_unexpected(_request: Request, exc: Exception) -> HQJSONResponse:
    # Where it failed, but not the exception's text: database errors quote the row's values
    # (NIKs, names), and logs must never hold personal data.
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames))
    log.error("unexpected error: %s at %s", type(exc).__name__, where)
    return HQError(500, "hq.internal").response()


def _is_unavailable(exc: DBAPIError) -> bool:
    return exc.connection_invalidated or type(exc.orig).__name__ in (
        "OperationalError",
        "InterfaceError",
        "DeadlockDetected",
        "SerializationFailure",
        "LockNotAvailable",
        "QueryCanceled",
        "ConnectionTimeout",
    )


async def _on_dbapi(request: Request, exc: Exception) -> HQJSONResponse:
    assert isinstance(exc, DBAPIError)
    if _is_unavailable(exc):
        return await _on_database(request, exc)
    return await _on_unexpected(request, exc)


def install_handlers(app: FastAPI) -> None:
    """Make every error the app can answer a ProblemBody."""
    app.add_exception_handler(HQError, _on_hq_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(PoolTimeout, _on_database)
    app.add_exception_handler(DBAPIError, _on_dbapi)
    app.add_exception_handler(Exception, _on_unexpected)
