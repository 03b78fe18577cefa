"""Qt's own translation mechanism: English source strings, Indonesian shipped and default.

``resources/translations/desa_id.ts`` is the source (edited with Qt Linguist or by hand,
refreshed with ``python -m desa_desktop.ui.translations update``); the compiled
``desa_id.qm`` beside it is what the app loads. English needs no file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desa_desktop.resources import resource_path

TS_FILE = "desa_id.ts"
QM_FILE = "desa_id.qm"
UI_DIR = Path(__file__).resolve().parent


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` ("id" or "en")."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if language != "id":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", QM_FILE))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_id", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)  # Qt's own dialogs (OK/Cancel...) where Qt ships Indonesian
        installed.append(qt_base)
    return installed


def switch_language(language: str) -> None:
    """Swap the app's translators now: open windows hear LanguageChange and retranslate."""
    app = QCoreApplication.instance()
    if app is None:
        return
    remove_translators(app)
    install_translator(app, language)


def remove_translators(app: QCoreApplication) -> None:
    """Take every installed translation away (back to the English source strings)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update_sources() -> None:
    """Re-scan the UI code for tr() strings into the .ts file (keeps existing translations)."""
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    ts = str(resource_path("translations", TS_FILE))
    subprocess.run([_tool("lupdate"), *sources, "-no-obsolete", "-ts", ts], check=True)


def compile_translations() -> None:
    """Build the .qm the app loads from the .ts source."""
    subprocess.run(
        [
            _tool("lrelease"),
            str(resource_path("translations", TS_FILE)),
            "-qm",
            str(resource_path("translations", QM_FILE)),
        ],
        check=True,
    )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    if command == "update":
        update_sources()
    compile_translations()
