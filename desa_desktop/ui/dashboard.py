"""The dashboard: how far the village is, its Desa Sadar checklist, and two charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import Status, label
from desa_desktop.core.services.reports import (
    CoverageTotals,
    MonthCount,
    OccupationCount,
    all_coverage,
    registrations_by_month,
    status_counts,
    totals_of,
    waiting_to_send,
    workers_by_occupation,
)
from desa_desktop.core.services.villages import Coverage, VillageRow, list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.print_menu import print_menu
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.widgets.charts import AMBER, GREEN, BarChart, StatCard
from desa_desktop.ui.widgets.session_fields import repolish

TOP_OCCUPATIONS = 8
# In the order a registration lives through them, then its end.
STATUS_ORDER = (
    Status.DRAFT,
    Status.READY,
    Status.SENT,
    Status.ACCEPTED,
    Status.REJECTED,
    Status.INACTIVE,
)


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, read in one op (plain values only)."""

    village: VillageRow | None  # None: all villages
    coverage: Coverage | None  # the village's; None for all villages
    totals: CoverageTotals
    waiting: int
    statuses: dict[Status, int]
    months: list[MonthCount]
    occupations: list[OccupationCount]

    @property
    def registered(self) -> int:
        return sum(self.statuses[s] for s in (Status.READY, Status.SENT, Status.ACCEPTED))


def load_dashboard(store: Store, code: str, utc_offset: timedelta) -> DashboardData:
    """Read the dashboard's figures for one village ("" for every village)."""
    village = next((v for v in list_villages(store) if v.code == code), None) if code else None
    wanted = village.code if village else None
    each = all_coverage(store)  # the village's own coverage is one of them: counted once
    return DashboardData(
        village=village,
        coverage=next((c for c in each if c.village_code == wanted), None),
        totals=totals_of(each),
        waiting=waiting_to_send(store, wanted),
        statuses=status_counts(store, wanted),
        months=registrations_by_month(store, wanted, utc_offset=utc_offset),
        occupations=workers_by_occupation(store, wanted, top=TOP_OCCUPATIONS),
    )


class CheckItem(QWidget):
    """One line of the checklist: a tick or a cross, and what it checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.mark = QLabel()
        self.mark.setFixedWidth(22)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.mark)
        row.addWidget(self.text, 1)

    def show_check(self, done: bool, text: str) -> None:
        self.done = done
        self.mark.setText("\u2714" if done else "\u2718")  # heavy tick / heavy ballot X
        self.mark.setStyleSheet(
            f"font-size: 13pt; font-weight: 700; color: {'#0b6e4f' if done else '#b42318'};"
        )
        self.text.setText(text)


class DashboardScreen(Screen):
    """Per village: officials and workers registered, what waits for HQ, the checklist, charts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._village = ctx.settings.current_village
        self._generation = 0
        self.data: DashboardData | None = None
        self.numbers = QLocale(
            QLocale.Language.Indonesian if ctx.lang == "id" else QLocale.Language.English
        )

        self.heading = QLabel(self.tr("Dashboard"))
        self.heading.setObjectName("screenTitle")
        self.place = QLabel()
        self.place.setObjectName("hint")

        self.officials_card = StatCard(self.tr("Village officials registered"))
        self.workers_card = StatCard(self.tr("Workers registered of target"))
        self.waiting_card = StatCard(self.tr("Waiting to be sent to HQ"))
        self.accepted_card = StatCard(self.tr("Accepted by HQ (with KPJ)"))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in (self.officials_card, self.workers_card, self.waiting_card):
            cards.addWidget(card)
        cards.addWidget(self.accepted_card)

        self.checklist = self._build_checklist()
        self.months_chart = BarChart(
            self.tr("Registrations per month"),
            [(self.tr("Village officials"), GREEN), (self.tr("Workers"), AMBER)],
        )
        self.occupation_chart = BarChart(
            self.tr("Workers by occupation"), [(self.tr("Workers"), GREEN)], horizontal=True
        )
        self.empty = QLabel(
            self.tr("No registrations yet: start with the village head under Village officials.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        lower = QGridLayout()
        lower.setHorizontalSpacing(12)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.checklist)
        side.addWidget(self._build_status_box())
        side.addStretch(1)
        lower.addLayout(side, 0, 0)
        lower.addWidget(self.months_chart, 0, 1)
        lower.addWidget(self.occupation_chart, 0, 2)
        lower.addWidget(self.empty, 0, 1, 1, 2)
        lower.setColumnStretch(1, 5)
        lower.setColumnStretch(2, 6)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.place)
        layout.addSpacing(6)
        layout.addLayout(cards)
        layout.addSpacing(10)
        layout.addLayout(lower, 1)
        # At 150% scaling the page can outgrow the window: scroll rather than squash.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.signals.sync_finished.connect(self._sync_finished)

    def _build_checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("Desa Sadar checklist"))
        box.setFixedWidth(330)
        self.head_check = CheckItem()
        self.officials_check = CheckItem()
        self.confirmed_check = CheckItem()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.checklist_hint = QLabel()
        self.checklist_hint.setObjectName("hint")
        self.checklist_hint.setWordWrap(True)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 18, 12, 12)
        for item in (self.head_check, self.officials_check, self.confirmed_check):
            column.addWidget(item)
        column.addSpacing(6)
        column.addWidget(self.verdict)
        column.addWidget(self.checklist_hint)
        column.addWidget(
            print_menu(self, self.ctx, coverage=lambda: self._village or None),
            0,
            Qt.AlignmentFlag.AlignLeft,
        )
        return box

    def _build_status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Registrations by status"))
        box.setFixedWidth(330)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 18, 12, 10)
        grid.setVerticalSpacing(4)
        self.status_counts: dict[Status, QLabel] = {}
        for row, status in enumerate(STATUS_ORDER):
            grid.addWidget(QLabel(label(status.value, self.ctx.lang)), row, 0)
            count = QLabel("-")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setStyleSheet("font-weight: 600;")
            grid.addWidget(count, row, 1)
            self.status_counts[status] = count
        return box

    def set_village(self, code: str) -> None:
        self._village = code
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, code, store = self._generation, self._village, self.ctx.store
        offset = datetime.now().astimezone().utcoffset() or timedelta(0)
        self.ctx.ops.read(
            lambda: load_dashboard(store, code, offset),
            lambda data: self._show(generation, data),
        )

    def _sync_finished(self, _report: object) -> None:
        if self.isVisible():
            self.refresh()

    def _show(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way (the village changed meanwhile)
        self.data = data
        if data.village is not None:
            parts = [f"{data.village.name} ({data.village.code})"]
            parts += [p for p in (data.village.district, data.village.regency) if p]
            self.place.setText(" \u00b7 ".join(parts))
        else:
            self.place.setText(
                self.tr("All villages this laptop serves: %1").replace(
                    "%1", self.numbers.toString(data.totals.villages)
                )
            )
        self._show_cards(data)
        self._show_checklist(data)
        for status, count in self.status_counts.items():
            count.setText(self._number(data.statuses[status]))
        self._show_charts(data)

    def _number(self, value: int) -> str:
        return self.numbers.toString(value)

    def _percent(self, value: float | None) -> str:
        return "-" if value is None else self.numbers.toString(value, "f", 1) + "%"

    def _show_cards(self, data: DashboardData) -> None:
        if data.coverage is not None:
            c = data.coverage
            officials = (c.officials_registered, c.officials_target)
            workers = (c.workers_registered, c.workers_target, c.workers_percent)
        else:
            t = data.totals
            officials = (t.officials_registered, t.officials_target)
            workers = (t.workers_registered, t.workers_target, t.workers_percent)
        missing = max(0, officials[1] - officials[0])
        if officials[1] <= 0:
            detail, role = self.tr("Number of officials not set"), "warning"
        elif missing:
            detail = self.tr("%1 still to register").replace("%1", self._number(missing))
            role = "warning"
        else:
            detail, role = self.tr("All registered"), "info"
        self.officials_card.show_figure(
            f"{self._number(officials[0])} / {self._number(officials[1])}", detail, role
        )
        self.workers_card.show_figure(
            f"{self._number(workers[0])} / {self._number(workers[1])}",
            self.tr("UCJ coverage %1").replace("%1", self._percent(workers[2])),
        )
        self.waiting_card.show_figure(
            self._number(data.waiting),
            self.tr("Send them from the Sync screen")
            if data.waiting
            else self.tr("Nothing waiting"),
            "warning" if data.waiting else "info",
        )
        rejected = data.statuses[Status.REJECTED]
        self.accepted_card.show_figure(
            self._number(data.statuses[Status.ACCEPTED]),
            self.tr("%1 rejected: fix them under Sync").replace("%1", self._number(rejected))
            if rejected
            else self.tr("of %1 registered").replace("%1", self._number(data.registered)),
            "error" if rejected else "info",
        )

    def _show_checklist(self, data: DashboardData) -> None:
        c = data.coverage
        per_village = c is not None
        for item in (self.head_check, self.officials_check, self.confirmed_check):
            item.setVisible(per_village)
        if c is None:
            self._set_verdict(
                self.tr("%1 of %2 villages meet the Desa Sadar criterion")
                .replace("%1", self._number(data.totals.villages_desa_sadar))
                .replace("%2", self._number(data.totals.villages)),
                data.totals.villages > 0
                and data.totals.villages_desa_sadar == data.totals.villages,
            )
            self.checklist_hint.setText(self.tr("Pick a village at the top to see its checklist."))
            return
        self.head_check.show_check(c.head_registered, self.tr("Village head registered"))
        self.officials_check.show_check(
            c.desa_sadar,
            self.tr("Every village official registered: %1 of %2")
            .replace("%1", self._number(c.officials_registered))
            .replace("%2", self._number(c.officials_target)),
        )
        self.confirmed_check.show_check(
            c.desa_sadar_confirmed, self.tr("Confirmed by HQ: head and every official accepted")
        )
        if c.desa_sadar_confirmed:
            self._set_verdict(self.tr("Desa Sadar: confirmed by HQ"), True)
            hint = ""
        elif c.desa_sadar:
            self._set_verdict(self.tr("Desa Sadar as entered here"), True)
            hint = self.tr("Waiting for HQ to accept every official's registration.")
        else:
            self._set_verdict(self.tr("Not yet a Desa Sadar village"), False)
            hint = (
                self.tr("Set the number of village officials under Settings.")
                if c.officials_target <= 0
                else self.tr(
                    "Register the village head and every official under Village officials."
                )
            )
        self.checklist_hint.setText(hint)

    def _set_verdict(self, text: str, good: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("role", "info" if good else "warning")
        self.verdict.setStyleSheet("font-weight: 600;")
        repolish(self.verdict)

    def _show_charts(self, data: DashboardData) -> None:
        empty = not data.months and not data.occupations
        self.empty.setVisible(empty)
        self.months_chart.setVisible(not empty)
        self.occupation_chart.setVisible(not empty)
        if empty:
            return
        months = [m.month for m in data.months]
        self.months_chart.show_counts(
            [self.numbers.toString(QDate(m.year, m.month, 1), "MMM") for m in months],
            [[m.officials for m in data.months], [m.workers for m in data.months]],
            # month names alone stay readable in a narrow chart; the years go below them
            "-".join(sorted({str(m.year) for m in months})),
        )
        self.occupation_chart.show_counts(
            [o.name or self.tr("Other") for o in data.occupations],
            [[o.workers for o in data.occupations]],
        )
