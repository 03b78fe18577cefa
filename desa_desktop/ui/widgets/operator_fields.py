"""The inputs of operator accounts (name, password twice) with findings beside each field.

A refusal from ``core.security.accounts`` carries issues on "operator_name" and "password";
the forms add their own "password_again" (the two passwords differ). Whatever names no field
of the form is said in one general line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desa_desktop.core.domain.issues import Issue
from desa_desktop.ui.widgets.field_messages import FieldMessage, set_invalid, with_message
from desa_desktop.ui.widgets.login_form import set_error

NAME = "operator_name"
PASSWORD = "password"
AGAIN = "password_again"
OLD = "old_password"


def again_issues(password: str, again: str) -> list[Issue]:
    """The form's own check: the password typed twice the same."""
    return [] if password == again else [Issue.error(AGAIN, "password.mismatch")]


class FieldFindings:
    """Findings by field, each under its input; the rest in ``general``."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.issues: list[Issue] = []
        self.extra: list[str] = []  # already in words (e.g. a refused login)
        self.extra_field: str | None = None  # where ``extra`` is said (None: the general line)

    def cell(self, field: str, edit: QLineEdit) -> QWidget:
        """``edit`` with room for its findings under it, as one form cell."""
        message = FieldMessage()
        message.setObjectName(f"{field}Message")
        self.inputs[field] = edit
        self.messages[field] = message
        edit.textEdited.connect(lambda _text: self._forget(field))
        return with_message(edit, message)

    def show(
        self,
        issues: list[Issue],
        lang: str,
        extra: list[str] | None = None,
        extra_field: str | None = None,
    ) -> None:
        """Show ``issues`` beside their fields, and ``extra`` lines (already in words) beside
        ``extra_field`` or in the general line."""
        self.issues = list(issues)
        self.extra = list(extra or [])
        self.extra_field = extra_field if extra_field in self.messages else None
        self.render(lang)

    def render(self, lang: str) -> None:
        """Say everything again in ``lang`` (after a language change)."""
        for field, message in self.messages.items():
            mine = [i for i in self.issues if i.field == field]
            extra = self.extra if field == self.extra_field else []
            message.show_issues(mine, lang, extra)
            set_invalid(self.inputs[field], bool(extra) or any(i.is_error for i in mine))
        others = [i.message(lang) for i in self.issues if i.field not in self.messages]
        general = others + (self.extra if self.extra_field is None else [])
        set_error(self.general, "\n".join(general))

    def clear(self) -> None:
        self.show([], "id")

    def first_field(self) -> QWidget | None:
        """The input of the first finding, to put the cursor there."""
        fields = [i.field for i in self.issues if i.field in self.inputs]
        if self.extra_field is not None:
            fields.insert(0, self.extra_field)
        return self.inputs[fields[0]] if fields else None

    def _forget(self, field: str) -> None:
        """Typing in a field takes back what was said about it."""
        if field == self.extra_field or any(i.field == field for i in self.issues):
            self.issues = [i for i in self.issues if i.field != field]
            if field == self.extra_field:
                self.extra, self.extra_field = [], None
            message = self.messages[field]
            message.show_issues([], "id")
            set_invalid(self.inputs[field], False)
