"""Every visible string of the app is translated to Indonesian, with the same placeholders,
the .ts source is current with the code, and the shipped .qm is built from it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desa_desktop.resources import resource_path
from desa_desktop.ui import translations

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def _messages(ts: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            forms = [f.text or "" for f in translation.iter("numerusform")]  # plural messages
            text = " ".join(forms) if forms else translation.text or ""
            out.append((name, message.findtext("source") or "", text, kind))
    return out


def test_every_string_is_translated_with_matching_placeholders() -> None:
    messages = [
        m
        for m in _messages(resource_path("translations", translations.TS_FILE))
        if m[3] not in ("obsolete", "vanished")
    ]
    assert len(messages) > 100
    for context, source, translated, kind in messages:
        where = f"{context}: {source!r}"
        assert kind != "unfinished" and translated.strip(), f"not translated: {where}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), where


def test_ts_source_is_current_with_the_code(tmp_path: Path) -> None:
    """Re-scanning the code adds no new string: every tr() call is in the .ts file."""
    shipped = resource_path("translations", translations.TS_FILE)
    copy = tmp_path / translations.TS_FILE
    shutil.copy(shipped, copy)
    sources = sorted(str(p) for p in translations.UI_DIR.rglob("*.py"))
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, *sources, "-ts", str(copy)], check=True, capture_output=True)
    fresh = {(c, s) for c, s, _, k in _messages(copy) if k not in ("obsolete", "vanished")}
    known = {(c, s) for c, s, t, k in _messages(shipped) if k not in ("obsolete", "vanished")}
    assert fresh - known == set(), "run: python -m desa_desktop.ui.translations update"


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "check.qm"
    lrelease = str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run(
        [lrelease, str(resource_path("translations", translations.TS_FILE)), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == resource_path("translations", translations.QM_FILE).read_bytes()


def test_indonesian_is_loaded_by_default(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    installed = translations.install_translator(app, "id")
    try:
        assert installed, "the Indonesian .qm did not load"
        assert QCoreApplication.translate("MainWindow", "All villages") == "Semua desa"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
