"""The start-up login: operator name and password open the encrypted store.

Before login the store's settings are out of reach, so the page speaks the language
remembered in ``ui.json`` and offers the id/en switch itself. A data folder whose key file is
missing cannot be opened at all: ``show_key_missing`` says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desa_desktop.core.security.accounts import AccessDenied, Unlocked, unlock
from desa_desktop.ui.local_prefs import save_language
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.theme import icon
from desa_desktop.ui.widgets.language_switch import LanguageSwitch
from desa_desktop.ui.widgets.login_form import LoginForm


class LoginDialog(QDialog):
    """Logs an operator in; ``unlocked`` holds the open store when accepted."""

    def __init__(
        self, data_dir: Path, ops: OpRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.unlocked: Unlocked | None = None
        self.switch = LanguageSwitch(language)
        self.switch.changed.connect(lambda lang: save_language(data_dir, lang))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(48, 48))
        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.forgot = QLabel()
        self.forgot.setObjectName("hint")
        self.forgot.setWordWrap(True)
        self.form = LoginForm(
            ops, lambda name, password: unlock(data_dir, name, password), self.language
        )
        self.form.logged_in.connect(self._unlocked)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.intro)
        top.addLayout(titles, 1)
        top.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.forgot)
        self.setMinimumWidth(560)
        self.retranslate()
        self.form.start()

    def language(self) -> str:
        return self.switch.language()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desa Desktop: log in"))
        self.heading.setText(self.tr("Desa Desktop"))
        self.intro.setText(self.tr("Log in to open the data on this laptop."))
        self.forgot.setText(
            self.tr("Forgot your password? Ask the admin of this laptop to reset it.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _unlocked(self, unlocked: Unlocked) -> None:
        self.unlocked = unlocked
        self.accept()

    def reject(self) -> None:
        if not self.form.busy:  # a store being opened is not left open behind our back
            super().reject()


def show_key_missing(data_dir: Path, language: str) -> None:
    """The data cannot be opened without its key file: say so and what to do."""
    text = AccessDenied("login.no_key").message(language)
    folder = QCoreApplication.translate("LoginDialog", "Data folder: %1").replace(
        "%1", str(data_dir)
    )
    box = QMessageBox(QMessageBox.Icon.Critical, "Desa Desktop", text)
    box.setInformativeText(folder)
    box.exec()
