"""The whole core catalogue: every message in Indonesian and English, with the same placeholders."""

from __future__ import annotations

from string import Formatter

from desa_desktop.core import i18n


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_message_has_both_languages_with_matching_placeholders() -> None:
    catalogue = i18n.catalogue()
    assert len(catalogue) > 60
    for code, (indonesian, english) in catalogue.items():
        assert indonesian.strip() and english.strip(), code
        assert indonesian != english, f"{code} is not translated"
        assert _placeholders(indonesian) == _placeholders(english), code


def test_every_field_has_a_label_in_both_languages() -> None:
    for name, (indonesian, english) in i18n.FIELD_LABELS.items():
        assert indonesian and english, name
    assert i18n.field_label("mother_maiden_name") == "Nama ibu kandung"
    assert i18n.field_label("mother_maiden_name", "en") == "Mother's maiden name"


def test_unknown_code_is_shown_rather_than_hidden() -> None:
    assert i18n.message("no.such.code") == "no.such.code"
