"""The store's data key, wrapped under a key derived from an operator's password.

scrypt (memory-hard, in the standard library) turns a password into a key-encryption key;
AES-256-GCM wraps the data key with it. GCM authenticates: a wrong password fails to
unwrap rather than yielding a wrong key. The entry's id is bound in as associated data, so
a wrap copied onto another operator's entry does not open.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# OWASP's recommended scrypt cost: 128 MiB and about a third of a second per attempt here,
# which is what makes guessing a stolen laptop's passwords slow.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1


class WrongPassword(Exception):
    """The password does not unwrap the key."""


@dataclass(frozen=True)
class Wrapped:
    """A data key sealed under one password; every field is safe to store in the clear."""

    salt: bytes
    nonce: bytes
    sealed: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict[str, str | int]:
        return {
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": self.salt.hex(),
            "nonce": self.nonce.hex(),
            "sealed": self.sealed.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Wrapped:
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(
            salt=bytes.fromhex(str(data["salt"])),
            nonce=bytes.fromhex(str(data["nonce"])),
            sealed=bytes.fromhex(str(data["sealed"])),
            n=int(str(data["n"])),
            r=int(str(data["r"])),
            p=int(str(data["p"])),
        )


def derive(
    password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )


def wrap(data_key: bytes, password: str, context: bytes, *, n: int = SCRYPT_N) -> Wrapped:
    """Seal ``data_key`` under ``password``; ``context`` (the entry's id) must match to open."""
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(derive(password, salt, n)).encrypt(nonce, data_key, context)
    return Wrapped(salt, nonce, sealed, n)


def unwrap(wrapped: Wrapped, password: str, context: bytes) -> bytes:
    kek = derive(password, wrapped.salt, wrapped.n, wrapped.r, wrapped.p)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.sealed, context)
    except InvalidTag:
        raise WrongPassword from None


def burn_time(password: str) -> None:
    """The work of one unwrap, for a name with no entry: the answer takes as long either way."""
    derive(password, b"\0" * 16)
