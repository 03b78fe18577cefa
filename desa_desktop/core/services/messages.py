"""Messages of the services layer: (Indonesian, English) templates by code.

``{field}`` is always available: the field's name in the message's language.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{field} wajib diisi.", "{field} is required."),
    "choice.unknown": (
        '{field} "{value}" tidak dikenal.',
        '{field} "{value}" is not a known choice.',
    ),
    "date.future": ("{field} tidak boleh di masa depan.", "{field} cannot be in the future."),
    "date.before_birth": (
        "{field} tidak boleh sebelum tanggal lahir.",
        "{field} cannot be before the date of birth.",
    ),
    "text.too_long": (
        "{field} terlalu panjang (paling banyak {max} karakter).",
        "{field} is too long (at most {max} characters).",
    ),
    "number.negative": ("{field} tidak boleh negatif.", "{field} cannot be negative."),
    "village.not_served": (
        "Desa {code} belum ada di daftar desa laptop ini. Tambahkan desanya dulu.",
        "Village {code} is not among this laptop's villages. Add the village first.",
    ),
    "village.exists": (
        "Desa {code} sudah ada di daftar.",
        "Village {code} is already in the list.",
    ),
    "registration.duplicate_nik": (
        "NIK ini sudah terdaftar atas nama {name} ({village}). Buka data yang ada, jangan daftar dua kali.",
        "This NIK is already registered to {name} ({village}). Open that record instead of registering twice.",
    ),
    "registration.not_found": ("Data tidak ditemukan.", "Record not found."),
    "registration.stale": (
        "Data ini sudah diubah orang lain (versi {current}, Anda mengubah versi {expected}). Muat ulang lalu ulangi.",
        "This record was changed meanwhile (version {current}; you edited version {expected}). Reload and try again.",
    ),
    "registration.inactive": (
        "Data ini nonaktif. Aktifkan kembali dulu sebelum mengubahnya.",
        "This record is inactive. Reactivate it before editing.",
    ),
    "registration.kind_mismatch": (
        "Jenis data tidak bisa diubah dari {old} ke {new}; buat pendaftaran baru.",
        "A record cannot change kind from {old} to {new}; make a new registration.",
    ),
    "status.already_inactive": (
        "Orang ini sudah nonaktif sejak {date}.",
        "This person has been inactive since {date}.",
    ),
    "status.draft": (
        "Data ini masih draf dan belum pernah dikirim ke pusat: lengkapi dulu, atau biarkan sebagai draf.",
        "This record is still a draft and was never sent to HQ: complete it first, or leave it as a draft.",
    ),
    "status.not_inactive": ("Orang ini masih aktif.", "This person is still active."),
    "official.only_field": (
        "{field} hanya diisi untuk perangkat desa.",
        "{field} applies to village officials only.",
    ),
    "worker.only_field": (
        "{field} hanya diisi untuk pekerja.",
        "{field} applies to workers only.",
    ),
    "session.not_found": ("Sesi sosialisasi tidak ditemukan.", "Socialization session not found."),
    "attendance.duplicate_nik": (
        "NIK ini sudah tercatat hadir di sesi ini ({name}).",
        "This NIK is already on this session's attendance ({name}).",
    ),
    "attendance.not_found": ("Peserta tidak ditemukan.", "Attendee not found."),
    "sync.take_hq_blocked": (
        'Versi pusat tidak bisa dipakai di laptop ini: NIK-nya dipakai data lain yang aktif, atau desanya tidak dilayani di sini. Pilih "Simpan versi saya" atau perbaiki data lain itu dulu.',
        "HQ's version cannot be used on this laptop: its NIK belongs to another active record here, or its village is not served here. Keep yours, or fix that other record first.",
    ),
    "sync.not_rejected": (
        "Data ini tidak sedang ditolak oleh server pusat.",
        "This record has not been refused by HQ.",
    ),
    "sync.no_conflict": (
        "Data ini tidak sedang berkonflik dengan server pusat.",
        "This record is not in conflict with HQ.",
    ),
}
