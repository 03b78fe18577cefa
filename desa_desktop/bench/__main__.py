"""``python -m desa_desktop.bench [--quick] [--json FILE] [--only NAME ...] [--keep]``"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from desa_desktop.bench import app, store, sync
from desa_desktop.bench.runner import Figure, Sizes, as_dict, run_all, table, write_json

FAMILIES = ("push", "devices", "pull", "store", "app")


def _families(sizes: Sizes, work: Path, only: set[str]) -> list[Figure]:
    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    chosen = [
        (name, family)
        for name, family in (
            ("push", sync.push_figures),
            ("devices", sync.many_devices_figures),
            ("pull", sync.pull_figures),
        )
        if name in only
    ]
    figures = run_all(chosen, sizes, work, say)
    if only & {"store", "app"}:
        say(f"[bench] seeding a store with {sizes.stored:,} registrations ...")
        stored = store.stored_store(sizes, work)
        data_dir = stored.path.parent
        if "store" in only:
            figures += run_all(
                [("store", lambda s, w: store.store_figures(s, w, stored))], sizes, work, say
            )
        stored.close()
        if "app" in only:
            figures += run_all(
                [("app", lambda s, w: app.app_figures(s, w, data_dir))], sizes, work, say
            )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desa_desktop.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, under 2 minutes")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--only", nargs="+", choices=FAMILIES, help="run only these families")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    sizes = Sizes.quick() if args.quick else Sizes()
    mode = "quick" if args.quick else "full"
    work = Path(tempfile.mkdtemp(prefix="desa-bench-"))
    started = time.monotonic()
    try:
        figures = _families(sizes, work, set(args.only or FAMILIES))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - started
    print(table(figures))
    print(f"\n{mode} mode, {seconds:.0f} s; sizes: {as_dict(sizes)}")
    if args.json:
        write_json(
            args.json, figures, mode, {"seconds": round(seconds, 1), "sizes": as_dict(sizes)}
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
