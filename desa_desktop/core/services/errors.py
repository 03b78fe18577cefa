"""How services refuse: with findings as data, never with half-saved records."""

from __future__ import annotations

from desa_desktop.core.domain.issues import Issue


class ValidationFailed(Exception):
    """The action was refused; nothing was written.

    ``issues`` holds every finding. When it holds only warnings, the caller may
    repeat the action with ``confirm_warnings=True`` after the user agrees.
    """

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("; ".join(f"{i.field}: {i.code}" for i in issues))

    @property
    def needs_confirmation(self) -> bool:
        """True when only warnings stand in the way."""
        return bool(self.issues) and not any(i.is_error for i in self.issues)

    def messages(self, lang: str = "id") -> list[str]:
        return [issue.message(lang) for issue in self.issues]


def refuse(field: str, code: str, /, **params: str | int) -> ValidationFailed:
    """A refusal with one error finding."""
    return ValidationFailed([Issue.error(field, code, **params)])


def check_findings(issues: list[Issue], confirm_warnings: bool) -> None:
    """Raise when errors exist, or when warnings exist and the user has not confirmed them."""
    errors = [i for i in issues if i.is_error]
    if errors:
        raise ValidationFailed(errors + [i for i in issues if not i.is_error])
    if issues and not confirm_warnings:
        raise ValidationFailed(issues)
