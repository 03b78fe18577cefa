"""The one small message catalogue of the Qt-free core (Indonesian default, English available).

Each module that reports issues owns a ``MESSAGES`` dict mapping a code to its
(Indonesian, English) templates with ``{placeholders}``; they are merged here.
The Qt GUI uses Qt's own ``tr()`` for its widgets and this catalogue for core findings.
"""

from __future__ import annotations

from functools import cache

DEFAULT_LANG = "id"
LANGUAGES = ("id", "en")


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """Every core message code with its (id, en) templates."""
    from desa_desktop.core.domain.messages import MESSAGES as DOMAIN
    from desa_desktop.core.security.messages import MESSAGES as SECURITY
    from desa_desktop.core.services.messages import MESSAGES as SERVICES

    merged: dict[str, tuple[str, str]] = {}
    for part in (DOMAIN, SERVICES, SECURITY):
        overlap = merged.keys() & part.keys()
        if overlap:
            raise RuntimeError(f"message codes defined twice: {sorted(overlap)}")
        merged.update(part)
    return merged


def message(code: str, lang: str = DEFAULT_LANG, /, **params: str | int) -> str:
    """Render a message; an unknown code falls back to the code itself so nothing is hidden."""
    templates = catalogue().get(code)
    if templates is None:
        return code if not params else f"{code} {params}"
    template = templates[1] if lang == "en" else templates[0]
    return template.format(**params)


# How fields are named to people, for messages such as "Nama wajib diisi."
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "nik": ("NIK", "NIK"),
    "name": ("Nama", "Name"),
    "birth_place": ("Tempat lahir", "Place of birth"),
    "birth_date": ("Tanggal lahir", "Date of birth"),
    "sex": ("Jenis kelamin", "Sex"),
    "marital_status": ("Status perkawinan", "Marital status"),
    "mother_maiden_name": ("Nama ibu kandung", "Mother's maiden name"),
    "address": ("Alamat", "Address"),
    "rt": ("RT", "RT"),
    "rw": ("RW", "RW"),
    "dusun": ("Dusun", "Hamlet (dusun)"),
    "village_code": ("Kode desa", "Village code"),
    "phone": ("Nomor HP", "Mobile number"),
    "kk_number": ("Nomor KK", "Family card number"),
    "decile": ("Desil DTSEN", "DTSEN decile"),
    "occupation": ("Pekerjaan", "Occupation"),
    "income": ("Penghasilan per bulan", "Monthly income"),
    "position": ("Jabatan", "Position"),
    "sk_number": ("Nomor SK", "Decree number"),
    "sk_date": ("Tanggal SK", "Decree date"),
    "siltap": ("Siltap", "Fixed salary (siltap)"),
    "program": ("Program", "Programmes"),
    "start_date": ("Tanggal mulai", "Start date"),
    "payment_months": ("Periode bayar", "Payment period"),
    "funding_source": ("Sumber dana", "Funding source"),
    "next_of_kin_name": ("Nama ahli waris", "Next of kin's name"),
    "next_of_kin_relation": ("Hubungan ahli waris", "Next of kin's relationship"),
    "next_of_kin_phone": ("Nomor HP ahli waris", "Next of kin's mobile number"),
    "consent": ("Persetujuan data", "Data-processing consent"),
    "operator_name": ("Nama operator", "Operator name"),
    "password": ("Kata sandi", "Password"),
    "effective_date": ("Tanggal berlaku", "Effective date"),
    "reason": ("Alasan", "Reason"),
    "held_on": ("Tanggal sosialisasi", "Session date"),
    "place": ("Tempat", "Place"),
    "facilitator": ("Fasilitator", "Facilitator"),
    "target_officials": ("Jumlah perangkat desa", "Number of village officials"),
    "target_workers": ("Target pekerja", "Worker target"),
    "version": ("Versi data", "Record version"),
}


def field_label(field: str, lang: str = DEFAULT_LANG) -> str:
    """How a field is named to people in ``lang``."""
    pair = FIELD_LABELS.get(field)
    if pair is None:
        return field
    return pair[1] if lang == "en" else pair[0]
