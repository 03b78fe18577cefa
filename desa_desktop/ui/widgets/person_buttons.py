"""The person form's action row: Save, Save and add another, Save as draft, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget


class FormButtons(QWidget):
    """The buttons under the form. Enter on a focused button presses that one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = QPushButton(self.tr("Save"))
        self.save.setProperty("primary", True)
        self.save.setToolTip(self.tr("Enter or Ctrl+S"))
        self.another = QPushButton(self.tr("Save and add another"))
        self.another.setToolTip(self.tr("Keeps village, programmes, period and funding"))
        self.draft = QPushButton(self.tr("Save as draft"))
        self.draft.setToolTip(self.tr("Keep an incomplete registration; it is not sent"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Esc"))
        # Two rows, so the form stays narrow and the list beside it keeps room for names.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.save, 0, 0)
        grid.addWidget(self.another, 0, 1)
        grid.addWidget(self.draft, 1, 0)
        grid.addWidget(self.cancel, 1, 1)
        for button in self.all():
            button.setAutoDefault(True)

    def all(self) -> list[QPushButton]:
        """In tab order."""
        return [self.save, self.another, self.draft, self.cancel]
