"""What the laptop knows about its HQ, kept in the store (``store_meta``)."""

from __future__ import annotations

from dataclasses import dataclass

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_many

HQ_URL = "hq_url"
DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
DEVICE_TOKEN = "device_token"
DEVICE_VILLAGES = "device_villages"
PULL_CURSOR = "pull_cursor"
LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_ERROR = "last_sync_error"


@dataclass(frozen=True)
class Enrollment:
    """This laptop's identity at HQ."""

    url: str
    device_id: str
    device_name: str
    token: str


def enrollment(store: Store) -> Enrollment | None:
    """The enrollment, or None when this laptop has not been enrolled with HQ yet."""
    values = [get_meta(store, key) for key in (HQ_URL, DEVICE_ID, DEVICE_NAME, DEVICE_TOKEN)]
    if not all(values):
        return None
    url, device_id, name, token = (str(v) for v in values)
    return Enrollment(url, device_id, name, token)


def save_enrollment(store: Store, enrolled: Enrollment, villages: list[str]) -> None:
    """Remember the enrollment, all facts in one transaction."""
    set_many(
        store,
        {
            HQ_URL: enrolled.url,
            DEVICE_ID: enrolled.device_id,
            DEVICE_NAME: enrolled.device_name,
            DEVICE_TOKEN: enrolled.token,
            DEVICE_VILLAGES: ",".join(villages),
        },
    )
