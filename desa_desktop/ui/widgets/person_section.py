"""The shared shape of a person-form section: labelled inputs, each with its findings under it.

A section knows its fields by the core's field names ("nik", "income", ...), so findings
from :func:`~desa_desktop.core.services.validation.validate_person` land beside the input
they are about without any mapping table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desa_desktop.core.domain.issues import Issue
from desa_desktop.ui.widgets.field_messages import FieldMessage, set_invalid, with_message

CAPTION_WIDTH = 150


@dataclass
class FieldSlot:
    """One field: the input that takes focus and the label that shows its findings."""

    name: str
    input: QWidget
    message: FieldMessage
    target: QWidget  # what draws the red border: the input, or the line edit inside it


def watch(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the value of a standard input changes."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: callback())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: callback())
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(lambda _on: callback())
    elif isinstance(proxy := widget.focusProxy(), QLineEdit):
        watch(proxy, callback)  # a composite such as the occupation picker
    else:
        raise TypeError(f"cannot watch {type(widget).__name__}")


def show_findings(
    slots: Mapping[str, FieldSlot],
    issues: list[Issue],
    *,
    lang: str,
    visible: Callable[[str], bool],
    unreadable: Mapping[str, str],
) -> list[Issue]:
    """Show each finding under its field (only for fields ``visible`` says the user has
    reached) and mark inputs with errors; returns the findings about no field here.

    ``unreadable`` maps a field whose typed text could not be read to the form's own message;
    it replaces the core's findings there (they judged an empty value, not the text).
    """
    by_field: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        by_field[issue.field].append(issue)
    for name, slot in slots.items():
        found = by_field.pop(name, [])
        extra = [unreadable[name]] if name in unreadable else []
        if extra:
            found = []
        if not visible(name):
            found, extra = [], []
        slot.message.show_issues(found, lang, extra)
        set_invalid(slot.target, slot.message.has_error)
    return [issue for rest in by_field.values() for issue in rest]


class FieldSection(QGroupBox):
    """A titled group of fields. Subclasses add fields and read/write their values."""

    open_person = Signal(str)  # a finding's link asked to open this record

    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.lang = lang
        # A grid, not a QFormLayout: findings wrap over several lines, and QFormLayout gives
        # such height-for-width rows too little room (the next row overlapped them).
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 16, 12, 10)
        self.grid.setVerticalSpacing(6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.slots: dict[str, FieldSlot] = {}
        # Told the core field name whose input changed. A plain callback, not a Signal: it
        # fires on every keystroke, and PySide6 6.12.0 on CPython 3.11 drops a reference to
        # True on each Signal.emit() made from Python (measured), so hot paths avoid emit().
        self.on_edited: Callable[[str], None] = lambda _name: None

    def slot(self, name: str, input_widget: QWidget, *, shown: QWidget | None = None) -> QWidget:
        """Register ``input_widget`` as field ``name``; returns the cell to lay out: the input
        (or ``shown``, a composite holding it) with the field's findings under it."""
        return with_message(shown or input_widget, self.register(name, input_widget))

    def register(self, name: str, input_widget: QWidget) -> FieldMessage:
        """Register ``input_widget`` as field ``name``; returns the label for its findings,
        for sections that lay several small fields out on one row."""
        message = FieldMessage()
        message.open_person.connect(self.open_person)
        # Looked up once: PySide6 6.12 on CPython 3.11 drops a reference to None each time a
        # call returns None (a widget without focus proxy), so per-keystroke paths avoid it.
        target = input_widget.focusProxy() or input_widget
        set_invalid(target, False)
        self.slots[name] = FieldSlot(name, input_widget, message, target)
        watch(input_widget, lambda: self.on_edited(name))
        return message

    def add(
        self, name: str, label: str, input_widget: QWidget, *, shown: QWidget | None = None
    ) -> None:
        """A labelled row for field ``name`` (see :meth:`slot`)."""
        self.add_row(self.caption(label, input_widget), self.slot(name, input_widget, shown=shown))

    def add_row(self, caption: QLabel, cell: QWidget) -> None:
        """A caption and its cell as the next row."""
        row = self.grid.rowCount()
        self.grid.addWidget(
            caption, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.grid.addWidget(cell, row, 1)

    @staticmethod
    def caption(text: str, buddy: QWidget) -> QLabel:
        """A row's label, as wide in every section so the inputs line up, level with the
        input's text (the findings under the input must not pull it down)."""
        caption = QLabel(text)
        caption.setBuddy(buddy)
        caption.setMinimumWidth(CAPTION_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setMinimumHeight(buddy.sizeHint().height())
        return caption

    def values(self) -> dict[str, Any]:
        """The typed values, keyed by :class:`PersonInput` field names."""
        raise NotImplementedError

    def load(self, values: Mapping[str, Any]) -> None:
        """Show a stored record's values (column names as in the store)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty every field."""
        raise NotImplementedError
