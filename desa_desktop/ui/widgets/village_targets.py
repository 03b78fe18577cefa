"""Change a served village's targets: how many officials it has, how many workers it aims for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.services.villages import VillageRow, set_targets
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.dialog_write import write_and_close
from desa_desktop.ui.widgets.village_form import MAX_OFFICIALS, MAX_WORKERS


class TargetsDialog(QDialog):
    """Pick a village and set its number of officials and its worker target."""

    def __init__(self, ctx: AppContext, villages: list[VillageRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows = {v.code: v for v in villages}
        self.setWindowTitle(self.tr("Village targets"))
        self.village = QComboBox()
        for row in villages:
            self.village.addItem(f"{row.name} ({row.code})", row.code)
        self.officials = QSpinBox()
        self.officials.setRange(0, MAX_OFFICIALS)
        self.workers = QSpinBox()
        self.workers.setRange(0, MAX_WORKERS)
        self.workers.setSingleStep(10)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Number of village &officials"), self.officials)
        form.addRow(self.tr("&Worker target"), self.workers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.village.currentIndexChanged.connect(self._show_village)
        current = self.village.findData(ctx.settings.current_village)
        self.village.setCurrentIndex(max(0, current))
        self._show_village()

    def _show_village(self) -> None:
        row = self.rows.get(str(self.village.currentData()))
        if row is not None:
            self.officials.setValue(row.target_officials)
            self.workers.setValue(row.target_workers)

    def save(self) -> None:
        code = str(self.village.currentData())
        store, operator = self.ctx.store, self.ctx.operator
        officials, workers = self.officials.value(), self.workers.value()

        write_and_close(
            self,
            self.ctx,
            lambda: set_targets(
                store, code, operator, target_officials=officials, target_workers=workers
            ),
            self.message,
        )
