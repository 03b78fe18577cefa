"""The top of the person form: who is shown, where the record stands, and the latest message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desa_desktop.core.domain.choices import Kind, Status, label
from desa_desktop.core.services.queries import PersonRecord
from desa_desktop.ui.widgets.field_messages import repolish


class PersonHeader(QWidget):
    """Heading ("New worker", "Edit: Yohanes Ndun"), a state line and a message banner."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.heading = QLabel()
        self.heading.setObjectName("formTitle")
        # the theme has no form-title rule; a local one keeps the heading clearly above the fields
        self.heading.setStyleSheet("font-size: 12.5pt; font-weight: 600; color: #0b3d2e;")
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.state)
        column.addWidget(self.banner)

    def show_new(self, kind: Kind) -> None:
        if kind is Kind.WORKER:
            self.heading.setText(self.tr("New worker"))
        else:
            self.heading.setText(self.tr("New village official"))
        self.state.setText(self.tr("Fill in the form; Enter saves."))

    def show_record(self, record: PersonRecord) -> None:
        """ "Edit: name" and "Ready · Waiting to send · version 2 · KPJ ..."."""
        values = record.values
        self.heading.setText(self.tr("Edit: %1").replace("%1", str(values["name"])))
        state = (
            self.tr("%1 · %2 · version %3")
            .replace("%1", label(Status(values["status"]).value, self.lang))
            .replace("%2", label(str(values["sync_state"]), self.lang))
            .replace("%3", str(record.version))
        )
        if values.get("kpj"):
            state += " · KPJ " + str(values["kpj"])
        self.state.setText(state)

    def say(self, text: str, role: str = "info") -> None:
        """A message under the heading (saved, refused, ...); empty text hides it."""
        self.banner.setText(text)
        self.banner.setProperty("role", role)
        repolish(self.banner)
        self.banner.setVisible(bool(text))
