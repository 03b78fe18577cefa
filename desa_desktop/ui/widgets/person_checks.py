"""Checks of the person form that need the store (run on the read lane, never on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desa_desktop.core.domain.choices import Status
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.queries import PersonFilter, search_people
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.ops import OpRunner


def find_duplicate(
    store: Store, nik: str, editing_uuid: str | None, village_names: Mapping[str, str]
) -> Issue | None:
    """The duplicate-NIK finding the service would raise, found while the user is still typing.

    The same NIK may exist on inactive registrations (a person who left and came back); only
    an active one is a duplicate. The finding carries the existing record's UUID for a link.
    """
    for row in search_people(store, PersonFilter(text=nik), limit=20):
        if row.nik == nik and row.status is not Status.INACTIVE and row.uuid != editing_uuid:
            village = village_names.get(row.village_code, row.village_code)
            return Issue.error(
                "nik", "registration.duplicate_nik", name=row.name, village=village, uuid=row.uuid
            )
    return None


class DuplicateWatch:
    """Looks up each complete NIK typed once (read lane) and remembers the finding.

    ``on_found`` is called on the GUI thread when a duplicate turns up, so the form can show
    it beside the NIK before the user gets as far as saving.
    """

    def __init__(self, store: Store, ops: OpRunner, on_found: Callable[[], object]) -> None:
        self.store = store
        self.ops = ops
        self.on_found = on_found
        self.nik = ""
        self.finding: Issue | None = None

    def reset(self) -> None:
        self.nik, self.finding = "", None

    def add_to(
        self,
        issues: list[Issue],
        nik_text: str,
        editing_uuid: str | None,
        village_names: Mapping[str, str],
    ) -> list[Issue]:
        """``issues`` with the duplicate finding first when the NIK is taken."""
        nik = "".join(ch for ch in nik_text if ch.isdigit())
        if len(nik) != 16 or any(i.field == "nik" and i.is_error for i in issues):
            return issues
        if self.nik != nik:
            self.nik, self.finding = nik, None
            store = self.store
            self.ops.read(
                lambda: find_duplicate(store, nik, editing_uuid, village_names),
                lambda issue: self._found(nik, issue),
            )
        return [self.finding, *issues] if self.finding is not None else issues

    def _found(self, nik: str, issue: Issue | None) -> None:
        if self.nik == nik and issue is not None:
            self.finding = issue
            self.on_found()
