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
    "consent.required": (
        "Orang ini harus menyetujui pemrosesan data pribadinya (UU 27/2022) sebelum datanya "
        "disimpan. Persetujuan yang sudah tercatat tidak bisa dicabut di aplikasi ini.",
        "This person must agree to the processing of their personal data (UU 27/2022) before "
        "the record is saved. Consent once recorded cannot be withdrawn in this app.",
    ),
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
    # --- spreadsheet import and export (importer.py, spreadsheet.py, exporter.py) ---
    "import.file_type": (
        'Berkas "{suffix}" tidak bisa diimpor. Pakai berkas CSV atau Excel (.xlsx).',
        'A "{suffix}" file cannot be imported. Use a CSV or Excel (.xlsx) file.',
    ),
    "import.not_found": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "import.unreadable": (
        "Berkas ini tidak bisa dibuka ({reason}). Tutup dulu di Excel, lalu coba lagi.",
        "This file cannot be opened ({reason}). Close it in Excel first, then try again.",
    ),
    "import.old_excel": (
        "Ini berkas Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx atau CSV.",
        "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.",
    ),
    "import.zip_as_csv": (
        "Berkas ini bukan CSV (isinya seperti berkas Excel .xlsx). Ganti akhiran namanya menjadi .xlsx atau simpan ulang sebagai CSV.",
        "This file is not a CSV (it looks like an Excel .xlsx file). Rename it to .xlsx or save it again as CSV.",
    ),
    "import.binary": (
        "Berkas ini bukan teks atau spreadsheet (berisi data biner).",
        "This file is not text or a spreadsheet (it holds binary data).",
    ),
    "import.encoding": (
        "Huruf dalam berkas ini tidak terbaca. Simpan ulang sebagai CSV UTF-8.",
        "The characters in this file cannot be read. Save it again as CSV UTF-8.",
    ),
    "import.csv_broken": (
        "Berkas CSV rusak di sekitar baris {line}.",
        "The CSV file is broken around line {line}.",
    ),
    "import.xlsx_broken": (
        "Berkas Excel ini rusak atau bukan berkas .xlsx.",
        "This Excel file is damaged or not an .xlsx file.",
    ),
    "import.empty": (
        "Berkas ini kosong: baris pertama harus berisi judul kolom.",
        "This file is empty: the first row must hold the column headers.",
    ),
    "import.no_rows": (
        "Berkas ini tidak berisi satu baris data pun di bawah judul kolom.",
        "This file holds no data rows under its column headers.",
    ),
    "import.missing_columns": (
        "Kolom wajib tidak ada: {columns}.",
        "Required columns are missing: {columns}.",
    ),
    "import.date_format": (
        '{field} "{value}" tidak terbaca. Tulis sebagai DD-MM-YYYY, DD/MM/YYYY atau YYYY-MM-DD.',
        '{field} "{value}" cannot be read. Write it as DD-MM-YYYY, DD/MM/YYYY or YYYY-MM-DD.',
    ),
    "import.amount_format": (
        '{field} "{value}" bukan jumlah rupiah yang terbaca (contoh: 1500000 atau Rp1.500.000).',
        '{field} "{value}" is not a readable rupiah amount (e.g. 1500000 or Rp1.500.000).',
    ),
    "import.number_format": (
        '{field} "{value}" harus berupa angka.',
        '{field} "{value}" must be a number.',
    ),
    "import.number_precision": (
        "{field} tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit: digit terakhir mungkin hilang ({value}). Format kolomnya sebagai Teks lalu ketik ulang.",
        "{field} is stored as a number in Excel, which keeps only 15 digits: the last digit may be lost ({value}). Format the column as Text and type it again.",
    ),
    "import.yes_no": (
        '{field} "{value}" harus ya atau tidak.',
        '{field} "{value}" must be yes or no.',
    ),
    "import.duplicate_in_file": (
        "NIK ini sudah ada di baris {row} berkas ini.",
        "This NIK is already on row {row} of this file.",
    ),
    "import.is_official": (
        "NIK ini sudah terdaftar sebagai perangkat desa atas nama {name}.",
        "This NIK is already registered as a village official ({name}).",
    ),
    "import.is_worker": (
        "NIK ini sudah terdaftar sebagai pekerja atas nama {name}.",
        "This NIK is already registered as a worker ({name}).",
    ),
    "import.inactive": (
        "NIK ini milik data nonaktif atas nama {name} (meninggal atau keluar). Aktifkan kembali data itu bila perlu; impor tidak mendaftarkannya lagi.",
        "This NIK belongs to an inactive record of {name} (deceased or exited). Reactivate that record if needed; an import does not register it again.",
    ),
    "import.row_failed": (
        "Baris ini tidak bisa disimpan: {reason}",
        "This row could not be saved: {reason}",
    ),
    "export.file_type": (
        'Tidak bisa menyimpan ke berkas "{suffix}". Pakai akhiran .csv atau .xlsx.',
        'Cannot save to a "{suffix}" file. Use a .csv or .xlsx name.',
    ),
}
