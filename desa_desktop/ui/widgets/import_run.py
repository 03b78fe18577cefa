"""The import wizard's run: the import in the write lane, with a progress bar.

The write lane has no progress channel of its own, so the op reports through a small
relay object that lives on the GUI thread: a signal emitted from the worker thread is
queued to it and reaches the progress bar on the GUI thread. The importer calls back
once per batch (500 rows), so even 50,000 rows send only about a hundred signals.
While the import runs, the wizard cannot be cancelled (the batches already written stay;
stopping halfway would leave the user without a report of what was saved).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from desa_desktop.core.services import importer
from desa_desktop.core.services.spreadsheet import UnusableFile
from desa_desktop.ui.widgets.field_messages import repolish
from desa_desktop.ui.widgets.import_source import ImportState

UNKNOWN_TOTAL = -1


class ProgressRelay(QObject):
    """Created on the GUI thread; ``moved`` emitted from any thread arrives there."""

    moved = Signal(int, int)  # rows done, rows in all (UNKNOWN_TOTAL when unknown)

    def report(self, done: int, total: int | None) -> None:
        """The importer's progress callback (called on the write thread)."""
        self.moved.emit(done, UNKNOWN_TOTAL if total is None else total)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class RunPage(QWizardPage):
    """Runs the import once, shows its progress, and moves on to the report when done."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.running = False
        self.finished = False
        self.setTitle(self.tr("Importing"))
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self.show_progress)
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(22)
        self.counter = QLabel()
        self.counter.setObjectName("hint")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.bar)
        layout.addWidget(self.counter)
        layout.addWidget(self.message)
        layout.addStretch(2)

    def initializePage(self) -> None:
        if self.running or self.finished:
            return
        state = self.state
        assert state.path is not None
        self.setSubTitle(
            self.tr("Saving the valid rows of %1. This can take a minute for a long file.").replace(
                "%1", state.path.name
            )
        )
        self.running = True
        self.bar.setRange(0, max(1, state.total or 0))
        self.bar.setValue(0)
        self.counter.setText(self.tr("Starting…"))
        self._set_cancellable(False)
        path, kind, mapping = state.path, state.kind, dict(state.mapping)
        store, operator, relay = state.ctx.store, state.ctx.operator, self.relay
        on_paper = state.consent_on_paper
        state.ctx.ops.write(
            lambda: importer.import_file(
                store,
                path,
                kind,
                operator,
                mapping=mapping,
                progress=relay.report,
                consent_on_paper=on_paper,
            ),
            self._done,
            self._failed,
        )

    def isComplete(self) -> bool:
        return self.finished and self.state.report is not None

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        """Move the bar (on the GUI thread)."""
        if total == UNKNOWN_TOTAL:
            self.bar.setRange(0, 0)  # a busy bar: the file did not say how long it is
            self.counter.setText(self.tr("%1 rows read").replace("%1", _number(done)))
            return
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))
        self.counter.setText(
            self.tr("%1 of %2 rows").replace("%1", _number(done)).replace("%2", _number(total))
        )

    def _done(self, report: importer.ImportReport) -> None:
        self.running, self.finished = False, True
        self.state.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._set_cancellable(True)
        self.state.ctx.signals.changed.emit(report.changes())
        self.completeChanged.emit()
        # after the wizard has finished switching here (a fast import ends inside this
        # page's initializePage, before the wizard shows it)
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.running, self.finished = False, True
        self._set_cancellable(True)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, UnusableFile):
            reason = error.message(self.state.ctx.lang)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            self.state.ctx.ops.failed.emit(error)
            reason = str(error) or type(error).__name__
        self.message.setProperty("role", "error")
        self.message.setText(self.tr("The import stopped: %1").replace("%1", reason))
        repolish(self.message)
        # rows of batches written before the failure are saved: let the lists show them
        self.state.ctx.signals.changed.emit(importer.ImportReport().changes())

    def _set_cancellable(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            button = wizard.button(QWizard.WizardButton.CancelButton)
            button.setEnabled(enabled)
