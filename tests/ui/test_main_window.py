"""The main window builds a screen the first time it is shown, never before: start-up pays
for the first screen only, and what the others need is imported when they are opened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, STORE_KEY, TESABELA, official, worker

from desa_desktop.core.services import registrations
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.dashboard import DashboardScreen
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.officials import OfficialsScreen
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.screens import SCREENS, entries, entry_of
from desa_desktop.ui.sync_screen import SyncScreen
from desa_desktop.ui.workers import WorkersScreen

ROOT = Path(__file__).resolve().parents[2]

# Builds the app's window on a store and says which of our UI modules it imported.
START = """
import json, sys
from pathlib import Path
from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security.accounts import Operator, Unlocked
from desa_desktop.core.store.migrate import open_store
from desa_desktop.ui.app import application, build_context, build_window
app = application()
store = open_store(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
ctx = build_context(Unlocked(store, Operator("Maria Ndun", Role.ADMIN)))
window = build_window(ctx)
window.show()
app.processEvents()
built = [type(s).__name__ for s in window.screens]
ui = sorted(m for m in sys.modules if m.startswith("desa_desktop.ui."))
heavy = sorted(m for m in ("openpyxl", "desa_desktop.core.services.importer") if m in sys.modules)
ctx.ops.wait()
print(json.dumps({"built": built, "ui": ui, "heavy": heavy}))
"""


def make_window(qtbot: QtBot, ctx: AppContext, *screens: type[Screen]) -> MainWindow:
    window = MainWindow(ctx, entries(*screens) if screens else SCREENS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_start_up_builds_and_imports_the_first_screen_only(store: Store, tmp_path: Path) -> None:
    store.close()  # the child process opens it
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", START, str(store.path.parent), STORE_KEY.hex()],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["built"] == ["DashboardScreen"]
    loaded = set(found["ui"])
    assert "desa_desktop.ui.dashboard" in loaded
    for later in (
        "workers",
        "officials",
        "people_screen",
        "person_form",
        "people_model",
        "sessions_screen",
        "updates",
        "sync_screen",
        "operators_screen",
        "settings_screen",
        "import_wizard",
        "export_actions",
        "documents.actions",
        "widgets.region_picker",
    ):
        assert f"desa_desktop.ui.{later}" not in loaded, later
    assert found["heavy"] == []


def test_screens_are_built_when_first_shown(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    assert [window.nav.item(n).text() for n in range(window.nav.count())] == [
        e.title() for e in SCREENS
    ]
    assert "Workers (Pekerja)" in [e.title() for e in SCREENS]
    assert [type(s) for s in window.screens] == [DashboardScreen]
    assert window.stack.currentWidget() is window.screens[0]
    workers = window.open(WorkersScreen)
    assert isinstance(workers, WorkersScreen) and workers.title() == "Workers (Pekerja)"
    assert window.stack.currentWidget() is workers and window.nav.currentRow() == 2
    assert [type(s) for s in window.screens] == [DashboardScreen, WorkersScreen]
    assert window.open(WorkersScreen) is workers  # built once
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.screens[0]
    assert window.find_screen(OfficialsScreen) in window.screens  # asked for: built, not shown
    assert window.stack.currentWidget() is window.screens[0]


def test_a_screen_built_late_gets_the_village_and_the_window_parts(
    qtbot: QtBot, ctx: AppContext
) -> None:
    add_village(ctx.store, TESABELA, OPERATOR)
    registrations.register(ctx.store, worker(), OPERATOR)
    window = make_window(qtbot, ctx, DashboardScreen, WorkersScreen, SyncScreen)
    attached: list[str] = []
    window.for_each_screen(lambda screen: attached.append(type(screen).__name__))
    assert attached == ["DashboardScreen"]
    window.village.setCurrentIndex(window.village.findData(TESABELA))
    workers = window.open(WorkersScreen)
    assert isinstance(workers, WorkersScreen)
    assert attached == ["DashboardScreen", "WorkersScreen"]
    assert workers.model.wanted.village_code == TESABELA and workers.model.rowCount() == 0
    window.village.setCurrentIndex(window.village.findData(BOLOK))
    assert workers.model.rowCount() == 1 and workers.count.text() == "1 shown"
    window.open(SyncScreen)
    assert attached[-1] == "SyncScreen"


def test_a_person_asked_for_opens_on_a_screen_not_built_yet(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = registrations.register(ctx.store, official(), OPERATOR)
    window = make_window(qtbot, ctx, DashboardScreen, OfficialsScreen, WorkersScreen)
    asked: list[str] = []
    original = OfficialsScreen.open_person

    def counted(screen: OfficialsScreen, uuid: str) -> None:
        asked.append(uuid)
        original(screen, uuid)

    monkeypatch.setattr(OfficialsScreen, "open_person", counted)
    ctx.signals.open_person.emit(head.uuid)  # e.g. from a conflict on the Sync screen
    officials = window.find_screen(OfficialsScreen)
    assert isinstance(officials, OfficialsScreen) and asked == [head.uuid]  # once
    assert window.stack.currentWidget() is officials
    assert officials.form.editing is not None and officials.form.editing.uuid == head.uuid
    workers = window.find_screen(WorkersScreen)
    assert isinstance(workers, WorkersScreen) and workers.form.editing is None


def test_opening_a_screen_leaves_the_focus_where_the_user_has_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = make_window(qtbot, ctx, DashboardScreen, OfficialsScreen, WorkersScreen)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    window.nav.setCurrentRow(2)  # arrow keys in the navigation build Workers on the way
    assert isinstance(window.stack.currentWidget(), WorkersScreen)
    assert window.nav.hasFocus()  # not the form's NIK field, which focuses itself when built
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert isinstance(window.stack.currentWidget(), OfficialsScreen) and window.nav.hasFocus()


def test_each_entry_names_the_screen_it_loads() -> None:
    for entry in SCREENS:
        screen_class = entry.load()
        assert issubclass(screen_class, Screen) and entry.is_for(screen_class), entry.name
        assert entry_of(screen_class) is entry
    assert [e.opens_people for e in SCREENS].count(True) == 2
