"""HQ's own messages: (Indonesian, English) templates by code, with ``{placeholders}``.

Problem bodies and per-record errors carry both languages: the laptop shows the
Indonesian one by default and the English one when the user chose English. Field
findings of the shared domain rules come from :mod:`desa_desktop.core.i18n` instead.
"""

from __future__ import annotations

from desa_desktop.core import i18n

MESSAGES: dict[str, tuple[str, str]] = {
    # Problems: the whole request was refused, nothing changed.
    "hq.update_required": (
        "Aplikasi Desa Desktop di laptop ini sudah terlalu lama sehingga tidak bisa lagi "
        "berkirim data dengan kantor pusat. Perbarui aplikasi ke versi terbaru, lalu coba lagi. "
        "Data Anda tetap aman tersimpan di laptop.",
        "This copy of Desa Desktop is too old to exchange data with headquarters. "
        "Update the app to the latest version, then try again. "
        "Your data stays safe on this laptop.",
    ),
    "hq.auth_missing": (
        "Laptop ini belum terdaftar di kantor pusat. Daftarkan dulu dengan kode pendaftaran.",
        "This laptop is not enrolled with headquarters. Enroll it first with an enrollment code.",
    ),
    "hq.auth_invalid": (
        "Kunci akses laptop ini tidak dikenal kantor pusat. Daftarkan ulang laptop dengan kode "
        "pendaftaran baru.",
        "Headquarters does not recognise this laptop's access key. Enroll the laptop again "
        "with a new enrollment code.",
    ),
    "hq.auth_revoked": (
        "Akses laptop ini sudah dicabut oleh kantor pusat. Hubungi kantor pusat. Data tetap "
        "aman di laptop.",
        "Headquarters has revoked this laptop's access. Contact headquarters. Your data stays "
        "safe on this laptop.",
    ),
    "hq.enroll_code_invalid": (
        "Kode pendaftaran salah atau sudah pernah dipakai. Minta kode baru ke kantor pusat.",
        "The enrollment code is wrong or has already been used. Ask headquarters for a new one.",
    ),
    "hq.enroll_code_expired": (
        "Kode pendaftaran sudah kedaluwarsa. Minta kode baru ke kantor pusat.",
        "The enrollment code has expired. Ask headquarters for a new one.",
    ),
    "hq.body_too_large": (
        "Kiriman terlalu besar (paling banyak {limit} byte). Kirim dalam bagian yang lebih kecil.",
        "The request is too large (at most {limit} bytes). Send it in smaller parts.",
    ),
    "hq.batch_too_large": (
        "Terlalu banyak data dalam satu kiriman (paling banyak {limit}). Kirim dalam bagian "
        "yang lebih kecil.",
        "Too many records in one request (at most {limit}). Send them in smaller parts.",
    ),
    "hq.bad_json": (
        "Kiriman tidak bisa dibaca (bukan JSON yang sah).",
        "The request could not be read (not valid JSON).",
    ),
    "hq.bad_gzip": (
        "Kiriman terkompresi rusak dan tidak bisa dibuka.",
        "The compressed request is damaged and could not be opened.",
    ),
    "hq.unsupported_encoding": (
        "Cara kompresi kiriman tidak dikenal ({encoding}); gunakan gzip.",
        "Unknown request compression ({encoding}); use gzip.",
    ),
    "hq.bad_request": (
        "Bentuk kiriman tidak sesuai protokol: {detail}",
        "The request does not follow the protocol: {detail}",
    ),
    "hq.bad_cursor": (
        "Penanda tarik data (cursor) tidak sah. Mulai lagi dari awal.",
        "The pull cursor is not valid. Start again from the beginning.",
    ),
    "hq.not_found": ("Alamat tidak ditemukan di kantor pusat.", "No such address at headquarters."),
    "hq.method_not_allowed": (
        "Cara permintaan ini tidak didukung untuk alamat tersebut.",
        "This request method is not supported at that address.",
    ),
    "hq.rate_limited": (
        "Terlalu banyak permintaan dalam waktu singkat. Tunggu {seconds} detik, lalu coba "
        "lagi. Data Anda tetap aman di laptop.",
        "Too many requests in a short time. Wait {seconds} seconds, then try again. "
        "Your data stays safe on this laptop.",
    ),
    "hq.unavailable": (
        "Kantor pusat sedang sibuk. Data akan dikirim ulang otomatis sebentar lagi.",
        "Headquarters is busy. The data will be sent again automatically shortly.",
    ),
    "hq.internal": (
        "Terjadi kesalahan di kantor pusat. Data akan dikirim ulang otomatis nanti.",
        "Something went wrong at headquarters. The data will be sent again automatically later.",
    ),
    # Per-record errors: one record refused or flagged, the rest of the batch goes on.
    "hq.village_not_assigned": (
        "Laptop ini tidak ditugaskan untuk desa {village}. Hubungi kantor pusat.",
        "This laptop is not assigned to village {village}. Contact headquarters.",
    ),
    "hq.duplicate_nik": (
        "NIK ini sudah terdaftar di kantor pusat dari tempat lain (desa {village}). Data tetap "
        "disimpan dan akan diperiksa petugas.",
        "This NIK is already registered at headquarters from elsewhere (village {village}). "
        "The record is kept and will be reviewed.",
    ),
    "hq.not_your_record": (
        "Data ini milik laptop lain dan tidak bisa dikirim dari laptop ini.",
        "This record belongs to another laptop and cannot be sent from this one.",
    ),
    "hq.entity_mismatch": (
        "Kode data ini sudah dipakai untuk jenis data lain di kantor pusat.",
        "This record's identifier is already used for another kind of record at headquarters.",
    ),
    "hq.consent_missing": (
        "Data ini dikirim tanpa persetujuan pemrosesan data pribadi (UU 27/2022). Catat "
        "persetujuannya di laptop, simpan, lalu kirim ulang.",
        "This record was sent without consent to personal data processing (UU 27/2022). "
        "Record the consent on the laptop, save, then send it again.",
    ),
    "hq.type_text": ("{field} harus berupa teks.", "{field} must be text."),
    "hq.type_int": ("{field} harus berupa bilangan bulat.", "{field} must be a whole number."),
    "hq.type_date": (
        "{field} harus berupa tanggal (TTTT-BB-HH).",
        "{field} must be a date (YYYY-MM-DD).",
    ),
    "hq.type_datetime": (
        "{field} harus berupa waktu ISO 8601.",
        "{field} must be an ISO 8601 timestamp.",
    ),
    "hq.type_list": (
        "{field} harus berupa daftar orang (objek).",
        "{field} must be a list of people (objects).",
    ),
    "hq.kind_unknown": (
        'Jenis pendaftaran "{value}" tidak dikenal.',
        'Unknown registration kind "{value}".',
    ),
}

# Field names HQ's own checks use that the core catalogue does not label.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "attendees": ("Daftar hadir", "Attendance list"),
    "inactive_reason": ("Alasan nonaktif", "Reason for leaving"),
    "inactive_date": ("Tanggal nonaktif", "Date of leaving"),
    "kind": ("Jenis pendaftaran", "Registration kind"),
    "consent_at": ("Waktu persetujuan", "Consent time"),
    "uuid": ("Kode data", "Record identifier"),
}


def field_label(field: str, lang: str) -> str:
    """How a field is named to people, from HQ's labels or the core's."""
    pair = FIELD_LABELS.get(field)
    if pair is not None:
        return pair[1] if lang == "en" else pair[0]
    return i18n.field_label(field, lang)


def text(code: str, lang: str = "id", /, **params: str | int) -> str:
    """One HQ message in ``lang``; an unknown code falls back to the core catalogue."""
    templates = MESSAGES.get(code)
    if templates is None:
        return i18n.message(code, lang, **params)
    return (templates[1] if lang == "en" else templates[0]).format(**params)
