"""GB 11643 resident ID numbers (居民身份证号码): normalise what was typed or scanned, check it, mask it.

Structure: 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men), 1 check
character computed over the first 17 digits (ISO 7064 MOD 11-2).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from yk_desktop.core.clock import SystemClock, hall_today
from yk_desktop.core.errors import InvalidValue

FIELD = "身份证号码"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# Province-level codes in use (GB/T 2260), plus 71 台湾, 81 香港, 82 澳门 and 83 for the
# residence permits of Taiwan residents (港澳台居民居住证 use 81/82/83).
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_EARLIEST_BIRTH = date(1900, 1, 1)
_DIGITS17 = re.compile(r"[0-9]{17}")


@dataclass(frozen=True)
class IdNumber:
    """A checked ID number and what it says about its holder."""

    number: str
    region_code: str
    birth_date: date
    sex: str  # "男" or "女"


def normalize_id_text(text: str) -> str:
    """Full-width digits and Ｘ become ASCII (NFKC), spaces of any kind go, x becomes X."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def id_check_digit(first17: str) -> str:
    """The check character (0–9 or X) for the first 17 digits of an ID number."""
    # Callers pass raw text; a wrong length or a non-digit would otherwise silently give a
    # check character for some other number.
    if not _DIGITS17.fullmatch(first17):
        raise InvalidValue("计算校验位需要17位数字", FIELD)
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def validate_id_number(text: str, today: date | None = None) -> IdNumber:
    """Check an ID number as typed or scanned and return it normalised with its facts.

    Args:
        text: what the clerk typed or the reader produced; full-width characters and spaces are fine.
        today: the hall's date, for the "born in the future" check; defaults to today in the hall.

    Raises:
        InvalidValue: with a message saying which part is wrong and what to check.
    """
    number = normalize_id_text(text)
    if not number:
        raise InvalidValue("请填写身份证号码", FIELD)
    # First-generation cards (15 digits, no check digit) expired in 2013; say so plainly instead
    # of "wrong length", because the holder may not know their number changed.
    if len(number) == 15 and number.isascii() and number.isdigit():
        raise InvalidValue(
            "15位旧身份证号码已停止使用，请提供18位身份证号码（可查看第二代身份证或户口簿）", FIELD
        )
    if len(number) != 18:
        raise InvalidValue(f"身份证号码应为18位，现在是{len(number)}位，请核对是否多输或漏输", FIELD)
    if not _DIGITS17.fullmatch(number[:17]):
        bad = next(i for i, ch in enumerate(number[:17], 1) if not ("0" <= ch <= "9"))
        raise InvalidValue(f"身份证号码前17位只能是数字，第{bad}位“{number[bad - 1]}”不是数字", FIELD)
    if not ("0" <= number[17] <= "9" or number[17] == "X"):
        raise InvalidValue(f"身份证号码最后一位只能是数字或X，现在是“{number[17]}”", FIELD)
    if int(number[:2]) not in _PROVINCES:
        raise InvalidValue(f"身份证号码前两位“{number[:2]}”不是有效的省级地区代码，请核对前两位", FIELD)
    birth = _birth_date(number[6:14], today)
    if number[17] != id_check_digit(number[:17]):
        raise InvalidValue("身份证号码校验位不正确，请逐位核对号码，特别是最后一位", FIELD)
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdNumber(number=number, region_code=number[:6], birth_date=birth, sex=sex)


def _birth_date(digits: str, today: date | None) -> date:
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidValue(f"身份证号码中的出生日期“{digits}”不存在，请核对第7至14位", FIELD) from None
    # Nobody alive was born before 1900; such a date means mistyped digits.
    if birth < _EARLIEST_BIRTH:
        raise InvalidValue(f"身份证号码中的出生日期“{digits}”早于1900年，请核对第7至14位", FIELD)
    if today is None:
        today = hall_today(SystemClock())
    if birth > today:
        raise InvalidValue(f"身份证号码中的出生日期“{digits}”晚于今天，请核对第7至14位", FIELD)
    return birth


def mask_id_number(number: str) -> str:
    """De-identify an ID number for screens and paper (GB/T 35273): first 6, asterisks, last 4.

    ``210802199001011234`` → ``210802********1234``; the length is kept. Shorter or odd input
    never crashes and never shows more than a quarter of its characters at each end.
    """
    s = number.strip()
    n = len(s)
    # 6 + 4 shown out of at least 14 keeps most of the number hidden; below that, showing
    # 6 + 4 would reveal (nearly) everything, so show less.
    head, tail = (6, 4) if n >= 14 else (n // 4, n // 4)
    return s[:head] + "*" * (n - head - tail) + s[n - tail :] if tail else "*" * n
