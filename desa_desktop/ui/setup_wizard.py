"""The first-run setup, after the first operator was made: language, the villages served,
and (optionally) HQ. Villages are added in the name of the operator who logged in.

Nothing is written until Finish: then the villages are added and the settings saved in
the write lane, and the wizard closes only when that succeeded. Cancel writes nothing.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desa_desktop.core.domain import regions
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.villages import VillageRow, add_village, list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.settings_screen import EnrollBox
from desa_desktop.ui.theme import icon
from desa_desktop.ui.widgets.language_switch import LanguageSwitch
from desa_desktop.ui.widgets.village_form import VillageForm


class WelcomePage(QWizardPage):
    """Language first (it changes the wizard at once); who works here is whoever logged in."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = LanguageSwitch(ctx.settings.language)
        self.form = QFormLayout()
        self.language.setMaximumWidth(260)
        self.later = QLabel()
        self.later.setObjectName("hint")
        self.later.setWordWrap(True)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        self.form.addRow(self.language_caption, self.language)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Desa Desktop"))
        self.setSubTitle(self.tr("A few questions before the first registration."))
        self.intro.setText(
            self.tr(
                "This app records village officials and workers for BPJS Ketenagakerjaan, works without internet, and sends the data to HQ when a connection appears."
            )
        )
        self.language_caption.setText(self.tr("&Language"))
        self.later.setText(self.tr("You can change all of this later under Settings."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VillagesPage(QWizardPage):
    """The village or villages this laptop serves, picked with the region picker."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.existing: list[VillageRow] = []  # served already (e.g. added from the command line)
        self.pending: list[tuple[str, int, int]] = []  # (code, officials, workers)
        self._built = False
        store = ctx.store
        ctx.ops.read(lambda: list_villages(store), self._existing_loaded)

    def _existing_loaded(self, villages: list[VillageRow]) -> None:
        self.existing = villages
        if self._built:
            self._show_list()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        # Built on first view, after the language was chosen on the page before.
        if self._built:
            return
        self._built = True
        self.setTitle(self.tr("Villages"))
        self.setSubTitle(
            self.tr("Pick the village this laptop serves, with its targets, then Add.")
        )
        self.form = VillageForm()
        self.add_button = QPushButton(self.tr("&Add this village"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_current)
        self.form.picker.village_changed.connect(
            lambda code: self.add_button.setEnabled(bool(code))
        )
        self.add_button.setEnabled(False)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        chosen_caption = QLabel(self.tr("Villages this laptop will serve:"))
        layout.addWidget(chosen_caption)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)
        self._show_list()
        self.form.picker.search_box.setFocus()

    def add_current(self) -> None:
        code = self.form.picker.village_code()
        if code is None:
            return
        if code in self.codes():
            self.message.setText(self.tr("This village is already in the list."))
            return
        self.pending.append((code, self.form.officials.value(), self.form.workers.value()))
        self.message.setText("")
        self._show_list()
        self.completeChanged.emit()

    def remove_current(self) -> None:
        item = self.chosen.currentItem()
        code = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
        self.pending = [p for p in self.pending if p[0] != code]
        self._show_list()
        self.completeChanged.emit()

    def codes(self) -> list[str]:
        return [v.code for v in self.existing] + [p[0] for p in self.pending]

    def _show_list(self) -> None:
        self.chosen.clear()
        for village in self.existing:
            item = QListWidgetItem(
                self.tr("%1 (%2), already served")
                .replace("%1", village.name)
                .replace("%2", village.code)
            )
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.chosen.addItem(item)
        for code, officials, workers in self.pending:
            text = (
                self.tr("%1 (%2): %3 officials, worker target %4")
                .replace("%1", regions.region_name(code) or code)
                .replace("%2", code)
                .replace("%3", str(officials))
                .replace("%4", str(workers))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.chosen.addItem(item)
        self.remove_button.setEnabled(bool(self.pending))

    def isComplete(self) -> bool:
        return bool(self.existing or self.pending)


class EnrollPage(QWizardPage):
    """Optional: enroll with HQ now (or later, in Settings)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.box: EnrollBox | None = None

    def initializePage(self) -> None:
        if self.box is not None:
            return
        self.setTitle(self.tr("Connection to HQ (optional)"))
        self.setSubTitle(
            self.tr(
                "With HQ's address and a one-time code, this laptop can send its data. You can also do it later in Settings."
            )
        )
        self.box = EnrollBox(self.ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.state.setVisible(False)


def _finish(
    store: Store, pending: list[tuple[str, int, int]], settings: UiSettings, operator: str
) -> None:
    """Add the villages (skipping any already served) and save the settings: run in the write lane."""
    served = {v.code for v in list_villages(store)}
    for code, officials, workers in pending:
        if code not in served:
            add_village(store, code, operator, target_officials=officials, target_workers=workers)
    settings.save(store)


class SetupWizard(QWizard):
    """The first-run setup. ``exec()`` returns Accepted once everything is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self.welcome = WelcomePage(ctx)
        self.villages = VillagesPage(ctx)
        self.enroll = EnrollPage(ctx)
        for page in (self.welcome, self.villages, self.enroll):
            self.addPage(page)
        self.resize(760, 620)
        self._saving = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desa Desktop: first-run setup"))
        # Qt ships no Indonesian for its own wizard buttons: name them ourselves.
        buttons = QWizard.WizardButton
        for button, text in (
            (buttons.BackButton, self.tr("< Back")),
            (buttons.NextButton, self.tr("Next >")),
            (buttons.FinishButton, self.tr("Finish")),
            (buttons.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Finish: write everything in the write lane; close when it is saved."""
        if self._saving:
            return
        settings = self.ctx.settings
        settings.language = str(self.welcome.language.currentData())
        settings.setup_done = True
        codes = self.villages.codes()
        if codes and not settings.current_village:
            settings.current_village = codes[0]
        snapshot = dataclasses.replace(settings)
        pending = list(self.villages.pending)
        store, operator = self.ctx.store, self.ctx.operator
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ctx.ops.write(
            lambda: _finish(store, pending, snapshot, operator), self._saved, self._failed
        )

    def _saved(self, _result: object) -> None:
        self._saving = False
        self.ctx.signals.settings_changed.emit()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.ctx.settings.setup_done = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, ValidationFailed):
            text = "\n".join(error.messages(self.ctx.lang))
        else:
            text = f"{type(error).__name__}: {error}"
        QMessageBox.warning(self, self.tr("Setup"), text)


def run_first_setup(ctx: AppContext) -> bool:
    """Show the setup; True when it was finished and saved, False when cancelled."""
    wizard = SetupWizard(ctx)
    return wizard.exec() == QWizard.DialogCode.Accepted
