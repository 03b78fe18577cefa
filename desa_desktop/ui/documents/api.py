"""The three documents as one call each: read the store, write the PDF.

Each takes the open store (or the app context holding it), what to print, the PDF's path
and the language ("id", the default, or "en"); each returns the :class:`Printed` file.
Call them on the GUI thread (Qt's text layout); :mod:`actions` splits the work in two for
the app, reading in the background and rendering on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from desa_desktop.core.i18n import DEFAULT_LANG
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.documents.attendance import render_attendance
from desa_desktop.ui.documents.coverage import render_coverage
from desa_desktop.ui.documents.data import attendance_data, coverage_data, receipt_data
from desa_desktop.ui.documents.receipt import render_receipt
from desa_desktop.ui.documents.render import Printed


def _store(ctx_or_store: AppContext | Store) -> Store:
    return ctx_or_store.store if isinstance(ctx_or_store, AppContext) else ctx_or_store


def registration_receipt(
    ctx_or_store: AppContext | Store, uuid: str, path: Path, lang: str = DEFAULT_LANG
) -> Printed:
    """The receipt of registration ``uuid``: the person, programmes, contribution by
    programme and month with totals (and in words), KPJ or "pending", signature lines."""
    store = _store(ctx_or_store)
    return render_receipt(receipt_data(store, uuid, lang), Path(path), lang)


def attendance_sheet(
    ctx_or_store: AppContext | Store, session_uuid: str, path: Path, lang: str = DEFAULT_LANG
) -> Printed:
    """The attendance sheet of session ``session_uuid``, with a signature column and blank
    rows to fill in by hand."""
    store = _store(ctx_or_store)
    return render_attendance(attendance_data(store, session_uuid), Path(path), lang)


def coverage_report(
    ctx_or_store: AppContext | Store, village_code: str, path: Path, lang: str = DEFAULT_LANG
) -> Printed:
    """The coverage report of ``village_code``: officials and workers against targets, UCJ,
    the Desa Sadar checklist and registrations by status."""
    store = _store(ctx_or_store)
    return render_coverage(coverage_data(store, village_code), Path(path), lang)
