"""Import officials or workers from a spreadsheet, step by step, saving nothing until asked.

1. the file (CSV or XLSX), whether it lists workers or officials, and whether everyone in
   it agreed to data processing on a signed paper form (else a ``persetujuan`` column);
2. the columns matched by header, fixable by hand (unmatched required fields block);
3. a preview of the first rows with each row's problems, checked against the store;
4. the import, in the write lane, with a progress bar;
5. the report: counts, every problem (row, column, message), and the rejected rows saved
   to a file to fix and import again.

The Qt-free work is :mod:`desa_desktop.core.services.importer`'s; the same import runs
from the command line (``desa-desktop import``).
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from desa_desktop.core.domain.choices import Kind
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.theme import icon
from desa_desktop.ui.widgets.import_mapping import MappingPage
from desa_desktop.ui.widgets.import_preview import PreviewPage
from desa_desktop.ui.widgets.import_report import ReportPage
from desa_desktop.ui.widgets.import_run import RunPage
from desa_desktop.ui.widgets.import_source import ImportState, SourcePage

WIZARD_SIZE = (980, 660)  # fits a 1366x768 screen with its task bar
BUTTON_WIDTH = 110


class ImportWizard(QWizard):
    """The five steps of an import; ``state`` holds what they share."""

    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ImportState(ctx, kind)
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(40, 40))
        self.source = SourcePage(self.state)
        self.mapping = MappingPage(self.state)
        self.preview = PreviewPage(self.state)
        self.run = RunPage(self.state)
        self.report = ReportPage(self.state)
        for page in (self.source, self.mapping, self.preview, self.run, self.report):
            self.addPage(page)
        # the theme draws the default button bold: room for its text in either language
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setMinimumWidth(BUTTON_WIDTH)
        self.resize(*WIZARD_SIZE)

    def importing(self) -> bool:
        """True while rows are being written (the wizard then refuses to close)."""
        return self.run.running

    def reject(self) -> None:
        if not self.importing():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importing():
            event.ignore()
            return
        super().closeEvent(event)


def open_import_wizard(parent: QWidget, ctx: AppContext, kind: Kind) -> ImportWizard:
    """Show the import wizard (window-modal, not blocking) and return it."""
    wizard = ImportWizard(ctx, kind, parent)
    wizard.setModal(True)
    wizard.show()
    return wizard
