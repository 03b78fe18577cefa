"""The import wizard's column mapping: each column of the file and the field it fills.

Pre-filled from the header matching; the user fixes a column the matching missed (a
header such as "Nama Warga") by picking its field. Required fields left unmatched, or two
columns claiming one field, are named under the table and keep Next disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desa_desktop.core import i18n
from desa_desktop.core.services.import_columns import COLUMNS, REQUIRED, TEMPLATE
from desa_desktop.ui.widgets.field_messages import repolish
from desa_desktop.ui.widgets.import_source import ImportState

HEADER, FIELD, SAMPLE = range(3)


def column_caption(column: str, lang: str) -> str:
    """How a template column is offered: its template name and what it holds."""
    return f"{column}  ·  {i18n.field_label(COLUMNS[column].field, lang)}"


class MappingPage(QWizardPage):
    """One row per column of the file: its header, the field it fills, its first values."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self._built_for: tuple[str, str, tuple[str, ...]] | None = None
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file is matched to a field by its header. Check the "
                "matches and fix any that are wrong; a column set to “Not imported” is ignored."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Saved as"), self.tr("First values")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from picker to picker
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(HEADER, 200)
        self.table.setColumnWidth(FIELD, 330)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # ----- QWizardPage --------------------------------------------------------------------
    def initializePage(self) -> None:
        key = self.state.source_key()
        if key != self._built_for:  # another file or kind: start again from the matching
            self._built_for = key
            self._build_rows()
        self._update()

    def isComplete(self) -> bool:
        return not self.missing_required() and not self.claimed_twice()

    def validatePage(self) -> bool:
        self.state.mapping = self.mapping()
        return self.isComplete()

    # ----- what the user chose ------------------------------------------------------------
    def mapping(self) -> dict[str, int]:
        """Template column -> index of the file column the user matched to it (first wins)."""
        chosen: dict[str, int] = {}
        for index, combo in enumerate(self.combos):
            column = str(combo.currentData() or "")
            if column and column not in chosen:
                chosen[column] = index
        return chosen

    def missing_required(self) -> list[str]:
        """Required template columns no file column fills."""
        chosen = self.mapping()
        return [column for column in REQUIRED[self.state.kind] if column not in chosen]

    def claimed_twice(self) -> dict[str, list[str]]:
        """Template columns picked for more than one file column, with those headers."""
        claims: dict[str, list[str]] = {}
        for index, combo in enumerate(self.combos):
            column = str(combo.currentData() or "")
            if column:
                claims.setdefault(column, []).append(self.state.headers[index] or "?")
        return {column: headers for column, headers in claims.items() if len(headers) > 1}

    def combo_for(self, header: str) -> QComboBox:
        """The field picker of the file column headed ``header`` (for keyboard-free tests)."""
        return self.combos[self.state.headers.index(header)]

    def set_column(self, header: str, column: str) -> None:
        """Match the file column headed ``header`` to template ``column`` ("" to ignore it)."""
        combo = self.combo_for(header)
        combo.setCurrentIndex(max(0, combo.findData(column)))

    # ----- building -----------------------------------------------------------------------
    def _build_rows(self) -> None:
        state = self.state
        lang = state.ctx.lang
        required = set(REQUIRED[state.kind])
        matched_at = {index: column for column, index in state.matched.items()}
        self.combos = []
        self.table.setRowCount(len(state.headers))
        for index, header in enumerate(state.headers):
            name = QTableWidgetItem(header or self.tr("(no header)"))
            name.setToolTip(header)
            self.table.setItem(index, HEADER, name)
            combo = QComboBox()
            combo.addItem(self.tr("Not imported"), "")
            for column in TEMPLATE[state.kind]:
                caption = column_caption(column, lang)
                if column in required:
                    caption += "  " + self.tr("(required)")
                combo.addItem(caption, column)
            combo.setCurrentIndex(max(0, combo.findData(matched_at.get(index, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.combos.append(combo)
            self.table.setCellWidget(index, FIELD, combo)
            sample = state.samples[index] if index < len(state.samples) else ""
            values = QTableWidgetItem(sample)
            values.setToolTip(sample)
            self.table.setItem(index, SAMPLE, values)
        self.table.resizeRowsToContents()

    def _update(self) -> None:
        for index, combo in enumerate(self.combos):
            item = self.table.item(index, HEADER)
            if item is not None:
                font = item.font()
                font.setItalic(not combo.currentData())  # ignored columns read as such
                item.setFont(font)
        missing = self.missing_required()
        twice = self.claimed_twice()
        lang = self.state.ctx.lang
        lines: list[str] = []
        if missing:
            named = ", ".join(f"{c} ({i18n.field_label(COLUMNS[c].field, lang)})" for c in missing)
            lines.append(
                self.tr(
                    "Required fields not matched yet: %1. Pick the column that holds each."
                ).replace("%1", named)
            )
        for column, headers in twice.items():
            lines.append(
                self.tr("%1 is picked for more than one column (%2): keep one.")
                .replace("%1", column)
                .replace("%2", ", ".join(headers))
            )
        if lines:
            self.status.setProperty("role", "error")
            self.status.setText("\n".join(lines))
        else:
            ignored = sum(1 for combo in self.combos if not combo.currentData())
            self.status.setProperty("role", "info")
            text = self.tr("Every required field is matched.")
            if ignored:
                text += " " + self.tr("%n column(s) will not be imported.", "", ignored)
            self.status.setText(text)
        repolish(self.status)
        self.completeChanged.emit()
