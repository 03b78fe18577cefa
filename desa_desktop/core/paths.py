"""Where the data lives: ``--data-dir``, else ``DESA_DATA_DIR``, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "desa-desktop"
ENV_DATA_DIR = "DESA_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, most specific choice first."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))
