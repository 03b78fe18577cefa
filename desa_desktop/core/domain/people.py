"""Checks for personal details: names, phone numbers, KK number, birth date, decile, RT/RW.

Every ``check_*`` returns findings as :class:`Issue` data; those that also clean the value
return ``(value, issues)`` where the value is None whenever there is an error.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from lokal import parse_phone

from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.nik import age_on
from desa_desktop.core.domain.regions import check_region_prefix

NAME_MAX_LENGTH = 100
WORKING_AGE_MIN = 15
WORKING_AGE_MAX = 70
EARLIEST_BIRTH_YEAR = 1900

# Apostrophe look-alikes people type in names such as Ma'ruf.
_APOSTROPHES = "'’`‘ʼ"
_NAME_PUNCTUATION = frozenset(_APOSTROPHES + "-.,")
_SEPARATORS = re.compile(r"[\s.\-]+")
_NON_DIGITS = re.compile(r"[^0-9]")
# Most names are plain Latin letters: checked by one regex instead of character by character.
_PLAIN_NAME = re.compile(f"[A-Za-z][A-Za-z {re.escape(_APOSTROPHES)}.,\\-]*")
_RT_RW = re.compile(r"(?:r[tw]\.?\s*)?([0-9]{1,3})", re.IGNORECASE)


def _clean_text(text: str) -> str:
    """NFC-normalized text with surrounding whitespace stripped and inner runs collapsed."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _is_letter(ch: str) -> bool:
    # Combining marks count as part of a letter (a decomposed accent NFC could not join).
    return unicodedata.category(ch)[0] in "LM"


def check_name(text: str | None, field: str = "name") -> tuple[str | None, list[Issue]]:
    """Check a person's name as written on the KTP and return it tidied.

    Accepts single names, apostrophes (Ma'ruf), hyphens, dots (H. Abdul), commas before
    titles (S.Pd.) and letters of any script. Rejects empty names, digits, other symbols and
    names longer than 100 characters.
    """
    value = _clean_text(text or "")
    if not value:
        return None, [Issue.error(field, "name.empty")]
    if len(value) <= NAME_MAX_LENGTH and _PLAIN_NAME.fullmatch(value):
        return value, []
    issues: list[Issue] = []
    if not any(_is_letter(ch) for ch in value):
        issues.append(Issue.error(field, "name.no_letters"))
    elif any(unicodedata.category(ch)[0] == "N" for ch in value):
        issues.append(Issue.error(field, "name.digits"))
    others = sorted(
        {
            ch
            for ch in value
            if not (_is_letter(ch) or ch == " " or ch in _NAME_PUNCTUATION)
            and unicodedata.category(ch)[0] != "N"
        }
    )
    if others:
        issues.append(Issue.error(field, "name.characters", chars=" ".join(others)))
    if len(value) > NAME_MAX_LENGTH:
        issues.append(
            Issue.error(field, "name.too_long", length=len(value), maximum=NAME_MAX_LENGTH)
        )
    return (None if issues else value), issues


def name_key(text: str) -> str:
    """The key names are searched and compared by: "  Nguyễn  Thị " -> "nguyen thi".

    Accents are dropped, case is folded, apostrophes removed (MA'RUF -> maruf) and
    whitespace collapsed.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = bare.casefold()
    for mark in _APOSTROPHES:
        folded = folded.replace(mark, "")
    return " ".join(folded.split())


def _national_digit_count(text: str) -> int:
    """How many digits the number has when written nationally (0812...)."""
    digits = _NON_DIGITS.sub("", text)
    if digits.startswith("62"):
        return len(digits) - 1
    if digits.startswith("0"):
        return len(digits)
    return len(digits) + 1


def check_phone(
    text: str | None, field: str = "phone", required: bool = False
) -> tuple[str | None, list[Issue]]:
    """Check an Indonesian phone number and return it in E.164 form ("+6281234567890").

    The form asks for a mobile number: a landline is accepted with a warning, as is a mobile
    prefix no operator is known to use. Blank input is fine unless ``required``.
    """
    raw = text or ""
    if not raw.strip():
        return None, [Issue.error(field, "phone.required")] if required else []
    info = parse_phone(raw)
    if info.errors:
        if info.errors[0].code == "length":
            count = _national_digit_count(raw)
            return None, [Issue.error(field, "phone.length", count=count)]
        return None, [Issue.error(field, "phone.format")]
    issues: list[Issue] = []
    if info.type == "landline":
        issues.append(Issue.warning(field, "phone.not_mobile", number=info.national or raw))
    elif any(w.code == "prefix_unknown" for w in info.warnings):
        prefix = (info.national or "")[:4]
        issues.append(Issue.warning(field, "phone.prefix_unknown", prefix=prefix))
    return info.e164, issues


def check_kk(text: str | None, field: str = "kk_number") -> tuple[str | None, list[Issue]]:
    """Check an optional family card (KK) number and return its 16 digits.

    The first 6 digits are the issuing region and are checked like a NIK's; the date layout
    of the middle digits is uncertain, so only the serial (last 4, never 0000) is checked.
    """
    compact = _SEPARATORS.sub("", text or "")
    if not compact:
        return None, []
    others = sorted(set(re.sub(r"[0-9]", "", compact)))
    if others:
        return None, [Issue.error(field, "kk.not_digits", chars=" ".join(others))]
    if len(compact) != 16:
        return None, [Issue.error(field, "kk.length", count=len(compact))]
    issues = check_region_prefix(compact[:6], field, "kk")
    if compact[12:] == "0000":
        issues.append(Issue.error(field, "kk.serial_zero"))
    has_error = any(i.is_error for i in issues)
    return (None if has_error else compact), issues


def check_birth_date(
    value: date | None, *, today: date | None = None, field: str = "birth_date"
) -> list[Issue]:
    """Check a typed birth date: not in the future, not before 1900, and a warning outside
    the usual working age of 15 to 70. A missing date is the caller's concern."""
    if value is None:
        return []
    today = today or date.today()
    if value > today:
        return [Issue.error(field, "birth_date.future")]
    if value.year < EARLIEST_BIRTH_YEAR:
        return [Issue.error(field, "birth_date.before_1900")]
    age = age_on(value, today)
    if age < WORKING_AGE_MIN:
        return [Issue.warning(field, "birth_date.young", age=age, minimum=WORKING_AGE_MIN)]
    if age > WORKING_AGE_MAX:
        return [Issue.warning(field, "birth_date.old", age=age, maximum=WORKING_AGE_MAX)]
    return []


def check_decile(value: int | None, field: str = "decile") -> list[Issue]:
    """Check an optional DTSEN welfare decile: 1 (poorest) to 10."""
    if value is None or 1 <= value <= 10:
        return []
    return [Issue.error(field, "decile.range", value=value)]


def check_rt_rw(text: str | None, field: str) -> tuple[str | None, list[Issue]]:
    """Check an optional RT or RW number and zero-pad it to 3 digits ("1" -> "001").

    A leading "RT"/"RW" label is tolerated ("RT 01"), since spreadsheets often carry it.
    """
    value, issues = _rt_rw(text, field)
    return value, list(issues)


@lru_cache(maxsize=4096)
def _rt_rw(text: str | None, field: str) -> tuple[str | None, tuple[Issue, ...]]:
    # A village has a few dozen RT and RW numbers: every registration repeats one.
    value = " ".join((text or "").split())
    if not value:
        return None, ()
    match = _RT_RW.fullmatch(value)
    if match is None:
        return None, (Issue.error(field, "rt_rw.format", value=value),)
    number = int(match.group(1))
    if number == 0:
        return None, (Issue.error(field, "rt_rw.zero"),)
    return f"{number:03d}", ()
