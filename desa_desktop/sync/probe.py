"""Is HQ reachable right now? A cheap unauthenticated call, so the app can sync when the link returns."""

from __future__ import annotations

from desa_desktop.sync.http import HqClient, HqUntrusted


def hq_reachable(base_url: str, *, timeout: float = 5.0, ca_pem: str | None = None) -> bool:
    """True when HQ's health endpoint answers 200 within ``timeout`` seconds.

    The certificate is verified (against ``ca_pem``, the enrollment's CA bundle, when
    given): a server that cannot prove it is HQ does not count as reachable.
    """
    client = HqClient(base_url, ca_pem=ca_pem)
    try:
        return client.reachable(timeout)
    except HqUntrusted:
        return False
    finally:
        client.close()
