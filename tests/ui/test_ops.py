"""The background-op abstraction: results come back on the GUI thread; failures are never lost."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desa_desktop.ui.ops import OpRunner


def test_threaded_ops_run_off_the_gui_thread_and_report_on_it(qtbot: QtBot) -> None:
    runner = OpRunner()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    results: list[int] = []
    runner.read(
        work, lambda value: (results.append(value), seen.update(callback=threading.get_ident()))
    )
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["worker"] != gui and seen["callback"] == gui


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    runner = OpRunner()
    order: list[int] = []
    active = {"now": 0, "max": 0}

    def make(n: int):  # type: ignore[no-untyped-def]
        def work() -> int:
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
            threading.Event().wait(0.01)
            active["now"] -= 1
            return n

        return work

    for n in range(8):
        runner.write(make(n), order.append)
    qtbot.waitUntil(lambda: len(order) == 8, timeout=5000)
    assert order == list(range(8)) and active["max"] == 1


def test_an_unhandled_failure_is_reported(qtbot: QtBot) -> None:
    runner = OpRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as caught:
        runner.read(lambda: 1 / 0)
    assert isinstance(caught.args[0], ZeroDivisionError)
    progress: list[tuple[int, int]] = []
    done: list[str] = []

    def sync_like(report) -> str:  # type: ignore[no-untyped-def]
        report(1, 2)
        report(2, 2)
        return "ok"

    runner.network(sync_like, done.append, on_progress=lambda a, b: progress.append((a, b)))
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert progress == [(1, 2), (2, 2)]


def test_synchronous_mode_runs_inline_for_tests() -> None:
    runner = OpRunner(synchronous=True)
    out: list[int] = []
    errors: list[BaseException] = []
    runner.write(lambda: 5, out.append)
    runner.write(lambda: 1 / 0, out.append, errors.append)
    assert out == [5] and isinstance(errors[0], ZeroDivisionError)
