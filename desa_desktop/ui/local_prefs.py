"""What the app must know before anyone logs in, kept in plain ``ui.json`` in the data folder.

The store (where the settings live) is encrypted and opens only at login, yet the login page
should already speak the user's language. So the last language is remembered here too, and
nothing else: no names, nothing personal.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

PREFS_FILENAME = "ui.json"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

log = logging.getLogger(__name__)


def load_language(data_dir: Path) -> str:
    """The language last used on this laptop ("id" when nothing or nonsense is stored)."""
    try:
        raw = json.loads((data_dir / PREFS_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_LANGUAGE
    language = raw.get("language") if isinstance(raw, dict) else None
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def save_language(data_dir: Path, language: str) -> None:
    """Remember ``language`` for the next login page; a failure only costs the preference."""
    if language not in LANGUAGES:
        return
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / PREFS_FILENAME).write_text(json.dumps({"language": language}), encoding="utf-8")
    except OSError as error:
        log.warning("could not remember the language in %s: %s", data_dir, error)
