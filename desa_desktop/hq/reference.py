"""Reference data for laptops: the rate table, the occupation list, the device's villages.

Files are read on every request (they are small), so replacing the rate table on HQ takes
effect without a restart. Each body carries a strong ETag (a hash of its exact bytes);
a client sending it back in If-None-Match gets 304 with no body.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

from desa_desktop.core.domain import regions
from desa_desktop.hq.devices import DeviceContext
from desa_desktop.resources import resource_path


def _json_bytes(content: Any) -> bytes:
    return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def rates_body() -> bytes:
    """The dated, versioned rate table the laptops compute contributions with."""
    content = json.loads(resource_path("rates", "rates.json").read_text(encoding="utf-8"))
    return _json_bytes(content)


def occupations_body() -> bytes:
    """The occupation list, one object per CSV row (aliases split into a list)."""
    text = resource_path("occupations.csv").read_text(encoding="utf-8")
    rows = [
        {
            "code": row["code"].strip(),
            "name": row["name"].strip(),
            "aliases": [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()],
        }
        for row in csv.DictReader(io.StringIO(text))
    ]
    return _json_bytes({"occupations": rows})


def villages_body(device: DeviceContext) -> bytes:
    """The villages ``device`` may push for, with names (empty list: any village)."""
    villages = []
    for code in sorted(device.villages):
        village, district, regency, province = regions.village_names(code)
        villages.append(
            {
                "code": code,
                "name": village,
                "district": district,
                "regency": regency,
                "province": province,
            }
        )
    return _json_bytes({"villages": villages})


def etag_of(body: bytes) -> str:
    """A strong ETag: the SHA-256 of the exact body, quoted."""
    return f'"{hashlib.sha256(body).hexdigest()}"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """True when an If-None-Match header names ``etag`` (or is ``*``).

    If-None-Match uses the weak comparison, so a ``W/`` prefix a proxy added still matches.
    """
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        tag = candidate.strip()
        if tag == "*" or tag.removeprefix("W/") == etag:
            return True
    return False
