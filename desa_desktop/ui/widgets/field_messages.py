"""Findings shown beside the field they are about: errors in red, warnings in amber.

A finding is a core :class:`~desa_desktop.core.domain.issues.Issue`; its text comes from the
core catalogue in the app's language. A duplicate-NIK finding carries the existing record's
UUID, so its message ends with a link that opens that record.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desa_desktop.core.domain.issues import Issue

DUPLICATE_CODES = ("registration.duplicate_nik",)
_LINK_PREFIX = "person:"


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Draw (or stop drawing) the red border the theme gives ``[invalid="true"]`` inputs."""
    value = "true" if invalid else "false"
    if widget.property("invalid") != value:
        widget.setProperty("invalid", value)
        repolish(widget)


def duplicate_uuid(issue: Issue) -> str | None:
    """The existing record's UUID named by a duplicate-NIK finding, if it is one."""
    if issue.code not in DUPLICATE_CODES:
        return None
    value = dict(issue.params).get("uuid")
    return str(value) if value else None


class FieldMessage(QLabel):
    """The findings about one field, under its input. Hidden when there are none."""

    open_person = Signal(str)  # the UUID of a record a finding points to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.linkActivated.connect(self._link)
        self.issues: list[Issue] = []
        self.extra_errors: list[str] = []
        self._shown: tuple[tuple[Issue, ...], tuple[str, ...], str] = ((), (), "")
        self.hide()

    def show_issues(self, issues: list[Issue], lang: str, extra_errors: Sequence[str] = ()) -> None:
        """Show ``issues`` (errors first) and ``extra_errors`` (the form's own, already
        translated, e.g. an unreadable date); hide the label when there is nothing to say."""
        ordered = sorted(issues, key=lambda issue: not issue.is_error)
        shown = (tuple(ordered), tuple(extra_errors), lang)
        if shown == self._shown:
            return  # validation re-runs on every pause in typing; most fields did not change
        self._shown = shown
        self.issues = ordered
        self.extra_errors = list(extra_errors)
        if not ordered and not extra_errors:
            self.clear()
            self.hide()
            return
        lines = [escape(text) for text in extra_errors]
        for issue in ordered:
            line = escape(issue.message(lang))
            uuid = duplicate_uuid(issue)
            if uuid:
                link = escape(self.tr("Open the existing record (Alt+O)"))
                line += f' <a href="{_LINK_PREFIX}{uuid}">{link}</a>'
            lines.append(line)
        self.setText("<br>".join(lines))
        role = "error" if self.has_error else "warning"
        if self.property("role") != role:
            self.setProperty("role", role)
            repolish(self)
        self.show()

    @property
    def has_error(self) -> bool:
        return bool(self.extra_errors) or any(issue.is_error for issue in self.issues)

    def _link(self, href: str) -> None:
        if href.startswith(_LINK_PREFIX):
            self.open_person.emit(href[len(_LINK_PREFIX) :])


def with_message(field: QWidget, message: FieldMessage) -> QWidget:
    """The input with its findings stacked under it, as one form cell."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    return cell
