"""Small facts kept in the ``store_meta`` table."""

from __future__ import annotations

from sqlalchemy import select

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import StoreMeta, new_uuid
from desa_desktop.core.timestamps import utcnow


def get_meta(store: Store, key: str) -> str | None:
    with store.read() as session:
        return session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))


def set_meta(store: Store, key: str, value: str) -> None:
    set_many(store, {key: value})


def set_many(store: Store, values: dict[str, str]) -> None:
    """Write several facts in one transaction."""
    with store.write() as session:
        for key, value in values.items():
            session.merge(StoreMeta(key=key, value=value))


def ensure_store_id(store: Store) -> str:
    """This store's own UUID, created with the store: it names the laptop's data to HQ."""
    existing = get_meta(store, "store_id")
    if existing:
        return existing
    store_id = new_uuid()
    with store.write() as session:
        if session.get(StoreMeta, "store_id") is None:
            session.add(StoreMeta(key="store_id", value=store_id))
            session.add(StoreMeta(key="created_at", value=utcnow().isoformat()))
    return get_meta(store, "store_id") or store_id
