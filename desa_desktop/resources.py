"""Locate shipped data files (rate tables, occupation list, translations).

Installed wheels and the PyInstaller build carry them as ``desa_desktop/resources``; a
source checkout (and an editable install) keeps them in the top-level ``resources/``
folder. The first that exists wins.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding the shipped resources."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resources folder not found near {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource_path("rates", "rates.json")``."""
    return resources_dir().joinpath(*parts)
