"""The import wizard's preview: the first rows as the import would treat them, nothing saved.

Each row says whether it would be new, update a stored record, stay as it is, or be
rejected; below, every finding of those rows (row, column, message) in the app's language.
The rows are checked against the store (served villages, a NIK already registered) in the
read lane; the page's button then says "Import".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desa_desktop.core.services import importer
from desa_desktop.core.services.spreadsheet import UnusableFile, cell_text
from desa_desktop.ui.widgets.field_messages import repolish
from desa_desktop.ui.widgets.import_source import ImportState
from desa_desktop.ui.widgets.row_table import Column, RowTableModel, make_table_view

PREVIEW_ROWS = 20


def problem_columns(state: ImportState) -> list[Column]:
    """Row, column (the file's own header), and the message, for a table of RowProblems."""
    lang = state.ctx.lang
    warning = QCoreApplication.translate("ImportProblems", "Warning: %1")
    return [
        Column(
            QCoreApplication.translate("ImportProblems", "Row"), lambda p: str(p.row_number), True
        ),
        Column(
            QCoreApplication.translate("ImportProblems", "Column"),
            lambda p: state.header_of(p.field),
        ),
        Column(
            QCoreApplication.translate("ImportProblems", "Problem"),
            lambda p: p.message(lang) if p.is_error else warning.replace("%1", p.message(lang)),
            tooltip=lambda p: p.message(lang),
        ),
    ]


class PreviewPage(QWizardPage):
    """The first rows of the file, assessed; Import (the commit button) saves the valid ones."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self._generation = 0
        self._loaded = False
        self.setTitle(self.tr("Check the first rows"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        outcome_text = {
            "new": self.tr("New"),
            "update": self.tr("Update"),
            "same": self.tr("Unchanged"),
            "rejected": self.tr("Rejected"),
        }
        self.rows = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r.row_number), True),
                Column(self.tr("Result"), lambda r: outcome_text[r.outcome]),
                Column(self.tr("NIK"), lambda r: cell_text(r.values.get("nik"))),
                Column(self.tr("Name"), lambda r: cell_text(r.values.get("nama"))),
                Column(self.tr("Village code"), lambda r: cell_text(r.values.get("kode_desa"))),
                Column(self.tr("Problems"), self._row_problems, tooltip=self._row_tooltip),
            ],
            self,
        )
        self.rows_view = make_table_view(self.rows, stretch=5)
        self.problems = RowTableModel(problem_columns(state), self)
        self.problems_view = make_table_view(self.problems, stretch=2)
        # a few rows only: their messages wrap and show whole
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Nothing has been saved yet. Import saves every valid row of the file; "
                "rows with problems are left out and listed at the end, where you can save "
                "them to a file, fix them and import that file again."
            )
        )
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 4, 0, 0)
        problems_layout.addWidget(QLabel(self.tr("Problems in these rows")))
        problems_layout.addWidget(self.problems_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rows_view)
        split.addWidget(problems_box)
        split.setChildrenCollapsible(False)
        split.setSizes([230, 190])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    # ----- QWizardPage --------------------------------------------------------------------
    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loaded = False
        self.completeChanged.emit()
        state = self.state
        self.setSubTitle(
            self.tr("The first %1 rows of %2, checked as the import will check them.")
            .replace("%1", str(PREVIEW_ROWS))
            .replace("%2", state.path.name if state.path else "")
        )
        self.summary.setProperty("role", "")
        self.summary.setText(self.tr("Reading the file…"))
        repolish(self.summary)
        self.rows.set_rows([])
        self.problems.set_rows([])
        path, kind, mapping, store = state.path, state.kind, dict(state.mapping), state.ctx.store
        on_paper = state.consent_on_paper
        assert path is not None
        state.ctx.ops.read(
            lambda: importer.preview(
                path,
                kind,
                limit=PREVIEW_ROWS,
                mapping=mapping,
                store=store,
                consent_on_paper=on_paper,
            ),
            lambda found: self._show(generation, found),
            lambda error: self._failed(generation, error),
        )

    def isComplete(self) -> bool:
        return self._loaded

    # ----- results ------------------------------------------------------------------------
    def _show(self, generation: int, found: importer.Preview) -> None:
        if generation != self._generation:
            return  # the user went back and changed something meanwhile
        self.state.preview = found
        self.rows.set_rows(found.rows)
        self.problems.set_rows([p for row in found.rows for p in row.problems])
        rejected = sum(1 for row in found.rows if row.outcome == "rejected")
        shown = len(found.rows)
        total = found.total if found.total is not None else shown
        text = (
            self.tr("%1 of the first %2 rows have problems and would be rejected.")
            .replace("%1", str(rejected))
            .replace("%2", str(shown))
            if rejected
            else self.tr("The first %1 rows can be imported.").replace("%1", str(shown))
        )
        text += " " + self.tr("The file has %1 rows in all.").replace(
            "%1", f"{total:,}".replace(",", ".")
        )
        self.summary.setProperty("role", "warning" if rejected else "info")
        self.summary.setText(text)
        repolish(self.summary)
        self._loaded = True
        self.completeChanged.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, UnusableFile | OSError):
            self.state.ctx.ops.failed.emit(error)
            return
        reason = (
            error.message(self.state.ctx.lang) if isinstance(error, UnusableFile) else str(error)
        )
        self.summary.setProperty("role", "error")
        self.summary.setText(reason)
        repolish(self.summary)

    def _row_problems(self, row: importer.PreviewRow) -> str:
        lang = self.state.ctx.lang
        return "; ".join(
            f"{self.state.header_of(p.field)}: {p.message(lang)}" for p in row.problems
        )

    def _row_tooltip(self, row: importer.PreviewRow) -> str:
        lang = self.state.ctx.lang
        return "\n".join(
            f"{self.state.header_of(p.field)}: {p.message(lang)}" for p in row.problems
        )
