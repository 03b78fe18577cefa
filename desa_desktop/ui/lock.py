"""The idle lock: after some minutes without keyboard or mouse the data is hidden until an
operator logs in again; "Lock now" (Ctrl+L) does it at once.

An application event filter notices input and restarts a single-shot QTimer; when it fires,
every open window is covered (``Cover``) and the lock screen asks for a login on the window
that can take input (the main window, or a modal dialog left open). Any active operator may
unlock (``accounts.verify``): the app then works, and audits, in their name. Background work
such as sync goes on while locked.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import label
from desa_desktop.core.security.accounts import Operator, verify
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.widgets.lock_cover import Cover
from desa_desktop.ui.widgets.login_form import LoginForm

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
MINUTE_MS = 60_000
TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input (0 = never); ``trigger`` for tests."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.interval_ms = 0  # 0: never
        self.paused = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, minutes) * MINUTE_MS)

    def set_interval_ms(self, msecs: int) -> None:
        """Count ``msecs`` from now (0 stops counting); tests use a short interval."""
        self.interval_ms = max(0, msecs)
        self.timer.stop()
        if self.interval_ms:
            self.timer.setInterval(self.interval_ms)
            if not self.paused:
                self.timer.start()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.set_interval_ms(self.interval_ms)

    def trigger(self) -> None:
        """As if the time ran out now."""
        self.timer.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in INPUT_EVENTS:
            self.timer.start()  # count again from now
        return False

    def stop(self) -> None:
        """Stop for good (the window closes)."""
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QFrame):
    """The card on the locked main window: what happened, and the login."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginCard")
        self.setMinimumWidth(460)
        self.setMaximumWidth(560)
        title = QLabel(self.tr("Desa Desktop is locked"))
        title.setObjectName("dialogTitle")
        text = QLabel(
            self.tr(
                "The data is hidden. Log in to continue: any active operator may unlock, and the app then works in their name."
            )
        )
        text.setWordWrap(True)
        self.form = LoginForm(
            ctx.ops, lambda name, password: verify(ctx.store, name, password), lambda: ctx.lang
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.form)


def _close_popups() -> None:
    for _ in range(10):  # menus, completers, combo lists: each close reveals the next
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


class LockController(QObject):
    """Locks on idle or on request; unlocks with any active operator's login."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.covers: list[Cover] = []
        self.screen: LockScreen | None = None
        self.focus: QWidget | None = None  # where the cursor was, given back after unlock
        self.watcher = IdleWatcher(ctx.settings.lock_minutes, self)
        self.watcher.idle.connect(self.lock)
        self.action = QAction(self.tr("Lock now"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.triggered.connect(self.lock)
        ctx.signals.settings_changed.connect(
            lambda: self.watcher.set_minutes(ctx.settings.lock_minutes)
        )
        self.button = QPushButton(self.action.text())
        self.button.setObjectName("lockButton")
        self.button.setToolTip(self.tr("Hide the data until an operator logs in (Ctrl+L)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.lock)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def lock(self) -> None:
        """Hide every window's content and ask for a login."""
        if self.locked:
            return
        self.watcher.pause()
        QToolTip.hideText()
        _close_popups()
        host = QApplication.activeModalWidget() or self.window
        self.focus = host.focusWidget()
        for top in QApplication.topLevelWidgets():
            if top is not host and top.isVisible() and top.windowType() not in TRANSIENT:
                self.covers.append(Cover(top))
        self.screen = LockScreen(self.ctx)
        self.screen.form.logged_in.connect(self.unlock)
        self.covers.append(Cover(host, self.screen))
        self.screen.form.start(self.ctx.operator)
        self.locked_changed.emit(True)

    def unlock(self, operator: Operator) -> None:
        """Show the windows again; the app now works in ``operator``'s name."""
        for cover in self.covers:
            cover.remove()
        self.covers.clear()
        self.screen = None
        focus, self.focus = self.focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()
        if operator != self.ctx.operator_account:
            self.ctx.operator_account = operator
            self.ctx.signals.operator_changed.emit(operator)
        self.watcher.resume()
        self.locked_changed.emit(False)


class OperatorBadge(QLabel):
    """Who is logged in, in the window's header."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorBadge")
        self.ctx = ctx
        ctx.signals.operator_changed.connect(lambda _operator: self.show_operator())
        self.show_operator()

    def show_operator(self) -> None:
        operator = self.ctx.operator_account
        self.setText(f"{operator.name} ({label(operator.role.value, self.ctx.lang)})")


def install_lock(window: MainWindow, ctx: AppContext) -> LockController:
    """Put the idle lock into ``window``: who is logged in and "Lock now" in its header."""
    controller = LockController(window, ctx)
    window.addAction(controller.action)
    window.header_row.addSpacing(16)
    window.header_row.addWidget(OperatorBadge(ctx))
    window.header_row.addWidget(controller.button)
    return controller
