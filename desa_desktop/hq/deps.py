"""FastAPI dependencies: the database, the protocol-version check, the calling device."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from desa_desktop.hq.db import Database
from desa_desktop.hq.devices import DeviceContext, authenticate
from desa_desktop.hq.problems import HQError
from desa_desktop.hq.ratelimit import Limits, check_device
from desa_desktop.protocol.wire import MIN_SUPPORTED_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION

MIN_HEADER = "X-Desa-Protocol-Min"

bearer = HTTPBearer(
    auto_error=False,
    description="The device token from POST /v1/enroll: `Authorization: Bearer <token>`.",
)


def get_db(request: Request) -> Database:
    """The database the app was created with (a connection pool, not a cache of data)."""
    database: Database = request.app.state.db
    return database


def get_limits(request: Request) -> Limits:
    """The rate limits the app was created with."""
    limits: Limits = request.app.state.limits
    return limits


def check_protocol(
    version: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            description=f"Protocol version the client speaks (this HQ: {PROTOCOL_VERSION}).",
        ),
    ] = None,
) -> int:
    """The client's protocol version; 426 (update the app) when missing or too old."""
    text = (version or "").strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 6):
        raise HQError(426, "hq.update_required", headers={MIN_HEADER: str(MIN_SUPPORTED_VERSION)})
    number = int(text)
    if number < MIN_SUPPORTED_VERSION:
        raise HQError(426, "hq.update_required", headers={MIN_HEADER: str(MIN_SUPPORTED_VERSION)})
    return number


def current_device(
    _protocol: Annotated[int, Depends(check_protocol)],
    db: Annotated[Database, Depends(get_db)],
    limits: Annotated[Limits, Depends(get_limits)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> DeviceContext:
    """The device behind the bearer token, looked up in the database on every request,
    and counted against its rate limit in the same transaction (429 when over it)."""
    token = credentials.credentials if credentials else None
    if not limits.per_device:
        with db.read() as session:
            return authenticate(session, token)

    def work(session: Session) -> DeviceContext:
        device = authenticate(session, token)
        check_device(session, device.id, limits.per_device)
        return device

    return db.run_write(work)
