"""Perangkat desa: the village officials, listed and registered (the village head first)."""

from __future__ import annotations

from desa_desktop.core.domain.choices import Kind
from desa_desktop.ui.people_screen import PeopleScreen


class OfficialsScreen(PeopleScreen):
    """Village officials: search, filter and sort the list; register or edit one in the form."""

    kind = Kind.OFFICIAL

    def heading(self) -> str:
        return self.tr("Village officials (Perangkat desa)")

    def empty_text(self) -> str:
        return self.tr("No village officials yet. Press Ctrl+N to register the village head first.")

    def new_text(self) -> str:
        return self.tr("New official")
