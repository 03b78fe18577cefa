"""The "Import…" and "Export…" buttons of the people screens. Light on purpose: the import
wizard and the export (and what they import: spreadsheets, the importer) are loaded when a
button is pressed, not when a screen is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QPushButton

if TYPE_CHECKING:
    from desa_desktop.ui.people_screen import PeopleScreen


def _open_import(screen: PeopleScreen) -> None:
    from desa_desktop.ui.import_wizard import open_import_wizard

    open_import_wizard(screen, screen.ctx, screen.kind)


def _open_export(screen: PeopleScreen) -> None:
    from desa_desktop.ui.export_actions import export_people_dialog

    export_people_dialog(screen, screen.ctx, screen.kind, screen.model.wanted)


def add_import_export_buttons(screen: PeopleScreen, layout: QBoxLayout) -> None:
    """Put "Import…" and "Export…" for ``screen``'s kind into ``layout`` (its footer).

    Export writes what the list shows: the screen's current search, filters and village.
    """
    import_button = QPushButton(QCoreApplication.translate("ImportWizard", "Import…"))
    import_button.setToolTip(
        QCoreApplication.translate("ImportWizard", "Add or update people from an Excel or CSV file")
    )
    import_button.clicked.connect(lambda: _open_import(screen))
    export_button = QPushButton(QCoreApplication.translate("ImportWizard", "Export…"))
    export_button.setToolTip(
        QCoreApplication.translate(
            "ImportWizard", "Save the people shown (with the current filters) as Excel or CSV"
        )
    )
    export_button.clicked.connect(lambda: _open_export(screen))
    layout.addWidget(import_button)
    layout.addWidget(export_button)
