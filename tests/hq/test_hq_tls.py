"""HQ serving HTTPS itself (``desa-hq serve --ssl-certfile --ssl-keyfile``) with a private CA,
and ``serve``'s security options refused before anything starts."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from hq_server import (
    make_tls_files,
    push_record,
    registration_data,
    run_cli,
    running_hq,
    sqlite_url,
)

from desa_desktop.hq.app import create_app
from desa_desktop.protocol.wire import HEALTH


def test_https_with_a_private_ca(tmp_path: Path) -> None:
    tls = make_tls_files(tmp_path)
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path, tls=tls) as hq:
        assert hq.base_url.startswith("https://")
        device = hq.new_device("tls-laptop")
        assert device.push([push_record(registration_data(1))])[0]["outcome"] == "accepted"
        # Without the CA the certificate is not trusted; plain HTTP gets no answer.
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(hq.base_url + HEALTH, timeout=10)
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(hq.base_url.replace("https", "http") + HEALTH, timeout=10)


def test_serve_options_checked_before_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite_url(tmp_path)
    status, _out, err = run_cli(db, "serve", "--ssl-certfile", str(tmp_path / "hq.pem"))
    assert status == 1 and "--ssl-keyfile" in err
    status, _out, err = run_cli(
        db, "serve", "--ssl-certfile", "missing.pem", "--ssl-keyfile", "missing.key"
    )
    assert status == 1 and "missing.pem" in err
    status, _out, err = run_cli(db, "serve", "--rate-limit", "-1")
    assert status == 2 and "--rate-limit" in err
    monkeypatch.setenv("DESA_HQ_RATE_LIMIT", "banyak")
    status, _out, err = run_cli(db, "serve")
    assert status == 1 and "DESA_HQ_RATE_LIMIT" in err
    with pytest.raises(ValueError):
        create_app(db, rate_limit=-1)
