"""GB 32100 unified social credit codes (统一社会信用代码) of companies and organisations.

18 characters over a 31-character alphabet (digits and capitals without I O Z S V, which are
easy to confuse with 1 0 2 5 U); the last one is a check character over the first 17.
"""

from __future__ import annotations

import unicodedata

from yk_desktop.core.errors import InvalidValue

FIELD = "统一社会信用代码"
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(CHARSET)}
_CONFUSED_HINT = "（代码中不使用字母I、O、Z、S、V，请检查是否应为数字1、0、2、5或字母U）"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_check_char(first17: str) -> str:
    """The check character for the first 17 characters of a credit code."""
    # Garbage here would index the alphabet wrongly and give a confident wrong answer.
    if len(first17) != 17 or any(ch not in _VALUE for ch in first17):
        raise InvalidValue("计算校验码需要17位有效字符", FIELD)
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def validate_credit_code(text: str) -> str:
    """Normalise (full-width → ASCII, spaces dropped, upper case) and check a credit code; return it.

    Raises:
        InvalidValue: naming the first wrong character, or a bad check character.
    """
    code = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    if not code:
        raise InvalidValue("请填写统一社会信用代码", FIELD)
    if len(code) != 18:
        raise InvalidValue(f"统一社会信用代码应为18位，现在是{len(code)}位，请核对是否多输或漏输", FIELD)
    for i, ch in enumerate(code, 1):
        if ch not in _VALUE:
            hint = _CONFUSED_HINT if ch in "IOZSV" else ""
            raise InvalidValue(f"统一社会信用代码第{i}位“{ch}”不是有效字符{hint}", FIELD)
    if code[17] != credit_check_char(code[:17]):
        raise InvalidValue("统一社会信用代码校验码不正确，请逐位核对，特别是最后一位", FIELD)
    return code
