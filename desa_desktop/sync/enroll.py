"""Enrolling this laptop with HQ: a one-time code from HQ is exchanged for a device token."""

from __future__ import annotations

from typing import cast

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import ensure_store_id, set_meta
from desa_desktop.protocol import wire
from desa_desktop.sync.http import HqBusy, HqClient
from desa_desktop.sync.settings import PULL_CURSOR, Enrollment, save_enrollment
from desa_desktop.sync.transport import check_server_url


def enroll(
    store: Store,
    server_url: str,
    code: str,
    *,
    ca_pem: str | None = None,
    allow_insecure_http: bool = False,
) -> tuple[Enrollment, list[str]]:
    """Enroll with HQ at ``server_url``. Returns the enrollment and the villages HQ assigned.

    ``ca_pem`` (see :func:`~desa_desktop.sync.transport.read_ca_bundle`) is the only CA
    trusted for HQ's certificate, now and in every later sync; without it the system's
    CAs are. Plain ``http://`` to another machine needs ``allow_insecure_http``. Both are
    kept with the enrollment. Raises :class:`~desa_desktop.sync.http.SyncError` subclasses
    (address refused, certificate not verified, wrong/used/expired code, HQ unreachable);
    nothing is saved then.
    """
    server_url = check_server_url(server_url, allow_insecure_http=allow_insecure_http)
    client = HqClient(server_url, ca_pem=ca_pem)
    try:
        request: wire.EnrollRequest = {"code": code.strip(), "store_id": ensure_store_id(store)}
        response = client.request("POST", wire.ENROLL, body=request)
    finally:
        client.close()
    body = cast(wire.EnrollResponse, response.body)
    try:
        enrolled = Enrollment(
            server_url,
            body["device_id"],
            body["device_name"],
            body["token"],
            ca_pem=ca_pem,
            allow_insecure_http=allow_insecure_http,
        )
        villages = list(body["villages"])
    except (KeyError, TypeError) as error:
        raise HqBusy(
            "Jawaban pendaftaran dari server pusat rusak.", "HQ's enrollment answer was garbled."
        ) from error
    save_enrollment(store, enrolled, villages)
    set_meta(store, PULL_CURSOR, "")  # a new identity starts pulling from the beginning
    return enrolled, villages
