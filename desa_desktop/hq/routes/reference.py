"""Reference data with strong ETags: unchanged data costs a 304 and no body."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Response
from starlette.concurrency import run_in_threadpool

from desa_desktop.hq import reference, schemas
from desa_desktop.hq.deps import current_device
from desa_desktop.hq.devices import DeviceContext
from desa_desktop.protocol.wire import REFERENCE

router = APIRouter()

IfNoneMatch = Annotated[
    str | None,
    Header(alias="If-None-Match", description="The ETag of the copy the client holds"),
]
CACHE_CONTROL = "no-cache"  # keep a copy, but ask (cheaply, with If-None-Match) every time
RESPONSES: dict[int | str, dict[str, Any]] = schemas.PROBLEM_RESPONSES | {
    304: {"description": "Not modified: the client's copy (its ETag) is current"}
}


def _answer(body: bytes, if_none_match: str | None) -> Response:
    etag = reference.etag_of(body)
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if reference.etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


@router.get(
    REFERENCE.format(name="rates"),
    responses=RESPONSES,
    summary="The dated, versioned contribution rate table (resources/rates/rates.json)",
)
async def rates(
    _device: Annotated[DeviceContext, Depends(current_device)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """The rate table as shipped to HQ; replace the file on HQ to update every laptop."""
    return _answer(await run_in_threadpool(reference.rates_body), if_none_match)


@router.get(
    REFERENCE.format(name="occupations"),
    response_model=schemas.OccupationsReference,
    responses=RESPONSES,
    summary="The Dukcapil occupation list with search aliases",
)
async def occupations(
    _device: Annotated[DeviceContext, Depends(current_device)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """One object per row of resources/occupations.csv."""
    return _answer(await run_in_threadpool(reference.occupations_body), if_none_match)


@router.get(
    REFERENCE.format(name="villages"),
    response_model=schemas.VillagesReference,
    responses=RESPONSES,
    summary="The villages this device may push for (empty: any)",
)
async def villages(
    device: Annotated[DeviceContext, Depends(current_device)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """Codes with names from the Kemendagri list (None where a code is not in it)."""
    return _answer(await run_in_threadpool(reference.villages_body, device), if_none_match)
