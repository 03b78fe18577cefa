"""Pemutakhiran data: find a person, mark them deceased or exited (or undo it), see their history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.queries import (
    HistoryRow,
    PersonRecord,
    get_person,
    person_history,
)
from desa_desktop.core.services.registrations import ENTITY as REGISTRATION
from desa_desktop.core.services.villages import list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.widgets.update_history import HistoryPanel, StatusRow, load_status_rows
from desa_desktop.ui.widgets.update_person_panel import PersonStatusPanel
from desa_desktop.ui.widgets.update_person_search import PersonSearch


@dataclass(frozen=True)
class PersonView:
    """One person with their village's name and their history, read in one op."""

    person: PersonRecord
    village_name: str
    history: list[HistoryRow]
    statuses: list[StatusRow]


def load_person(store: Store, uuid: str) -> PersonView:
    person = get_person(store, uuid)
    names = {v.code: v.name for v in list_villages(store)}
    return PersonView(
        person,
        names.get(str(person["village_code"]), ""),
        person_history(store, uuid),
        load_status_rows(store, uuid),
    )


class UpdatesScreen(Screen):
    """Search on the left; the chosen person's status, updates and history on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self.uuid = ""
        heading = QLabel(self.tr("Member data updates"))
        heading.setObjectName("screenTitle")
        hint = QLabel(
            self.tr(
                "Keep the list current: record people who died or left the programme "
                "(became ASN or PPPK, moved, registered by an employer, a duplicate)."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.search = PersonSearch(ctx)
        self.search.set_village(ctx.settings.current_village)
        self.search.picked.connect(self.open_person)
        self.panel = PersonStatusPanel(ctx)
        self.history = HistoryPanel(ctx.lang)
        self.empty = QLabel(
            self.tr(
                "Find the person on the left by name or NIK, then pick them to see their "
                "status and history."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.panel)
        history_caption = QLabel(self.tr("History of this record"))
        history_caption.setObjectName("hint")
        self.history_caption = history_caption
        right_layout.addWidget(history_caption)
        right_layout.addWidget(self.history, 1)
        right_layout.addWidget(self.empty, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.search)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([480, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        self._show_person(None)

    def set_village(self, code: str) -> None:
        self.search.set_village(code)
        if self.isVisible():
            self.search.search_now()

    def refresh(self) -> None:
        # The search re-selects the person shown, which reloads their status and history.
        self.search.search_now()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entity in (REGISTRATION, "village"):
            self.refresh()

    def open_person(self, uuid: str) -> None:
        """Show ``uuid``'s status and history ("" clears the right side)."""
        self.uuid = uuid
        self._generation += 1
        if not uuid:
            self._show_person(None)
            return
        generation, store = self._generation, self.ctx.store
        self.ctx.ops.read(
            lambda: load_person(store, uuid),
            lambda view: self._show_person(view) if generation == self._generation else None,
        )

    def _show_person(self, view: PersonView | None) -> None:
        for widget in (self.panel, self.history, self.history_caption):
            widget.setVisible(view is not None)
        self.empty.setVisible(view is None)
        if view is not None:
            self.panel.show_person(view.person, view.village_name)
            self.history.show_history(view.history, view.statuses)
