"""Mainland phone numbers as applicants give them: mobiles (13812345678) and landlines (0417-2345678)."""

from __future__ import annotations

import re
import unicodedata

from yk_desktop.core.errors import InvalidValue

FIELD = "联系电话"
# Separators people type or paste between digit groups; full-width forms become these under NFKC.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—−()]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Area codes: 010 and 020–029 have three digits (eight-digit local numbers); 03xx–09xx have four.
_LANDLINE_3 = re.compile(r"(0[12][0-9])([2-9][0-9]{7})")
_LANDLINE_4 = re.compile(r"(0[3-9][0-9]{2})([2-9][0-9]{6,7})")
_MAX_INPUT = 40


def validate_phone(text: str) -> str:
    """Return a mobile as 11 digits or a landline as ``区号-号码``; raise InvalidValue otherwise.

    Accepts spaces, dashes, brackets, full-width digits and a +86 / 0086 / 86 prefix on mobiles.
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        raise InvalidValue("请填写联系电话", FIELD)
    # A phone field never needs more; stops pasted paragraphs before any regex work on them.
    if len(raw) > _MAX_INPUT:
        raise InvalidValue("联系电话过长，请只填写一个号码", FIELD)
    digits = _SEPARATORS.sub("", raw)
    # The country code adds nothing for mainland numbers. A bare "86" is only taken as one on a
    # 13-digit input, where it cannot be the start of an 11-digit number.
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidValue("联系电话只能包含数字，请删除其中的文字或符号", FIELD)
    if digits.startswith("1"):
        if _MOBILE.fullmatch(digits):
            return digits
        if len(digits) != 11:
            raise InvalidValue(f"手机号码应为11位，现在是{len(digits)}位，请核对", FIELD)
        raise InvalidValue("手机号码第二位应为3至9，请核对号码", FIELD)
    if digits.startswith("0"):
        return _landline(digits, raw)
    raise InvalidValue("固定电话请加区号（如0417-2345678），手机号码应以1开头", FIELD)


def _landline(digits: str, raw: str) -> str:
    m = _LANDLINE_3.fullmatch(digits) or _LANDLINE_4.fullmatch(digits)
    if m is None:
        raise InvalidValue("固定电话格式不正确，应为区号加7至8位号码，如0417-2345678", FIELD)
    area, local = m.group(1), m.group(2)
    # When the applicant marked the area code with a dash or brackets it must match the one we
    # found; "041-72345678" means the digits were split wrongly and are probably mistyped.
    typed = "".join(re.sub(r"[‐‑‒–—−]", "-", raw).replace("(", "").replace(")", "-").split())
    if "-" in typed and typed.split("-", 1)[0] != area:
        raise InvalidValue(f"固定电话区号应为“{area}”，请核对区号和号码", FIELD)
    return f"{area}-{local}"


def mask_phone(phone: str) -> str:
    """De-identify a phone number: ``138****5678``; landlines keep the area code and last 4 digits."""
    s = phone.strip()
    if _MOBILE.fullmatch(s):
        return s[:3] + "****" + s[7:]
    area, dash, local = s.partition("-")
    if dash and len(local) > 4:
        return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}"
    # Anything else (unvalidated legacy data): show at most the last 4 and never more than a third.
    keep = min(4, len(s) // 3)
    return "*" * (len(s) - keep) + s[len(s) - keep :]
