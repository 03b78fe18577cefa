"""Protocol version, endpoints, headers and message shapes (documented in docs/PROTOCOL.md).

All bodies are JSON (UTF-8). Request bodies of push may be gzip-compressed
(``Content-Encoding: gzip``); responses are gzip-compressed when the client accepts it.
Every authenticated call carries ``Authorization: Bearer <device token>`` and
``X-Desa-Protocol: <version>``.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 1
MIN_SUPPORTED_VERSION = 1  # HQ answers 426 to anything older, with words a user understands
PROTOCOL_HEADER = "X-Desa-Protocol"

HEALTH = "/v1/health"  # GET, no auth: {"status": "ok", "protocol": 1}
ENROLL = "/v1/enroll"  # POST EnrollRequest -> EnrollResponse (no bearer; the code is the secret)
PUSH = "/v1/push"  # POST PushRequest -> PushResponse
PULL = "/v1/pull"  # GET ?cursor=...&limit=... -> PullResponse
REFERENCE = "/v1/reference/{name}"  # GET, ETag / If-None-Match -> 200 JSON or 304
REFERENCE_NAMES = ("rates", "occupations", "villages")

MAX_BATCH_RECORDS = 2000  # HQ answers 413 above this
MAX_BODY_BYTES = 4 * 1024 * 1024  # compressed or not; HQ answers 413 above this
MAX_INFLATED_BYTES = 16 * 1024 * 1024  # a gzip body's decompressed size; 413 above this
MAX_PULL_LIMIT = 5000

Entity = Literal["registration", "session"]
Outcome = Literal["accepted", "already_held", "conflict", "rejected"]


class EnrollRequest(TypedDict):
    code: str  # the one-time enrollment code printed by `desa-hq device add`
    store_id: str  # the laptop store's UUID, for HQ's records


class EnrollResponse(TypedDict):
    device_id: str
    device_name: str
    token: str  # bearer token; shown once, HQ keeps only its hash
    villages: list[str]  # dotted village codes this device may push for; empty = any


class WireError(TypedDict):
    field: str
    code: str
    message: str  # Indonesian, ready to show
    message_en: NotRequired[str]


class PushRecord(TypedDict):
    uuid: str
    entity: Entity
    version: int  # the version being sent
    base_version: int | None  # the version HQ last acknowledged to this device (None: new)
    data: dict[str, object]  # field -> JSON value (dates ISO, money int)


class PushRequest(TypedDict):
    batch_id: str  # client-generated UUID, for logs only; idempotency is per record
    records: list[PushRecord]


class PushResult(TypedDict):
    uuid: str
    version: int  # echoes the version sent
    outcome: Outcome
    hq_version: NotRequired[int]  # conflict: the version HQ holds
    hq_data: NotRequired[dict[str, object]]  # conflict: HQ's copy, for a side-by-side choice
    errors: NotRequired[list[WireError]]  # rejected: why; accepted may carry warnings here too


class PushResponse(TypedDict):
    results: list[PushResult]  # exactly one per record sent, in the same order


class PulledChange(TypedDict):
    uuid: str
    entity: Entity
    hq_version: int
    status: Literal["sent", "accepted", "rejected"]
    kpj: NotRequired[str]  # accepted: the membership number
    reason: NotRequired[str]  # rejected: why, in words for the user
    data: NotRequired[dict[str, object]]  # HQ-side correction: the corrected record


class PullResponse(TypedDict):
    changes: list[PulledChange]
    cursor: str  # opaque; send it back to continue
    more: bool  # true when another page is waiting


class ProblemBody(TypedDict):
    """Every 4xx/5xx body: a code for programs and a message for people."""

    code: str
    message: str  # Indonesian
    message_en: str


class OccupationRow(TypedDict):
    """One entry of GET /v1/reference/occupations (a row of resources/occupations.csv)."""

    code: str
    name: str
    aliases: list[str]


class OccupationsReference(TypedDict):
    occupations: list[OccupationRow]


class VillageRow(TypedDict):
    """One village of GET /v1/reference/villages; names are None when not in the list."""

    code: str  # dotted
    name: str | None
    district: str | None
    regency: str | None
    province: str | None


class VillagesReference(TypedDict):
    villages: list[VillageRow]  # empty: the device may push for any village
