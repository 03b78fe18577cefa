"""Reference data from HQ (rate table, occupation list, this device's villages), fetched only when changed."""

from __future__ import annotations

import json

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_many
from desa_desktop.protocol import wire
from desa_desktop.sync.http import HqClient

PREFIX = "reference:"


def reference_data(store: Store, name: str) -> object | None:
    """The latest copy of one reference document received from HQ, or None."""
    raw = get_meta(store, f"{PREFIX}{name}")
    return json.loads(raw) if raw else None


def refresh_reference(store: Store, client: HqClient) -> list[str]:
    """Fetch each reference document unless HQ says it is unchanged (ETag). Returns those updated."""
    updated = []
    for name in wire.REFERENCE_NAMES:
        etag_key = f"{PREFIX}{name}:etag"
        response = client.request(
            "GET", wire.REFERENCE.format(name=name), etag=get_meta(store, etag_key) or None
        )
        if response.status == 304:
            continue
        set_many(
            store,
            {
                f"{PREFIX}{name}": json.dumps(response.body, ensure_ascii=False),
                etag_key: response.etag or "",
            },
        )
        updated.append(name)
    return updated
