"""A village to serve: picked with the region picker, with its targets; and a dialog that adds one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.services.villages import add_village
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.dialog_write import write_and_close
from desa_desktop.ui.widgets.region_picker import RegionPicker

MAX_OFFICIALS = 200
MAX_WORKERS = 100_000
DEFAULT_OFFICIALS = 10  # a kepala desa, a sekretaris, kaur, kasi and kepala dusun


class VillageForm(QWidget):
    """Region picker plus the village's number of officials and its worker target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = RegionPicker()
        self.officials = QSpinBox()
        self.officials.setRange(0, MAX_OFFICIALS)
        self.officials.setValue(DEFAULT_OFFICIALS)
        self.officials.setToolTip(
            self.tr("The village head and every village official: all must be registered")
        )
        self.workers = QSpinBox()
        self.workers.setRange(0, MAX_WORKERS)
        self.workers.setSingleStep(10)
        self.workers.setValue(100)
        self.workers.setToolTip(self.tr("How many informal workers the village aims to enrol"))
        for spin in (self.officials, self.workers):
            spin.setMaximumWidth(140)
        self.picker.form.addRow(self.tr("Number of village &officials"), self.officials)
        self.picker.form.addRow(self.tr("&Worker target"), self.workers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)


class AddVillageDialog(QDialog):
    """Add a village this laptop serves (from Settings, after the first-run setup)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add a village"))
        self.form = VillageForm()
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add village"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.picker.village_changed.connect(lambda _code: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 440)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.form.picker.village_code() is not None)

    def save(self) -> None:
        code = self.form.picker.village_code()
        if code is None:
            return
        store, operator = self.ctx.store, self.ctx.operator
        officials, workers = self.form.officials.value(), self.form.workers.value()

        def remember() -> None:
            self.added = code

        write_and_close(
            self,
            self.ctx,
            lambda: add_village(
                store, code, operator, target_officials=officials, target_workers=workers
            ),
            self.message,
            remember,
        )
