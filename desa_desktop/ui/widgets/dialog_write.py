"""Save from a dialog: run the write off the GUI thread, close on success, explain a refusal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel

from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.ui.context import AppContext


def write_and_close(
    dialog: QDialog,
    ctx: AppContext,
    work: Callable[[], Changes],
    message: QLabel,
    on_saved: Callable[[], None] | None = None,
) -> None:
    """Run ``work`` in the write lane; on success broadcast its changes and accept the
    dialog; a refusal's findings go into ``message`` (the dialog stays open)."""

    def done(changes: Changes) -> None:
        if on_saved is not None:
            on_saved()
        ctx.signals.changed.emit(changes)
        dialog.accept()

    def failed(error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            message.setText("\n".join(error.messages(ctx.lang)))
        else:
            ctx.ops.failed.emit(error)

    ctx.ops.write(work, done, failed)
