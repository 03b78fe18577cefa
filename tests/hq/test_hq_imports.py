"""HQ stands alone: no Qt, no desktop UI, no sync client, no laptop store."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import sys, tempfile

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            top = name.split(".")[0]
            if top in ("PySide6", "shiboken6", "PyQt5", "PyQt6") or name.startswith(
                ("desa_desktop.ui", "desa_desktop.sync", "desa_desktop.core.store")
            ):
                raise ImportError(f"HQ must not import {name}")
            return None

    sys.meta_path.insert(0, Blocker())
    from desa_desktop.hq.app import create_app
    from desa_desktop.hq.cli import main

    folder = tempfile.mkdtemp()
    app = create_app(f"sqlite:///{folder}/hq.sqlite")
    assert app.openapi()["paths"]
    assert main(["--db", f"sqlite:///{folder}/hq.sqlite", "device", "add", "x"]) == 0
    print("hq-alone")
    """
)


def test_hq_imports_nothing_of_the_desktop_side() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("hq-alone")
