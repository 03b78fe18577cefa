"""Is HQ reachable right now? A cheap unauthenticated call, so the app can sync when the link returns."""

from __future__ import annotations

import requests

from desa_desktop.protocol import wire


def hq_reachable(base_url: str, *, timeout: float = 5.0) -> bool:
    """True when HQ's health endpoint answers 200 within ``timeout`` seconds."""
    try:
        answer = requests.get(base_url.rstrip("/") + wire.HEALTH, timeout=timeout)
    except requests.RequestException:
        return False
    return answer.status_code == 200
