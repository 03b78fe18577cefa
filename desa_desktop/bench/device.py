"""One device of the many-devices scenario, as its own process (its own interpreter and
GIL, like a real laptop): open the store, say ready, wait for the start signal, sync once,
write what happened as JSON.

``python -m desa_desktop.bench.device DATA_DIR GO_FILE OUT_FILE``
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from desa_desktop.bench.seed import BENCH_KEY
from desa_desktop.core.store.migrate import open_store
from desa_desktop.sync.engine import sync_once

WAIT_LIMIT = 120.0


def main(argv: list[str]) -> int:
    data_dir, go_file, out_file = (Path(a) for a in argv)
    store = open_store(data_dir, BENCH_KEY)
    out_file.with_suffix(".ready").write_text("ready")
    deadline = time.monotonic() + WAIT_LIMIT
    while not go_file.exists():
        if time.monotonic() > deadline:
            return 2
        time.sleep(0.005)
    started = time.time()
    report = sync_once(store)
    finished = time.time()
    store.close()
    result = {
        "started": started,
        "finished": finished,
        "sent": report.sent,
        "accepted": report.accepted,
        "already_held": report.already_held,
        "rejected": report.rejected,
        "conflicts": report.conflicts,
        "remaining": report.remaining,
        "error": report.error.message_en if report.error else None,
    }
    out_file.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
