"""The one error every core validator raises, carrying a Chinese message the clerk can act on."""

from __future__ import annotations


class InvalidValue(ValueError):
    """A value typed, scanned or received that breaks a rule.

    Args:
        message: Chinese text telling the user what is wrong and what to fix,
            e.g. "身份证号码校验位不正确，请核对最后一位".
        field: Chinese label of the field at fault, e.g. "身份证号码", so a form can
            highlight it; empty when the value belongs to no form field.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"InvalidValue({self.message!r}, field={self.field!r})"
