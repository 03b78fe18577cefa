"""The first start on a laptop: create the first operator, the admin, and with it the
encrypted store (or encrypt the store of an earlier version that was not encrypted).

The warning that lost passwords lose the unsent data is shown plainly before anything is
made. ``initialize`` runs in the write lane with a busy cursor: the key derivation is slow on
purpose, and encrypting a large old store takes longer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.security.accounts import (
    MIN_PASSWORD,
    AccessDenied,
    Unlocked,
    check_new_operator,
    initialize,
)
from desa_desktop.core.security.messages import LOST_PASSWORDS_WARNING, say
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.ui.local_prefs import save_language
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.widgets.language_switch import LanguageSwitch
from desa_desktop.ui.widgets.login_form import password_edit
from desa_desktop.ui.widgets.operator_fields import (
    AGAIN,
    NAME,
    PASSWORD,
    FieldFindings,
    again_issues,
)


class FirstOperatorDialog(QDialog):
    """Name and password of the admin, typed twice; ``unlocked`` is set when accepted."""

    def __init__(
        self,
        data_dir: Path,
        ops: OpRunner,
        language: str,
        *,
        encrypt_existing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstOperator")
        self.data_dir = data_dir
        self.ops = ops
        self.encrypt_existing = encrypt_existing
        self.unlocked: Unlocked | None = None
        self.busy = False
        self.switch = LanguageSwitch(language)
        self.switch.changed.connect(lambda lang: save_language(data_dir, lang))
        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("warningBox")
        self.warning.setWordWrap(True)
        self.existing = QLabel()
        self.existing.setObjectName("noticeBox")
        self.existing.setWordWrap(True)
        self.existing.setVisible(encrypt_existing)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.password = password_edit()
        self.again = password_edit()
        self.rules = QLabel()
        self.rules.setObjectName("hint")
        self.rules.setWordWrap(True)
        self.general = QLabel()
        self.findings = FieldFindings(self.general)
        self.captions = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, (field, edit) in zip(
            self.captions,
            ((NAME, self.name), (PASSWORD, self.password), (AGAIN, self.again)),
            strict=True,
        ):
            caption.setBuddy(edit)
            form.addRow(caption, self.findings.cell(field, edit))
        form.addRow("", self.rules)
        self.create_button = QPushButton()
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_admin)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.create_admin)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.existing)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.retranslate()
        self.name.setFocus()

    def language(self) -> str:
        return self.switch.language()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desa Desktop: first operator"))
        self.heading.setText(self.tr("Create the first operator (admin)"))
        self.intro.setText(
            self.tr(
                "Nobody works on this laptop yet. The first operator is the admin: they add the other operators and reset forgotten passwords. Every change is recorded under the name of the operator who logged in."
            )
        )
        self.warning.setText(say(LOST_PASSWORDS_WARNING, self.language()))
        self.existing.setText(
            self.tr(
                "This laptop already holds data from an earlier version. It will now be encrypted; a backup copy is kept in the backups folder first. With much data this can take a minute."
            )
        )
        self.captions[0].setText(self.tr("Operator &name"))
        self.captions[1].setText(self.tr("&Password"))
        self.captions[2].setText(self.tr("Password &again"))
        self.rules.setText(
            self.tr("At least %1 characters, and not the operator name.").replace(
                "%1", str(MIN_PASSWORD)
            )
        )
        self.create_button.setText(self.tr("Create admin and continue"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.findings.render(self.language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def create_admin(self) -> None:
        """Check the form, then set up the store in the write lane."""
        if self.busy:
            return
        name = " ".join(self.name.text().split())
        password = self.password.text()
        issues = check_new_operator(name, password) + again_issues(password, self.again.text())
        if issues:
            self._refused(issues)
            return
        self.findings.clear()
        self._set_busy(True)
        data_dir = self.data_dir
        self.ops.write(lambda: initialize(data_dir, name, password), self._done, self._failed)

    def _refused(self, issues: list[Issue], extra: list[str] | None = None) -> None:
        self.findings.show(issues, self.language(), extra)
        self.again.clear()
        focus = self.findings.first_field()
        if focus is not None:
            focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.create_button, self.cancel_button, self.name, self.password):
            widget.setEnabled(not busy)
        self.again.setEnabled(not busy)
        self.switch.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.create_button.setText(
                self.tr("Encrypting the data…") if self.encrypt_existing else self.tr("Creating…")
            )
        else:
            QApplication.restoreOverrideCursor()
            self.create_button.setText(self.tr("Create admin and continue"))

    def _done(self, unlocked: Unlocked) -> None:
        self._set_busy(False)
        self.unlocked = unlocked
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self._refused(list(error.issues))
        elif isinstance(error, AccessDenied):
            self._refused([], [error.message(self.language())])
        else:
            text = self.tr("The data could not be set up: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
            self._refused([], [text])

    def reject(self) -> None:
        if not self.busy:  # the store is being made: let it finish
            super().reject()
