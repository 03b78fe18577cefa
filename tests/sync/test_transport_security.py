"""Transport security of sync: TLS verified (with HQ's private CA kept in the store), plain
HTTP only to this laptop unless allowed, certificate failures told plainly and never
retried, and HQ's rate limit (429 + Retry-After) honored without losing anything.

Certificates are made at test time with ``cryptography``; every server runs on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hq_server import HOST, HQServer, TLSFiles, running_hq, sqlite_url
from samples import BOLOK, OPERATOR, TODAY, login_env, worker

from desa_desktop.core.services.registrations import register
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import set_meta
from desa_desktop.sync import outbox
from desa_desktop.sync.engine import START_BATCH, Pacing, sync_once
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.http import HqBusy, HqUntrusted
from desa_desktop.sync.probe import hq_reachable
from desa_desktop.sync.settings import HQ_CA_BUNDLE, HQ_URL, enrollment
from desa_desktop.sync.transport import (
    CaBundleError,
    ServerUrlRefused,
    check_server_url,
    read_ca_bundle,
)

NOT_HERE = "http://192.0.2.1:8000"  # TEST-NET-1: never routed; nothing may even try it


# --- certificates and servers ----------------------------------------------------------


def _usage(**on: bool) -> x509.KeyUsage:
    names = (
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    )
    return x509.KeyUsage(**{name: on.get(name, False) for name in names})


def make_certificates(
    folder: Path, *, hosts: Sequence[str] = (HOST, "localhost"), expired: bool = False
) -> TLSFiles:
    """A fresh private CA and a server certificate it signed for ``hosts``, as PEM files."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Desa test CA {folder.name}")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    start, end = (
        (now - timedelta(days=30), now - timedelta(days=1))
        if expired
        else (now, ca.not_valid_after_utc)
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - timedelta(minutes=5))
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(digital_signature=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(x509.SubjectAlternativeName(names), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TLSFiles(folder / "ca.pem", folder / "hq.pem", folder / "hq.key")
    files.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


@contextlib.contextmanager
def tls_stand_in(files: TLSFiles) -> Iterator[str]:
    """A tiny HTTPS server on 127.0.0.1 whose only job is to present ``files``' certificate
    (one HQ refuses to start with, e.g. an expired one). Yields its base URL."""

    class Healthy(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        do_POST = do_GET

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer((HOST, 0), Healthy)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(files.cert, files.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    return make_certificates(tmp_path_factory.mktemp("hq-ca"))


@pytest.fixture(scope="module")
def tls_hq(tls: TLSFiles, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    folder = tmp_path_factory.mktemp("tls-hq")
    with running_hq(sqlite_url(folder), log_dir=folder, tls=tls) as server:
        yield server


def desktop(store: Store, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``desa-desktop ARGS`` as a user runs it; its temporary files go to ``tmp``."""
    tmp.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "desa_desktop", "--data-dir", str(store.path.parent), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**login_env(store.path.parent), "TMPDIR": str(tmp)},
    )


def forbid_connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on every outgoing connection attempt is recorded and fails at once."""
    attempts: list[object] = []

    def refuse(_sock: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("test: no connection allowed here")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


# --- TLS --------------------------------------------------------------------------------


def test_enroll_and_sync_over_tls_trust_the_ca_bundle_kept_in_the_store(
    store: Store, tls: TLSFiles, tls_hq: HQServer, tmp_path: Path
) -> None:
    bundle = tmp_path / "hq-ca.pem"
    bundle.write_text("# HQ's CA, from the HQ administrator\n" + tls.ca.read_text())
    code = tls_hq.add_device("laptop-tls", [BOLOK])
    done = desktop(
        store,
        tmp_path / "tmp",
        "enroll",
        "--server",
        tls_hq.base_url,
        "--code",
        code,
        "--ca-bundle",
        str(bundle),
    )
    assert done.returncode == 0, done.stderr
    kept = enrollment(store)
    assert kept is not None and kept.url == tls_hq.base_url
    assert kept.ca_pem == tls.ca.read_text()  # the certificate itself, not the comment or path
    bundle.unlink()  # later syncs must not need the file
    register(store, worker(), OPERATOR, today=TODAY)
    synced = desktop(store, tmp_path / "tmp", "sync")
    assert synced.returncode == 0, synced.stderr
    assert [row["nik"] for row in tls_hq.export_rows()] == ["5301051203850001"]
    assert hq_reachable(tls_hq.base_url, ca_pem=kept.ca_pem)
    assert list((tmp_path / "tmp").iterdir()) == []  # each run removed its copy of the CA


def test_without_the_ca_bundle_enroll_is_refused_plainly_and_nothing_is_kept(
    store: Store, tls_hq: HQServer, tmp_path: Path
) -> None:
    code = tls_hq.add_device("laptop-no-ca", [BOLOK])
    done = desktop(
        store, tmp_path, "--lang", "en", "enroll", "--server", tls_hq.base_url, "--code", code
    )
    assert done.returncode == 1
    assert "certificate could not be verified" in done.stderr
    assert "CA bundle" in done.stderr and "Traceback" not in done.stderr
    assert enrollment(store) is None
    assert not hq_reachable(tls_hq.base_url)  # an unverified server is not "reachable"


def test_a_bundle_of_another_ca_is_refused_before_hq_sees_the_code(
    store: Store, tls: TLSFiles, tls_hq: HQServer, tmp_path: Path
) -> None:
    other = make_certificates(tmp_path / "other-ca")
    code = tls_hq.add_device("laptop-other-ca", [BOLOK])
    done = desktop(
        store,
        tmp_path,
        "enroll",
        "--server",
        tls_hq.base_url,
        "--code",
        code,
        "--ca-bundle",
        str(other.ca),
    )
    assert done.returncode == 1
    assert "Sertifikat server tidak dapat diverifikasi" in done.stderr
    assert enrollment(store) is None
    # The handshake failed before any request: the one-time code is still unused.
    enrolled, _ = enroll(store, tls_hq.base_url, code, ca_pem=read_ca_bundle(tls.ca))
    assert enrolled.device_name == "laptop-other-ca"


def test_a_certificate_failure_stops_the_sync_at_once_without_retries(
    store: Store, tls: TLSFiles, tls_hq: HQServer, tmp_path: Path
) -> None:
    enroll(
        store,
        tls_hq.base_url,
        tls_hq.add_device("laptop-rotated", [BOLOK]),
        ca_pem=read_ca_bundle(tls.ca),
    )
    # HQ now presents a certificate the kept CA did not sign (an impostor, or an unannounced
    # change of CA): simulated by keeping another CA instead.
    set_meta(store, HQ_CA_BUNDLE, read_ca_bundle(make_certificates(tmp_path / "x").ca))
    register(store, worker(), OPERATOR, today=TODAY)
    sleeps: list[float] = []
    started = time.monotonic()
    report = sync_once(store, pacing=Pacing(sleep=sleeps.append))
    assert isinstance(report.error, HqUntrusted)
    assert "CA bundle" in report.error.message_en
    assert sleeps == [] and time.monotonic() - started < 10
    assert report.remaining == 1 and report.sent == 0


@pytest.mark.parametrize(
    ("problem", "reason"),
    [("wrong_host", "address mismatch"), ("expired", "certificate has expired")],
)
def test_a_wrong_host_or_expired_certificate_is_refused_with_the_reason(
    store: Store, tmp_path: Path, problem: str, reason: str
) -> None:
    files = make_certificates(
        tmp_path / problem,
        hosts=("hq.example.id",) if problem == "wrong_host" else (HOST,),
        expired=problem == "expired",
    )
    ca_pem = read_ca_bundle(files.ca)
    with tls_stand_in(files) as url:
        with pytest.raises(HqUntrusted) as refused:
            enroll(store, url, "any-code", ca_pem=ca_pem)
        assert not hq_reachable(url, ca_pem=ca_pem, timeout=5)
    assert reason in refused.value.message and reason in refused.value.message_en
    assert enrollment(store) is None


def test_the_ca_bundle_is_checked_on_enroll_and_named_in_the_message(
    store: Store, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.pem"
    with pytest.raises(CaBundleError) as unreadable:
        read_ca_bundle(missing)
    assert str(missing) in unreadable.value.message_en
    key_only = tmp_path / "hq.key"
    key_only.write_text(make_certificates(tmp_path / "k").key.read_text())
    with pytest.raises(CaBundleError) as no_certificate:
        read_ca_bundle(key_only)
    assert str(key_only) in no_certificate.value.message
    assert "PEM" in no_certificate.value.message_en
    garbled = tmp_path / "garbled.pem"
    garbled.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(CaBundleError):
        read_ca_bundle(garbled)
    done = desktop(
        store,
        tmp_path / "tmp",
        "--lang",
        "en",
        "enroll",
        "--server",
        "https://127.0.0.1:9",
        "--code",
        "x",
        "--ca-bundle",
        str(key_only),
    )
    assert done.returncode == 1 and str(key_only) in done.stderr
    assert enrollment(store) is None


# --- plain HTTP ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://hq.example.id",
        "https://192.0.2.1:8443/",
        "http://127.0.0.1:8000",
        "http://127.9.9.9",
        "http://localhost:8000/",
        "http://[::1]:8000",
    ],
)
def test_https_anywhere_and_plain_http_to_this_laptop_are_fine(url: str) -> None:
    assert check_server_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.1", "http://10.0.0.5:8000", "http://hq.example.id", "http://[2001:db8::1]"],
)
def test_plain_http_to_another_machine_needs_explicit_permission(url: str) -> None:
    with pytest.raises(ServerUrlRefused) as refused:
        check_server_url(url)
    assert "https://" in refused.value.message and "--allow-insecure-http" in refused.value.message
    assert "https://" in refused.value.message_en
    assert "--allow-insecure-http" in refused.value.message_en
    assert check_server_url(url, allow_insecure_http=True) == url


@pytest.mark.parametrize("url", ["hq.example.id", "ftp://hq.example.id", "https://", ""])
def test_a_malformed_address_is_refused(url: str) -> None:
    with pytest.raises(ServerUrlRefused):
        check_server_url(url, allow_insecure_http=True)


def test_enroll_over_plain_http_to_another_machine_fails_before_any_connection(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = forbid_connections(monkeypatch)
    started = time.monotonic()
    with pytest.raises(ServerUrlRefused):
        enroll(store, NOT_HERE, "any-code")
    assert attempts == [] and time.monotonic() - started < 1
    assert enrollment(store) is None


def test_the_cli_refuses_plain_http_to_another_machine_without_the_flag(
    store: Store, tmp_path: Path
) -> None:
    started = time.monotonic()
    done = desktop(store, tmp_path, "--lang", "en", "enroll", "--server", NOT_HERE, "--code", "x")
    assert done.returncode == 1
    assert "--allow-insecure-http" in done.stderr and "https://" in done.stderr
    # A connection attempt to TEST-NET would wait out the 10 s connect timeout.
    assert time.monotonic() - started < 9
    assert enrollment(store) is None


def test_allow_insecure_http_is_kept_with_the_enrollment(store: Store, tmp_path: Path) -> None:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as hq:
        code = hq.add_device("laptop-lan", [BOLOK])
        done = desktop(
            store,
            tmp_path / "tmp",
            "enroll",
            "--server",
            hq.base_url,
            "--code",
            code,
            "--allow-insecure-http",
        )
        assert done.returncode == 0, done.stderr
        kept = enrollment(store)
        assert kept is not None and kept.allow_insecure_http and kept.ca_pem is None
        # Later syncs check the kept address with the kept permission.
        check_server_url(NOT_HERE, allow_insecure_http=kept.allow_insecure_http)
        # Enrolling again without the flag takes the permission away.
        enroll(store, hq.base_url, hq.add_device("laptop-lan-2", [BOLOK]))
    again = enrollment(store)
    assert again is not None and not again.allow_insecure_http


def test_sync_checks_the_kept_address_again_before_connecting(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as hq:
        enroll(store, hq.base_url, hq.add_device("laptop-moved", [BOLOK]))
    register(store, worker(), OPERATOR, today=TODAY)
    set_meta(store, HQ_URL, NOT_HERE)  # e.g. edited by hand, or kept by an older version
    attempts = forbid_connections(monkeypatch)
    report = sync_once(store, pacing=Pacing(sleep=lambda _s: None))
    assert isinstance(report.error, ServerUrlRefused) and attempts == []
    assert report.remaining == 1


# --- 429: HQ's rate limit -----------------------------------------------------------------


def _away_from_the_minute_end() -> None:
    # HQ counts requests per clock minute: start where the window cannot roll over mid-test.
    left = 60 - time.time() % 60
    if left < 10:
        time.sleep(left + 0.1)


def test_a_rate_limited_run_waits_as_asked_or_stops_cleanly_keeping_the_records(
    store: Store, tmp_path: Path
) -> None:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path, serve_args=("--rate-limit", "1")) as hq:
        enroll(store, hq.base_url, hq.add_device("laptop-eager", [BOLOK]))
        _away_from_the_minute_end()
        first = sync_once(store)  # the pull uses this minute's one request; a reference is refused
        assert isinstance(first.error, HqBusy)
        assert "Too many requests" in first.error.message_en  # HQ's own words

        register(store, worker(), OPERATOR, today=TODAY)
        sleeps: list[float] = []
        # HQ asks for longer than this run may wait: stop at once rather than hammer.
        second = sync_once(store, pacing=Pacing(sleep=sleeps.append, wait_budget=0))
        assert isinstance(second.error, HqBusy) and second.error.retry_after is not None
        assert sleeps == [] and second.remaining == 1

        pacing = Pacing(sleep=sleeps.append, max_retries=1, wait_budget=120)
        third = sync_once(store, pacing=pacing)
    assert isinstance(third.error, HqBusy) and third.error.retry_after is not None
    # It waited as long as HQ asked (not a backoff guess), once, and kept its batch size.
    assert len(sleeps) == 1 and 1 <= sleeps[0] <= 60
    assert pacing.wait_budget == 120 - sleeps[0]
    assert pacing.backoff.attempt == 0 and pacing.batch == START_BATCH
    assert third.sent == 0 and third.remaining == 1
    assert outbox.waiting_count(store) == 1
