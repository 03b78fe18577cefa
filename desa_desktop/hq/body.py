"""Reading a request body safely: size caps, gzip with a cap on what it inflates to, JSON.

Three caps keep one request from exhausting HQ's memory: the declared Content-Length,
the bytes actually read (a client may lie or send chunked), and the decompressed size
(a few kilobytes of gzip can inflate to gigabytes).
"""

from __future__ import annotations

import json
import zlib
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError
from starlette.requests import ClientDisconnect

from desa_desktop.hq.problems import HQError
from desa_desktop.protocol.wire import MAX_BODY_BYTES, MAX_INFLATED_BYTES

GZIP_WBITS = 16 + zlib.MAX_WBITS
M = TypeVar("M", bound=BaseModel)


def _too_large(limit: int) -> HQError:
    return HQError(413, "hq.body_too_large", limit=limit)


async def read_raw(request: Request, limit: int) -> bytes:
    """The body as sent, refusing (413) more than ``limit`` bytes declared or received."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise HQError(400, "hq.bad_request", detail="Content-Length")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise HQError(400, "hq.bad_request", detail="client disconnected") from exc
    return b"".join(chunks)


def inflate(raw: bytes, limit: int) -> bytes:
    """Decompress gzip (one or more members), refusing output beyond ``limit`` bytes."""
    parts: list[bytes] = []
    total = 0
    pending = raw
    if not pending:
        raise HQError(400, "hq.bad_gzip")
    while pending:
        inflater = zlib.decompressobj(GZIP_WBITS)
        chunk = pending
        while not inflater.eof:
            try:
                # max_length is never 0 here (0 would mean "no limit").
                piece = inflater.decompress(chunk, limit + 1 - total)
            except zlib.error as exc:
                raise HQError(400, "hq.bad_gzip") from exc
            total += len(piece)
            if total > limit:
                raise _too_large(limit)
            parts.append(piece)
            if not piece and not inflater.unconsumed_tail and not inflater.eof:
                raise HQError(400, "hq.bad_gzip")  # truncated: no input left, no end marker
            chunk = inflater.unconsumed_tail
        pending = inflater.unused_data
    return b"".join(parts)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """JSON from bytes; 400 for anything that is not strict JSON (NaN, deep nesting...)."""
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError) as exc:
        raise HQError(400, "hq.bad_json") from exc


async def read_json(request: Request, limit: int = MAX_BODY_BYTES) -> Any:
    """The request's JSON body, decompressed when sent with ``Content-Encoding: gzip``."""
    raw = await read_raw(request, limit)
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        raw = inflate(raw, max(MAX_INFLATED_BYTES, limit))
    elif encoding not in ("", "identity"):
        raise HQError(415, "hq.unsupported_encoding", encoding=encoding[:20])
    return parse_json(raw)


def validated(model: type[M], content: Any) -> M:
    """``content`` as ``model``; 422 naming the first problem (never echoing the input)."""
    try:
        return model.model_validate(content)
    except ValidationError as exc:
        first = exc.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise HQError(422, "hq.bad_request", detail=f"{where}: {first['msg']}"[:300]) from exc
