"""Printable documents (PDF through Qt's own printing): registration receipts, session
attendance sheets and village coverage reports, in Indonesian by default or English."""

from desa_desktop.ui.documents.api import (
    attendance_sheet,
    coverage_report,
    registration_receipt,
)
from desa_desktop.ui.documents.render import Printed

__all__ = ["Printed", "attendance_sheet", "coverage_report", "registration_receipt"]
