"""The app's log file: ``<data dir>/logs/desa.log``, rotated, with personal numbers masked.

Code logs record UUIDs and counts, never names; the formatter masks what could slip
through anyway (an exception quoting a value): NIK and KK numbers keep only their region
prefix, phone numbers only their last three digits. SQL parameters never reach a log
message: the store's engines are created with ``hide_parameters``.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = "logs"
LOG_FILENAME = "desa.log"

_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{6})\d{10}(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(?:\+?62|0)8[\d\s.-]{6,14}(\d{3})(?!\d)")


def mask(text: str) -> str:
    """``text`` with NIK/KK numbers and phone numbers masked."""
    text = _SIXTEEN_DIGITS.sub(lambda m: m.group(1) + "*" * 10, text)
    return _PHONE.sub(lambda m: "08******" + m.group(1), text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to ``data_dir/logs/desa.log`` (1 MB, 3 old files kept)."""
    folder = data_dir / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
