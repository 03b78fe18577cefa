"""The status-bar strip: online/offline, records waiting, last successful sync, progress, "Sync now"."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desa_desktop.ui.theme import icon

if TYPE_CHECKING:
    from desa_desktop.ui.sync_controller import SyncController


def when_text(moment: datetime | None) -> str:
    """A moment in local time, in the user's locale ("21 Nov 2026, 14:05"); "" for None."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    qt_moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    )
    return QLocale().toString(qt_moment, "d MMM yyyy, HH:mm")


def set_style_name(label: QLabel, name: str) -> None:
    """Change a label's object name and make the theme notice (QSS matches on names)."""
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)


class SyncStatusBar(QWidget):
    """Mirrors a :class:`SyncController` in the window's status bar."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.connection = QLabel()
        self.waiting = QLabel()
        self.last_sync = QLabel()
        self.last_sync.setObjectName("hint")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setVisible(False)
        self.button = QPushButton(icon("sync-pending"), self.tr("Sync now (F5)"))
        self.button.setToolTip(controller.action.toolTip())
        self.button.clicked.connect(controller.action.trigger)

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        row.addWidget(self.connection)
        row.addWidget(self.waiting)
        row.addWidget(self.last_sync)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.button)

        controller.state_changed.connect(self.update_state)
        controller.progress.connect(self.show_progress)
        self.update_state()

    def update_state(self) -> None:
        """Show the controller's current state."""
        c = self.controller
        from desa_desktop.ui.sync_controller import Connection

        texts = {
            Connection.ONLINE: ("● " + self.tr("Online"), "online"),
            Connection.OFFLINE: ("● " + self.tr("Offline"), "offline"),
            Connection.UNKNOWN: ("● " + self.tr("Checking connection"), "hint"),
            Connection.NOT_ENROLLED: (self.tr("Not enrolled with HQ"), "offline"),
        }
        text, style = texts[c.connection]
        self.connection.setText(text)
        set_style_name(self.connection, style)
        if c.connection is Connection.NOT_ENROLLED:
            self.connection.setToolTip(self.tr("Enroll this laptop in Settings to send data to HQ"))
        else:
            self.connection.setToolTip(
                c.overview.hq_url if c.overview and c.overview.hq_url else ""
            )
        self.waiting.setText(
            self.tr("%1 waiting to send").replace("%1", str(c.waiting))
            if c.waiting
            else self.tr("Nothing waiting")
        )
        set_style_name(self.waiting, "offline" if c.waiting else "hint")
        last = c.overview.last_sync_at if c.overview else None
        self.last_sync.setText(
            self.tr("Last sync: %1").replace("%1", when_text(last))
            if last
            else self.tr("Never synced")
        )
        self.last_sync.setToolTip(c.last_error or "")
        self.button.setEnabled(c.action.isEnabled())
        if c.running:
            if not self.progress.isVisible():
                self.progress.setRange(0, 0)  # busy until the first count arrives
                self.progress.setVisible(True)
        else:
            self.progress.setVisible(False)

    def show_progress(self, done: int, total: int) -> None:
        """Records sent of those waiting."""
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("%1 of %2 sent").replace("%1", str(done)).replace("%2", str(total))
        )
