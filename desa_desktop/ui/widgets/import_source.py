"""The import wizard's shared state and its first page: which file, officials or workers, and
whether the operator attests that everyone in the file agreed to data processing on paper.

Leaving the page reads the file's header row and its first rows (a few milliseconds even
for a long file: rows stream); an unusable file (not a spreadsheet, unreadable letters,
no header row) is explained on the page and the wizard stays there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services import importer
from desa_desktop.core.services.import_columns import REQUIRED
from desa_desktop.core.services.spreadsheet import (
    UnusableFile,
    cell_text,
    open_sheet,
    sheet_names,
)
from desa_desktop.ui.context import AppContext

SAMPLE_ROWS = 3  # values shown beside each column on the mapping page


@dataclass
class ImportState:
    """What the pages share: the file, the kind, the chosen mapping, and the results."""

    ctx: AppContext
    kind: Kind = Kind.WORKER
    path: Path | None = None
    headers: list[str] = field(default_factory=list)
    samples: list[str] = field(default_factory=list)  # a few values of each column
    total: int | None = None  # data rows, when the file tells
    matched: dict[str, int] = field(default_factory=dict)  # what the headers matched
    mapping: dict[str, int] = field(default_factory=dict)  # template column -> column index
    consent_on_paper: bool = False  # everyone in the file signed a consent form (UU 27/2022)
    preview: importer.Preview | None = None
    report: importer.ImportReport | None = None

    def source_key(self) -> tuple[str, str, tuple[str, ...]]:
        """Changes when another file or kind is picked (the mapping is then rebuilt)."""
        return (str(self.path), self.kind.value, tuple(self.headers))

    def header_of(self, column: str) -> str:
        """The file's own header for template ``column`` (what the user sees in the file)."""
        index = self.mapping.get(column)
        if index is not None and 0 <= index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return column


def read_samples(path: Path, headers: list[str]) -> list[str]:
    """The first values of each column of the worksheet whose header row is ``headers``."""
    values: list[list[str]] = [[] for _ in headers]
    for name in sheet_names(path):
        with open_sheet(path, name or None) as sheet:
            if sheet.headers != headers:
                continue
            for _number, cells in islice(sheet.rows(), SAMPLE_ROWS):
                for index, cell in enumerate(cells[: len(headers)]):
                    text = cell_text(cell)
                    if text:
                        values[index].append(text)
            break
    return [", ".join(column) for column in values]


class SourcePage(QWizardPage):
    """Pick the spreadsheet (CSV or Excel), whether it lists workers or officials, and
    whether everyone in it agreed to data processing on a signed paper form."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (.xlsx) file whose first row holds the column headers. "
                "Nothing is saved until the last step."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import (.xlsx or .csv)"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.workers = QRadioButton(self.tr("Workers (pekerja rentan)"))
        self.officials = QRadioButton(self.tr("Village officials (perangkat desa)"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.workers)
        self.kinds.addButton(self.officials)
        (self.workers if state.kind is Kind.WORKER else self.officials).setChecked(True)
        self.kinds.buttonToggled.connect(lambda _button, _on: self._show_template())

        self.consent = QCheckBox(
            self.tr("Every person in this file agreed to data processing on a signed paper form")
        )
        self.consent.setChecked(state.consent_on_paper)
        consent_hint = QLabel(
            self.tr(
                "Consent (UU 27/2022) is then recorded as taken by you, now. Without this, "
                'each row needs a "persetujuan" column saying ya; rows without consent are '
                "rejected."
            )
        )
        consent_hint.setObjectName("hint")
        consent_hint.setWordWrap(True)

        self.template = QLabel()
        self.template.setObjectName("hint")
        self.template.setWordWrap(True)
        self.template.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        file_caption = QLabel(self.tr("&File"))
        file_caption.setBuddy(self.path_edit)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(file_caption)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("The file lists")))
        layout.addWidget(self.workers)
        layout.addWidget(self.officials)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Consent to data processing")))
        layout.addWidget(self.consent)
        layout.addWidget(consent_hint)
        layout.addSpacing(10)
        layout.addWidget(self.template)
        layout.addStretch(1)
        self._show_template()

    def kind(self) -> Kind:
        """The kind picked."""
        return Kind.WORKER if self.workers.isChecked() else Kind.OFFICIAL

    def set_path(self, path: Path | str) -> None:
        """Put a file name in the box (as Browse does)."""
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        """Ask for the file."""
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet to import"),
            str(Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if name:
            self.set_path(name)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        kind = self.kind()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = importer.preview(path, kind, limit=1)
            samples = read_samples(path, found.headers)
        except UnusableFile as error:
            self._show_error(error.message(self.state.ctx.lang))
            return False
        except OSError as error:
            self._show_error(error.strerror or str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        state = self.state
        state.path, state.kind, state.headers = path, kind, list(found.headers)
        state.samples, state.total = samples, found.total
        state.matched = dict(found.match.mapping)
        state.consent_on_paper = self.consent.isChecked()
        self.error.hide()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _path_changed(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def _show_template(self) -> None:
        required = ", ".join(REQUIRED[self.kind()])
        self.template.setText(
            self.tr(
                "Columns are matched by their header (upper or lower case, spaces or "
                "underscores). Required: %1. The next step shows the matches and lets you "
                "fix them."
            ).replace("%1", required)
        )
