"""Pengaturan: enrollment with HQ, language, automatic sync, the idle lock, villages, data folder."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.regions import region_name
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.villages import VillageRow, list_villages
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.http import SyncError
from desa_desktop.sync.probe import hq_reachable
from desa_desktop.sync.settings import Enrollment
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.sync_controller import error_text
from desa_desktop.ui.sync_rows import SyncOverview, load_overview
from desa_desktop.ui.widgets.enter_key import EnterKey
from desa_desktop.ui.widgets.language_switch import LANGUAGES
from desa_desktop.ui.widgets.village_form import AddVillageDialog
from desa_desktop.ui.widgets.village_targets import TargetsDialog

MAX_SYNC_MINUTES = 24 * 60
MAX_LOCK_MINUTES = 8 * 60
BODY_WIDTH = 860
SHORT_FIELD = 240
URL_SHAPE = re.compile(r"https?://[^\s/]+(/\S*)?")


def set_message(label: QLabel, text: str, role: str = "info") -> None:
    """Show ``text`` in ``label`` coloured by ``role`` (info, warning, error)."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def villages_text(codes: list[str] | tuple[str, ...]) -> str:
    """Village codes with their names from the region list."""
    return ", ".join(f"{region_name(c) or c} ({c})" for c in codes)


class EnrollBox(QGroupBox):
    """HQ's address and the one-time code HQ printed; exchanges them for this laptop's identity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connection to HQ"))
        self.ctx = ctx
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://hq.example.id")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("The one-time code HQ gave you"))
        self.check_button = QPushButton(self.tr("Check address"))
        self.enroll_button = QPushButton(self.tr("Enroll this laptop"))
        self.enroll_button.setProperty("primary", True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.check_button.clicked.connect(self.check)
        self.enroll_button.clicked.connect(self.enroll)
        EnterKey(self.code, self.enroll)  # not also the wizard's Finish
        form = QFormLayout()
        form.addRow(self.tr("HQ &address"), self.url)
        form.addRow(self.tr("One-time &code"), self.code)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.enroll_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_overview(self, overview: SyncOverview) -> None:
        if overview.hq_url:
            text = self.tr("Enrolled as %1 at %2.").replace("%1", overview.device_name or "")
            text = text.replace("%2", overview.hq_url)
            if overview.device_villages:
                text += " " + self.tr("Villages: %1").replace(
                    "%1", villages_text(overview.device_villages)
                )
            set_message(self.state, text, "info")
            if not self.url.text():
                self.url.setText(overview.hq_url)
        else:
            set_message(
                self.state,
                self.tr(
                    "Not enrolled yet. Type HQ's address and the one-time code HQ gave you, then Enroll."
                ),
                "warning",
            )

    def _url(self) -> str | None:
        url = self.url.text().strip().rstrip("/")
        if not URL_SHAPE.fullmatch(url):
            set_message(
                self.message,
                self.tr("Type HQ's address, starting with http:// or https://"),
                "error",
            )
            self.url.setFocus()
            return None
        return url

    def check(self) -> None:
        """Is HQ at this address answering? (network lane)"""
        url = self._url()
        if url is None:
            return
        set_message(self.message, self.tr("Checking…"), "info")
        self.ctx.ops.network(
            lambda _progress: hq_reachable(url),
            lambda ok: set_message(
                self.message,
                self.tr("HQ answers at this address.")
                if ok
                else self.tr("No answer from HQ at this address. Check it, or the connection."),
                "info" if ok else "warning",
            ),
        )

    def enroll(self) -> None:
        """Exchange the one-time code for this laptop's identity at HQ (network lane)."""
        url = self._url()
        if url is None:
            return
        code = self.code.text().strip()
        if not code:
            set_message(self.message, self.tr("Type the one-time code HQ gave you."), "error")
            self.code.setFocus()
            return
        store = self.ctx.store
        self.enroll_button.setEnabled(False)
        set_message(self.message, self.tr("Enrolling…"), "info")
        self.ctx.ops.network(
            lambda _progress: enroll(store, url, code), self._enrolled, self._failed
        )

    def _enrolled(self, result: tuple[Enrollment, list[str]]) -> None:
        enrolled, villages = result
        self.enroll_button.setEnabled(True)
        self.code.clear()
        text = self.tr("Enrolled as %1.").replace("%1", enrolled.device_name)
        text += " " + (
            self.tr("Villages: %1").replace("%1", villages_text(villages))
            if villages
            else self.tr("HQ allows every village.")
        )
        set_message(self.message, text, "info")
        self.ctx.signals.settings_changed.emit()  # the sync controller reads the enrollment

    def _failed(self, error: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        if isinstance(error, SyncError):
            set_message(self.message, error_text(error, self.ctx.lang), "error")
        else:
            self.ctx.ops.failed.emit(error)


class SettingsScreen(Screen):
    """What this laptop is set to: enrollment, language, sync interval, idle lock, villages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("screenTitle")
        self.enroll_box = EnrollBox(ctx)
        body = QWidget()
        body.setObjectName("settingsBody")
        body.setMaximumWidth(BODY_WIDTH)  # long lines of fields are hard to read on a wide screen
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.enroll_box)
        column.addWidget(self._laptop_box())
        column.addWidget(self._villages_box())
        column.addStretch(1)
        holder = QWidget()
        holder.setObjectName("settingsHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(body, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        # the page shows through (the viewport would paint its own grey)
        scroll.setStyleSheet("QScrollArea, #settingsHolder { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        ctx.signals.settings_changed.connect(self.refresh)
        self.show_settings()
        self.refresh()

    def _laptop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This laptop"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        language_hint = QLabel(self.tr("A new language applies the next time the app starts."))
        language_hint.setObjectName("hint")
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setRange(0, MAX_SYNC_MINUTES)
        self.sync_minutes.setSingleStep(5)
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setSpecialValueText(self.tr("Off (only Sync now)"))
        self.sync_minutes.setMaximumWidth(SHORT_FIELD)
        self.language.setMaximumWidth(SHORT_FIELD)
        sync_hint = QLabel(self.tr("0 = off. Also syncs by itself when the connection returns."))
        sync_hint.setObjectName("hint")
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setMaximumWidth(SHORT_FIELD)
        lock_hint = QLabel(
            self.tr("0 = never. Hides the data after this long without keyboard or mouse.")
        )
        lock_hint.setObjectName("hint")
        self.data_dir = QLabel(str(self.ctx.store.path.parent))
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.path.parent)))
        )
        folder = QHBoxLayout()
        folder.addWidget(self.data_dir, 1)
        folder.addWidget(open_folder)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setVisible(False)
        form = QFormLayout(box)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", language_hint)
        form.addRow(self.tr("&Automatic sync every"), self.sync_minutes)
        form.addRow("", sync_hint)
        form.addRow(self.tr("Lock the &screen after"), self.lock_minutes)
        form.addRow("", lock_hint)
        form.addRow(self.tr("Data folder"), folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button, 0)
        form.addRow(buttons)
        return box

    def _villages_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Villages this laptop serves"))
        self.served: list[VillageRow] = []
        self.villages = QLabel()
        self.villages.setWordWrap(True)
        add = QPushButton(self.tr("Add a village…"))
        add.clicked.connect(self.add_village)
        self.targets_button = QPushButton(self.tr("Change targets…"))
        self.targets_button.clicked.connect(self.change_targets)
        actions = QVBoxLayout()
        actions.addWidget(add)
        actions.addWidget(self.targets_button)
        actions.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.villages, 1)
        row.addLayout(actions)
        return box

    def show_settings(self) -> None:
        """Put the current settings into the fields."""
        settings = self.ctx.settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.sync_minutes.setValue(settings.sync_minutes)
        self.lock_minutes.setValue(settings.lock_minutes)

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.ops.read(lambda: (load_overview(store), list_villages(store)), self._show)

    def on_changed(self, changes: Changes) -> None:
        if changes.entity == "village" or self.isVisible():
            self.refresh()

    def _show(self, loaded: tuple[SyncOverview, list[VillageRow]]) -> None:
        overview, villages = loaded
        self.served = villages
        self.targets_button.setEnabled(bool(villages))
        self.enroll_box.show_overview(overview)
        if villages:
            self.villages.setText(
                "\n".join(
                    self.tr("%1 (%2): %3 officials, %4 workers targeted")
                    .replace("%1", v.name)
                    .replace("%2", v.code)
                    .replace("%3", str(v.target_officials))
                    .replace("%4", str(v.target_workers))
                    for v in villages
                )
            )
        else:
            self.villages.setText(self.tr("No village yet. Add the village this laptop serves."))

    def save(self) -> None:
        """Save language, sync interval and idle lock (write lane), then tell the app."""
        before = self.ctx.settings.language
        settings = self.ctx.settings
        settings.language = str(self.language.currentData())
        settings.sync_minutes = self.sync_minutes.value()
        settings.lock_minutes = self.lock_minutes.value()
        snapshot = dataclasses.replace(settings)  # the worker saves a copy, never the live one
        store = self.ctx.store

        def done(_result: object) -> None:
            text = self.tr("Saved.")
            if snapshot.language != before:
                text += " " + self.tr("The new language applies when the app starts again.")
            set_message(self.saved, text, "info")
            self.ctx.signals.settings_changed.emit()

        self.ctx.ops.write(lambda: snapshot.save(store), done)

    def change_targets(self) -> None:
        """Set how many officials a village has and how many workers it aims to enrol."""
        TargetsDialog(self.ctx, self.served, self).exec()

    def add_village(self) -> None:
        dialog = AddVillageDialog(self.ctx, self)
        dialog.exec()
