"""Queue ticket numbers (号票): a category prefix and a daily sequence, as printed, shown and scanned."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from yk_desktop.core.errors import InvalidValue

FIELD = "号码"
_PREFIX = re.compile(r"[A-Z]{1,2}")
# Nine digits is far beyond any day's tickets and stays clear of Python's int-parsing limits.
_TICKET = re.compile(r"([A-Z]{1,2})([0-9]{1,9})")


def validate_prefix(prefix: str) -> str:
    """Return a category prefix as 1–2 upper-case ASCII letters (full-width and lower case are fixed)."""
    p = unicodedata.normalize("NFKC", prefix).strip().upper()
    # Letters only: the prefix is spoken by the voice call-out and printed in Code 128, and a
    # digit would make "A1" + "05" indistinguishable from "A" + "105".
    if not _PREFIX.fullmatch(p):
        raise InvalidValue("号码前缀应为1至2个英文字母，如A或VB", "号码前缀")
    return p


def format_ticket_number(prefix: str, seq: int, width: int = 3) -> str:
    """``("A", 15)`` → ``"A015"``; a sequence longer than ``width`` simply grows (``A1000``)."""
    p = validate_prefix(prefix)
    # Numbers start at 1 each day; 0 or negative means a counter bug, not a ticket.
    if seq < 1:
        raise InvalidValue(f"号码序号必须从1开始，收到{seq}", FIELD)
    if width < 1:
        raise InvalidValue(f"号码位数至少为1，收到{width}", FIELD)
    return f"{p}{seq:0{width}d}"


def parse_ticket_number(text: str) -> tuple[str, int]:
    """Split a typed or scanned ticket number into (prefix, sequence): ``" a015\\r\\n"`` → ``("A", 15)``."""
    s = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    m = _TICKET.fullmatch(s)
    # Only the start of the input is echoed back: a misfired scanner can send a screenful.
    if m is None:
        raise InvalidValue(f"无法识别的号码“{text.strip()[:20]}”，号码应为字母加数字，如A015", FIELD)
    seq = int(m.group(2))
    if seq < 1:
        raise InvalidValue(f"号码“{s}”的序号不能为0", FIELD)
    return m.group(1), seq


# The barcode on a printed ticket names its day too: "A015" repeats every day, the ticket does not.
_BARCODE = re.compile(r"T([0-9]{8})([A-Z]{1,2}[0-9]{1,9})")


def ticket_barcode(service_date: date, number: str) -> str:
    """The Code 128 payload printed on a ticket: ``T20261124A015`` (ASCII only, scanner-safe)."""
    prefix, seq = parse_ticket_number(number)
    return f"T{service_date:%Y%m%d}{prefix}{seq:0{len(number) - len(prefix)}d}"


def parse_ticket_scan(text: str) -> tuple[date | None, str]:
    """What a keyboard-wedge scan or a typed number names: (day or None for "today", number).

    Accepts a printed ticket's barcode (``T20261124A015``) or a bare number (``a015``).
    """
    s = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    m = _BARCODE.fullmatch(s)
    if m is None:
        parse_ticket_number(s)  # raises a clear message for anything that is not a number
        return None, s
    try:
        day = date(int(m.group(1)[:4]), int(m.group(1)[4:6]), int(m.group(1)[6:]))
    except ValueError:
        raise InvalidValue(f"号票条码“{s[:20]}”中的日期无效", FIELD) from None
    return day, m.group(2)
