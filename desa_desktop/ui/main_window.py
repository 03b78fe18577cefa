"""The main window: navigation on the left, one screen at a time, sync state in the status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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


class MainWindow(QMainWindow):
    """Holds the screens; knows nothing of what they do."""

    def __init__(self, ctx: AppContext, screens: Sequence[type[Screen]]) -> None:
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
        self.screens: list[Screen] = []
        for screen_class in screens:
            screen = screen_class(ctx)
            self.screens.append(screen)
            self.stack.addWidget(screen)
            QListWidgetItem(screen.title(), self.nav)
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

        for number in range(min(9, len(self.screens))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.nav.setCurrentRow(n))
            self.addAction(action)
        ctx.ops.failed.connect(self.show_error)
        ctx.signals.changed.connect(
            lambda changes: self._load_villages() if changes.entity == "village" else None
        )
        self._load_villages()
        self.nav.setCurrentRow(0)

    def find_screen(self, screen_class: type[Screen]) -> Screen:
        """The open instance of a screen class."""
        return next(s for s in self.screens if isinstance(s, screen_class))

    def show_screen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.screens[row].refresh()

    def open(self, screen_class: type[Screen]) -> Screen:
        """Switch to a screen and return it."""
        screen = self.find_screen(screen_class)
        self.nav.setCurrentRow(self.screens.index(screen))
        return screen

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
        for screen in self.screens:
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
