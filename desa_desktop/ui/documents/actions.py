"""Print a document from the app: ask for a PDF file name, read in the background, render,
and say where the file went. (The screens' "Print (PDF)" button is
:func:`desa_desktop.ui.print_menu.print_menu`, which imports this module when used.)

The store is read in the read lane (no widget touched there); the PDF is laid out on the
GUI thread when the data comes back (Qt's text layout belongs there), which takes a
fraction of a second. Documents are printed in the app's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.documents.attendance import render_attendance
from desa_desktop.ui.documents.coverage import render_coverage
from desa_desktop.ui.documents.data import attendance_data, coverage_data, receipt_data
from desa_desktop.ui.documents.receipt import render_receipt
from desa_desktop.ui.documents.render import Printed


def ask_pdf_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Ask where to save a PDF (".pdf" added when missing); None when the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / suggested),
        QCoreApplication.translate("DocumentActions", "PDF document (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _message(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("documentMessage")
    box.open()  # window-modal, does not block the caller
    return box


def save_document(
    parent: QWidget | None,
    ctx: AppContext,
    path: Path,
    gather: Callable[[], Any],
    render: Callable[[Any, Path, str], Printed],
    on_printed: Callable[[Printed], None] | None = None,
) -> None:
    """Read with ``gather`` in the background, then ``render`` the PDF at ``path`` and report."""
    lang = ctx.lang

    def done(data: Any) -> None:
        try:
            printed = render(data, path, lang)
        except OSError as error:
            failed(error)
            return
        pages = printed.pages
        text = (
            QCoreApplication.translate("DocumentActions", "Saved %1 (%2 page(s)).")
            .replace("%1", str(printed.path))
            .replace("%2", str(pages))
        )
        _message(
            parent,
            QCoreApplication.translate("DocumentActions", "PDF saved"),
            text,
            QMessageBox.Icon.Information,
        )
        if on_printed is not None:
            on_printed(printed)

    def failed(error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            reason = "; ".join(issue.message(lang) for issue in error.issues)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            ctx.ops.failed.emit(error)  # not ours to explain: the window's error report
            return
        text = (
            QCoreApplication.translate("DocumentActions", "Could not save %1: %2")
            .replace("%1", str(path))
            .replace("%2", reason)
        )
        _message(
            parent,
            QCoreApplication.translate("DocumentActions", "PDF not saved"),
            text,
            QMessageBox.Icon.Warning,
        )

    ctx.ops.read(gather, done, failed)


def save_receipt_dialog(parent: QWidget | None, ctx: AppContext, uuid: str) -> None:
    """Ask for a file name and save the registration receipt of ``uuid`` there."""
    path = ask_pdf_path(
        parent,
        QCoreApplication.translate("DocumentActions", "Save registration receipt"),
        f"tanda-terima-{uuid[:8]}-{date.today().isoformat()}.pdf",
    )
    if path is not None:
        lang = ctx.lang
        save_document(
            parent, ctx, path, lambda: receipt_data(ctx.store, uuid, lang), render_receipt
        )


def save_attendance_dialog(parent: QWidget | None, ctx: AppContext, session_uuid: str) -> None:
    """Ask for a file name and save the attendance sheet of ``session_uuid`` there."""
    path = ask_pdf_path(
        parent,
        QCoreApplication.translate("DocumentActions", "Save attendance sheet"),
        f"daftar-hadir-{date.today().isoformat()}.pdf",
    )
    if path is not None:
        save_document(
            parent, ctx, path, lambda: attendance_data(ctx.store, session_uuid), render_attendance
        )


def save_coverage_dialog(parent: QWidget | None, ctx: AppContext, village_code: str) -> None:
    """Ask for a file name and save the coverage report of ``village_code`` there."""
    path = ask_pdf_path(
        parent,
        QCoreApplication.translate("DocumentActions", "Save village coverage report"),
        f"cakupan-{village_code.replace('.', '')}-{date.today().isoformat()}.pdf",
    )
    if path is not None:
        save_document(
            parent, ctx, path, lambda: coverage_data(ctx.store, village_code), render_coverage
        )
