"""The app's own settings, kept in the store so they travel with the data (no registry, no keyring).

Who is working is not a setting: it is the operator who logged in (``AppContext``). Stores
from before logins may still hold a ``ui:operator`` row; it is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_many

KEYS = {
    "language": "ui:language",
    "sync_minutes": "ui:sync_minutes",
    "lock_minutes": "ui:lock_minutes",
    "current_village": "ui:current_village",
    "setup_done": "ui:setup_done",
}
DEFAULT_SYNC_MINUTES = 15
DEFAULT_LOCK_MINUTES = 10


def _minutes(raw: str | None, default: int) -> int:
    return int(raw) if raw and raw.isdigit() else default


@dataclass
class UiSettings:
    language: str = "id"
    sync_minutes: int = DEFAULT_SYNC_MINUTES  # 0 = only when asked
    lock_minutes: int = DEFAULT_LOCK_MINUTES  # 0 = never lock by itself
    current_village: str = ""
    setup_done: bool = False

    @classmethod
    def load(cls, store: Store) -> UiSettings:
        raw = {name: get_meta(store, key) for name, key in KEYS.items()}
        return cls(
            language=raw["language"] if raw["language"] in ("id", "en") else "id",
            sync_minutes=_minutes(raw["sync_minutes"], DEFAULT_SYNC_MINUTES),
            lock_minutes=_minutes(raw["lock_minutes"], DEFAULT_LOCK_MINUTES),
            current_village=raw["current_village"] or "",
            setup_done=raw["setup_done"] == "1",
        )

    def save(self, store: Store) -> None:
        set_many(
            store,
            {
                KEYS["language"]: self.language,
                KEYS["sync_minutes"]: str(self.sync_minutes),
                KEYS["lock_minutes"]: str(self.lock_minutes),
                KEYS["current_village"]: self.current_village,
                KEYS["setup_done"]: "1" if self.setup_done else "0",
            },
        )
