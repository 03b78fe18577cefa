"""How this laptop may talk to HQ: which addresses are safe enough, and which CA to trust.

A device token travels with every request, and registrations carry NIKs: over plain
``http://`` anyone on the path reads both. So plain HTTP is refused except to this
laptop itself (the demo, tests) or when an operator explicitly allows it for a closed
network. HQ's own CA is accepted as PEM text, kept in the store with the enrollment,
so a later sync never depends on a file that may have been moved or deleted.
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from pathlib import Path
from urllib.parse import urlsplit

from desa_desktop.sync.http import SyncError

_PEM_CERTIFICATE = re.compile(
    r"-----BEGIN CERTIFICATE-----\s[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----"
)


class ServerUrlRefused(SyncError):
    """HQ's address is malformed, or plain HTTP to another machine without permission."""


class CaBundleError(SyncError):
    """The CA bundle file cannot be read or holds no PEM certificate."""


def is_loopback(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ::1: traffic that never leaves this laptop."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """HQ's address without a trailing slash, or :class:`ServerUrlRefused` saying why not.

    ``https://`` is always fine; ``http://`` only to a loopback address or with
    ``allow_insecure_http``. Checked before any connection is made.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerUrlRefused(
            f"Alamat server pusat tidak sah: {url!r}. Contoh: https://hq.contoh.id",
            f"Not a valid HQ address: {url!r}. Example: https://hq.example.id",
        )
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ServerUrlRefused(
            f"Alamat {url} memakai http:// tanpa enkripsi: token perangkat dan data peserta "
            "bisa dibaca orang lain di jaringan. Pakai alamat https://, atau, hanya di jaringan "
            "tertutup, daftarkan perangkat dengan --allow-insecure-http.",
            f"{url} uses plain http://: the device token and people's data could be read by "
            "anyone on the network. Use an https:// address or, on a closed network only, "
            "enroll with --allow-insecure-http.",
        )
    return url.strip().rstrip("/")


def read_ca_bundle(path: str | Path) -> str:
    """The PEM certificates in the file at ``path``, as text to keep with the enrollment.

    Only the certificate blocks are kept (comments and anything else, such as a private
    key copied by mistake, are dropped). Raises :class:`CaBundleError` naming the file.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise CaBundleError(
            f"Berkas CA {path} tidak dapat dibaca ({reason}).",
            f"Cannot read the CA bundle {path} ({reason}).",
        ) from error
    pem = "\n".join(_PEM_CERTIFICATE.findall(text))
    if not pem or not _loads(pem):
        raise CaBundleError(
            f"Berkas CA {path} tidak berisi sertifikat PEM yang sah "
            "(-----BEGIN CERTIFICATE----- ...).",
            f"The CA bundle {path} holds no valid PEM certificate "
            "(-----BEGIN CERTIFICATE----- ...).",
        )
    return pem + "\n"


def _loads(pem: str) -> bool:
    """Does OpenSSL accept these certificates? The same load verification does later."""
    try:
        ssl.create_default_context(cadata=pem)
    except ssl.SSLError:
        return False
    return True
