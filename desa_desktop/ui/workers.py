"""Pekerja: the informal and vulnerable workers (BPU) of the village, listed and registered."""

from __future__ import annotations

from desa_desktop.core.domain.choices import Kind
from desa_desktop.ui.people_screen import PeopleScreen


class WorkersScreen(PeopleScreen):
    """Workers: search, filter and sort the list; register or edit one in the form."""

    kind = Kind.WORKER

    def empty_text(self) -> str:
        return self.tr("No workers yet. Press Ctrl+N to register the first one.")

    def new_text(self) -> str:
        return self.tr("New worker")
