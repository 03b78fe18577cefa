"""The installable build: the PyInstaller build smoke-run end to end (opt-in), and its parts.

The end-to-end test builds ``build.spec`` and runs the built program; it takes about a
minute and needs PyInstaller (``pip install -e '.[build]'``), so it runs only when
``DESA_BUILD_SMOKE=1``. The other tests check the launcher, the GUI self-check, the icon
and the folder check from the sources, quickly, in every run.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desa_desktop.core.security.accounts import unlock
from desa_desktop.core.store.migrate import current_revision, head_revision
from desa_desktop.packaging import launch
from desa_desktop.packaging.build import REQUIRED, _offers, check_contents, program_path
from desa_desktop.resources import resource_path
from desa_desktop.ui.screens import SCREENS

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


OPERATOR = {"DESA_OPERATOR": "Smoke Test", "DESA_PASSWORD": "smoke-test-password"}


def _schema(data_dir: Path) -> str:
    unlocked = unlock(data_dir, OPERATOR["DESA_OPERATOR"], OPERATOR["DESA_PASSWORD"])
    unlocked.store.close()
    return current_revision(unlocked.store.path, unlocked.store.key) or ""


def _ico_images(data: bytes) -> list[tuple[int, bytes]]:
    """(size in px, PNG bytes) for each picture of an .ico file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    images = []
    for n in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n
        )
        assert width == height and planes == 1 and bits == 32
        images.append((width or 256, data[offset : offset + length]))
    return images


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("DESA_BUILD_SMOKE") != "1",
    reason="builds the PyInstaller program (about a minute, needs the 'build' extra): "
    "set DESA_BUILD_SMOKE=1 to run",
)
def test_pyinstaller_build_starts_on_a_fresh_data_dir(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = [sys.executable, "-m", "desa_desktop.packaging.build"]
    done = subprocess.run(
        [*build, "--dist", str(dist), "--work", str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    assert f"migrated to schema {head_revision()}" in done.stdout
    assert "gui ok: platform offscreen" in done.stdout
    assert "build time:" in done.stdout and "folder size:" in done.stdout
    # And once more by hand: the built program, away from the sources, on a new folder.
    program = program_path(dist)
    data = tmp_path / "another fresh dir"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DESA_"))}
    for command in (["init", "--operator", "Smoke Test"], ["info"]):
        ran = subprocess.run(
            [str(program), "--data-dir", str(data), *command],
            cwd=tmp_path,
            env={**env, **OPERATOR, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert ran.returncode == 0, ran.stderr
    assert _schema(data) == head_revision()
    assert not any("fastapi" in p.name for p in program.parent.rglob("*"))


def test_launcher_runs_the_cli_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in OPERATOR.items():
        monkeypatch.setenv(name, value)
    assert launch.main(["--data-dir", str(tmp_path), "init", "--operator", "Smoke Test"]) == 0
    assert launch.main(["--data-dir", str(tmp_path), "info"]) == 0
    assert f"schema:         {head_revision()}" in capsys.readouterr().out
    assert _schema(tmp_path) == head_revision()
    with pytest.raises(SystemExit) as version:
        launch.main(["--version"])
    assert version.value.code == 0


def test_launcher_finds_the_data_dir_argument() -> None:
    assert launch._data_dir_arg(["--data-dir", "x y", "info"]) == "x y"
    assert launch._data_dir_arg(["--lang", "en", "--data-dir=z"]) == "z"
    assert launch._data_dir_arg(["info"]) is None


def test_gui_check_builds_the_window_from_the_sources(tmp_path: Path) -> None:
    env = {**os.environ, **OPERATOR, "QT_QPA_PLATFORM": "offscreen", launch.GUI_CHECK_ENV: "1"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "desa_desktop.packaging.launch", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "gui ok: platform offscreen" in done.stdout
    # Screens are built on first open: the check must have opened every one of them.
    assert f"{len(SCREENS)} screens" in done.stdout
    assert "Indonesian translation" in done.stdout
    assert _schema(tmp_path) == head_revision()


def test_shipped_windows_icon_holds_every_size() -> None:
    images = _ico_images(resource_path("icons", "app.ico").read_bytes())
    assert [size for size, _ in images] == [16, 24, 32, 48, 64, 128, 256]
    for size, png in images:
        assert png.startswith(PNG_SIGNATURE)
        assert struct.unpack(">II", png[16:24]) == (size, size)  # the PNG header's own size


def test_icon_is_rendered_from_the_svg(qapp: object) -> None:
    from PySide6.QtGui import QColor, QImage

    from desa_desktop.packaging.icon import ico_bytes

    images = _ico_images(ico_bytes(resource_path("icons", "app.svg"), (16, 256)))
    assert [size for size, _ in images] == [16, 256]
    big = QImage.fromData(images[1][1])
    assert big.width() == 256
    assert big.pixelColor(128, 40) == QColor("#0b6e4f")  # the shield's green
    assert big.pixelColor(2, 2).alpha() == 0  # transparent corners


def test_folder_check_names_what_is_missing_and_what_was_left_in(tmp_path: Path) -> None:
    present = {
        "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "_internal/PySide6/Qt/plugins/platforms/qwindows.dll",
        "_internal/PySide6/Qt/plugins/imageformats/qsvg.dll",
        "_internal/PySide6/Qt6Charts.dll",
        "_internal/desa_desktop/core/store/migrations/env.py",
        "_internal/desa_desktop/core/store/migrations/script.py.mako",
        "_internal/desa_desktop/core/store/migrations/versions/0001_initial_schema.py",
        "_internal/desa_desktop/resources/rates/rates.json",
        "_internal/desa_desktop/resources/occupations.csv",
        "_internal/desa_desktop/resources/theme.qss",
        "_internal/desa_desktop/resources/translations/desa_id.qm",
        "_internal/desa_desktop/resources/icons/app.svg",
        "_internal/lokal/data/wilayah.json.gz",
        "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "_internal/uvicorn/__init__.pyc",
    }
    for name in present:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert sorted(check_contents(tmp_path)) == [
        f"missing: SVG icon plugin ({REQUIRED['SVG icon plugin']})",
        "should have been left out: _internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "should have been left out: _internal/uvicorn/__init__.pyc",
    ]


def test_smoke_runs_the_file_commands_the_help_lists() -> None:
    from desa_desktop.cli import _parser

    help_text = _parser().format_help()
    assert _offers(help_text, "info") and _offers(help_text, "village-add")
    assert not _offers(help_text, "vill") and not _offers(help_text, "COMMAND")
    assert not _offers("                  the app runs\n", "the")
