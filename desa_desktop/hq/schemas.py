"""Pydantic models mirroring :mod:`desa_desktop.protocol.wire`'s TypedDicts.

They validate what arrives (strictly: a version must be a JSON integer, not "3" or 3.0)
and describe the API in the OpenAPI document HQ serves at ``/openapi.json``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desa_desktop.protocol.wire import MAX_BATCH_RECORDS

# Versions are stored in 32-bit integer columns (PostgreSQL INTEGER).
MAX_VERSION = 2**31 - 1
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


class _Wire(BaseModel):
    # Unknown keys are ignored so a slightly newer client still works; known keys are strict.
    model_config = ConfigDict(strict=True, extra="ignore")


class Health(_Wire):
    status: Literal["ok"]
    protocol: int


class EnrollRequest(_Wire):
    code: str = Field(min_length=1, max_length=64)
    # Printable ASCII only: it is stored as is (PostgreSQL text cannot hold a NUL).
    store_id: str = Field(min_length=1, max_length=64, pattern=r"^[\x20-\x7e]+$")


class EnrollResponse(_Wire):
    device_id: str
    device_name: str
    token: str
    villages: list[str]


class WireError(_Wire):
    field: str
    code: str
    message: str
    message_en: str | None = None


class PushRecord(_Wire):
    uuid: str = Field(pattern=UUID_PATTERN)
    entity: Literal["registration", "session"]
    version: int = Field(ge=1, le=MAX_VERSION)
    base_version: int | None = Field(ge=1, le=MAX_VERSION)
    data: dict[str, Any]


class PushRequest(_Wire):
    batch_id: str = Field(max_length=100)
    records: list[PushRecord] = Field(max_length=MAX_BATCH_RECORDS)


class PushResult(_Wire):
    uuid: str
    version: int
    outcome: Literal["accepted", "already_held", "conflict", "rejected"]
    hq_version: int | None = None
    hq_data: dict[str, Any] | None = None
    errors: list[WireError] | None = None


class PushResponse(_Wire):
    results: list[PushResult]


class PulledChange(_Wire):
    uuid: str
    entity: Literal["registration", "session"]
    hq_version: int
    status: Literal["sent", "accepted", "rejected"]
    kpj: str | None = None
    reason: str | None = None
    data: dict[str, Any] | None = None


class PullResponse(_Wire):
    changes: list[PulledChange]
    cursor: str
    more: bool


class Problem(_Wire):
    code: str
    message: str
    message_en: str


class Occupation(_Wire):
    code: str
    name: str
    aliases: list[str]


class OccupationsReference(_Wire):
    occupations: list[Occupation]


class Village(_Wire):
    code: str
    name: str | None
    district: str | None
    regency: str | None
    province: str | None


class VillagesReference(_Wire):
    villages: list[Village]


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s JSON schema with its ``$defs`` inlined, to embed in an OpenAPI operation."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": description}
    for status, description in (
        (400, "Malformed request (bad JSON, bad gzip, bad cursor)"),
        (401, "Missing, unknown or revoked device token"),
        (413, "Body or batch too large"),
        (422, "Well-formed JSON of the wrong shape"),
        (426, "Protocol version missing or too old: the app must be updated"),
        (429, "Too many requests (per device, or wrong enrollment codes); retry after Retry-After"),
        (503, "HQ busy; retry after the Retry-After delay"),
    )
}
