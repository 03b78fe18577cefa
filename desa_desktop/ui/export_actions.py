"""Export the lists to a spreadsheet: pick a file name, write it off the GUI thread, say how many.

The format follows the name the user picked (``.xlsx`` or ``.csv``); a name typed without
an extension gets the one of the chosen filter. The writing runs in the read lane (an
export only reads the store) and the answer comes back in a small non-blocking message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services import exporter
from desa_desktop.core.services.queries import PersonFilter
from desa_desktop.core.services.spreadsheet import UnusableFile
from desa_desktop.ui.context import AppContext

XLSX_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"


def spreadsheet_filters() -> str:
    """The save dialog's file types: Excel first (what villages use), then CSV."""
    return ";;".join(
        (
            QCoreApplication.translate("ExportActions", "Excel workbook (*.xlsx)"),
            QCoreApplication.translate("ExportActions", "CSV, comma separated (*.csv)"),
        )
    )


def with_suffix(name: str, chosen_filter: str) -> Path:
    """``name`` as a path ending in .xlsx or .csv (the filter's, when the name has neither)."""
    path = Path(name)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    suffix = ".csv" if "*.csv" in chosen_filter else ".xlsx"
    return path.with_name(path.name + suffix)


def ask_save_path(parent: QWidget, title: str, suggested: Path | str) -> Path | None:
    """Ask where to save a spreadsheet (``suggested``: a name, in the home folder unless it
    says where); None when the user cancelled."""
    start = Path(suggested)
    if not start.is_absolute():
        start = Path.home() / start
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(start), spreadsheet_filters())
    if not name:
        return None
    return with_suffix(name, chosen)


def _report(
    parent: QWidget, ctx: AppContext, path: Path
) -> tuple[Callable[[object], None], Callable[[BaseException], None]]:
    """The callbacks that tell the user how the export went (non-blocking message boxes)."""

    def done(count: object) -> None:
        text = QCoreApplication.translate("ExportActions", "Exported %1 rows to %2.").replace(
            "%1", f"{int(str(count)):,}".replace(",", ".")
        )
        show_message(
            parent,
            QCoreApplication.translate("ExportActions", "Export finished"),
            text.replace("%2", str(path)),
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, UnusableFile):
            reason = error.message(ctx.lang)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            ctx.ops.failed.emit(error)  # not ours to explain: the window's error report
            return
        text = (
            QCoreApplication.translate("ExportActions", "Could not save %1: %2")
            .replace("%1", str(path))
            .replace("%2", reason)
        )
        show_message(
            parent,
            QCoreApplication.translate("ExportActions", "Export failed"),
            text,
            QMessageBox.Icon.Warning,
        )

    return done, failed


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A window-modal message that does not block the caller (it deletes itself on close)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportMessage")
    box.open()
    return box


def people_file_name(kind: Kind, today: date | None = None) -> str:
    """A suggested file name, e.g. ``pekerja-2026-11-21.xlsx``."""
    stem = "pekerja" if kind is Kind.WORKER else "perangkat-desa"
    return f"{stem}-{(today or date.today()).isoformat()}.xlsx"


def export_people_dialog(
    parent: QWidget, ctx: AppContext, kind: Kind, wanted: PersonFilter | None
) -> None:
    """Ask for a file and export the people of ``kind`` the list shows (``wanted``: its filters)."""
    title = (
        QCoreApplication.translate("ExportActions", "Export workers")
        if kind is Kind.WORKER
        else QCoreApplication.translate("ExportActions", "Export village officials")
    )
    path = ask_save_path(parent, title, people_file_name(kind))
    if path is None:
        return
    done, failed = _report(parent, ctx, path)
    ctx.ops.read(lambda: exporter.export_people(ctx.store, path, kind, wanted), done, failed)


def export_sessions_dialog(parent: QWidget, ctx: AppContext, village_code: str | None) -> None:
    """Ask for a file and export the sessions of ``village_code`` (None or "" for all)."""
    suggested = f"sosialisasi-{date.today().isoformat()}.xlsx"
    path = ask_save_path(
        parent, QCoreApplication.translate("ExportActions", "Export sessions"), suggested
    )
    if path is None:
        return
    done, failed = _report(parent, ctx, path)
    code = village_code or None
    ctx.ops.read(lambda: exporter.export_sessions(ctx.store, path, code), done, failed)


def sessions_export_button(
    parent: QWidget, ctx: AppContext, village_code: Callable[[], str]
) -> QPushButton:
    """An "Export…" button for the sessions screen; ``village_code`` gives the shown village."""
    button = QPushButton(QCoreApplication.translate("ExportActions", "Export…"))
    button.setToolTip(
        QCoreApplication.translate(
            "ExportActions", "Save the sessions shown as an Excel or CSV file"
        )
    )
    button.clicked.connect(lambda: export_sessions_dialog(parent, ctx, village_code()))
    return button
