"""Showing figures: QtCharts bar charts in the app's colours, and the figure cards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

GREEN = QColor("#0b6e4f")
AMBER = QColor("#d99a1e")
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
GRID = QColor("#e3e9e5")


class BarChart(QChartView):
    """A bar chart of counts whose bar sets are fixed at birth and refilled on every refresh.

    Series and axes live as long as the view (re-creating them on each refresh leaves
    stale axis labels behind in QtCharts); ``show_counts`` replaces categories and values.
    ``horizontal`` charts list their first category on top and print each value at the
    end of its bar.
    """

    def __init__(
        self,
        title: str,
        sets: Sequence[tuple[str, QColor]],
        *,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.horizontal = horizontal
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setPointSize(11)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(INK)
        chart.setBackgroundRoundness(8)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(len(sets) > 1)
        self.series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.bar_sets: list[QBarSet] = []
        for name, colour in sets:
            bars = QBarSet(name)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.setLabelColor(INK)
            self.series.append(bars)
            self.bar_sets.append(bars)
        chart.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.setGridLineVisible(False)
        self.category_axis.setLabelsColor(INK)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setGridLineColor(GRID)
        self.count_axis.setLabelsColor(MUTED)
        category_side, count_side = (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        if horizontal:
            category_side, count_side = count_side, category_side
            self.series.setLabelsVisible(True)
            self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            self.series.setLabelsFormat("@value")
        chart.addAxis(self.category_axis, category_side)
        chart.addAxis(self.count_axis, count_side)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.count_axis)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 260)

    def show_counts(
        self, categories: Sequence[str], values: Sequence[Sequence[int]], axis_title: str = ""
    ) -> None:
        """Show one value per category for each bar set (``values[set][category]``)."""
        order = list(reversed(range(len(categories)))) if self.horizontal else None
        # Qt draws a horizontal chart's first category at the bottom: reverse, to read down.
        shown = [categories[i] for i in order] if order else list(categories)
        self.category_axis.clear()
        self.category_axis.append(shown)
        self.category_axis.setTitleText(axis_title)
        self.category_axis.setTitleVisible(bool(axis_title))
        for bars, counts in zip(self.bar_sets, values, strict=True):
            bars.remove(0, bars.count())
            bars.append([float(counts[i]) for i in order] if order else [float(v) for v in counts])
        highest = max((max(v, default=0) for v in values), default=0)
        top, ticks = count_scale(highest)
        self.count_axis.setRange(0, top)
        self.count_axis.setTickCount(ticks)

    def categories(self) -> list[str]:
        """The categories as listed (top-down for a horizontal chart)."""
        shown = list(self.category_axis.categories())
        return list(reversed(shown)) if self.horizontal else shown

    def counts(self, set_index: int = 0) -> list[int]:
        """One bar set's values, in the order of :meth:`categories`."""
        bars = self.bar_sets[set_index]
        values = [int(bars.at(i)) for i in range(bars.count())]
        return list(reversed(values)) if self.horizontal else values


def count_scale(highest: int) -> tuple[int, int]:
    """An axis top and tick count for whole-number counts up to ``highest``: from 0, whole
    steps between ticks, a little room above the tallest bar."""
    top = max(4, highest + max(1, highest // 8))
    ticks = min(top, 5) + 1
    return ((top + ticks - 2) // (ticks - 1)) * (ticks - 1), ticks


class StatCard(QFrame):
    """One figure on a card: a big value, what it counts, and a line of context below."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        self.label = QLabel(label)
        self.label.setObjectName("cardLabel")
        self.label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "", role: str = "info") -> None:
        """Show ``value``, with ``detail`` coloured by ``role`` (info, warning or error)."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if self.detail.property("role") != role:
            self.detail.setProperty("role", role)
            self.detail.style().unpolish(self.detail)
            self.detail.style().polish(self.detail)
