"""Names masked for public screens and tickets (「张*女士」), as GB/T 35273 de-identification asks."""

from __future__ import annotations

import unicodedata

# Compound surnames (复姓) kept whole, so 欧阳娜娜 shows as 欧阳** rather than 欧***.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
        "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
    }
)  # fmt: skip
# Characters never masked: they separate parts of a name and carry no identity.
_SEPARATORS = frozenset({"·", " "})


def _extends(ch: str) -> bool:
    """True for code points drawn as part of the previous character (marks, variation selectors)."""
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or cp == 0x200D:
        return True
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def graphemes(text: str) -> list[str]:
    """Split into user-perceived characters, near enough for names.

    Python indexes by code point, which already keeps 𠮷 (one non-BMP code point) whole; this
    also keeps a combining mark or an ideographic variation selector with its base character, so
    masking never leaves half a character on screen.
    """
    out: list[str] = []
    for ch in text:
        if out and _extends(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def mask_name(name: str) -> str:
    """Surname kept, every other character a "*": 张三 → 张*, 欧阳娜娜 → 欧阳**."""
    parts = graphemes(name.strip())
    if not parts:
        return ""
    keep = 1
    # A two-character name starting with 欧阳 etc. is more likely 欧 + 阳 than a bare compound
    # surname, and keeping both would show the whole name; so only longer names qualify.
    if len(parts) > 2 and "".join(parts[:2]) in COMPOUND_SURNAMES:
        keep = 2
    return "".join(parts[:keep]) + "".join(p if p in _SEPARATORS else "*" for p in parts[keep:])


def public_name(name: str, sex: str | None) -> str:
    """Masked name with a courtesy title: 「张*女士」, 「张*先生」, or 「张*」 when the sex is unknown."""
    title = {"男": "先生", "女": "女士"}.get(sex or "", "")
    masked = mask_name(name)
    return masked + title if masked else ""
