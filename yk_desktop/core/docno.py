"""Numbers of the hall's documents: the barcode payload (``N2026000123``) and the printed document number
(「营口政务告知〔2026〕123号」, DOMAIN.md Documents: 机关简称 + 性质 + 〔年份〕 + sequence).

The payload is short ASCII so Code 128 stays narrow and a keyboard-wedge scanner types it exactly; the
letter says which kind of document a scan opens. Sequences restart each year per hall.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from yk_desktop.core.errors import InvalidValue


@dataclass(frozen=True)
class DocKind:
    key: str
    letter: str
    label: str  # 性质 in the printed number
    title: str


NOTICE = DocKind("notice", "N", "告知", "一次性告知书")
CASE = DocKind("case", "C", "受理", "受理回执")
CORRECTION = DocKind("correction", "B", "补正", "补正材料通知书")
INQUIRY = DocKind("inquiry", "Q", "首问", "首问登记单")
AGENCY = DocKind("agency", "D", "代办", "帮办代办委托书")
COMPLAINT = DocKind("complaint", "K", "投诉", "投诉受理单")
KINDS = {k.letter: k for k in (NOTICE, CASE, CORRECTION, INQUIRY, AGENCY, COMPLAINT)}

SEQ_WIDTH = 6
_PAYLOAD = re.compile(r"([A-Z])(\d{4})(\d{6})")


def doc_payload(kind: DocKind, year: int, seq: int) -> str:
    """``(NOTICE, 2026, 123)`` → ``"N2026000123"``; what the barcode carries and the database keys on."""
    if seq < 1 or seq >= 10**SEQ_WIDTH:
        raise InvalidValue(f"文书序号超出范围：{seq}", "文书编号")
    if not 2000 <= year <= 9999:
        raise InvalidValue(f"文书年份有误：{year}", "文书编号")
    return f"{kind.letter}{year}{seq:0{SEQ_WIDTH}d}"


def display_number(payload: str, short_name: str) -> str:
    """The number as printed: 「营口政务告知〔2026〕123号」."""
    kind, year, seq = parse_payload(payload)
    return f"{short_name}{kind.label}〔{year}〕{seq}号"


def parse_payload(text: str) -> tuple[DocKind, int, int]:
    """A scanned or typed payload (any case, stray spaces) → (kind, year, sequence)."""
    s = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    match = _PAYLOAD.fullmatch(s)
    if match is None or match.group(1) not in KINDS:
        raise InvalidValue(f"无法识别的文书编号：{text.strip()[:40]}", "文书编号")
    return KINDS[match.group(1)], int(match.group(2)), int(match.group(3))


def normalize_payload(text: str) -> str:
    kind, year, seq = parse_payload(text)
    return doc_payload(kind, year, seq)
