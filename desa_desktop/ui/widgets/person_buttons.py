"""The person form's action row: Save, Save and add another, Save as draft, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


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
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.save, self.another, self.draft):
            button.setAutoDefault(True)
            row.addWidget(button)
        row.addStretch(1)
        self.cancel.setAutoDefault(True)
        row.addWidget(self.cancel)

    def all(self) -> list[QPushButton]:
        """In tab order."""
        return [self.save, self.another, self.draft, self.cancel]
