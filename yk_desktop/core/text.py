"""Cleaning free text before it is stored: names held to the characters names use, other text kept exact.

Markup and SQL characters are not this module's concern for free text: queries are parameterised and
every printer escapes what it prints, so text is stored exactly as the applicant gave it.
"""

from __future__ import annotations

import re
import unicodedata

from yk_desktop.core.errors import InvalidValue

# CJK compatibility ideographs (F900–FAFF, 2F800–2FA1F) have canonical decompositions, so plain NFC
# would turn e.g. U+F900 into U+8C48. GB 18030 maps some of them separately and a person's
# registered name may use one, so they are kept exactly as typed.
_COMPAT_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")
# Dots people type between the parts of a minority or foreign name (阿卜杜拉·买买提); the
# household register uses U+00B7.
_NAME_DOTS = re.compile("[•‧∙⋅・･⸱]")
_SPACED_DOT = re.compile(" ?· ?")
# Bidi overrides can make printed or displayed text read differently from what is stored
# ("Trojan Source"); BOMs arrive from pasted files. Neither is ever meant as content.
_INVISIBLE_TROUBLE = re.compile("[\ufeff\u202d\u202e]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def nfc(text: str) -> str:
    """Unicode NFC, except that CJK compatibility ideographs are left as they are."""
    parts = _COMPAT_IDEOGRAPHS.split(text)
    # re.split with one group puts the separators (the ideograph runs) at the odd indices.
    return "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(parts))


def _is_ideograph(ch: str) -> bool:
    cp = ord(ch)
    # Planes 2 and 3 are reserved for CJK ideographs; accepting them whole takes in Extensions
    # B–H and later ones that this Python's Unicode tables (14.0) do not know yet (Ext. H is 15.0).
    return 0x20000 <= cp <= 0x3FFFF or cp == 0x3007 or 0xF900 <= cp <= 0xFAFF


def _too_long(field: str, max_len: int, n: int) -> InvalidValue:
    # Counted in code points, which is how database VARCHAR limits count; never truncated
    # silently, because a cut-off name or address on a legal document is worse than a message.
    return InvalidValue(f"{field}最多{max_len}个字，现在有{n}个字，请删减后再保存", field)


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def clean_person_name(text: str, field: str = "姓名", max_len: int = 50) -> str:
    """Normalise and check a person's name; return it ready to store.

    Accepts Chinese characters including rare ones (𠮷, 㐂, Extensions A–H, compatibility
    ideographs), letters of any script, the separator "·" ("•" and similar dots become "·"), and
    single spaces. Rejects digits, punctuation, markup and control characters with a message.
    """
    s = _NAME_DOTS.sub("·", nfc(text))
    s = _SPACED_DOT.sub("·", " ".join(s.split()))
    if not s:
        raise InvalidValue(f"请填写{field}", field)
    if len(s) > max_len:
        raise _too_long(field, max_len, len(s))
    prev = ""
    for ch in s:
        _check_name_char(ch, prev, field)
        prev = ch
    # A leading, trailing or doubled "·" is a typing slip; the register never writes one.
    if s.startswith("·") or s.endswith("·") or "··" in s:
        raise InvalidValue(f"{field}中的间隔号“·”只能用在两段名字之间，且不能连用", field)
    return s


def _check_name_char(ch: str, prev: str, field: str) -> None:
    allowed = f"{field}只能包含汉字、字母、间隔号“·”和空格"
    if ch in (" ", "·") or _is_ideograph(ch):
        return
    cat = unicodedata.category(ch)
    if cat.startswith("L"):
        return
    # Marks and variation selectors belong to the character before them (é, 葛󠄀); on their own,
    # or after a space or "·", they are stray.
    if cat.startswith("M") and prev not in ("", " ", "·"):
        return
    if cat == "Co":
        raise InvalidValue(
            f"{field}含有自造字（私用区字符 {_code(ch)}），其他电脑无法正确显示，请改用标准汉字录入", field
        )
    if cat in ("Cc", "Cf", "Cs", "Cn") or cat.startswith("M") or cat.startswith("Z"):
        raise InvalidValue(f"{allowed}，请删除不可见或无法识别的字符（{_code(ch)}）后重新输入", field)
    raise InvalidValue(f"{allowed}，请删除“{ch}”", field)


def clean_text(text: str, field: str, max_len: int, required: bool = True, multiline: bool = False) -> str:
    """Normalise free text (NFC, ends stripped, control characters removed) and check its length.

    Markup and SQL characters are kept exactly. Tabs and line breaks survive only when
    ``multiline``; otherwise they become spaces so words do not run together.
    Returns "" when the text is empty and not ``required``.
    """
    s = _INVISIBLE_TROUBLE.sub("", nfc(text))
    s = _LINE_BREAKS.sub("\n", s)
    if not multiline:
        s = s.replace("\n", " ").replace("\t", " ")
    keep = "\n\t" if multiline else ""
    # Control characters are never content, and PostgreSQL refuses NUL in text outright.
    s = "".join(ch for ch in s if ch in keep or unicodedata.category(ch) != "Cc").strip()
    # A lone surrogate (from a badly decoded file) cannot be encoded as UTF-8, so the database
    # write would fail later, far from the form that could explain it.
    if any(unicodedata.category(ch) == "Cs" for ch in s):
        raise InvalidValue(f"{field}含有无法识别的字符，请重新输入", field)
    if not s:
        if required:
            raise InvalidValue(f"请填写{field}", field)
        return ""
    if len(s) > max_len:
        raise _too_long(field, max_len, len(s))
    return s
