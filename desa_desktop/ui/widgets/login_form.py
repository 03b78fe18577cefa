"""Operator name, password, Masuk: the login of the start-up dialog and of the lock screen.

The attempt (unwrapping the data key: a deliberately slow KDF) runs in the read lane with a
busy cursor. A refusal is said under the fields in the app's language, the password field is
emptied, and nothing tells whether the name exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.security.accounts import AccessDenied
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.widgets.field_messages import repolish

Attempt = Callable[[str, str], Any]  # (name, password) -> what a successful login gives


def password_edit() -> QLineEdit:
    """A password input: dots, no copying out, no spell-check."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return edit


def set_error(label: QLabel, text: str) -> None:
    """Show ``text`` in red in ``label`` (hidden when empty)."""
    if label.property("role") != "error":
        label.setProperty("role", "error")
        repolish(label)
    label.setText(text)
    label.setVisible(bool(text))


class LoginForm(QWidget):
    """Asks for a login and runs ``attempt``; ``logged_in`` carries what it returned."""

    logged_in = Signal(object)

    def __init__(
        self,
        ops: OpRunner,
        attempt: Attempt,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.attempt = attempt
        self.lang = lang
        self.busy = False
        self.denied: AccessDenied | None = None  # the last refusal, re-said in a new language
        self.name = QLineEdit()
        self.name.setObjectName("loginName")
        self.name.setMaxLength(100)
        self.password = password_edit()
        self.password.setObjectName("loginPassword")
        self.button = QPushButton()
        self.button.setProperty("primary", True)
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.name_caption = QLabel()
        self.password_caption = QLabel()
        self.name_caption.setBuddy(self.name)
        self.password_caption.setBuddy(self.password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_caption, self.name)
        form.addRow(self.password_caption, self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_caption.setText(self.tr("Operator &name"))
        self.password_caption.setText(self.tr("&Password"))
        self.button.setText(self.tr("Log in"))
        if self.denied is not None:
            set_error(self.message, self.denied.message(self.lang()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, name: str = "") -> None:
        """Ready for a new login: ``name`` filled in, the password empty and focused."""
        self.name.setText(name)
        self.password.clear()
        self.denied = None
        set_error(self.message, "")
        (self.password if name else self.name).setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        name = " ".join(self.name.text().split())
        password = self.password.text()
        if not name or not password:
            self.denied = None
            set_error(
                self.message,
                self.tr("Type your operator name.") if not name else self.tr("Type your password."),
            )
            (self.name if not name else self.password).setFocus()
            return
        self._set_busy(True)
        attempt = self.attempt
        self.ops.read(lambda: attempt(name, password), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)
        self.name.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.denied = None
        set_error(self.message, "")
        self.logged_in.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AccessDenied):
            self.denied = error
            set_error(self.message, error.message(self.lang()))
        else:
            self.denied = None
            set_error(
                self.message,
                self.tr("The data could not be opened: %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                ),
            )
