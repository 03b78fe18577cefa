"""``keys.json``: the data key wrapped once per operator, and each operator's failed logins.

The file sits beside the store and holds nothing personal: operators appear only as salted
hashes of their names, and the wraps are useless without a password. Every change is written
to a temporary file, fsynced and renamed over the old one, so a crash leaves the old file or
the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desa_desktop.core.security.keys import Wrapped
from desa_desktop.core.store.engine import KEYRING_FILENAME

FORMAT = 1


def normalize_name(name: str) -> str:
    """How operator names compare: case, accents and spacing do not make a new operator."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass
class Entry:
    """One operator's wrap of the data key and their run of failed logins."""

    wrapped: Wrapped
    failures: int = 0
    locked_until: datetime | None = None


@dataclass
class Keyring:
    path: Path
    name_salt: bytes = field(default_factory=lambda: os.urandom(16))
    entries: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Keyring | None:
        """The keyring of ``data_dir``; None when there is none yet."""
        path = keyring_path(data_dir)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        if raw.get("format") != FORMAT:
            raise ValueError(f"{path}: unknown keyring format {raw.get('format')!r}")
        entries = {
            entry_id: Entry(
                Wrapped.from_json(item["wrapped"]),
                int(item.get("failures", 0)),
                datetime.fromisoformat(item["locked_until"]) if item.get("locked_until") else None,
            )
            for entry_id, item in raw["operators"].items()
        }
        return cls(path, bytes.fromhex(raw["name_salt"]), entries)

    def entry_id(self, name: str) -> str:
        return hashlib.sha256(self.name_salt + normalize_name(name).encode("utf-8")).hexdigest()

    def entry(self, name: str) -> Entry | None:
        return self.entries.get(self.entry_id(name))

    def save(self) -> None:
        document: dict[str, Any] = {
            "format": FORMAT,
            "name_salt": self.name_salt.hex(),
            "operators": {
                entry_id: {
                    "wrapped": entry.wrapped.to_json(),
                    "failures": entry.failures,
                    "locked_until": entry.locked_until.isoformat() if entry.locked_until else None,
                }
                for entry_id, entry in self.entries.items()
            },
        }
        partial = self.path.with_name(self.path.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(self.path)


def keyring_path(data_dir: Path) -> Path:
    return data_dir / KEYRING_FILENAME


def delay_after(failures: int) -> timedelta:
    """How long to wait after ``failures`` wrong passwords in a row: two free tries, then a
    short pause that grows, then a temporary lockout of 5 minutes doubling up to an hour."""
    if failures < 3:
        return timedelta(0)
    if failures < 5:
        return timedelta(seconds=15 * (failures - 2))
    return timedelta(minutes=min(5 * 2 ** (failures - 5), 60))
