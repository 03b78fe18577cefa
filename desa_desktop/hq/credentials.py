"""Device secrets and personal data in logs: tokens, enrollment codes, NIK masking.

HQ stores only SHA-256 hashes of tokens and enrollment codes, so a copy of its database
does not let anyone impersonate a laptop.
"""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: people read the code aloud over the phone and type it on a laptop.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4


def sha256_hex(value: str) -> str:
    """SHA-256 of ``value`` (UTF-8) as 64 hex digits."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    """A fresh bearer token (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(32)


def new_enrollment_code() -> str:
    """A fresh one-time enrollment code such as ``K7QM-2XPD-9TRA`` (about 59 random bits)."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """The code as typed, without spaces or dashes and in capitals, so "k7qm 2xpd" matches."""
    return "".join(ch for ch in code.upper() if ch not in " -\t")


def code_hash(code: str) -> str:
    """The hash HQ keeps for an enrollment code."""
    return sha256_hex("enroll:" + normalize_code(code))


def token_hash(token: str) -> str:
    """The hash HQ keeps for a device token."""
    return sha256_hex("token:" + token.strip())


def mask_nik(nik: str | None) -> str:
    """A NIK safe to show in lists and logs: region and serial kept, birth date hidden."""
    if not nik:
        return "-"
    if len(nik) != 16:
        return "*" * len(nik)
    return f"{nik[:6]}******{nik[12:]}"


def is_uuid_text(value: str) -> bool:
    """True for a canonical UUID text such as a client's batch id (safe to log)."""
    parts = value.split("-")
    if [len(p) for p in parts] != [8, 4, 4, 4, 12]:
        return False
    return all(ch in "0123456789abcdefABCDEF" for part in parts for ch in part)
