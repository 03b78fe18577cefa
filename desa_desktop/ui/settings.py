"""The app's own settings, kept in the store so they travel with the data (no registry, no keyring)."""

from __future__ import annotations

from dataclasses import dataclass

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_many

KEYS = {
    "language": "ui:language",
    "operator": "ui:operator",
    "sync_minutes": "ui:sync_minutes",
    "current_village": "ui:current_village",
    "setup_done": "ui:setup_done",
}
DEFAULT_SYNC_MINUTES = 15


@dataclass
class UiSettings:
    language: str = "id"
    operator: str = ""
    sync_minutes: int = DEFAULT_SYNC_MINUTES  # 0 = only when asked
    current_village: str = ""
    setup_done: bool = False

    @classmethod
    def load(cls, store: Store) -> UiSettings:
        raw = {name: get_meta(store, key) for name, key in KEYS.items()}
        minutes = raw["sync_minutes"]
        return cls(
            language=raw["language"] if raw["language"] in ("id", "en") else "id",
            operator=raw["operator"] or "",
            sync_minutes=int(minutes) if minutes and minutes.isdigit() else DEFAULT_SYNC_MINUTES,
            current_village=raw["current_village"] or "",
            setup_done=raw["setup_done"] == "1",
        )

    def save(self, store: Store) -> None:
        set_many(
            store,
            {
                KEYS["language"]: self.language,
                KEYS["operator"]: self.operator,
                KEYS["sync_minutes"]: str(self.sync_minutes),
                KEYS["current_village"]: self.current_village,
                KEYS["setup_done"]: "1" if self.setup_done else "0",
            },
        )
