"""The main window: navigation on the left, one screen at a time, sync state in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.villages import list_villages
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.screens import ScreenEntry


class MainWindow(QMainWindow):
    """Holds the screens; knows nothing of what they do.

    A screen is imported and built the first time it is shown (or asked for), never
    before: start-up pays only for the first screen.
    """

    def __init__(self, ctx: AppContext, screens: Sequence[ScreenEntry]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Desa Desktop"))
        self.resize(1280, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(250)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.stack = QStackedWidget()
        self.entries = tuple(screens)
        self._built: dict[int, Screen] = {}  # by navigation row
        self._screen_hooks: list[Callable[[Screen], None]] = []
        for entry in self.entries:
            QListWidgetItem(entry.title(), self.nav)
        self.nav.currentRowChanged.connect(self.show_screen)

        self.village = QComboBox()
        self.village.setObjectName("villagePicker")
        self.village.currentIndexChanged.connect(self._village_picked)
        header = QWidget()
        header.setObjectName("header")
        header_row = QHBoxLayout(header)
        self.header_row = header_row  # where install_sync/install_lock add their parts
        title = QLabel(self.tr("Desa Sadar Jaminan Sosial Ketenagakerjaan"))
        title.setObjectName("appTitle")
        header_row.addWidget(title)
        header_row.addStretch(1)
        header_row.addWidget(QLabel(self.tr("Village:")))
        header_row.addWidget(self.village)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setMenuWidget(header)
        self.setCentralWidget(body)

        for number in range(min(9, len(self.entries))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.nav.setCurrentRow(n))
            self.addAction(action)
        ctx.ops.failed.connect(self.show_error)
        ctx.signals.changed.connect(
            lambda changes: self._load_villages() if changes.entity == "village" else None
        )
        ctx.signals.open_person.connect(self._person_asked)
        self._load_villages()
        self.nav.setCurrentRow(0)

    @property
    def screens(self) -> list[Screen]:
        """The screens built so far, in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def screen_at(self, row: int) -> Screen:
        """The screen of a navigation row, built now if it was not yet."""
        screen = self._built.get(row)
        if screen is None:
            focused = QApplication.focusWidget()
            screen = self.entries[row].load()(self.ctx, self.stack)  # styled once, in place
            # Widgets that focused themselves as the screen was built keep no claim: the
            # focus stays where the user has it (and moving in from the page left, it
            # starts at the screen's first field, as for a screen built hidden).
            if (asked := screen.focusWidget()) is not None:
                asked.clearFocus()
            if focused is not None and QApplication.focusWidget() is not focused:
                focused.setFocus()
            self._built[row] = screen
            screen.set_village(self.ctx.settings.current_village)
            self.stack.addWidget(screen)
            for hook in self._screen_hooks:
                hook(screen)
        return screen

    def row_of(self, screen_class: type[Screen]) -> int:
        """The navigation row of a screen class (``LookupError`` when it is not there)."""
        found = next((n for n, e in enumerate(self.entries) if e.is_for(screen_class)), None)
        if found is None:
            raise LookupError(f"{screen_class.__qualname__} is not in this window")
        return found

    def find_screen(self, screen_class: type[Screen]) -> Screen:
        """The instance of a screen class (built now if it was not yet)."""
        return self.screen_at(self.row_of(screen_class))

    def for_each_screen(self, hook: Callable[[Screen], None]) -> None:
        """Call ``hook`` on every screen: now on those built, later on each as it is built."""
        self._screen_hooks.append(hook)
        for screen in self.screens:
            hook(screen)

    def show_screen(self, row: int) -> None:
        screen = self.screen_at(row)
        self.stack.setCurrentWidget(screen)
        screen.refresh()

    def open(self, screen_class: type[Screen]) -> Screen:
        """Switch to a screen and return it."""
        row = self.row_of(screen_class)
        self.nav.setCurrentRow(row)
        return self.screen_at(row)

    def _person_asked(self, uuid: str) -> None:
        # The people screens built already hear the signal themselves (a screen connected
        # during this emission does not); the others are built now to answer it.
        for row, entry in enumerate(self.entries):
            if entry.opens_people and row not in self._built:
                opener = getattr(self.screen_at(row), "open_person", None)
                if callable(opener):
                    opener(uuid)

    def _load_villages(self) -> None:
        villages = list_villages(self.ctx.store)
        current = self.ctx.settings.current_village
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), "")
        for village in villages:
            self.village.addItem(f"{village.name} ({village.code})", village.code)
        index = max(0, self.village.findData(current))
        self.village.setCurrentIndex(index)
        self.village.blockSignals(False)
        self._village_picked(index)

    def _village_picked(self, index: int) -> None:
        code = str(self.village.itemData(index) or "")
        self.ctx.settings.current_village = code
        for screen in self._built.values():
            screen.set_village(code)

    def show_error(self, error: object) -> None:
        """An op failed and nobody handled it: say so, never hide it."""
        if isinstance(error, ValidationFailed):
            text = "\n".join(error.messages(self.ctx.lang))
        else:
            text = self.tr("Something went wrong: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        QMessageBox.warning(self, self.tr("Desa Desktop"), text)
