"""Health (for load balancers and the laptop's connectivity probe) and enrollment."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from desa_desktop.hq import schemas
from desa_desktop.hq.body import read_json, validated
from desa_desktop.hq.db import Database
from desa_desktop.hq.deps import check_protocol, get_db, get_limits
from desa_desktop.hq.devices import enroll
from desa_desktop.hq.problems import HQJSONResponse
from desa_desktop.hq.ratelimit import Limits, braked
from desa_desktop.protocol.wire import ENROLL, HEALTH, PROTOCOL_VERSION

ENROLL_BODY_LIMIT = 16 * 1024

router = APIRouter()


def _ping(db: Database) -> None:
    with db.read() as session:
        session.execute(text("SELECT 1"))


@router.get(HEALTH, response_model=schemas.Health, summary="Is HQ up (and its database)?")
async def health(db: Annotated[Database, Depends(get_db)]) -> HQJSONResponse:
    """No authentication and no protocol header: ``{"status": "ok", "protocol": 1}``."""
    await run_in_threadpool(_ping, db)
    return HQJSONResponse({"status": "ok", "protocol": PROTOCOL_VERSION})


@router.post(
    ENROLL,
    response_model=schemas.EnrollResponse,
    responses=schemas.PROBLEM_RESPONSES | {403: {"model": schemas.Problem}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": schemas.inline_schema(schemas.EnrollRequest)}
            },
        }
    },
    summary="Exchange a one-time enrollment code for a device token",
)
async def enroll_device(
    request: Request,
    _protocol: Annotated[int, Depends(check_protocol)],
    db: Annotated[Database, Depends(get_db)],
    limits: Annotated[Limits, Depends(get_limits)],
) -> HQJSONResponse:
    """The code is single-use and expires after 7 days; the token is shown only once.
    Too many wrong codes from one address in a minute answer 429 for the rest of it."""
    body = validated(schemas.EnrollRequest, await read_json(request, ENROLL_BODY_LIMIT))
    key = f"enroll:{request.client.host if request.client else 'unknown'}"
    response = await run_in_threadpool(
        braked, db, key, limits.enroll_failures, lambda: enroll(db, body.code, body.store_id)
    )
    return HQJSONResponse(dict(response))
