"""Push (a batch of records, one result each) and pull (HQ's changes after a cursor)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from desa_desktop.hq import schemas
from desa_desktop.hq.body import read_json, validated
from desa_desktop.hq.db import Database
from desa_desktop.hq.deps import current_device, get_db
from desa_desktop.hq.devices import DeviceContext
from desa_desktop.hq.ingest import Incoming, batch_label, ingest_batch
from desa_desktop.hq.problems import HQError, HQJSONResponse
from desa_desktop.hq.pull import MAX_CURSOR_LENGTH, pull_changes
from desa_desktop.protocol.wire import MAX_BATCH_RECORDS, MAX_PULL_LIMIT, PULL, PUSH

DEFAULT_PULL_LIMIT = 1000

router = APIRouter()


def _check_batch_size(content: Any) -> None:
    # Before the shape check: an oversized batch is "too large", not "malformed".
    if isinstance(content, dict):
        records = content.get("records")
        if isinstance(records, list) and len(records) > MAX_BATCH_RECORDS:
            raise HQError(413, "hq.batch_too_large", limit=MAX_BATCH_RECORDS)


@router.post(
    PUSH,
    response_model=schemas.PushResponse,
    response_model_exclude_none=True,
    responses=schemas.PROBLEM_RESPONSES | {415: {"model": schemas.Problem}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schemas.inline_schema(schemas.PushRequest)}},
        }
    },
    summary="Send a batch of records; one result per record, in the same order",
)
async def push(
    request: Request,
    device: Annotated[DeviceContext, Depends(current_device)],
    db: Annotated[Database, Depends(get_db)],
) -> HQJSONResponse:
    """The body may be gzip-compressed (``Content-Encoding: gzip``)."""
    content = await read_json(request)
    _check_batch_size(content)
    batch = validated(schemas.PushRequest, content)
    records = [
        Incoming(r.uuid.lower(), r.entity, r.version, r.base_version, r.data) for r in batch.records
    ]
    label = batch_label(batch.batch_id)
    results = await run_in_threadpool(ingest_batch, db, device, records, label)
    return HQJSONResponse({"results": results})


@router.get(
    PULL,
    response_model=schemas.PullResponse,
    response_model_exclude_none=True,
    responses=schemas.PROBLEM_RESPONSES,
    summary="HQ's changes to this device's records after a cursor",
)
async def pull(
    device: Annotated[DeviceContext, Depends(current_device)],
    db: Annotated[Database, Depends(get_db)],
    cursor: Annotated[
        str | None,
        Query(
            max_length=MAX_CURSOR_LENGTH,
            pattern=r"^[A-Za-z0-9_-]*$",
            description="From the last answer; omit to start",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> HQJSONResponse:
    """Changes in commit order; call again with the returned cursor while ``more``."""
    page = await run_in_threadpool(pull_changes, db, device, cursor, limit)
    return HQJSONResponse(dict(page))
