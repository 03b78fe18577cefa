"""FastAPI dependencies: the database, the protocol-version check, the calling device."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from desa_desktop.hq.db import Database
from desa_desktop.hq.devices import DeviceContext, authenticate
from desa_desktop.hq.problems import HQError
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
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> DeviceContext:
    """The device behind the bearer token, looked up in the database on every request."""
    token = credentials.credentials if credentials else None
    with db.read() as session:
        return authenticate(session, token)
