"""The frozen program's entry point: the ``desa-desktop`` command line, plus a GUI self-check.

PyInstaller freezes this file (see ``build.spec``), so the built program accepts exactly the
commands of :func:`desa_desktop.cli.main`. One addition, for the build's smoke run only: with
the environment variable ``DESA_DESKTOP_GUI_CHECK=1`` the program builds the main window
(offscreen when ``QT_QPA_PLATFORM=offscreen``) on the data directory from ``--data-dir`` or
``DESA_DATA_DIR``, checks what a packaging mistake would break, and exits instead of waiting
for the user. Qt is imported only for that check or for the window itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

GUI_CHECK_ENV = "DESA_DESKTOP_GUI_CHECK"


def _data_dir_arg(argv: Sequence[str]) -> str | None:
    """The value of ``--data-dir`` in ``argv`` (both ``--data-dir X`` and ``--data-dir=X``)."""
    for n, arg in enumerate(argv):
        if arg == "--data-dir" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or, when asked through the environment, the GUI self-check)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get(GUI_CHECK_ENV) == "1":
        from desa_desktop.core.paths import resolve_data_dir
        from desa_desktop.packaging.gui_check import check_gui

        return check_gui(resolve_data_dir(_data_dir_arg(args)))
    from desa_desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
