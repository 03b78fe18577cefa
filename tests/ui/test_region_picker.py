"""The region picker: the cascade walks the Kemendagri list; the search jumps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desa_desktop.ui.widgets.region_picker import RegionPicker, search


def _picker(qtbot: QtBot) -> RegionPicker:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_cascade_fills_each_level_from_the_one_above(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    assert picker.province.count() > 38 and not picker.regency.isEnabled()
    chosen: list[str] = []
    picker.village_changed.connect(chosen.append)
    picker.province.setCurrentIndex(picker.province.findData("53"))
    assert picker.regency.isEnabled() and picker.regency.findText("Kabupaten Kupang") > 0
    picker.regency.setCurrentIndex(picker.regency.findData("53.01"))
    picker.district.setCurrentIndex(picker.district.findData("53.01.05"))
    picker.village.setCurrentIndex(picker.village.findText("Bolok"))
    assert picker.village_code() == "53.01.05.2010" and chosen[-1] == "53.01.05.2010"
    # Choosing another province clears everything below it.
    picker.province.setCurrentIndex(picker.province.findData("51"))
    assert picker.village_code() is None and chosen[-1] == ""
    assert not picker.village.isEnabled() and picker.district.count() == 1


def test_search_by_name_then_enter_jumps_the_cascade(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search_box, "Tesabela")
    qtbot.waitUntil(lambda: picker.results.isVisible(), timeout=3000)
    assert picker.results_codes()[0] == "53.01.05.2006"
    qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    assert picker.village_code() == "53.01.05.2006"
    assert picker.district.currentText() == "Kupang Barat"
    assert picker.regency.currentText() == "Kabupaten Kupang"
    assert not picker.results.isVisible() and picker.search_box.text() == ""


def test_search_by_code_and_by_area(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    picker.search_box.setText("5301052010")
    picker.run_search()
    assert picker.results_codes() == ["53.01.05.2010"]
    picker.search_box.setText("Kupang Barat")
    picker.run_search()
    assert "53.01.05" in picker.results_codes()
    # Down walks into the results, Enter picks the highlighted one: a district, not a village.
    qtbot.keyClick(picker.search_box, Qt.Key.Key_Down)
    row = picker.results_codes().index("53.01.05")
    picker.results.setCurrentRow(row)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.area_code() == "53.01.05" and picker.village_code() is None
    assert picker.village.isEnabled() and picker.village.findText("Bolok") > 0


def test_villages_are_searched_inside_the_chosen_area_first(qtbot: QtBot) -> None:
    everywhere = search("Sumber")
    inside = search("Oenesu", within="53.01.05")
    assert len(everywhere) > 5
    assert [r.code for r in inside if r.level == 4] == ["53.01.05.1001"]
    assert search("zzqx") == [] and search("ab") == []


def test_unknown_text_says_so(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    picker.search_box.setText("Qwertyuiop")
    picker.run_search()
    assert not picker.results.isVisible() and picker.no_results.isVisible()
    assert picker.set_code("99.99") is False
