"""Validation findings as data: which field, what code, how severe, with message parameters.

Errors block saving; warnings ask the user to confirm. Messages are rendered from the
catalogue in :mod:`desa_desktop.core.i18n`, in Indonesian by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desa_desktop.core import i18n

Severity = Literal["error", "warning"]
ParamValue = str | int


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding about one field."""

    field: str
    code: str
    severity: Severity = "error"
    params: tuple[tuple[str, ParamValue], ...] = ()

    @classmethod
    def error(cls, field_name: str, code: str, /, **params: ParamValue) -> Issue:
        return cls(field_name, code, "error", tuple(sorted(params.items())))

    @classmethod
    def warning(cls, field_name: str, code: str, /, **params: ParamValue) -> Issue:
        return cls(field_name, code, "warning", tuple(sorted(params.items())))

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The human message in ``lang`` ("id" or "en")."""
        return i18n.message(
            self.code, lang, field=i18n.field_label(self.field, lang), **dict(self.params)
        )

    def with_field(self, field_name: str) -> Issue:
        """The same finding reported against another field name (e.g. a form's own)."""
        return Issue(field_name, self.code, self.severity, self.params)


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if not i.is_error]
