"""One sync run: push the outbox in adaptive batches, then pull HQ's answers and reference data.

The run is a small state machine over durable state (outbox, sync results, cursor):
it can be killed at any instant and simply run again. Transient failures (no
connection, HQ busy) are retried with backoff a bounded number of times, or after
the pause HQ asked for (``Retry-After``) when the run can afford it; refusals (revoked
token, outdated app, a certificate that cannot be verified) stop the run at once.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta, set_many
from desa_desktop.core.timestamps import utcnow
from desa_desktop.protocol import wire
from desa_desktop.sync import outbox, pull
from desa_desktop.sync.backoff import Backoff
from desa_desktop.sync.conflicts import needs_attention
from desa_desktop.sync.http import (
    HqBusy,
    HqClient,
    HqRefused,
    HqUnreachable,
    Response,
    SyncError,
)
from desa_desktop.sync.reference import refresh_reference
from desa_desktop.sync.settings import LAST_SYNC_AT, LAST_SYNC_ERROR, PULL_CURSOR, enrollment
from desa_desktop.sync.transport import check_server_url

log = logging.getLogger(__name__)

MIN_BATCH = 25
START_BATCH = 500
MAX_BATCH = wire.MAX_BATCH_RECORDS
MAX_BATCH_BYTES = 2_000_000  # uncompressed JSON (a full batch); gzip shrinks it tenfold
# Requests at HQ at once: HQ checks one batch while its database writes another.
IN_FLIGHT = 2
PULL_PAGE = wire.MAX_PULL_LIMIT  # decisions are small; fewer pages mean fewer commits

Progress = Callable[[int, int], None]  # (done, total)
PROBE_TIMEOUT = 5.0
# Worth another try after a pause: no answer, HQ busy, or an answer we could not use.
TRANSIENT = (HqUnreachable, HqBusy, KeyError, TypeError, ValueError)


def _as_sync_error(error: Exception) -> SyncError:
    if isinstance(error, SyncError):
        return error
    return HqBusy("Jawaban server pusat tidak sesuai.", "HQ's answer did not fit the request.")


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "Laptop ini belum terdaftar di server pusat. Jalankan pendaftaran perangkat dulu.",
            "This laptop is not enrolled with HQ yet. Enroll it first.",
        )


@dataclass
class SyncReport:
    """What one run did, for the status bar, the CLI and the logs."""

    sent: int = 0
    accepted: int = 0
    already_held: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    reference_updated: list[str] = field(default_factory=list)
    remaining: int = 0
    needs_attention: int = 0  # conflicts and refusals waiting for a person
    error: SyncError | None = None
    bytes_sent: int = 0
    bytes_received: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.remaining == 0

    def add(self, counts: dict[str, int]) -> None:
        self.accepted += counts.get("accepted", 0)
        self.already_held += counts.get("already_held", 0)
        self.conflicts += counts.get("conflict", 0)
        self.rejected += counts.get("rejected", 0)


@dataclass
class Pacing:
    """How hard to try: batch sizes adapt, retries are bounded, sleeps are injectable for tests.

    ``wait_budget`` is how many seconds, in all, this run may wait because HQ asked
    (``Retry-After``); a longer wait ends the run instead, to be tried on the next one.
    """

    max_retries: int = 6
    backoff: Backoff = field(default_factory=Backoff)
    sleep: Callable[[float], None] = time.sleep
    batch: int = START_BATCH
    wait_budget: float = 60.0

    def shrink(self) -> None:
        self.batch = max(MIN_BATCH, self.batch // 2)

    def grow(self) -> None:
        self.batch = min(MAX_BATCH, self.batch * 2)

    def pause(self, error: Exception) -> None:
        """Wait before retrying after ``error``: as long as HQ asked, else a backoff delay.

        Raises ``error`` when HQ asks for more than what is left of ``wait_budget``.
        """
        asked = error.retry_after if isinstance(error, HqBusy) else None
        if asked is None:
            self.sleep(self.backoff.next_delay())
            return
        if asked > self.wait_budget:
            raise error
        self.wait_budget -= asked
        self.sleep(asked)


@dataclass
class _Flight:
    """A batch on its way to HQ: the request runs on the sender thread."""

    batch: outbox.Batch
    answer: Future[Response]

    @property
    def uuids(self) -> set[str]:
        return {r["uuid"] for r in self.batch.records}


def _send(client: HqClient, batch: outbox.Batch) -> Response:
    body = batch.body(str(uuid.uuid4()))
    return client.request("POST", wire.PUSH, encoded=body, compress=True)


def _push(
    store: Store, client: HqClient, report: SyncReport, pacing: Pacing, progress: Progress | None
) -> None:
    """Send the outbox batch by batch, up to IN_FLIGHT requests at a time.

    While HQ works on the batches in flight, this thread records HQ's answer to the oldest
    and reads the next: the laptop's work, HQ's and HQ's database's overlap instead of
    taking turns. Batches in flight never share a record.
    """
    total = outbox.waiting_count(store)
    answered: set[str] = set()
    failures = 0
    flights: deque[_Flight] = deque()

    with ThreadPoolExecutor(IN_FLIGHT, thread_name_prefix="desa-push") as sender:

        def fill() -> None:
            while len(flights) < IN_FLIGHT:
                busy = answered.union(*(flight.uuids for flight in flights))
                batch = outbox.next_batch(
                    store, max_records=pacing.batch, max_bytes=MAX_BATCH_BYTES, skip=frozenset(busy)
                )
                if not batch.records:
                    return
                flights.append(_Flight(batch, sender.submit(_send, client, batch)))

        while True:
            fill()
            if not flights:
                return
            current = flights.popleft()
            try:
                response = current.answer.result()
                counts = outbox.apply_results(
                    store, current.batch.records, response.body["results"]
                )
            except TRANSIENT as error:
                _abandon(flights)  # their records stay queued; resent next (a replay is safe)
                outbox.count_attempt(store, [r["uuid"] for r in current.batch.records])
                failures += 1
                if failures > pacing.max_retries:
                    raise _as_sync_error(error) from error
                # A smaller batch is likelier to get through a weak link; but when HQ said
                # how long to wait (a rate limit counts requests), smaller would only mean more.
                if not isinstance(error, HqBusy) or error.retry_after is None:
                    pacing.shrink()
                pacing.pause(error)
                continue
            except HqRefused as refused:
                if refused.status != 413 or pacing.batch == MIN_BATCH:
                    raise
                _abandon(flights)
                pacing.shrink()
                continue
            failures = 0
            pacing.backoff.reset()
            pacing.grow()
            report.sent += len(current.batch.records)
            report.bytes_sent += response.bytes_sent
            report.bytes_received += response.bytes_received
            report.add(counts)
            # A record answered with conflict/rejected stays out of the outbox; one answered
            # while edited again meanwhile is re-queued at its newer version, sent next run.
            answered |= current.uuids
            if progress:
                progress(min(report.sent, total), total)


def _abandon(flights: deque[_Flight]) -> None:
    """Wait for requests whose answers will not be used (whatever they were)."""
    while flights:
        with contextlib.suppress(Exception):
            flights.popleft().answer.result()


def _pull(store: Store, client: HqClient, report: SyncReport, pacing: Pacing) -> None:
    """Pull HQ's changes page by page; the next page is fetched while this one is written.

    The cursor is stored with each page applied, so a page fetched ahead is used only
    when the page before it was applied; after any failure the pull starts again from the
    stored cursor."""
    failures = 0
    with ThreadPoolExecutor(1, thread_name_prefix="desa-pull") as fetcher:

        def fetch(cursor: str) -> Future[Response]:
            params: dict[str, str | int] = {"cursor": cursor, "limit": PULL_PAGE}
            return fetcher.submit(client.request, "GET", wire.PULL, params=params)

        page: Future[Response] | None = fetch(get_meta(store, PULL_CURSOR) or "")
        while page is not None:
            ahead: Future[Response] | None = None
            try:
                response = page.result()
                body: wire.PullResponse = response.body
                more = bool(body["more"])
                ahead = fetch(body["cursor"]) if more else None
                report.pulled += pull.apply_pulled(store, body["changes"], body["cursor"])
            except TRANSIENT as error:
                if ahead is not None:
                    with contextlib.suppress(Exception):
                        ahead.result()  # fetched after a page not applied: not used
                failures += 1
                if failures > pacing.max_retries:
                    raise _as_sync_error(error) from error
                pacing.pause(error)
                page = fetch(get_meta(store, PULL_CURSOR) or "")
                continue
            report.bytes_received += response.bytes_received
            page = ahead


def sync_once(
    store: Store,
    *,
    pacing: Pacing | None = None,
    progress: Progress | None = None,
    client: HqClient | None = None,
) -> SyncReport:
    """One full push and pull. Never raises for sync failures: they land in ``report.error``."""
    report = SyncReport()
    pacing = pacing or Pacing()
    enrolled = enrollment(store)
    if enrolled is None:
        report.error = NotEnrolled()
        report.remaining = outbox.waiting_count(store)
        return report
    try:
        # The stored address is checked again: a store enrolled before this rule, or
        # edited by hand, must not send the token in the clear.
        url = check_server_url(enrolled.url, allow_insecure_http=enrolled.allow_insecure_http)
        client = client or HqClient(url, enrolled.token, ca_pem=enrolled.ca_pem)
        if not client.reachable(PROBE_TIMEOUT):
            # Offline is the normal case in the field: say so at once, retry on the next run.
            raise HqUnreachable("Server pusat tidak dapat dihubungi.", "HQ could not be reached.")
        _push(store, client, report, pacing, progress)
        _pull(store, client, report, pacing)
        report.reference_updated = refresh_reference(store, client)
    except SyncError as error:
        report.error = error
    except Exception as error:  # a bug must not silently stop every later sync: report it
        log.exception("sync stopped on an unexpected error")  # logs mask NIKs and phones
        report.error = SyncError(
            f"Sinkronisasi berhenti karena kesalahan tak terduga ({type(error).__name__}).",
            f"Sync stopped on an unexpected error ({type(error).__name__}).",
        )
    finally:
        if client is not None:
            client.close()
    report.needs_attention = needs_attention(store)
    report.remaining = outbox.waiting_count(store)
    log.info(
        "sync: sent %d, accepted %d, already held %d, conflicts %d, rejected %d, pulled %d, "
        "waiting %d%s",
        report.sent,
        report.accepted,
        report.already_held,
        report.conflicts,
        report.rejected,
        report.pulled,
        report.remaining,
        f"; stopped: {report.error.message_en}" if report.error else "",
    )
    now = utcnow().isoformat()
    set_many(
        store,
        {LAST_SYNC_ERROR: report.error.message if report.error else ""}
        | ({LAST_SYNC_AT: now} if report.error is None else {}),
    )
    return report
