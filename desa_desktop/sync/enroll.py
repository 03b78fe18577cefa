"""Enrolling this laptop with HQ: a one-time code from HQ is exchanged for a device token."""

from __future__ import annotations

from typing import cast

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import ensure_store_id, set_meta
from desa_desktop.protocol import wire
from desa_desktop.sync.http import HqBusy, HqClient
from desa_desktop.sync.settings import PULL_CURSOR, Enrollment, save_enrollment


def enroll(store: Store, server_url: str, code: str) -> tuple[Enrollment, list[str]]:
    """Enroll with HQ at ``server_url``. Returns the enrollment and the villages HQ assigned.

    Raises :class:`~desa_desktop.sync.http.SyncError` subclasses with HQ's own message
    (wrong, used or expired code; HQ unreachable).
    """
    client = HqClient(server_url)
    try:
        request: wire.EnrollRequest = {"code": code.strip(), "store_id": ensure_store_id(store)}
        response = client.request("POST", wire.ENROLL, body=request)
    finally:
        client.close()
    body = cast(wire.EnrollResponse, response.body)
    try:
        enrolled = Enrollment(
            server_url.rstrip("/"), body["device_id"], body["device_name"], body["token"]
        )
        villages = list(body["villages"])
    except (KeyError, TypeError) as error:
        raise HqBusy(
            "Jawaban pendaftaran dari server pusat rusak.", "HQ's enrollment answer was garbled."
        ) from error
    save_enrollment(store, enrolled, villages)
    set_meta(store, PULL_CURSOR, "")  # a new identity starts pulling from the beginning
    return enrolled, villages
