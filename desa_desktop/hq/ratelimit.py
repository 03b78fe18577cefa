"""Rate limits kept in the database: requests per device, wrong enrollment codes per address.

HQ runs several uvicorn workers (or hosts) and keeps nothing in process memory, so the
counters live in the ``rate_counters`` table: one row per key with the number of the current
fixed window (a minute) and the hits counted in it. A hit is one ``INSERT ... ON CONFLICT DO
UPDATE ... RETURNING`` statement, atomic on SQLite and PostgreSQL alike, so workers racing on
the same key never lose a count. A refused request answers 429 ``hq.rate_limited`` with
``Retry-After`` (whole seconds until the window ends).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import case, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desa_desktop.hq.db import Database
from desa_desktop.hq.models import RateCounter
from desa_desktop.hq.problems import HQError

WINDOW_SECONDS = 60
# A laptop syncing a backlog sends a push per batch plus pulls: two a second is plenty.
DEFAULT_DEVICE_LIMIT = 120
# Wrong or expired enrollment codes per client address and minute (codes have ~59 bits).
DEFAULT_ENROLL_LIMIT = 10
ENV_RATE_LIMIT = "DESA_HQ_RATE_LIMIT"
ENV_ENROLL_RATE_LIMIT = "DESA_HQ_ENROLL_RATE_LIMIT"
KEY_MAX_LENGTH = 100

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """Per minute: requests per device, wrong enrollment codes per client address (0: off)."""

    per_device: int = DEFAULT_DEVICE_LIMIT
    enroll_failures: int = DEFAULT_ENROLL_LIMIT

    def __post_init__(self) -> None:
        if self.per_device < 0 or self.enroll_failures < 0:
            raise ValueError("rate limits must be 0 (off) or more")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Limits:
        """The limits in ``$DESA_HQ_RATE_LIMIT`` and ``$DESA_HQ_ENROLL_RATE_LIMIT``, else
        the defaults."""
        return cls(
            _env_int(environ, ENV_RATE_LIMIT, DEFAULT_DEVICE_LIMIT),
            _env_int(environ, ENV_ENROLL_RATE_LIMIT, DEFAULT_ENROLL_LIMIT),
        )


def _env_int(environ: Mapping[str, str], name: str, default: int) -> int:
    text = environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit():
        raise ValueError(f"${name} must be a whole number of requests per minute, not {text!r}")
    return int(text)


def too_many(retry_after: int) -> HQError:
    """The 429 refusal, telling the client how many seconds to wait."""
    return HQError(
        429, "hq.rate_limited", headers={"Retry-After": str(retry_after)}, seconds=retry_after
    )


def _window(now: float) -> int:
    return int(now // WINDOW_SECONDS)


def _seconds_left(window_no: int, now: float) -> int:
    left = math.ceil((window_no + 1) * WINDOW_SECONDS - now)
    return min(max(left, 1), WINDOW_SECONDS)


def hit(session: Session, key: str, now: float | None = None) -> tuple[int, int]:
    """Count one hit on ``key`` in the current window; (hits in it so far, seconds left).

    A counter from an older window restarts at 1. A host whose clock lags another's counts
    into the newer window instead of resetting it.
    """
    moment = time.time() if now is None else now
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    fresh = insert(RateCounter).values(key=key[:KEY_MAX_LENGTH], window_no=_window(moment), hits=1)
    newer = RateCounter.window_no < fresh.excluded.window_no
    upsert = fresh.on_conflict_do_update(
        index_elements=[RateCounter.key],
        set_={
            "hits": case((newer, 1), else_=RateCounter.hits + 1),
            "window_no": case((newer, fresh.excluded.window_no), else_=RateCounter.window_no),
        },
    ).returning(RateCounter.hits, RateCounter.window_no)
    hits, window_no = session.execute(upsert).one()
    return int(hits), _seconds_left(int(window_no), moment)


def hits_now(session: Session, key: str, now: float | None = None) -> tuple[int, int]:
    """The hits counted on ``key`` in the current window (read only); (hits, seconds left)."""
    moment = time.time() if now is None else now
    row = session.execute(
        select(RateCounter.hits, RateCounter.window_no).where(
            RateCounter.key == key[:KEY_MAX_LENGTH]
        )
    ).first()
    if row is None or row.window_no < _window(moment):
        return 0, _seconds_left(_window(moment), moment)
    return int(row.hits), _seconds_left(int(row.window_no), moment)


def check_device(session: Session, device_id: str, limit: int) -> None:
    """Count a request of the device; 429 once it exceeds ``limit`` this minute (0: off).

    Run in the request's authentication transaction: a refused request rolls its own count
    back, so hammering on does not push the window further.
    """
    if limit <= 0:
        return
    count, seconds_left = hit(session, f"device:{device_id}")
    if count > limit:
        raise too_many(seconds_left)


def braked(db: Database, key: str, limit: int, attempt: Callable[[], T]) -> T:
    """Run ``attempt``, counting each 403 it raises against ``key``; once ``limit`` have
    been counted this minute, refuse with 429 without trying (0: no brake).

    Only failures count, so a room full of laptops enrolling behind one address is never
    slowed down. Concurrent attempts may overshoot the limit by the number in flight.
    """
    if limit <= 0:
        return attempt()
    with db.read() as session:
        failures, seconds_left = hits_now(session, key)
    if failures >= limit:
        raise too_many(seconds_left)
    try:
        return attempt()
    except HQError as refused:
        if refused.status == 403:
            db.run_write(lambda session: hit(session, key))
        raise
