"""The few questions the person form asks: confirm warnings, explain a stale edit, discard edits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_warnings(parent: QWidget, messages: list[str]) -> bool:
    """List the warnings and ask whether to save anyway; True to save."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PersonDialogs", "Please check"))
    box.setText(
        QCoreApplication.translate("PersonDialogs", "Please check these points before saving:")
    )
    items = "".join(f"<li>{escape(message)}</li>" for message in messages)
    box.setInformativeText(f"<ul>{items}</ul>")
    save = box.addButton(
        QCoreApplication.translate("PersonDialogs", "Save anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("PersonDialogs", "Go back and fix"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


def explain_stale(parent: QWidget, message: str) -> None:
    """Say that someone saved a newer version meanwhile and that the form now shows it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PersonDialogs", "Changed meanwhile"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "PersonDialogs", "The form now shows the latest saved version. Make your change again."
        )
    )
    box.exec()


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing away typed changes; True to discard."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PersonDialogs", "Discard changes?"))
    box.setText(QCoreApplication.translate("PersonDialogs", "Discard what you typed in this form?"))
    discard = box.addButton(
        QCoreApplication.translate("PersonDialogs", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("PersonDialogs", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
