"""Messages for every issue code the domain rules report: (Indonesian, English) templates.

Codes are prefixed by topic ("nik.", "phone.", "income.", ...). Both templates of a code use
the same ``{placeholders}``; a test checks this. Parameters are language-neutral (digits, codes,
amounts already formatted as "Rp1.000.000", dates as DD-MM-YYYY).
"""

from __future__ import annotations

from datetime import date

_NIK = {
    "nik.required": ("NIK wajib diisi.", "The NIK is required."),
    "nik.not_digits": (
        "NIK hanya boleh berisi angka; ditemukan karakter lain: {chars}.",
        "The NIK may contain digits only; other characters found: {chars}.",
    ),
    "nik.length": (
        "NIK harus 16 digit angka (tertulis {count}).",
        "The NIK must be 16 digits ({count} given).",
    ),
    "nik.province_unknown": (
        "Kode provinsi {province} pada NIK (2 digit pertama) tidak dikenal.",
        "The province code {province} in the NIK (first 2 digits) is not a known province.",
    ),
    "nik.regency_zero": (
        "Kode kabupaten/kota pada NIK (digit ke-3 dan ke-4) tidak boleh 00.",
        "The regency/city code in the NIK (digits 3 and 4) cannot be 00.",
    ),
    "nik.district_zero": (
        "Kode kecamatan pada NIK (digit ke-5 dan ke-6) tidak boleh 00.",
        "The district code in the NIK (digits 5 and 6) cannot be 00.",
    ),
    "nik.region_unknown": (
        "Kode wilayah {region} pada NIK tidak ada dalam daftar wilayah Kemendagri terbaru. "
        "Periksa kembali NIK-nya; NIK lama dapat memakai kode wilayah sebelum pemekaran.",
        "The region code {region} in the NIK is not in the current Kemendagri region list. "
        "Please check the NIK; an older NIK may carry a code from before a region was split.",
    ),
    "nik.birth_date_invalid": (
        "Tanggal lahir pada NIK (digit ke-7 sampai ke-12: {encoded}) bukan tanggal yang benar.",
        "The birth date in the NIK (digits 7 to 12: {encoded}) is not a real date.",
    ),
    "nik.serial_zero": (
        "Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.",
        "The serial number in the NIK (last 4 digits) cannot be 0000.",
    ),
    "nik.birth_date_mismatch": (
        "Tanggal lahir pada NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi "
        "({typed_date}). Mohon cocokkan dengan KTP; NIK tidak berubah walaupun tanggal lahir "
        "pernah diperbaiki.",
        "The birth date in the NIK ({nik_date}) differs from the birth date entered "
        "({typed_date}). Please check against the KTP; a NIK is not changed when a birth date "
        "is corrected.",
    ),
    "nik.sex_mismatch": (
        "Jenis kelamin pada NIK ({nik_sex}) berbeda dengan jenis kelamin yang diisi "
        "({typed_sex}). Pada NIK perempuan, tanggal lahir ditambah 40. Mohon periksa kembali.",
        "The sex encoded in the NIK ({nik_sex}) differs from the sex entered ({typed_sex}); "
        "L = male, P = female, and a woman's NIK adds 40 to the day of birth. Please check.",
    ),
}

_PEOPLE = {
    "name.empty": ("Nama wajib diisi.", "The name is required."),
    "name.no_letters": ("Nama harus berisi huruf.", "The name must contain letters."),
    "name.digits": ("Nama tidak boleh berisi angka.", "The name cannot contain digits."),
    "name.characters": (
        "Nama berisi tanda yang tidak diperbolehkan: {chars}. Selain huruf dan spasi, yang boleh "
        "hanya apostrof ('), tanda hubung (-), titik (.) dan koma (,).",
        "The name contains characters that are not allowed: {chars}. Besides letters and "
        "spaces, only apostrophes ('), hyphens (-), dots (.) and commas (,) are allowed.",
    ),
    "name.too_long": (
        "Nama terlalu panjang ({length} karakter; paling banyak {maximum}).",
        "The name is too long ({length} characters; at most {maximum}).",
    ),
    "phone.required": ("Nomor HP wajib diisi.", "The mobile phone number is required."),
    "phone.format": (
        "Nomor HP tidak valid. Tulis nomor yang diawali 08, 628 atau +628, hanya dengan angka "
        "(contoh 0812-3456-7890).",
        "The phone number is not valid. Write a number starting with 08, 628 or +628, using "
        "digits only (e.g. 0812-3456-7890).",
    ),
    "phone.length": (
        "Panjang nomor telepon tidak sesuai ({count} digit). Nomor HP terdiri dari 10–13 digit "
        "termasuk angka 0 di depan.",
        "The phone number has the wrong length ({count} digits). A mobile number has 10–13 "
        "digits including the leading 0.",
    ),
    "phone.not_mobile": (
        "Nomor {number} tampaknya nomor telepon rumah atau kantor, bukan nomor HP. Jika memang "
        "tidak ada nomor HP, nomor ini tetap dapat disimpan.",
        "{number} looks like a landline number, not a mobile number. If there is no mobile "
        "number, it can still be saved.",
    ),
    "phone.prefix_unknown": (
        "Awalan nomor HP {prefix} tidak dikenal. Periksa kembali nomornya.",
        "The mobile number prefix {prefix} is not known. Please check the number.",
    ),
    "kk.not_digits": (
        "Nomor KK hanya boleh berisi angka; ditemukan karakter lain: {chars}.",
        "The family card (KK) number may contain digits only; other characters found: {chars}.",
    ),
    "kk.length": (
        "Nomor KK harus 16 digit angka (tertulis {count}).",
        "The family card (KK) number must be 16 digits ({count} given).",
    ),
    "kk.province_unknown": (
        "Kode provinsi {province} pada nomor KK (2 digit pertama) tidak dikenal.",
        "The province code {province} in the family card (KK) number (first 2 digits) is "
        "not known.",
    ),
    "kk.regency_zero": (
        "Kode kabupaten/kota pada nomor KK (digit ke-3 dan ke-4) tidak boleh 00.",
        "The regency/city code in the family card (KK) number (digits 3 and 4) cannot be 00.",
    ),
    "kk.district_zero": (
        "Kode kecamatan pada nomor KK (digit ke-5 dan ke-6) tidak boleh 00.",
        "The district code in the family card (KK) number (digits 5 and 6) cannot be 00.",
    ),
    "kk.region_unknown": (
        "Kode wilayah {region} pada nomor KK tidak ada dalam daftar wilayah Kemendagri terbaru. "
        "Periksa kembali nomor KK-nya; KK lama dapat memakai kode wilayah sebelum pemekaran.",
        "The region code {region} in the family card (KK) number is not in the current Kemendagri "
        "region list. Please check it; an older KK may carry a code from before a region split.",
    ),
    "kk.serial_zero": (
        "Nomor urut pada nomor KK (4 digit terakhir) tidak boleh 0000.",
        "The serial number in the family card (KK) number (last 4 digits) cannot be 0000.",
    ),
    "birth_date.future": (
        "Tanggal lahir tidak boleh sesudah hari ini.",
        "The birth date cannot be after today.",
    ),
    "birth_date.before_1900": (
        "Tanggal lahir sebelum tahun 1900 tidak mungkin benar. Periksa tahun lahirnya.",
        "A birth date before 1900 cannot be right. Please check the year of birth.",
    ),
    "birth_date.young": (
        "Umurnya baru {age} tahun, di bawah usia kerja ({minimum} tahun). Pastikan tanggal "
        "lahirnya benar.",
        "The person is only {age}, below working age ({minimum}). Please make sure the birth "
        "date is right.",
    ),
    "birth_date.old": (
        "Umurnya sudah {age} tahun, di atas {maximum} tahun. Pastikan tanggal lahirnya benar.",
        "The person is already {age}, older than {maximum}. Please make sure the birth date "
        "is right.",
    ),
    "decile.range": (
        "Desil kesejahteraan harus angka 1 sampai 10 (tertulis {value}).",
        "The welfare decile must be a number from 1 to 10 ({value} given).",
    ),
    "rt_rw.format": (
        'Nomor RT/RW harus 1–3 digit angka, misalnya 001 (tertulis "{value}").',
        'The RT/RW number must be 1–3 digits, e.g. 001 ("{value}" given).',
    ),
    "rt_rw.zero": ("Nomor RT/RW tidak boleh 000.", "The RT/RW number cannot be 000."),
}

_REGIONS = {
    "village_code.format": (
        "Kode desa harus ditulis seperti 53.01.05.2010 atau 10 digit angka seperti 5301052010 "
        '(tertulis "{value}").',
        "The village code must look like 53.01.05.2010 or be 10 digits like 5301052010 "
        '("{value}" given).',
    ),
    "village_code.zero_part": (
        "Kode desa {village} tidak benar: kode kabupaten/kota dan kecamatan tidak boleh 00, dan "
        "kode desa tidak boleh 0000.",
        "The village code {village} is not right: the regency/city and district parts cannot be "
        "00, and the village part cannot be 0000.",
    ),
    "village_code.type_digit": (
        "Bagian desa pada kode {village} harus diawali angka 1 (kelurahan), 2 (desa) atau "
        "3 (desa adat).",
        "The village part of the code {village} must start with 1 (kelurahan), 2 (desa) or "
        "3 (desa adat).",
    ),
    "village_code.province_unknown": (
        "Kode provinsi {province} pada kode desa {village} tidak dikenal.",
        "The province code {province} in the village code {village} is not known.",
    ),
    "village_code.unknown": (
        "Kode desa {village} tidak ada dalam daftar wilayah Kemendagri yang terpasang di aplikasi. "
        "Desa baru mungkin belum tercantum; pastikan kodenya benar.",
        "The village code {village} is not in the Kemendagri region list installed in the app. "
        "A new village may not be listed yet; please make sure the code is right.",
    ),
}

_CONTRIBUTIONS = {
    "income.below_minimum": (
        "Penghasilan yang dilaporkan ({income}) di bawah batas terendah {minimum} per bulan.",
        "The declared income ({income}) is below the minimum of {minimum} per month.",
    ),
    "income.above_top_bracket": (
        "Penghasilan {income} melebihi golongan penghasilan tertinggi dalam tabel iuran; iuran "
        "dihitung dari {base}.",
        "The income of {income} is above the highest income bracket in the rate table; "
        "contributions are calculated on {base}.",
    ),
    "payment_months.not_allowed": (
        "Periode pembayaran {months} bulan tidak tersedia. Pilih salah satu: {allowed} bulan.",
        "A payment period of {months} months is not available. Choose one of: {allowed} months.",
    ),
    "payment_months.not_positive": (
        "Jumlah bulan pembayaran paling sedikit 1.",
        "The number of months paid must be at least 1.",
    ),
    "siltap.not_positive": (
        "Siltap (penghasilan tetap) harus lebih dari Rp0.",
        "The fixed village salary (siltap) must be more than Rp0.",
    ),
    "siltap.below_minimum": (
        "Siltap {siltap} di bawah penghasilan tetap minimum {minimum} untuk jabatan ini "
        "(PP 11/2019). Periksa kembali jumlahnya.",
        "The siltap of {siltap} is below the minimum fixed salary of {minimum} for this "
        "position (PP 11/2019). Please check the amount.",
    ),
    "rates.no_version": (
        "Tabel tarif iuran belum memuat tarif yang berlaku pada {date}. Perbarui tabel tarif "
        "dari kantor pusat.",
        "The rate table has no rates in force on {date}. Please update the rate table from "
        "headquarters.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {**_NIK, **_PEOPLE, **_REGIONS, **_CONTRIBUTIONS}


def display_date(value: date) -> str:
    """A date as message parameter: DD-MM-YYYY, as printed on the KTP."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
