"""The documents' wording: English source strings, Indonesian by default, both always at hand.

Each string is registered with ``QT_TRANSLATE_NOOP("Documents", ...)`` so Qt's lupdate
collects it into the app's .ts file. A document is printed in the language asked for, not
the one the app runs in: English is the source text; Indonesian comes from the installed
Qt translation when it has the string, else from the catalogue below (so a receipt is
Indonesian even in an app running in English, and before the .ts has caught up).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desa_desktop.ui.documents.data import VillageInfo

CONTEXT = "Documents"

# QT_TRANSLATE_NOOP is typed as returning object; it returns its text unchanged.
INDONESIAN: dict[object, str] = {
    QT_TRANSLATE_NOOP("Documents", "%1 attendee(s) recorded"): "%1 peserta hadir tercatat",
    QT_TRANSLATE_NOOP("Documents", "%1 month(s)"): "%1 bulan",
    QT_TRANSLATE_NOOP("Documents", "Accepted by HQ"): "Diterima kantor pusat",
    QT_TRANSLATE_NOOP("Documents", "Address"): "Alamat",
    QT_TRANSLATE_NOOP("Documents", "Amount"): "Jumlah",
    QT_TRANSLATE_NOOP("Documents", "Attendance sheet"): "Daftar Hadir",
    QT_TRANSLATE_NOOP(
        "Documents", "BPJS Ketenagakerjaan · Desa Sadar Jaminan Sosial Ketenagakerjaan"
    ): "BPJS Ketenagakerjaan · Desa Sadar Jaminan Sosial Ketenagakerjaan",
    QT_TRANSLATE_NOOP(
        "Documents", "Confirmed by HQ: head and every official accepted"
    ): "Dikonfirmasi kantor pusat: kepala desa dan semua perangkat diterima",
    QT_TRANSLATE_NOOP("Documents", "Contribution"): "Iuran",
    QT_TRANSLATE_NOOP(
        "Documents", "Contribution base %1 · rate table %2"
    ): "Dasar iuran %1 · tabel tarif %2",
    QT_TRANSLATE_NOOP("Documents", "Coverage"): "Cakupan",
    QT_TRANSLATE_NOOP("Documents", "Date"): "Tanggal",
    QT_TRANSLATE_NOOP("Documents", "Decree (SK)"): "Nomor SK",
    QT_TRANSLATE_NOOP(
        "Documents", "Desa Sadar Jaminan Sosial Ketenagakerjaan"
    ): "Desa Sadar Jaminan Sosial Ketenagakerjaan",
    QT_TRANSLATE_NOOP(
        "Documents", "Desa Sadar as entered here; waiting for HQ."
    ): "Desa Sadar menurut data di sini; menunggu kantor pusat.",
    QT_TRANSLATE_NOOP("Documents", "Desa Sadar checklist"): "Daftar periksa Desa Sadar",
    QT_TRANSLATE_NOOP("Documents", "Desa Sadar criterion"): "Kriteria Desa Sadar",
    QT_TRANSLATE_NOOP(
        "Documents", "Desa Sadar: confirmed by HQ."
    ): "Desa Sadar: dikonfirmasi kantor pusat.",
    QT_TRANSLATE_NOOP(
        "Documents", "Draft: the registration is not complete yet."
    ): "Draf: pendaftaran belum lengkap.",
    QT_TRANSLATE_NOOP(
        "Documents", "Every village official registered: %1 of %2"
    ): "Semua perangkat desa terdaftar: %1 dari %2",
    QT_TRANSLATE_NOOP("Documents", "Facilitator"): "Fasilitator",
    QT_TRANSLATE_NOOP("Documents", "Fixed salary (siltap)"): "Penghasilan tetap (siltap)",
    QT_TRANSLATE_NOOP("Documents", "Funding source"): "Sumber dana",
    QT_TRANSLATE_NOOP("Documents", "Generated"): "Dibuat",
    QT_TRANSLATE_NOOP("Documents", "In words"): "Terbilang",
    QT_TRANSLATE_NOOP("Documents", "Informal worker (BPU)"): "Pekerja Bukan Penerima Upah (BPU)",
    QT_TRANSLATE_NOOP("Documents", "KPJ number"): "Nomor KPJ",
    QT_TRANSLATE_NOOP("Documents", "Membership"): "Kepesertaan",
    QT_TRANSLATE_NOOP("Documents", "Met"): "Terpenuhi",
    QT_TRANSLATE_NOOP("Documents", "Mobile number"): "Nomor HP",
    QT_TRANSLATE_NOOP("Documents", "Monthly income"): "Penghasilan per bulan",
    QT_TRANSLATE_NOOP("Documents", "Months"): "Bulan",
    QT_TRANSLATE_NOOP("Documents", "NIK"): "NIK",
    QT_TRANSLATE_NOOP("Documents", "Name"): "Nama",
    QT_TRANSLATE_NOOP("Documents", "Next of kin"): "Ahli waris",
    QT_TRANSLATE_NOOP(
        "Documents", "No contribution can be computed yet."
    ): "Iuran belum dapat dihitung.",
    QT_TRANSLATE_NOOP(
        "Documents", "No workers' target is set for this village."
    ): "Target pekerja desa ini belum diisi.",
    QT_TRANSLATE_NOOP("Documents", "No."): "No.",
    QT_TRANSLATE_NOOP("Documents", "Not yet"): "Belum",
    QT_TRANSLATE_NOOP("Documents", "Not yet a Desa Sadar village."): "Belum menjadi Desa Sadar.",
    QT_TRANSLATE_NOOP("Documents", "Occupation"): "Pekerjaan",
    QT_TRANSLATE_NOOP("Documents", "Officer"): "Petugas",
    QT_TRANSLATE_NOOP("Documents", "Official"): "Perangkat",
    QT_TRANSLATE_NOOP("Documents", "Paid by"): "Dibayar oleh",
    QT_TRANSLATE_NOOP("Documents", "Paid by each"): "Bagian tiap pembayar",
    QT_TRANSLATE_NOOP("Documents", "Participant"): "Peserta",
    QT_TRANSLATE_NOOP("Documents", "Payment period"): "Periode pembayaran",
    QT_TRANSLATE_NOOP(
        "Documents", "Pending acceptance by HQ."
    ): "Menunggu penerimaan kantor pusat.",
    QT_TRANSLATE_NOOP("Documents", "Per month"): "Per bulan",
    QT_TRANSLATE_NOOP("Documents", "Place"): "Tempat",
    QT_TRANSLATE_NOOP("Documents", "Place, date of birth"): "Tempat, tanggal lahir",
    QT_TRANSLATE_NOOP("Documents", "Position"): "Jabatan",
    QT_TRANSLATE_NOOP("Documents", "Position / occupation"): "Jabatan / pekerjaan",
    QT_TRANSLATE_NOOP("Documents", "Programme"): "Program",
    QT_TRANSLATE_NOOP("Documents", "Programmes"): "Program",
    QT_TRANSLATE_NOOP("Documents", "Receipt no."): "No. tanda terima",
    QT_TRANSLATE_NOOP("Documents", "Registered"): "Terdaftar",
    QT_TRANSLATE_NOOP(
        "Documents", "Registered means complete and not refused or ended: ready, sent or accepted."
    ): "Terdaftar berarti lengkap dan tidak ditolak atau berakhir: siap kirim, terkirim, atau diterima.",
    QT_TRANSLATE_NOOP("Documents", "Registered on"): "Didaftarkan",
    QT_TRANSLATE_NOOP("Documents", "Registering officer"): "Petugas pendaftaran",
    QT_TRANSLATE_NOOP("Documents", "Registration ID"): "ID pendaftaran",
    QT_TRANSLATE_NOOP(
        "Documents", "Registration accepted by BPJS Ketenagakerjaan."
    ): "Pendaftaran telah diterima BPJS Ketenagakerjaan.",
    QT_TRANSLATE_NOOP("Documents", "Registration receipt"): "Tanda Terima Pendaftaran",
    QT_TRANSLATE_NOOP(
        "Documents", "Registration refused by HQ."
    ): "Pendaftaran ditolak kantor pusat.",
    QT_TRANSLATE_NOOP("Documents", "Registrations"): "Pendaftaran",
    QT_TRANSLATE_NOOP("Documents", "Registrations by status"): "Pendaftaran menurut status",
    QT_TRANSLATE_NOOP("Documents", "Sex"): "Jenis kelamin",
    QT_TRANSLATE_NOOP("Documents", "Signature"): "Tanda tangan",
    QT_TRANSLATE_NOOP(
        "Documents", "Socialization of BPJS Ketenagakerjaan social security"
    ): "Sosialisasi jaminan sosial BPJS Ketenagakerjaan",
    QT_TRANSLATE_NOOP("Documents", "Start date"): "Tanggal mulai",
    QT_TRANSLATE_NOOP("Documents", "Status"): "Status",
    QT_TRANSLATE_NOOP("Documents", "Target"): "Target",
    QT_TRANSLATE_NOOP(
        "Documents", "The KPJ number is given once BPJS Ketenagakerjaan accepts the registration."
    ): "Nomor KPJ diberikan setelah BPJS Ketenagakerjaan menerima pendaftaran ini.",
    QT_TRANSLATE_NOOP("Documents", "This membership has ended."): "Kepesertaan ini telah berakhir.",
    QT_TRANSLATE_NOOP("Documents", "Topic"): "Materi",
    QT_TRANSLATE_NOOP("Documents", "Total"): "Total",
    QT_TRANSLATE_NOOP(
        "Documents", "Universal Coverage Jamsostek (UCJ): %1 of the workers' target registered."
    ): "Universal Coverage Jamsostek (UCJ): %1 dari target pekerja telah terdaftar.",
    QT_TRANSLATE_NOOP("Documents", "Village"): "Desa",
    QT_TRANSLATE_NOOP("Documents", "Village code"): "Kode desa",
    QT_TRANSLATE_NOOP("Documents", "Village coverage report"): "Laporan Cakupan Desa",
    QT_TRANSLATE_NOOP("Documents", "Village government"): "Pemerintah desa",
    QT_TRANSLATE_NOOP("Documents", "Village head registered"): "Kepala desa terdaftar",
    QT_TRANSLATE_NOOP("Documents", "Village official (PU)"): "Perangkat desa (Penerima Upah)",
    QT_TRANSLATE_NOOP("Documents", "Village officials"): "Perangkat desa",
    QT_TRANSLATE_NOOP("Documents", "Who"): "Kelompok",
    QT_TRANSLATE_NOOP("Documents", "Workers (UCJ)"): "Pekerja (UCJ)",
    QT_TRANSLATE_NOOP("Documents", "Yes"): "Ya",
    QT_TRANSLATE_NOOP("Documents", "registered"): "terdaftar",
}

MONTHS = {
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


class Texts:
    """The strings of one document in one language: ``t("Name")`` -> "Nama"."""

    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang == "en" else "id"

    def __call__(self, source: str) -> str:
        if source not in INDONESIAN:
            raise KeyError(f"document string not in the catalogue: {source!r}")
        if self.lang == "en":
            return source
        installed = QCoreApplication.translate(CONTEXT, source)
        return installed if installed != source else INDONESIAN[source]


def long_date(value: date | None, lang: str) -> str:
    """A date written out: "21 November 2026" (month names in ``lang``); "" for None."""
    if value is None:
        return ""
    names = MONTHS["en" if lang == "en" else "id"]
    return f"{value.day} {names[value.month - 1]} {value.year}"


def village_line(village: VillageInfo) -> str:
    """ "Desa Bolok, Kec. Kupang Barat, Kab. Kupang, Nusa Tenggara Timur"."""
    parts = [village.name]
    if village.district:
        parts.append(f"Kec. {village.district}")
    if village.regency:
        parts.append(village.regency)
    if village.province:
        parts.append(village.province)
    return ", ".join(parts)
