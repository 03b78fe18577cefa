"""The registration form of one kind of person (worker or village official).

Validation runs as the user types (debounced) through the core's ``validate_person``; each
finding appears under its field. Errors block saving; warnings are listed for confirmation,
then the save repeats with ``confirm_warnings=True``. Saving goes through the write lane;
edits state the version they started from, and a stale edit is explained and reloaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services import registrations
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.queries import PersonRecord, get_person
from desa_desktop.core.services.validation import validate_person
from desa_desktop.core.services.villages import VillageRow
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.contribution_view import ContributionView
from desa_desktop.ui.widgets.field_messages import duplicate_uuid, set_invalid
from desa_desktop.ui.widgets.person_address import AddressSection
from desa_desktop.ui.widgets.person_buttons import FormButtons
from desa_desktop.ui.widgets.person_checks import DuplicateWatch
from desa_desktop.ui.widgets.person_dialogs import confirm_discard, confirm_warnings, explain_stale
from desa_desktop.ui.widgets.person_fields import DateField
from desa_desktop.ui.widgets.person_header import PersonHeader
from desa_desktop.ui.widgets.person_identity import IdentitySection
from desa_desktop.ui.widgets.person_membership import MembershipSection
from desa_desktop.ui.widgets.person_section import FieldSection, FieldSlot, show_findings
from desa_desktop.ui.widgets.person_work import OfficialWorkSection, WorkerWorkSection

VALIDATE_AFTER_MS = 250  # quiet time after a keystroke before findings are refreshed


class PersonForm(QWidget):
    """Register a new person of ``kind`` or edit one; emits ``saved`` with the record's UUID."""

    saved = Signal(str)
    open_person = Signal(str)  # a duplicate-NIK link asked to open this record

    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.editing: PersonRecord | None = None
        self.touched: set[str] = set()
        self.show_all = False  # after a save attempt or when editing: every finding shows
        self.dirty = False
        self.villages: list[VillageRow] = []
        self.default_village = ""
        self._quiet = False  # programmatic changes: neither dirty nor "touched"
        self.duplicates = DuplicateWatch(ctx.store, ctx.ops, lambda: self.validate())
        self.last_changes: Changes | None = None  # what our own last save broadcast
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_AFTER_MS)
        self._timer.timeout.connect(self.validate)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence("Alt+O"), self, self.open_duplicate).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.new()

    # ----- building -----------------------------------------------------------------------
    def _build(self) -> None:
        # From the outside in, each part made inside its final parent: under the app's
        # style sheet, moving a built widget into another parent re-styles all of it.
        lang = self.ctx.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = PersonHeader(lang, self)
        self.banner = self.header.banner
        layout.addWidget(self.header)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        self.scroller.setWidget(content)
        layout.addWidget(self.scroller, 1)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        self.identity = IdentitySection(lang, content)
        self.address = AddressSection(lang, content)
        self.work: FieldSection = (
            WorkerWorkSection(lang, content)
            if self.kind is Kind.WORKER
            else OfficialWorkSection(lang, content)
        )
        self.membership = MembershipSection(self.kind, lang, content)
        self.sections: list[FieldSection] = [
            self.identity,
            self.address,
            self.work,
            self.membership,
        ]
        for section in self.sections:
            column.addWidget(section)
            section.on_edited = self._edited
            section.open_person.connect(self.open_person)
        self.contribution = ContributionView(content)
        column.addWidget(self.contribution)
        column.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        layout.addWidget(self.summary)
        self.buttons = FormButtons(self)
        layout.addWidget(self.buttons)
        self.save_button = self.buttons.save
        self.another_button = self.buttons.another
        self.draft_button = self.buttons.draft
        self.cancel_button = self.buttons.cancel
        self.save_button.clicked.connect(lambda: self.save())
        self.another_button.clicked.connect(lambda: self.save(add_another=True))
        self.draft_button.clicked.connect(lambda: self.save(draft=True))
        self.cancel_button.clicked.connect(self.cancel)
        chain = [slot.input for slot in self.slots().values()] + self.buttons.all()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def slots(self) -> dict[str, FieldSlot]:
        """Every field of the form by its core name, in tab order."""
        return {name: slot for section in self.sections for name, slot in section.slots.items()}

    # ----- showing a person ---------------------------------------------------------------
    def set_villages(self, villages: list[VillageRow]) -> None:
        """The villages this laptop serves, for the village field."""
        self.villages = villages
        self._quietly(lambda: self.address.set_villages(villages))
        if self.editing is None and self.default_village:
            self._quietly(lambda: self.address.village.set_value(self.default_village))

    def set_default_village(self, code: str) -> None:
        """The village new registrations start in (the window's village picker)."""
        self.default_village = code
        if self.editing is None and code and not self.dirty:
            self._quietly(lambda: self.address.village.set_value(code))

    def new(self, *, keep_membership: bool = False) -> None:
        """An empty form for a new person; with ``keep_membership`` the village, programmes,
        period and funding stay (fast entry at a session)."""
        village = self.address.village.value()

        def clear() -> None:
            self.identity.clear()
            self.address.clear()
            self.work.clear()
            if keep_membership:
                self.membership.clear_person()
            else:
                self.membership.reset()
            self.address.village.set_value(
                village if keep_membership else (self.default_village or village)
            )

        self.editing = None
        self._quietly(clear)
        self._reset_state()
        self.header.show_new(self.kind)
        self.draft_button.setVisible(True)
        self._set_editable(True)
        self.scroller.verticalScrollBar().setValue(0)
        self.identity.nik.edit.setFocus()

    def open_record(self, record: PersonRecord, note: str = "") -> None:
        """Show a stored registration for editing."""
        self.editing = record
        values = record.values

        def load() -> None:
            for section in self.sections:
                section.load(values)

        self._quietly(load)
        self._reset_state()
        self.scroller.verticalScrollBar().setValue(0)
        self.show_all = True
        self.header.show_record(record)
        status = Status(values["status"])
        self.draft_button.setVisible(status is Status.DRAFT)
        inactive = status is Status.INACTIVE
        self._set_editable(not inactive)
        if inactive:
            self.say(
                self.tr("This person is inactive. Reactivate them under Data updates to edit."),
                "info",
            )
        elif note:
            self.say(note, "info")
        self.validate()

    def load_uuid(self, uuid: str, note: str = "") -> None:
        """Load a registration from the store (read lane) and show it."""
        self.ctx.ops.read(
            lambda: get_person(self.ctx.store, uuid),
            lambda record: self.open_record(record, note),
        )

    def say(self, text: str, role: str = "info") -> None:
        """A message above the form (saved, refused, ...); empty text hides it."""
        self.header.say(text, role)

    # ----- validation ---------------------------------------------------------------------
    def collect(self) -> PersonInput:
        """What the form holds, as the services take it."""
        values: dict[str, object] = {}
        for section in self.sections:
            values.update(section.values())
        return PersonInput(kind=self.kind, **values)  # type: ignore[arg-type]

    def validate(self, *, draft: bool = False) -> list[Issue]:
        """Check the form now, show every finding beside its field; the blocking findings."""
        if self._timer.isActive():
            self._timer.stop()
        data = self.collect()
        _, issues = validate_person(data, today=date.today(), complete=not draft)
        editing = self.editing.uuid if self.editing else None
        names = {v.code: v.name for v in self.villages}
        issues = self.duplicates.add_to(issues, data.nik, editing, names)
        self.contribution.update_for(data)
        summary = self.contribution.summary()
        if summary != self.summary.text():
            self.summary.setText(summary)
        unreadable = self._unreadable_dates()
        self._show(issues, unreadable)
        blocking = [i for i in issues if i.is_error]
        return blocking + [Issue.error(name, "date.unreadable") for name in unreadable]

    def _unreadable_dates(self) -> list[str]:
        return [
            name
            for name, slot in self.slots().items()
            if isinstance(slot.input, DateField) and not slot.input.is_readable()
        ]

    def _show(self, issues: list[Issue], unreadable: list[str]) -> None:
        rest = show_findings(
            self.slots(),
            issues,
            lang=self.ctx.lang,
            visible=lambda name: self.show_all or name in self.touched,
            unreadable={name: self.tr("Type the date as DD-MM-YYYY") for name in unreadable},
        )
        # findings about no field of the form (rates, version...) go above it
        if rest and self.show_all:
            self.say("\n".join(i.message(self.ctx.lang) for i in rest), "error")

    def _edited(self, name: str) -> None:
        if self._quiet:
            return
        self.touched.add(name)
        self.dirty = True
        self._timer.start()

    # ----- saving -------------------------------------------------------------------------
    def save(self, *, draft: bool = False, add_another: bool = False) -> None:
        """Save what the form holds (a draft may be incomplete)."""
        if not self.save_button.isEnabled():
            return
        self.show_all = True
        blocking = self.validate(draft=draft)
        if blocking:
            self.say(self.tr("Fix the fields marked in red, then save again."), "error")
            self._focus_field(blocking[0].field)
            return
        self._submit(self.collect(), draft=draft, add_another=add_another, confirmed=False)

    def _submit(
        self, data: PersonInput, *, draft: bool, add_another: bool, confirmed: bool
    ) -> None:
        store, operator, editing = self.ctx.store, self.ctx.operator, self.editing

        def work() -> registrations.Saved:
            if editing is None:
                return registrations.register(
                    store, data, operator, draft=draft, confirm_warnings=confirmed
                )
            return registrations.edit(
                store,
                editing.uuid,
                data,
                operator,
                expected_version=editing.version,
                draft=draft,
                confirm_warnings=confirmed,
            )

        def refused(error: BaseException) -> None:
            self._refused(error, data, draft=draft, add_another=add_another)

        self._set_editable(False)
        self.ctx.ops.write(work, lambda saved: self._saved(saved, add_another), refused)

    def _saved(self, saved: registrations.Saved, add_another: bool) -> None:
        self._set_editable(True)
        self.last_changes = saved.changes
        self.ctx.signals.changed.emit(saved.changes)
        self.saved.emit(saved.uuid)
        name = self.identity.name.text().strip()
        if add_another:
            self.new(keep_membership=True)
            self.say(self.tr("Saved %1. Next person, please.").replace("%1", name), "info")
        else:
            self.load_uuid(saved.uuid, self.tr("Saved %1.").replace("%1", name))

    def _refused(
        self, error: BaseException, data: PersonInput, *, draft: bool, add_another: bool
    ) -> None:
        self._set_editable(True)
        if not isinstance(error, ValidationFailed):
            self.ctx.ops.failed.emit(error)
            return
        stale = next((i for i in error.issues if i.code == "registration.stale"), None)
        if stale is not None and self.editing is not None:
            explain_stale(self, stale.message(self.ctx.lang))
            self.load_uuid(self.editing.uuid)
            return
        if error.needs_confirmation:
            if confirm_warnings(self, error.messages(self.ctx.lang)):
                self._submit(data, draft=draft, add_another=add_another, confirmed=True)
            else:
                self.say(self.tr("Not saved. Check the points marked in amber."), "warning")
            return
        self._show(error.issues, self._unreadable_dates())
        self.say(self.tr("Not saved. Fix the fields marked in red."), "error")
        self._focus_field(error.issues[0].field)

    def open_duplicate(self) -> None:
        """Open the record holding the typed NIK (the link under the NIK, from the keyboard)."""
        for issue in self.identity.slots["nik"].message.issues:
            uuid = duplicate_uuid(issue)
            if uuid:
                self.open_person.emit(uuid)
                return

    def cancel(self) -> None:
        """Drop what was typed (asking first when something was): back to the saved record
        or to an empty form."""
        if self.dirty and not confirm_discard(self):
            return
        if self.editing is not None:
            self.load_uuid(self.editing.uuid)
        else:
            self.new()

    # ----- helpers ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in any field (fields pass it on) saves; popups and buttons handle their own.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.save()
            return
        super().keyPressEvent(event)

    def _focus_field(self, name: str) -> None:
        slot = self.slots().get(name)
        if slot is not None:
            slot.input.setFocus()
            self.scroller.ensureWidgetVisible(slot.input, 20, 60)

    def _set_editable(self, editable: bool) -> None:
        for section in self.sections:
            section.setEnabled(editable)
        for button in (self.save_button, self.another_button, self.draft_button):
            button.setEnabled(editable)

    def _reset_state(self) -> None:
        self._timer.stop()
        self.touched.clear()
        self.show_all = False
        self.dirty = False
        self.duplicates.reset()
        self.say("")
        for slot in self.slots().values():
            slot.message.show_issues([], self.ctx.lang)
            set_invalid(slot.target, False)
        self.validate()

    def _quietly(self, change: Callable[[], object]) -> None:
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
