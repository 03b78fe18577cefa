"""The people table model: a valid Qt model that loads pages, never the whole store.

The 100,000-row store is a correctness check of the paging (the view walks on page by page,
in the store's order); speed belongs to the benchmarks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, STORE_KEY, TESABELA, official, worker
from sqlalchemy import insert

from desa_desktop.core.domain.choices import Kind, Role, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.services import registrations
from desa_desktop.core.services.queries import PAGE_SIZE, PersonFilter, search_people
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import Registration
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.people_model import KPJ, NAME, NIK, STATUS, WORK, PeopleTableModel
from desa_desktop.ui.settings import UiSettings

N = 100_000
NAMES = ["Yohanes Ndun", "Maria Tefa", "Ma'ruf Lopo", "Siti Nurhaliza", "Dorkas Sae", "Agus Bana"]


def test_the_model_passes_qtmodeltester(qtmodeltester: ModelTester, ctx: AppContext) -> None:
    registrations.register(ctx.store, worker(), OPERATOR)
    registrations.register(
        ctx.store,
        worker(nik="5301054508900002", name="Maria Tefa", sex="P", occupation="guru ngaji"),
        OPERATOR,
        confirm_warnings=True,
    )
    model = PeopleTableModel(ctx, Kind.WORKER)
    model.village_names = {BOLOK: "Bolok"}
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.headerData(WORK, Qt.Orientation.Horizontal) == "Occupation"
    row = model.row_of(model.rows[0].uuid)
    assert model.data(model.index(row, NAME)) == "Maria Tefa"
    assert model.data(model.index(row, WORK)) == "Ustadz/Mubaligh"  # stored by code, alias typed
    assert model.data(model.index(row, STATUS)) == "Ready"
    assert model.data(model.index(row, KPJ)) == ""
    assert model.data(model.index(row, NAME), Qt.ItemDataRole.ToolTipRole) == "Waiting to send"
    assert not model.data(model.index(row, NAME), Qt.ItemDataRole.DecorationRole).isNull()


def test_officials_show_their_position(qtmodeltester: ModelTester, ctx: AppContext) -> None:
    registrations.register(ctx.store, official(), OPERATOR)
    registrations.register(ctx.store, worker(), OPERATOR)
    model = PeopleTableModel(ctx, Kind.OFFICIAL)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.headerData(WORK, Qt.Orientation.Horizontal) == "Position"
    assert model.data(model.index(0, WORK)) == "Village head"


@pytest.fixture(scope="module")
def big_ctx(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[AppContext]:
    store: Store = open_store(Path(tmp_path_factory.mktemp("big")), STORE_KEY)
    add_village(store, BOLOK, OPERATOR)
    add_village(store, TESABELA, OPERATOR)
    rng = random.Random(20261121)
    now = datetime(2026, 11, 21, tzinfo=UTC)
    rows = []
    for n in range(N):
        name = f"{rng.choice(NAMES)} {n}"
        rows.append(
            dict(
                id=n + 1,
                uuid=f"00000000-0000-4000-8000-{n:012d}",
                kind=Kind.WORKER if n % 10 else Kind.OFFICIAL,
                status=rng.choice([Status.READY, Status.SENT, Status.ACCEPTED]),
                sync_state=rng.choice([SyncState.PENDING, SyncState.SYNCED]),
                nik=f"5301{rng.randrange(1, 100):02d}{n:010d}",
                name=name,
                name_key=name_key(name),
                village_code=BOLOK if n % 3 else TESABELA,
                occupation="11",
                version=1,
                created_at=now,
                created_by=OPERATOR,
                updated_at=now,
                updated_by=OPERATOR,
            )
        )
    with store.write() as session:
        session.execute(insert(Registration.__table__), rows)
    settings = UiSettings(language="en", setup_done=True)
    admin = Operator(OPERATOR, Role.ADMIN)
    yield AppContext(store, OpRunner(synchronous=True), AppSignals(), settings, admin)
    store.close()


def test_a_hundred_thousand_rows_load_a_page_at_a_time(qtbot: QtBot, big_ctx: AppContext) -> None:
    model = PeopleTableModel(big_ctx, Kind.WORKER)
    model.reload()
    assert model.total == N * 9 // 10
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):  # scrolling to the end asks for the next page, and only that
        view.scrollToBottom()
        qtbot.wait(10)
    assert PAGE_SIZE < model.rowCount() <= 4 * PAGE_SIZE
    while model.rowCount() < 10 * PAGE_SIZE:
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10 * PAGE_SIZE
    wanted = PersonFilter(kind=Kind.WORKER)
    expected = search_people(big_ctx.store, wanted, limit=10 * PAGE_SIZE)
    assert [r.uuid for r in model.rows] == [r.uuid for r in expected]
    assert len({r.uuid for r in model.rows}) == len(model.rows)  # no page twice


def test_a_big_store_sorts_filters_and_searches_in_sql(big_ctx: AppContext) -> None:
    model = PeopleTableModel(big_ctx, Kind.WORKER)
    model.set_village(TESABELA)
    model.sort(NIK, Qt.SortOrder.DescendingOrder)
    expected = search_people(
        big_ctx.store,
        PersonFilter(kind=Kind.WORKER, village_code=TESABELA),
        sort="nik",
        descending=True,
    )
    assert [r.uuid for r in model.rows] == [r.uuid for r in expected]
    assert model.rowCount() == PAGE_SIZE

    model.set_search("Siti", Status.ACCEPTED, SyncState.SYNCED)
    assert 0 < model.total < N
    assert all(
        r.name.startswith("Siti")
        and r.status is Status.ACCEPTED
        and r.sync_state is SyncState.SYNCED
        and r.village_code == TESABELA
        for r in model.rows
    )
    nik = model.rows[0].nik
    model.set_search(nik)  # a whole NIK finds exactly that person
    assert [r.nik for r in model.rows] == [nik] and model.total == 1
    assert not model.canFetchMore(QModelIndex())


def test_pages_arrive_from_the_read_lane_off_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    for n in range(PAGE_SIZE + 20):
        nik = f"530105120385{n + 1:04d}"
        name = f"Pekerja {chr(65 + n // 26)}{chr(97 + n % 26)}"
        registrations.register(ctx.store, worker(nik=nik, name=name), OPERATOR, draft=True)
    threaded = AppContext(ctx.store, OpRunner(), AppSignals(), ctx.settings, ctx.operator_account)
    model = PeopleTableModel(threaded, Kind.WORKER)
    loaded: list[bool] = []
    model.on_loaded = lambda: loaded.append(True)
    model.reload()
    qtbot.waitUntil(lambda: loaded == [True], timeout=5000)
    assert model.rowCount() == PAGE_SIZE and model.total == PAGE_SIZE + 20
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # while a page is on its way, no second request
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 20, timeout=5000)
    assert not model.canFetchMore(QModelIndex())
    threaded.ops.wait()
