"""The import wizard's report: how many rows were imported, updated, skipped and rejected,
every problem (row, column, message), and the rejected rows saved to a file to fix.

The rejected rows are written as they were read, with an extra ``kesalahan`` column
explaining each, in CSV or XLSX (by the name's extension): fixed and imported again, they
join the others (the rows already saved are then skipped, never duplicated).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from desa_desktop.core.services import importer
from desa_desktop.core.services.spreadsheet import UnusableFile
from desa_desktop.ui.export_actions import ask_save_path
from desa_desktop.ui.widgets.charts import StatCard
from desa_desktop.ui.widgets.field_messages import repolish
from desa_desktop.ui.widgets.import_preview import problem_columns
from desa_desktop.ui.widgets.import_source import ImportState
from desa_desktop.ui.widgets.row_table import RowTableModel, make_table_view


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def rejects_file_name(path: Path | None) -> Path:
    """Where to suggest saving the rejected rows: beside the original, ``<name>-ditolak.xlsx``."""
    if path is None:
        return Path("impor-ditolak.xlsx")
    suffix = path.suffix.lower() if path.suffix.lower() in (".csv", ".xlsx") else ".xlsx"
    return path.with_name(f"{path.stem}-ditolak{suffix}")


class ReportPage(QWizardPage):
    """The import's outcome; Finish closes the wizard."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Import finished"))
        self.imported = StatCard(self.tr("Imported (new)"))
        self.updated = StatCard(self.tr("Updated"))
        self.skipped = StatCard(self.tr("Skipped (unchanged)"))
        self.rejected = StatCard(self.tr("Rejected"))
        cards = QHBoxLayout()
        for card in (self.imported, self.updated, self.skipped, self.rejected):
            cards.addWidget(card)
        self.problems = RowTableModel(problem_columns(state), self)
        self.problems_view = make_table_view(self.problems, stretch=2)
        self.problems_caption = QLabel()
        self.save_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_button.setToolTip(
            self.tr("Save the rejected rows with an error column, to fix them and import again")
        )
        self.save_button.clicked.connect(self.save_rejects)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.saved, 1)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addWidget(self.problems_caption)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(actions)

    def initializePage(self) -> None:
        report = self.state.report
        if report is None:
            return
        name = self.state.path.name if self.state.path else ""
        self.setSubTitle(
            self.tr("%1: %2 rows read.")
            .replace("%1", name)
            .replace(
                "%2", _number(report.imported + report.updated + report.skipped + report.rejected)
            )
        )
        self.imported.show_figure(_number(report.imported))
        self.updated.show_figure(_number(report.updated))
        self.skipped.show_figure(_number(report.skipped))
        self.rejected.show_figure(
            _number(report.rejected),
            self.tr("Not saved: fix them and import again") if report.rejected else "",
            "error",
        )
        self.problems.set_rows(report.problems)
        self.problems_caption.setText(
            self.tr("Problems (row, column, message)")
            if report.problems
            else self.tr("No problems: every row was saved or was already up to date.")
        )
        self.problems_view.setVisible(bool(report.problems))
        self.save_button.setEnabled(bool(report.rejected))
        self.saved.clear()

    def save_rejects(self) -> None:
        """Ask for a file name and write the rejected rows there."""
        report = self.state.report
        if report is None or not report.rejected:
            return
        path = ask_save_path(
            self, self.tr("Save rejected rows"), rejects_file_name(self.state.path)
        )
        if path is None:
            return
        lang = self.state.ctx.lang
        self.state.ctx.ops.read(
            lambda: importer.write_rejects(report, path, lang=lang),
            lambda count: self._saved(path, int(count)),
            lambda error: self._not_saved(path, error),
        )

    def _saved(self, path: Path, count: int) -> None:
        self.saved.setProperty("role", "info")
        self.saved.setText(
            self.tr("%1 rejected rows saved to %2. Fix them there and import that file again.")
            .replace("%1", _number(count))
            .replace("%2", str(path))
        )
        repolish(self.saved)

    def _not_saved(self, path: Path, error: BaseException) -> None:
        if isinstance(error, UnusableFile):
            reason = error.message(self.state.ctx.lang)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            self.state.ctx.ops.failed.emit(error)
            return
        self.saved.setProperty("role", "error")
        self.saved.setText(
            self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", reason)
        )
        repolish(self.saved)
