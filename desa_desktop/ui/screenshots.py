"""Render every screen to PNG with realistic demo data, for review.

    python -m desa_desktop.ui.screenshots OUT_DIR [--lang id|en] [--size 1366x768]

Builds the demo data (a sample village synced with a local HQ on 127.0.0.1) in a
temporary directory, logs the demo operator in, opens the full main window with sync and
the idle lock installed, and saves one picture per screen, the Sync screen's tabs, a person
form showing validation messages, an accepted person's form, the lock screen, the operator
dialogs; then, on an empty folder, the first operator's page, the login (with a refusal) and
the first-run setup's pages. Runs offscreen unless QT_QPA_PLATFORM says otherwise (e.g.
under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.security.accounts import Unlocked, initialize
from desa_desktop.core.services.queries import PersonFilter, search_people
from desa_desktop.demo import build_demo, login
from desa_desktop.ui.app import application, build_context, build_window
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.lock import install_lock
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.sync_controller import Connection, install_sync
from desa_desktop.ui.sync_screen import SyncScreen
from desa_desktop.ui.theme import apply_theme
from desa_desktop.ui.translations import install_translator

# Invalid on purpose, so the form shows its messages beside the fields.
BAD_INPUT = {"nik": "53010512038", "name": "Yohanes 2", "phone": "0812", "rt": "RT abc"}
ADMIN, ADMIN_PASSWORD = "Maria Ndun", "bolok-aman-2026"


def settle(app: QApplication, ctx: AppContext, seconds: float = 0.4) -> None:
    """Let background ops finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while True:
        ctx.ops.wait(10_000)
        app.processEvents()
        if time.monotonic() >= deadline:
            break
        time.sleep(0.02)
    ctx.ops.wait(10_000)
    app.processEvents()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Shooter:
    """Saves numbered pictures of widgets and remembers what failed (without stopping)."""

    def __init__(self, out_dir: Path, size: tuple[int, int]) -> None:
        self.out_dir = out_dir
        self.size = size
        self.count = 0
        self.saved: list[Path] = []
        self.failed: list[str] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        self.count += 1
        path = self.out_dir / f"{self.count:02d}-{slug(name)}.png"
        if not widget.grab().save(str(path)):
            self.failed.append(f"{name}: could not write {path}")
            return
        self.saved.append(path)
        print(f"  {path.name}")

    def attempt(self, what: str, step: Callable[[], None]) -> None:
        """Run one shot; a screen that is not ready yet is reported, the rest still run."""
        try:
            step()
        except Exception:  # the script must outlive a half-finished screen
            self.failed.append(f"{what}:\n{traceback.format_exc()}")
            print(f"  FAILED: {what}", file=sys.stderr)


def _fill_bad_input(form: object) -> None:
    slots = form.slots()  # type: ignore[attr-defined]
    for name, text in BAD_INPUT.items():
        slot = slots.get(name)
        widget = getattr(slot, "input", None)
        edit = widget if isinstance(widget, QLineEdit) else getattr(widget, "edit", None)
        if isinstance(edit, QLineEdit):
            edit.setText(text)
    form.show_all = True  # type: ignore[attr-defined]
    form.validate()  # type: ignore[attr-defined]


def shoot_window(shooter: Shooter, app: QApplication, ctx: AppContext) -> None:
    """Every screen of the main window, then the Sync tabs and the person forms."""
    window = build_window(ctx)
    controller = install_sync(window, ctx)
    lock = install_lock(window, ctx)
    window.resize(*shooter.size)
    window.show()
    deadline = time.monotonic() + 15
    while controller.connection is Connection.UNKNOWN and time.monotonic() < deadline:
        settle(app, ctx, 0.1)
    for row, entry in enumerate(window.entries):

        def show(row: int = row, name: str = entry.name) -> None:
            window.nav.setCurrentRow(row)  # builds the screen the first time
            settle(app, ctx)
            shooter.shoot(window, name.removesuffix("Screen"))

        shooter.attempt(entry.name, show)

    sync = next((s for s in window.screens if isinstance(s, SyncScreen)), None)
    if sync is not None:
        window.open(SyncScreen)
        tabs = sync.tabs
        for index in range(1, tabs.count()):

            def tab(index: int = index) -> None:
                tabs.setCurrentIndex(index)
                settle(app, ctx)
                shooter.shoot(window, f"sync-{tabs.tabText(index)}")

            shooter.attempt(f"sync tab {index}", tab)

    people = [s for s in window.screens if hasattr(s, "form") and hasattr(s, "new_person")]
    workers = next((s for s in people if getattr(s, "kind", None) is Kind.WORKER), None)
    if workers is not None:

        def invalid_form() -> None:
            window.open(type(workers))
            workers.new_person()
            settle(app, ctx, 0.2)
            _fill_bad_input(workers.form)
            settle(app, ctx)
            shooter.shoot(window, "worker-form-validation")

        def accepted_form() -> None:
            [person] = search_people(
                ctx.store, PersonFilter(kind=Kind.WORKER, status=Status.ACCEPTED), limit=1
            )
            workers.form.dirty = False  # drop the invalid example without the discard question
            ctx.signals.open_person.emit(person.uuid)
            settle(app, ctx)
            shooter.shoot(window, "worker-form-accepted")

        shooter.attempt("worker form with validation messages", invalid_form)
        shooter.attempt("accepted worker's form", accepted_form)
    shooter.attempt("operator dialogs", lambda: shoot_operator_dialogs(shooter, app, window, ctx))

    def locked() -> None:
        lock.lock()
        settle(app, ctx)
        shooter.shoot(window, "lock-screen")
        lock.unlock(ctx.operator_account)

    shooter.attempt("lock screen", locked)
    controller.stop()
    window.close()
    settle(app, ctx)


def shoot_operator_dialogs(
    shooter: Shooter, app: QApplication, window: QWidget, ctx: AppContext
) -> None:
    """The add-operator dialog with its findings, and the change-password dialog."""
    from desa_desktop.ui.widgets.operator_dialogs import AddOperatorDialog, ChangePasswordDialog

    add = AddOperatorDialog(ctx, window)
    add.show()
    add.name.setText("Yohana Bana")
    add.password.setText("pendek")
    add.again.setText("pendek2")
    add.save()
    settle(app, ctx)
    shooter.shoot(add, "operator-add-refused")
    add.reject()
    change = ChangePasswordDialog(ctx, window)
    change.show()
    settle(app, ctx)
    shooter.shoot(change, "operator-change-password")
    change.reject()


def shoot_login(shooter: Shooter, app: QApplication, folder: Path, lang: str) -> Unlocked:
    """The first operator's page on an empty folder, then the login with a refusal."""
    from desa_desktop.ui.first_operator import FirstOperatorDialog
    from desa_desktop.ui.login_dialog import LoginDialog

    ops = OpRunner(synchronous=True)
    first = FirstOperatorDialog(folder, ops, lang)
    first.show()
    app.processEvents()
    shooter.shoot(first, "first-operator")
    first.name.setText(ADMIN)
    first.password.setText(ADMIN_PASSWORD)
    first.again.setText(ADMIN_PASSWORD + "x")
    first.create_admin()
    app.processEvents()
    shooter.shoot(first, "first-operator-refused")
    first.reject()
    old = FirstOperatorDialog(folder, ops, lang, encrypt_existing=True)
    old.show()
    app.processEvents()
    shooter.shoot(old, "first-operator-encrypting-old-data")
    old.reject()
    initialize(folder, ADMIN, ADMIN_PASSWORD).store.close()
    dialog = LoginDialog(folder, ops, lang)
    dialog.show()
    app.processEvents()
    shooter.shoot(dialog, "login")
    dialog.form.name.setText(ADMIN)
    dialog.form.password.setText("bukan-sandinya")
    dialog.form.submit()
    app.processEvents()
    shooter.shoot(dialog, "login-refused")
    dialog.form.password.setText(ADMIN_PASSWORD)
    dialog.form.submit()
    if dialog.unlocked is None:
        raise RuntimeError("the login did not open the store")
    return dialog.unlocked


def shoot_setup(shooter: Shooter, app: QApplication, folder: Path, lang: str) -> None:
    """The login pages, then the first-run setup's pages, on an empty folder."""
    from desa_desktop.ui.setup_wizard import SetupWizard

    ctx = build_context(shoot_login(shooter, app, folder, lang))
    ctx.settings.language = lang
    try:
        wizard = SetupWizard(ctx)
        wizard.show()
        settle(app, ctx)
        shooter.shoot(wizard, "setup-1-welcome")
        wizard.next()
        picker = wizard.villages.form.picker
        picker.search_box.setText("Bolok")
        picker.run_search()
        settle(app, ctx)
        shooter.shoot(wizard, "setup-2-village-search")
        picker.pick("53.01.05.2010")
        wizard.villages.form.officials.setValue(9)
        wizard.villages.form.workers.setValue(120)
        wizard.villages.add_current()
        settle(app, ctx)
        shooter.shoot(wizard, "setup-3-village-added")
        wizard.next()
        settle(app, ctx)
        shooter.shoot(wizard, "setup-4-hq")
        wizard.button(QWizard.WizardButton.CancelButton).click()
        settle(app, ctx)
    finally:
        ctx.ops.wait()
        ctx.store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(args.out_dir, (width, height))

    app = application()
    translators = install_translator(app, args.lang)
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="desa-shots-") as temp:
        print("building demo data (a local HQ on 127.0.0.1)...")
        demo = build_demo(Path(temp) / "demo")
        try:
            ctx = build_context(login(demo.data_dir))
            ctx.settings.language = args.lang
            try:
                shooter.attempt("main window", lambda: shoot_window(shooter, app, ctx))
            finally:
                ctx.ops.wait()
                ctx.store.close()
        finally:
            demo.stop()
        shooter.attempt("setup", lambda: shoot_setup(shooter, app, Path(temp) / "setup", args.lang))
    del translators
    print(f"{len(shooter.saved)} pictures in {args.out_dir}")
    for failure in shooter.failed:
        print(f"\nFAILED {failure}", file=sys.stderr)
    return 1 if shooter.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
