"""Queue ticket numbers (号票): a category prefix and a daily sequence, as printed, shown and scanned."""

from __future__ import annotations

import re
import unicodedata

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
