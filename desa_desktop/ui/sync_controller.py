"""Sync in the app: one run at a time off the GUI thread, on demand, on a timer, and when HQ returns.

The controller owns the connection state the status bar and the Sync screen show.
It learns it three ways: a sync run's outcome, a cheap probe of HQ's health endpoint
(every ~30 s while offline, every few minutes while online), and the enrollment in
the store. When a probe finds HQ again and records are waiting, it syncs by itself.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from desa_desktop.core.services.changes import Changes
from desa_desktop.core.timestamps import utcnow
from desa_desktop.sync.settings import enrollment
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.ops import Progress
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.sync_rows import SyncOverview, load_overview, touched_since

if TYPE_CHECKING:
    # The sync engine and its HTTP client (requests) load with the first run, in the
    # network lane: not while the window is being shown.
    from desa_desktop.sync.engine import SyncReport
    from desa_desktop.sync.http import SyncError

OFFLINE_PROBE_SECONDS = 30
ONLINE_PROBE_SECONDS = 300
PROBE_TIMEOUT = 5.0


class Connection(StrEnum):
    """What the app knows about its link to HQ."""

    UNKNOWN = "unknown"  # enrolled, not asked yet
    ONLINE = "online"
    OFFLINE = "offline"
    NOT_ENROLLED = "not_enrolled"


def error_text(error: SyncError, lang: str) -> str:
    """A sync error in the user's language (HQ sends both)."""
    return error.message_en if lang == "en" else error.message


class SyncController(QObject):
    """Runs ``sync_once`` through the network lane and keeps the connection state.

    ``state_changed`` fires whenever something the status bar shows changed;
    ``progress`` while a run pushes records (done, total).
    """

    state_changed = Signal()
    progress = Signal(int, int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        offline_probe_seconds: float = OFFLINE_PROBE_SECONDS,
        online_probe_seconds: float = ONLINE_PROBE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.connection = Connection.UNKNOWN
        self.running = False
        self.overview: SyncOverview | None = None
        self.last_report: SyncReport | None = None
        self.last_error: str | None = None
        self._probing = False
        self._offline_ms = int(offline_probe_seconds * 1000)
        self._online_ms = int(online_probe_seconds * 1000)

        self.action = QAction(self.tr("Sync now"), self)
        self.action.setShortcut(
            QKeySequence(Qt.Key.Key_F5)
        )  # F5 everywhere, not only where the theme says
        self.action.setToolTip(self.tr("Send what is waiting to HQ and fetch HQ's answers (F5)"))
        self.action.triggered.connect(self.sync_now)

        self._auto = QTimer(self)
        self._auto.timeout.connect(self._auto_sync)
        self._probe = QTimer(self)
        self._probe.timeout.connect(self.probe_now)

        ctx.signals.changed.connect(lambda _changes: self.refresh())
        ctx.signals.settings_changed.connect(self.apply_settings)
        self.apply_settings()

    # --- state -------------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        return self.overview is not None and self.overview.hq_url is not None

    @property
    def waiting(self) -> int:
        return self.overview.waiting if self.overview else 0

    def apply_settings(self) -> None:
        """Settings or the enrollment changed: restart the timers and look again."""
        minutes = self.ctx.settings.sync_minutes
        if minutes > 0:
            self._auto.start(minutes * 60_000)
        else:
            self._auto.stop()
        if self.connection is not Connection.NOT_ENROLLED:
            self.connection = Connection.UNKNOWN  # perhaps a new HQ address: ask it
        self.refresh(probe=True)

    def refresh(self, *, probe: bool = False) -> None:
        """Reload the counts and the enrollment from the store (read lane)."""
        store = self.ctx.store
        self.ctx.ops.read(
            lambda: load_overview(store), lambda overview: self._loaded(overview, probe)
        )

    def _loaded(self, overview: SyncOverview, probe: bool) -> None:
        self.overview = overview
        if overview.hq_url is None:
            self._probe.stop()
            self._set_connection(Connection.NOT_ENROLLED)
        elif self.connection is Connection.NOT_ENROLLED:
            self._set_connection(Connection.UNKNOWN)
            probe = True
        if not self.running and self.last_error is None:
            self.last_error = overview.last_error
        self._update_action()
        self.state_changed.emit()
        if probe and self.enrolled:
            self.probe_now()

    def _set_connection(self, connection: Connection) -> None:
        self.connection = connection
        if connection is Connection.NOT_ENROLLED:
            self._probe.stop()
        else:
            self._probe.start(
                self._online_ms if connection is Connection.ONLINE else self._offline_ms
            )

    def _update_action(self) -> None:
        self.action.setEnabled(self.enrolled and not self.running)

    # --- probing -----------------------------------------------------------------------

    def probe_now(self) -> None:
        """Ask HQ's health endpoint (network lane); sync by itself if HQ is back and work waits."""
        if self.overview is None or self.overview.hq_url is None or self.running or self._probing:
            return
        url, store = self.overview.hq_url, self.ctx.store
        self._probing = True

        def probe(_progress: object) -> bool:
            from desa_desktop.sync.probe import hq_reachable

            enrolled = enrollment(store)  # a private CA, when HQ uses one
            ca_pem = enrolled.ca_pem if enrolled is not None else None
            return hq_reachable(url, timeout=PROBE_TIMEOUT, ca_pem=ca_pem)

        self.ctx.ops.network(
            probe,
            self._probed,
            self._probe_failed,
        )

    def _probed(self, reachable: bool) -> None:
        self._probing = False
        # Only a return counts: at start-up (unknown) the timer's run comes soon enough.
        came_back = reachable and self.connection is Connection.OFFLINE
        self._set_connection(Connection.ONLINE if reachable else Connection.OFFLINE)
        self.state_changed.emit()
        if came_back and self.waiting > 0:
            self.sync_now()

    def _probe_failed(self, _error: BaseException) -> None:
        self._probing = False
        self._set_connection(Connection.OFFLINE)
        self.state_changed.emit()

    # --- syncing -----------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a run; False (and nothing started) while one runs or when not enrolled."""
        if self.running or not self.enrolled:
            return False
        self.running = True
        self._update_action()
        self.state_changed.emit()
        store = self.ctx.store

        def work(report_progress: Progress) -> tuple[SyncReport, tuple[str, ...]]:
            from desa_desktop.sync.engine import sync_once

            started = utcnow()
            report = sync_once(store, progress=report_progress)
            return report, touched_since(store, started)

        self.ctx.ops.network(work, self._finished, self._crashed, self.progress.emit)
        return True

    def _auto_sync(self) -> None:
        if self.connection is Connection.OFFLINE:
            self.probe_now()  # cheaper than a run; it syncs by itself if HQ is back
        else:
            self.sync_now()

    def _finished(self, outcome: tuple[SyncReport, tuple[str, ...]]) -> None:
        from desa_desktop.sync.engine import NotEnrolled  # loaded by the run
        from desa_desktop.sync.http import HqUnreachable

        report, touched = outcome
        self.running = False
        self.last_report = report
        error = report.error
        if error is None:
            self.last_error = None
            self._set_connection(Connection.ONLINE)
        else:
            self.last_error = error_text(error, self.ctx.lang)
            if isinstance(error, NotEnrolled):
                self._set_connection(Connection.NOT_ENROLLED)
            elif isinstance(error, HqUnreachable):
                self._set_connection(Connection.OFFLINE)
            else:  # HQ answered: busy, refused, or a revoked device
                self._set_connection(Connection.ONLINE)
        self._update_action()
        self.state_changed.emit()
        self.ctx.signals.sync_finished.emit(report)
        # Views reload what changed: statuses, KPJ numbers, conflicts of these records.
        self.ctx.signals.changed.emit(Changes("registration", touched))

    def _crashed(self, error: BaseException) -> None:
        self.running = False
        self.last_error = f"{type(error).__name__}: {error}"
        self._update_action()
        self.state_changed.emit()
        self.ctx.ops.failed.emit(error)  # a bug, not the network: the window shows it

    def stop(self) -> None:
        """Stop the timers (the window is closing)."""
        self._auto.stop()
        self._probe.stop()


def install_sync(window: MainWindow, ctx: AppContext) -> SyncController:
    """Put sync into ``window``: the status-bar widget, the F5 action, the Sync screen's button."""
    from desa_desktop.ui.widgets.sync_status import SyncStatusBar  # widget after controller

    controller = SyncController(ctx, window)
    window.addAction(controller.action)
    window.statusBar().addPermanentWidget(SyncStatusBar(controller), 1)

    def attach(screen: Screen) -> None:
        attach_sync = getattr(screen, "attach_sync", None)
        if callable(attach_sync):
            attach_sync(controller)

    window.for_each_screen(attach)  # screens are built when first shown
    return controller
