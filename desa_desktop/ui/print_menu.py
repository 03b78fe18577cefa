"""The "Print (PDF)" button of a screen. Light on purpose: the documents (their data, layout
and PDF writing, :mod:`desa_desktop.ui.documents`) are imported when one is printed, not
when a screen is built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desa_desktop.ui.context import AppContext

Dialog = Callable[[QWidget | None, AppContext, str], None]


def _receipt(parent: QWidget | None, ctx: AppContext, uuid: str) -> None:
    from desa_desktop.ui.documents.actions import save_receipt_dialog

    save_receipt_dialog(parent, ctx, uuid)


def _attendance(parent: QWidget | None, ctx: AppContext, session_uuid: str) -> None:
    from desa_desktop.ui.documents.actions import save_attendance_dialog

    save_attendance_dialog(parent, ctx, session_uuid)


def _coverage(parent: QWidget | None, ctx: AppContext, village_code: str) -> None:
    from desa_desktop.ui.documents.actions import save_coverage_dialog

    save_coverage_dialog(parent, ctx, village_code)


def _opener(
    parent: QWidget, ctx: AppContext, current: Callable[[], str | None], dialog: Dialog
) -> Callable[[], None]:
    def open_dialog() -> None:
        target = current()
        if target:
            dialog(parent, ctx, target)

    return open_dialog


def print_menu(
    parent: QWidget,
    ctx: AppContext,
    *,
    receipt: Callable[[], str | None] | None = None,
    attendance: Callable[[], str | None] | None = None,
    coverage: Callable[[], str | None] | None = None,
) -> QToolButton:
    """A "Print (PDF)" button whose menu offers the documents a screen can print.

    Each argument returns what to print right now (a registration UUID, a session UUID, a
    village code) or None when nothing is selected; the entry is then greyed out.
    """
    button = QToolButton(parent)
    button.setText(QCoreApplication.translate("DocumentActions", "Print (PDF)"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    offered: list[tuple[str, Callable[[], str | None] | None, Dialog]] = [
        (
            QCoreApplication.translate("DocumentActions", "Registration receipt…"),
            receipt,
            _receipt,
        ),
        (
            QCoreApplication.translate("DocumentActions", "Attendance sheet…"),
            attendance,
            _attendance,
        ),
        (
            QCoreApplication.translate("DocumentActions", "Village coverage report…"),
            coverage,
            _coverage,
        ),
    ]
    shown: list[tuple[QAction, Callable[[], str | None]]] = []
    for text, current, dialog in offered:
        if current is None:
            continue
        action = menu.addAction(text)
        action.triggered.connect(_opener(parent, ctx, current, dialog))
        shown.append((action, current))

    def refresh() -> None:
        for action, current in shown:
            action.setEnabled(bool(current()))

    menu.aboutToShow.connect(refresh)
    button.setMenu(menu)
    return button
