"""Small pieces the session and update screens share: findings beside fields, dates, tables.

A finding is a core :class:`~desa_desktop.core.domain.issues.Issue`; its text comes from the
core catalogue in the app's language, shown under the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.errors import ValidationFailed


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Draw (or stop drawing) the theme's red border for ``[invalid="true"]`` inputs."""
    value = "true" if invalid else "false"
    if widget.property("invalid") != value:
        widget.setProperty("invalid", value)
        repolish(widget)


class FieldError(QLabel):
    """The findings about one field, under its input; hidden when there are none."""

    def __init__(self, field_input: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_input = field_input
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_issues(self, issues: list[Issue], lang: str) -> None:
        """Show ``issues`` (errors first); an empty list clears the field."""
        ordered = sorted(issues, key=lambda i: not i.is_error)
        self.setText("\n".join(issue.message(lang) for issue in ordered))
        role = "error" if any(i.is_error for i in issues) else "warning"
        if self.property("role") != role:
            self.setProperty("role", role)
            repolish(self)
        self.setVisible(bool(issues))
        if self.field_input is not None:
            set_invalid(self.field_input, any(i.is_error for i in issues))

    def clear_issues(self) -> None:
        self.show_issues([], "en")


def show_findings(
    error: ValidationFailed, fields: Mapping[str, FieldError], fallback: FieldError, lang: str
) -> None:
    """Spread a refusal's findings over the fields they name; the rest go to ``fallback``."""
    by_field: dict[str, list[Issue]] = {}
    for issue in error.issues:
        target = issue.field if issue.field in fields else ""
        by_field.setdefault(target, []).append(issue)
    for name, label in fields.items():
        label.show_issues(by_field.get(name, []), lang)
    if fallback not in fields.values():
        fallback.show_issues(by_field.get("", []), lang)


def on_failure(
    handle: Callable[[ValidationFailed], None], report: Callable[[object], None]
) -> Callable[[BaseException], None]:
    """An op error callback: refusals go to ``handle`` (beside the fields), anything else to
    ``report`` (the main window's error box), so nothing is swallowed."""

    def failed(error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            handle(error)
        else:
            report(error)

    return failed


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def day_text(value: date | None) -> str:
    """A date as people here write it (DD-MM-YYYY), or an empty string."""
    return value.strftime("%d-%m-%Y") if value else ""


def moment_text(value: datetime | None) -> str:
    """A stored UTC timestamp in the laptop's local time."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


def plain_table(model: QAbstractItemModel, stretch_column: int = 0) -> QTableView:
    """A read-only table that selects whole rows, one at a time, with one stretching column."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view
