"""The people table model: a valid Qt model that reads pages, never the whole store, and
holds only the pages near where the view looks.

The 100,000-row store is a correctness check of the paging (the rows at any place of the
list are the store's rows at that place, however the view got there); speed and memory
belong to the benchmarks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, STORE_KEY, TESABELA, official, worker
from sqlalchemy import delete, insert

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
from desa_desktop.ui.page_window import PageWindow, total_after
from desa_desktop.ui.people_model import (
    KEEP_PAGES,
    KPJ,
    NAME,
    NIK,
    READ_PAGES,
    STATUS,
    WORK,
    ListRow,
    PeopleTableModel,
)
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
    first = model.row_at(0)
    assert first is not None
    row = model.row_of(first.uuid)
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


def held(model: PeopleTableModel) -> list[ListRow]:
    return [row for _, row in model.held_rows()]


def show_view(qtbot: QtBot, model: PeopleTableModel) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.follow(view)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def wait_for_row(qtbot: QtBot, model: PeopleTableModel, row: int) -> ListRow:
    qtbot.waitUntil(lambda: model.row_at(row) is not None, timeout=10_000)
    found = model.row_at(row)
    assert found is not None
    return found


def test_a_hundred_thousand_rows_are_read_where_the_view_looks(
    qtbot: QtBot, big_ctx: AppContext
) -> None:
    model = PeopleTableModel(big_ctx, Kind.WORKER)
    model.reload()
    workers = N * 9 // 10
    assert model.loaded and model.total == model.rowCount() == workers
    assert model.held_pages() == [0] and model.pages_read == 1  # one page read, one count

    view = show_view(qtbot, model)
    wanted = PersonFilter(kind=Kind.WORKER)
    view.scrollToBottom()  # the end at once: only the pages there are read
    last = wait_for_row(qtbot, model, workers - 1)
    [expected] = search_people(big_ctx.store, wanted, offset=workers - 1, limit=1)
    assert last.uuid == expected.uuid == model.uuid_at(workers - 1)
    assert model.pages_read <= 1 + 2 * READ_PAGES

    for page in range(300, 300 + 4 * KEEP_PAGES):  # on down the middle, a page at a time
        view.scrollTo(model.index(page * PAGE_SIZE, 0))
        wait_for_row(qtbot, model, page * PAGE_SIZE)
        assert len(model.held_pages()) <= KEEP_PAGES  # the pages passed are let go
    middle = (300 + 4 * KEEP_PAGES) * PAGE_SIZE - 250
    page_rows = search_people(big_ctx.store, wanted, offset=middle, limit=PAGE_SIZE)
    assert [model.uuid_at(middle + n) for n in range(PAGE_SIZE)] == [r.uuid for r in page_rows]
    assert 0 not in model.held_pages() and model.row_at(0) is None

    view.scrollToTop()  # back up: the first page is read again
    assert wait_for_row(qtbot, model, 0).uuid == search_people(big_ctx.store, wanted)[0].uuid
    rows = [row for _, row in model.held_rows()]
    assert len({r.uuid for r in rows}) == len(rows)  # no row held twice


def test_a_refresh_reads_where_the_view_is_and_keeps_its_place(
    qtbot: QtBot, big_ctx: AppContext
) -> None:
    model = PeopleTableModel(big_ctx, Kind.WORKER)
    model.reload()
    view = show_view(qtbot, model)
    target = 40_000
    view.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    wait_for_row(qtbot, model, target)
    top = view.rowAt(0)
    reads = model.pages_read
    model.reload(keep_loaded=True)  # e.g. a save elsewhere
    assert 0 not in model.held_pages() and target // PAGE_SIZE in model.held_pages()
    assert model.pages_read - reads <= READ_PAGES
    assert view.rowAt(0) == top and model.total == N * 9 // 10
    model.reload()  # another list: from its first page
    assert model.held_pages() == [0]


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
    assert [r.uuid for r in held(model)] == [r.uuid for r in expected]
    assert model.held_pages() == [0] and model.rowCount() > PAGE_SIZE

    model.set_search("Siti", Status.ACCEPTED, SyncState.SYNCED)
    assert 0 < model.total < N
    assert all(
        r.name.startswith("Siti")
        and r.status is Status.ACCEPTED
        and r.sync_state is SyncState.SYNCED
        and r.village_code == TESABELA
        for r in held(model)
    )
    nik = held(model)[0].nik
    model.set_search(nik)  # a whole NIK finds exactly that person
    assert [r.nik for r in held(model)] == [nik] and model.total == model.rowCount() == 1


def test_the_rows_show_before_the_count_and_come_from_the_read_lane(
    qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext
) -> None:
    names = [f"Pekerja {chr(65 + n // 26)}{chr(97 + n % 26)}" for n in range(3 * PAGE_SIZE + 20)]
    for n, name in enumerate(names):
        nik = f"530105120385{n + 1:04d}"
        registrations.register(ctx.store, worker(nik=nik, name=name), OPERATOR, draft=True)
    threaded = AppContext(ctx.store, OpRunner(), AppSignals(), ctx.settings, ctx.operator_account)
    model = PeopleTableModel(threaded, Kind.WORKER)
    qtmodeltester.check(model)  # and it keeps checking: the reset, then the rows counted in
    loaded: list[int] = []
    model.on_loaded = lambda: loaded.append(model.total)
    model.reload()
    qtbot.waitUntil(lambda: loaded == [3 * PAGE_SIZE + 20], timeout=5000)
    assert model.rowCount() == 3 * PAGE_SIZE + 20 and model.held_pages() == [0]
    view = show_view(qtbot, model)
    view.scrollToBottom()
    last = wait_for_row(qtbot, model, model.total - 1)
    assert last.name == names[-1] and loaded == [3 * PAGE_SIZE + 20]
    threaded.ops.wait()


def test_a_list_that_changed_under_the_view_is_counted_again(qtbot: QtBot, ctx: AppContext) -> None:
    for n in range(2 * PAGE_SIZE + 10):
        registrations.register(ctx.store, worker(nik=f"530105120385{n + 1:04d}"), OPERATOR)
    model = PeopleTableModel(ctx, Kind.WORKER)
    model.reload()
    assert model.total == 2 * PAGE_SIZE + 10
    with ctx.store.write() as session:  # e.g. a sync in the background, no signal yet
        session.execute(delete(Registration).where(Registration.nik > "5301051203850150"))
    view = show_view(qtbot, model)
    view.scrollToBottom()  # the last page read is short: the list is counted again
    qtbot.waitUntil(lambda: model.total == 150, timeout=5000)
    assert model.rowCount() == 150 and wait_for_row(qtbot, model, 149).nik.endswith("0150")


def test_a_page_window_keeps_the_pages_near_the_view() -> None:
    window: PageWindow[int] = PageWindow(page_size=10, keep=4, read_pages=2)
    window.look(5, 5)
    assert window.row(55) is None and window.missed == {5}
    assert window.next_read() == (5, 2)  # the page shown and the next
    window.look(9, 9)  # a jump while the read is under way
    assert window.next_read() is None  # one read at a time
    window.landed(5, list(range(50, 70)))
    assert window.row(55) == 55 and window.pages.keys() == {5, 6}
    assert window.next_read() == (9, 2)  # where the view went meanwhile, not page 5
    window.landed(9, list(range(90, 100)))  # a short read: the list ends there
    window.look(4, 4)  # scrolling up from 5: the pages above are read
    assert window.next_read() == (3, 2)
    window.landed(3, list(range(30, 50)))
    assert sorted(window.pages) == [3, 4, 5, 6]  # page 9, farthest from 4, let go
    window.look(3, 4)
    assert window.missed == set() and window.next_read() is None
    window.cut(42)
    assert sorted(window.pages) == [3, 4] and window.row(41) == 41 and window.row(42) is None
    assert [n for n, _ in window.held()] == list(range(30, 42))
    assert total_after(500, 4, 2, 10, 20) == 500  # a full read: the count stands
    assert total_after(500, 4, 2, 10, 13) == 53  # a short one: the list ends there
    assert total_after(50, 4, 2, 10, 20) == 60  # more than counted came meanwhile
