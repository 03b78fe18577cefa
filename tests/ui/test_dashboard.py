"""Dashboard: the figures of a seeded village, the Desa Sadar checklist flipping, the charts."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, TESABELA, TODAY, official, worker
from sqlalchemy import delete, update

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.models import OutboxEntry, Registration
from desa_desktop.sync.engine import SyncReport
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.dashboard import DashboardScreen
from desa_desktop.ui.widgets.charts import count_scale

OFFICIALS = ("sekretaris_desa", "kaur", "kasi", "kepala_dusun")
OCCUPATIONS = (
    "Petani/Pekebun",
    "Nelayan/Perikanan",
    "Pedagang",
    "Peternak",
    "Sopir",
    "Wiraswasta",
    "Tukang Kayu",
    "Buruh Harian Lepas",
    "Penata Rambut",
    "Tukang Jahit",
)
NAMES = ("Agus", "Bana", "Charles", "Daud", "Elias", "Frans", "Gabriel", "Herman", "Imanuel")


def _worker(ctx: AppContext, n: int, occupation: str = "Nelayan/Perikanan") -> str:
    nik = f"5301051203850{100 + n:03d}"
    data = worker(nik=nik, name=f"{NAMES[n % len(NAMES)]} Ndun", occupation=occupation)
    return register(ctx.store, data, OPERATOR, today=TODAY).uuid


def _official(ctx: AppContext, n: int, position: str) -> str:
    data = official(
        nik=f"5301051203850{200 + n:03d}",
        name=f"{NAMES[n]} Sae",
        sex="L",
        birth_date=date(1985, 3, 12),
        position=position,
        siltap=2_500_000,
    )
    return register(ctx.store, data, OPERATOR, today=TODAY).uuid


def _announce(ctx: AppContext) -> None:
    ctx.signals.changed.emit(Changes("registration", village_codes=(BOLOK,)))


def _open(ctx: AppContext, qtbot: QtBot, village: str = BOLOK) -> DashboardScreen:
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_village(village)
    return screen


def test_an_empty_village_says_where_to_start(ctx: AppContext, qtbot: QtBot) -> None:
    screen = _open(ctx, qtbot)
    assert screen.empty.isVisible() and "village head" in screen.empty.text()
    assert not screen.months_chart.isVisible()
    assert screen.officials_card.value.text() == "0 / 5"
    assert screen.workers_card.value.text() == "0 / 100"
    assert not screen.head_check.done and "Not yet" in screen.verdict.text()


def test_figures_and_checklist_follow_registrations(ctx: AppContext, qtbot: QtBot) -> None:
    screen = _open(ctx, qtbot)
    head = register(ctx.store, official(), OPERATOR, today=TODAY).uuid
    _worker(ctx, 1)
    _worker(ctx, 2, "Petani/Pekebun")
    _announce(ctx)

    assert not screen.empty.isVisible() and screen.months_chart.isVisible()
    assert screen.officials_card.value.text() == "1 / 5"
    assert screen.officials_card.detail.text() == "4 still to register"
    assert screen.workers_card.value.text() == "2 / 100"
    assert screen.workers_card.detail.text() == "UCJ coverage 2.0%"
    assert screen.waiting_card.value.text() == "3"
    assert screen.accepted_card.value.text() == "0"
    assert screen.head_check.done and not screen.officials_check.done
    assert screen.officials_check.text.text().endswith("1 of 5")
    assert not screen.confirmed_check.done
    assert screen.status_counts[Status.READY].text() == "3"

    others = [_official(ctx, n, position) for n, position in enumerate(OFFICIALS)]
    _announce(ctx)
    assert screen.officials_check.done and screen.officials_card.detail.text() == "All registered"
    assert not screen.confirmed_check.done
    assert screen.verdict.text() == "Desa Sadar as entered here"

    # HQ accepts every official: the sync's end refreshes the dashboard
    accepted = [head, *others]
    with ctx.store.write() as session:
        session.execute(
            update(Registration)
            .where(Registration.uuid.in_(accepted))
            .values(status=Status.ACCEPTED, sync_state=SyncState.SYNCED, kpj="26090000001")
        )
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity_uuid.in_(accepted)))
    ctx.signals.sync_finished.emit(SyncReport(sent=5, accepted=5))
    assert screen.confirmed_check.done
    assert screen.verdict.text() == "Desa Sadar: confirmed by HQ"
    assert screen.accepted_card.value.text() == "5"
    assert screen.waiting_card.value.text() == "2"


def test_charts_show_months_by_kind_and_the_top_occupations(ctx: AppContext, qtbot: QtBot) -> None:
    register(ctx.store, official(), OPERATOR, today=TODAY)
    # two farmers and two fishermen, then one each of eight more occupations
    plan = [OCCUPATIONS[0], OCCUPATIONS[0], OCCUPATIONS[1], OCCUPATIONS[1], *OCCUPATIONS[2:]]
    for n, occupation in enumerate(plan):
        _worker(ctx, n, occupation)
    screen = _open(ctx, qtbot)

    months = screen.months_chart
    assert [bars.label() for bars in months.bar_sets] == ["Village officials", "Workers"]
    assert len(months.categories()) == 1  # everything was entered this month
    assert (months.counts(0), months.counts(1)) == ([1], [len(plan)])

    occupations = screen.occupation_chart
    names = occupations.categories()
    assert len(names) == 9 and names[:2] == ["Petani/Pekebun", "Nelayan/Perikanan"]
    assert names[-1] == "Other"
    assert occupations.counts() == [2, 2, 1, 1, 1, 1, 1, 1, 2]
    assert sum(occupations.counts()) == len(plan)


def test_all_villages_shows_totals_and_asks_to_pick_one(ctx: AppContext, qtbot: QtBot) -> None:
    add_village(ctx.store, TESABELA, OPERATOR, target_officials=3, target_workers=50)
    register(ctx.store, official(), OPERATOR, today=TODAY)
    screen = _open(ctx, qtbot, village="")
    assert screen.officials_card.value.text() == "1 / 8"
    assert screen.workers_card.value.text() == "0 / 150"
    assert not screen.head_check.isVisible()
    assert screen.verdict.text() == "0 of 2 villages meet the Desa Sadar criterion"
    assert "Pick a village" in screen.checklist_hint.text()
    screen.set_village(TESABELA)
    assert screen.officials_card.value.text() == "0 / 3" and screen.empty.isVisible()


def test_count_axis_has_whole_steps() -> None:
    for highest in (0, 1, 3, 7, 13, 42, 999):
        top, ticks = count_scale(highest)
        assert top > highest and (top % (ticks - 1)) == 0
