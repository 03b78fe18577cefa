"""The people of the demo village (Desa Bolok, Kabupaten Kupang): names, births, work.

Names as the coast west of Kupang has them: Timorese and Rotenese families beside Bajo,
Bugis and Makassar fishing families; one person with a single name (Nurhayati), one
with an apostrophe (Ma'ruf). Births are real dates; the NIKs are made to agree with them.
"""

from __future__ import annotations

Born = tuple[int, int, int]  # day, month, year
OfficialEntry = tuple[str, str, Born, str, int]
WorkerEntry = tuple[str, str, Born, str, int, str]

# name, sex, birth (d, m, y), position, siltap
OFFICIALS: list[OfficialEntry] = [
    ("Dorkas Sae", "P", (2, 7, 1975), "kepala_desa", 2_426_640),
    ("Yusuf Bana", "L", (14, 2, 1980), "sekretaris_desa", 2_224_420),
    ("Agustinus Lay", "L", (9, 11, 1984), "kaur", 2_022_200),
    ("Selfina Tanesib", "P", (23, 5, 1988), "kaur", 2_022_200),
    ("Markus Nenabu", "L", (3, 1, 1979), "kasi", 2_022_200),
    ("Naomi Ledo", "P", (17, 8, 1990), "kasi", 2_022_200),
    ("Hamzah Daeng", "L", (30, 6, 1972), "kepala_dusun", 2_022_200),
    ("Paulus Kolo", "L", (12, 12, 1981), "kepala_dusun", 2_022_200),
]
OFFICIALS_TARGET = 9  # one kepala dusun is still to be registered: the checklist shows it

# name, sex, birth (d, m, y), occupation, monthly income, dusun
WORKERS: list[WorkerEntry] = [
    ("Yohanes Ndun", "L", (12, 3, 1985), "Nelayan/Perikanan", 1_500_000, "Dusun I"),
    ("Maria Tefa", "P", (5, 9, 1987), "Perdagangan", 1_200_000, "Dusun I"),
    ("Abdul Rahman", "L", (21, 4, 1978), "Nelayan/Perikanan", 1_800_000, "Dusun III"),
    ("Siti Aminah", "P", (8, 10, 1983), "Perdagangan", 1_000_000, "Dusun III"),
    ("Ma'ruf Amin", "L", (1, 1, 1970), "Ustadz/Mubaligh", 1_000_000, "Dusun III"),
    ("Daniel Pah", "L", (19, 7, 1982), "Petani/Pekebun", 1_000_000, "Dusun II"),
    ("Rut Nomleni", "P", (27, 2, 1991), "Petani/Pekebun", 1_000_000, "Dusun II"),
    ("Simon Bire", "L", (15, 5, 1976), "Peternak", 1_300_000, "Dusun II"),
    ("Yuliana Kase", "P", (11, 11, 1989), "Tukang Jahit", 1_100_000, "Dusun I"),
    ("Petrus Boimau", "L", (6, 6, 1986), "Transportasi", 2_000_000, "Dusun I"),
    ("Anace Tasuib", "P", (29, 3, 1993), "Perdagangan", 1_000_000, "Dusun II"),
    ("Kornelis Funan", "L", (10, 8, 1974), "Tukang Batu", 1_600_000, "Dusun IV"),
    ("Ismail Bajo", "L", (4, 4, 1980), "Buruh Nelayan/Perikanan", 1_000_000, "Dusun III"),
    ("Nurhayati", "P", (16, 12, 1984), "Perdagangan", 1_200_000, "Dusun III"),
    ("Ferdinand Sabu", "L", (22, 1, 1988), "Nelayan/Perikanan", 1_700_000, "Dusun I"),
    ("Elisabeth Ati", "P", (13, 6, 1979), "Petani/Pekebun", 1_000_000, "Dusun IV"),
    ("Yakobus Manu", "L", (25, 9, 1983), "Buruh Tani/Perkebunan", 1_000_000, "Dusun IV"),
    ("Martha Lakapu", "P", (7, 7, 1990), "Mengurus Rumah Tangga", 1_000_000, "Dusun II"),
    ("Hendrik Tameno", "L", (18, 10, 1977), "Tukang Kayu", 1_500_000, "Dusun IV"),
    ("Sarlota Benu", "P", (2, 2, 1986), "Perdagangan", 1_100_000, "Dusun I"),
    ("Aloysius Nahak", "L", (28, 5, 1981), "Petani/Pekebun", 1_000_000, "Dusun II"),
    ("Fatmawati Umar", "P", (9, 3, 1992), "Buruh Harian Lepas", 1_000_000, "Dusun III"),
    ("Lukas Seran", "L", (31, 8, 1975), "Nelayan/Perikanan", 1_900_000, "Dusun I"),
    ("Ester Lopo", "P", (20, 4, 1985), "Petani/Pekebun", 1_000_000, "Dusun IV"),
    ("Matheos Kana", "L", (3, 12, 1987), "Mekanik", 1_800_000, "Dusun I"),
    ("Yosefina Taek", "P", (14, 1, 1994), "Penata Rias", 1_200_000, "Dusun II"),
    ("Gabriel Mali", "L", (8, 8, 1972), "Buruh Harian Lepas", 1_000_000, "Dusun IV"),
    ("Hadija Baso", "P", (26, 6, 1982), "Perdagangan", 1_300_000, "Dusun III"),
    ("Arnoldus Leu", "L", (11, 3, 1990), "Transportasi", 2_100_000, "Dusun II"),
    ("Debora Nalle", "P", (5, 5, 1988), "Tukang Jahit", 1_000_000, "Dusun I"),
    ("Zakaria Laomo", "L", (17, 9, 1969), "Nelayan/Perikanan", 1_500_000, "Dusun III"),
    ("Imelda Kolo", "P", (23, 11, 1983), "Peternak", 1_000_000, "Dusun IV"),
    ("Samuel Ndolu", "L", (1, 6, 1986), "Tukang Listrik", 1_700_000, "Dusun II"),
    ("Adelina Tefu", "P", (12, 2, 1980), "Petani/Pekebun", 1_000_000, "Dusun IV"),
    ("Rahmat Hidayat", "L", (29, 7, 1984), "Imam Masjid", 1_000_000, "Dusun III"),
    ("Oktovianus Taus", "L", (9, 10, 1991), "Nelayan/Perikanan", 1_400_000, "Dusun I"),
]
# Typed after the last sync: they wait in the outbox.
NEW_WORKERS: list[WorkerEntry] = [
    ("Mikael Missa", "L", (15, 4, 1989), "Petani/Pekebun", 1_000_000, "Dusun II"),
    ("Agnes Naitboho", "P", (3, 3, 1995), "Perdagangan", 1_000_000, "Dusun I"),
    ("Umar Sidik", "L", (24, 12, 1977), "Nelayan/Perikanan", 1_600_000, "Dusun III"),
    ("Theresia Bete", "P", (19, 8, 1986), "Tukang Jahit", 1_000_000, "Dusun II"),
]
MOTHERS = ("Maria Tefa", "Yuliana Bana", "Siti Hawa", "Martha Ndun", "Ester Sae", "Aminah Daeng")
# Present at the session but not (yet) registered: no KTP with them that day.
GUESTS = (
    ("Yeremias Tode", "Petani"),
    ("Lince Sabaat", "Pedagang kue"),
    ("Ahmad Fauzi", "Nelayan"),
    ("Orpa Bani", "Penenun"),
)
