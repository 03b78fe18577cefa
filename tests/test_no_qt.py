"""The core never needs Qt: import everything Qt-free with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

QT_FREE = [
    "desa_desktop.cli",
    "desa_desktop.core.i18n",
    "desa_desktop.core.paths",
    "desa_desktop.core.domain.nik",
    "desa_desktop.core.domain.people",
    "desa_desktop.core.domain.regions",
    "desa_desktop.core.domain.positions",
    "desa_desktop.core.domain.occupations",
    "desa_desktop.core.domain.contributions",
    "desa_desktop.core.store.models",
    "desa_desktop.core.store.migrate",
    "desa_desktop.core.services.registrations",
    "desa_desktop.core.services.status",
    "desa_desktop.core.services.sessions",
    "desa_desktop.core.services.villages",
    "desa_desktop.core.services.queries",
    "desa_desktop.core.services.info",
    "desa_desktop.core.services.reports",
    "desa_desktop.core.services.importer",
    "desa_desktop.core.services.exporter",
    "desa_desktop.core.services.spreadsheet",
    "desa_desktop.core.store.backups",
    "desa_desktop.sync.engine",
    "desa_desktop.sync.conflicts",
    "desa_desktop.protocol.wire",
    "desa_desktop.hq.app",
    "desa_desktop.demo",
]

BLOCKER = textwrap.dedent(
    """
    import importlib, sys, tempfile
    from pathlib import Path

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt is not allowed here: {{name}}")
            return None

    sys.meta_path.insert(0, NoQt())
    for module in {modules!r}:
        importlib.import_module(module)
    # and do real work with it: open a store and run the CLI
    import os
    from desa_desktop.cli import main
    os.environ.update(DESA_OPERATOR="Admin Desa", DESA_PASSWORD="kata-sandi-admin")
    data_dir = tempfile.mkdtemp()
    assert main(["--data-dir", data_dir, "init", "--operator", "Admin Desa"]) == 0
    assert main(["--data-dir", data_dir, "info"]) == 0
    assert not any(m.startswith("PySide6") for m in sys.modules)
    print("qt-free")
    """
)


def test_core_imports_and_runs_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER.format(modules=QT_FREE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("qt-free")
