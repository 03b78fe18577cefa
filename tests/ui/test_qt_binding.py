"""Guard against a broken Qt binding: PySide6 6.12.0 on CPython 3.11 loses a reference to
None on every call that returns None (and to True on every signal emit), which aborts the
app after a few thousand edits. pyproject.toml excludes it; this test keeps it excluded."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(int)


def test_calls_and_signals_keep_reference_counts(qapp: object) -> None:
    label = QLabel()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.fired.emit(1)
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
