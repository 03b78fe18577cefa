"""Messages of logins and operator accounts: (Indonesian, English) templates by code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "login.wrong": (
        "Nama operator atau kata sandi salah.",
        "Wrong operator name or password.",
    ),
    "login.wait": (
        "Terlalu banyak kata sandi salah. Coba lagi dalam {seconds} detik.",
        "Too many wrong passwords. Try again in {seconds} seconds.",
    ),
    "login.locked": (
        "Terlalu banyak kata sandi salah: akun ini dikunci sementara. Coba lagi dalam "
        "{minutes} menit, atau minta admin mengatur ulang kata sandi.",
        "Too many wrong passwords: this account is locked for now. Try again in {minutes} "
        "minutes, or ask the admin to reset the password.",
    ),
    "login.inactive": (
        "Akun operator ini sudah dinonaktifkan.",
        "This operator account has been deactivated.",
    ),
    "login.no_key": (
        "Berkas kunci (keys.json) tidak ada di folder data, jadi data tidak dapat dibuka. "
        "Pulihkan berkas itu dari cadangan.",
        "The key file (keys.json) is missing from the data folder, so the data cannot be "
        "opened. Restore that file from a backup.",
    ),
    "login.not_set_up": (
        "Belum ada operator. Buat operator pertama (admin) dulu.",
        "There is no operator yet. Create the first operator (admin) first.",
    ),
    "login.set_up_already": (
        "Data ini sudah punya operator; masuk dengan salah satunya.",
        "This data already has operators; log in as one of them.",
    ),
    "restore.no_keys": (
        "Folder data ini kosong, dan berkas kunci cadangan ({file}) tidak ada di samping "
        "cadangan. Tanpa kunci itu cadangan tidak dapat dibuka.",
        "This data folder is empty and the backup's key file ({file}) is not beside the "
        "backup. Without it the backup cannot be opened.",
    ),
    "operator.name_invalid": (
        "{field}: 2 sampai 60 huruf, angka, spasi, titik, tanda hubung atau apostrof.",
        "{field}: 2 to 60 letters, digits, spaces, dots, hyphens or apostrophes.",
    ),
    "operator.name_taken": (
        "Sudah ada operator bernama {name}.",
        "There is already an operator named {name}.",
    ),
    "operator.unknown": (
        "Tidak ada operator bernama {name}.",
        "There is no operator named {name}.",
    ),
    "operator.admin_only": (
        "Hanya admin yang boleh melakukan ini.",
        "Only the admin may do this.",
    ),
    "operator.last_admin": (
        "Admin terakhir tidak bisa dinonaktifkan.",
        "The last admin cannot be deactivated.",
    ),
    "password.short": (
        "{field} minimal {min} karakter.",
        "{field} must have at least {min} characters.",
    ),
    "password.like_name": (
        "{field} tidak boleh sama dengan nama operator.",
        "{field} cannot be the operator's name.",
    ),
    "password.mismatch": (
        "Kedua kata sandi tidak sama.",
        "The two passwords are not the same.",
    ),
}

# Said at every setup of a store, in the app and on the command line.
LOST_PASSWORDS_WARNING = (
    "PENTING: data di laptop ini dienkripsi dengan kata sandi operator. Jika semua kata sandi "
    "hilang, data yang belum terkirim ke kantor pusat TIDAK DAPAT dipulihkan. Simpan kata "
    "sandi admin di tempat yang aman.",
    "IMPORTANT: the data on this laptop is encrypted with the operators' passwords. If every "
    "password is lost, data not yet sent to HQ CANNOT be recovered. Keep the admin password "
    "somewhere safe.",
)


def say(pair: tuple[str, str], lang: str, **params: object) -> str:
    """One of the (Indonesian, English) texts above in ``lang``."""
    return (pair[1] if lang == "en" else pair[0]).format(**params)
