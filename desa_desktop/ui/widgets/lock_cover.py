"""An opaque sheet over a whole window while the app is locked.

It follows the window's size, stays on top of the window's other children, and disables them
so that neither Tab nor a shortcut reaches a field hidden under it. ``remove`` gives the
window back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Cover(QWidget):
    """Hides ``window``'s content; shows ``content`` (the lock screen) or a short notice."""

    def __init__(self, window: QWidget, content: QWidget | None = None) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.window_ = window
        self.content = content
        layout = QVBoxLayout(self)
        if content is None:
            notice = QLabel(self.tr("Locked. Log in in the main window to continue."))
            notice.setObjectName("hint")
            notice.setWordWrap(True)
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
        else:
            layout.addWidget(content, 0, Qt.AlignmentFlag.AlignCenter)
        self.disabled = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not self and not child.isWindow() and child.isEnabled()
        ]
        for child in self.disabled:
            child.setEnabled(False)
        if content is not None:  # a small dialog grows to hold the login
            window.resize(window.size().expandedTo(self.sizeHint()))
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.window_.rect())
            elif event.type() == QEvent.Type.ChildPolished:
                self.raise_()  # a child added later must not show over the sheet
        return False

    def remove(self) -> None:
        """Take the sheet away and enable what it disabled."""
        self.window_.removeEventFilter(self)
        for child in self.disabled:
            child.setEnabled(True)
        self.hide()
        self.deleteLater()
