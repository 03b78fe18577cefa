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
HQ_CA_BUNDLE = "hq_ca_bundle"  # PEM text, not a path: a file may vanish, the store stays
HQ_ALLOW_INSECURE_HTTP = "hq_allow_insecure_http"  # "1" when plain http:// was allowed
PULL_CURSOR = "pull_cursor"
LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_ERROR = "last_sync_error"


@dataclass(frozen=True)
class Enrollment:
    """This laptop's identity at HQ, and how to reach it safely."""

    url: str
    device_id: str
    device_name: str
    token: str
    ca_pem: str | None = None  # trust only these CAs for HQ's certificate
    allow_insecure_http: bool = False


def enrollment(store: Store) -> Enrollment | None:
    """The enrollment, or None when this laptop has not been enrolled with HQ yet."""
    values = [get_meta(store, key) for key in (HQ_URL, DEVICE_ID, DEVICE_NAME, DEVICE_TOKEN)]
    if not all(values):
        return None
    url, device_id, name, token = (str(v) for v in values)
    return Enrollment(
        url,
        device_id,
        name,
        token,
        ca_pem=get_meta(store, HQ_CA_BUNDLE) or None,
        allow_insecure_http=get_meta(store, HQ_ALLOW_INSECURE_HTTP) == "1",
    )


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
            # always written, so a new enrollment never inherits an old one's trust
            HQ_CA_BUNDLE: enrolled.ca_pem or "",
            HQ_ALLOW_INSECURE_HTTP: "1" if enrolled.allow_insecure_http else "",
        },
    )
