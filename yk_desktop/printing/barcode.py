"""The one Code 128 encoder: one bar pattern that reportlab (here) and Qt (in gui) both draw, so a ticket
on screen, on paper and in the PDF archive carries the same scannable bars.

Encoding is python-barcode's (we keep no tables of our own for it). The small decoder here is independent
of that encoder's logic: it reads bars back the way a scanner does, so tests — and the encoder's own
self-check — prove that what we print decodes to the document number.
"""

from __future__ import annotations

import barcode as python_barcode
from barcode.charsets import code128 as _charset
from reportlab.pdfgen.canvas import Canvas

MAX_LENGTH = 40
"""Longest text we encode: document numbers are far shorter, and at 40 characters the bars on an 80 mm
roll are already near the thinnest a hand scanner reads (about 0.15 mm per module)."""

_SYMBOL_MODULES = 11
# Code 128's stop symbol is 13 modules: the 11-module stop character plus the 2-module termination bar,
# which python-barcode appends separately.
_STOP = _charset.STOP + "11"

# The 106 symbol patterns by value (0–105), from python-barcode's table; tests check it against the
# standard's start/stop patterns and its bar-parity rule, so a wrong table cannot pass unnoticed.
_VALUE_BY_PATTERN: dict[str, int] = {pattern: value for value, pattern in enumerate(_charset.CODES)}
_START_SET: dict[int, str] = {value: name for name, value in _charset.START_CODES.items()}
# Code set A and B meanings by value. Entries longer than one character ("SHIFT", "TO_B", …) are control
# symbols; python-barcode spells FNC1–FNC4 as the single characters "ñòóô", which are above ASCII.
_SET_A: dict[int, str] = {value: meaning for meaning, value in _charset.A.items()}
_SET_B: dict[int, str] = {value: meaning for meaning, value in _charset.B.items()}
_SET_C_CONTROL: dict[int, str] = {value: meaning for meaning, value in _charset.C.items()}
_SWITCHES = {"TO_A": "A", "TO_B": "B", "TO_C": "C"}


class _Code128(python_barcode.get_barcode_class("code128")):  # type: ignore[misc]  # untyped library
    """python-barcode's Code 128 with its leading-"99" bug fixed.

    python-barcode 0.16.1 and earlier fold "Start C" followed by a code-set switch into one start symbol,
    but test the switch with ``TO`` = {101, 100, 99}; in code set C, 99 is the digit pair "99", so "99…"
    lost its first pair ("9912" encoded as "12"; "99" as nothing). Reported upstream as
    WhyNotHugo/python-barcode#251 and fixed by #263 in the same way as here: in code set C only 100
    (Code B) and 101 (Code A) are switches. Harmless once a fixed release is installed.
    """

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        if len(encoded) > 1 and encoded[0] == _charset.START_CODES["C"] and encoded[1] in (100, 101):
            encoded[:2] = [_charset.TO[encoded[1]]]
        return encoded


def _validate(text: str) -> None:
    if not text:
        raise ValueError("条码内容不能为空")
    # Only printable ASCII: Chinese cannot be encoded in Code 128 at all, and control characters (code
    # set A) would print fine but type garbage into whatever program the scanner feeds.
    bad = [ch for ch in text if not " " <= ch <= "~"]
    if bad:
        raise ValueError(
            f"条码内容只能包含英文字母、数字和常用符号（ASCII 可打印字符），不能含 {''.join(bad)!r}：{text!r}"
        )
    if len(text) > MAX_LENGTH:
        raise ValueError(f"条码内容过长：{len(text)} 个字符，最多 {MAX_LENGTH} 个")


def code128_modules(text: str) -> str:
    """The Code 128 bars of ``text`` as '1' (bar) and '0' (space) modules, without quiet zones.

    Raises:
        ValueError: empty, longer than 40 characters, or not printable ASCII (message in Chinese).
    """
    _validate(text)
    # A Code128 object keeps charset state while building, so each call gets a fresh one.
    modules: str = _Code128(text).build()[0]
    # Self-check against our own decoder: a bar pattern that does not read back would be printed on
    # every ticket and only found out at the scanner. It costs microseconds.
    if decode_modules(modules) != text:
        raise ValueError(f"条码编码自检失败，请联系维护人员：{text!r}")
    return modules


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of each dark bar — the geometry every renderer draws."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, module in enumerate(modules):
        if module == "1" and start < 0:
            start = i
        elif module != "1" and start >= 0:
            runs.append((start, i - start))
            start = -1
    if start >= 0:
        runs.append((start, len(modules) - start))
    return runs


def draw_code128(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    quiet_modules: int = 10,
    human_readable: bool = True,
    font_name: str | None = None,
    font_size: float = 8,
) -> float:
    """Draw ``text`` as Code 128 in the box (x, y, width, height), in points, bottom-left origin.

    The box includes the quiet zones (``quiet_modules`` blank modules each side; the standard asks for
    10) and, when ``human_readable``, a line of text under the bars. ``font_name`` defaults to Helvetica,
    which has every character a Code 128 text can hold (printable ASCII).

    Return:
        The module width in points. Scanners want at least ~0.5 pt (0.19 mm); choosing the width is the
        document's job, this only reports it.
    """
    modules = code128_modules(text)
    # Negative quiet zones or an empty box are programming errors in a document layout, caught here
    # rather than drawn as bars outside the box.
    if quiet_modules < 0:
        raise ValueError("条码两侧空白不能为负数")
    if width <= 0 or height <= 0:
        raise ValueError("条码区域的宽度和高度必须大于零")
    module_width = width / (len(modules) + 2 * quiet_modules)
    text_band = font_size * 1.25 if human_readable else 0.0
    bar_height = height - text_band
    # Text taller than the box would leave no bars at all; better to fail while laying out the page.
    if bar_height <= 0:
        raise ValueError("条码区域太矮，放不下条和下方的文字")
    canvas.saveState()
    canvas.setFillGray(0)
    for start, run in bar_runs(modules):
        canvas.rect(
            x + (quiet_modules + start) * module_width,
            y + text_band,
            run * module_width,
            bar_height,
            fill=1,
            stroke=0,
        )
    if human_readable:
        canvas.setFont(font_name or "Helvetica", font_size)
        # Baseline a fifth of the size up, so descenders stay inside the box.
        canvas.drawCentredString(x + width / 2, y + font_size * 0.2, text)
    canvas.restoreState()
    return module_width


def decode_modules(modules: str) -> str:
    """Read a Code 128 module string ('1' bar, '0' space) back into text, checking the check symbol.

    Leading and trailing '0's (quiet zones) are allowed. Code sets A, B and C, code-set switches and SHIFT
    are understood; FNC1–FNC4 are refused because none of our documents uses them.

    Raises:
        ValueError: not a well-formed Code 128 symbol, or its check symbol is wrong (message in Chinese).
    """
    body = modules.strip("0")
    if set(body) - {"0", "1"}:
        raise ValueError("条码图案只能由 0 和 1 组成")
    # Start symbol + check symbol + stop is the least a Code 128 can be.
    if not body.endswith(_STOP) or (len(body) - len(_STOP)) % _SYMBOL_MODULES or len(body) < 35:
        raise ValueError("不是完整的 Code 128 条码（长度或终止符不对）")
    symbols = body[: -len(_STOP)]
    values: list[int] = []
    for i in range(0, len(symbols), _SYMBOL_MODULES):
        pattern = symbols[i : i + _SYMBOL_MODULES]
        if pattern not in _VALUE_BY_PATTERN:
            raise ValueError(f"第 {i // _SYMBOL_MODULES + 1} 个条码字符无法识别")
        values.append(_VALUE_BY_PATTERN[pattern])
    start, data, check = values[0], values[1:-1], values[-1]
    if start not in _START_SET:
        raise ValueError("条码开头不是 Code 128 起始符")
    weighted = start + sum(position * value for position, value in enumerate(data, start=1))
    if weighted % 103 != check:
        raise ValueError("条码校验位错误")
    return _interpret(_START_SET[start], data)


def _interpret(code_set: str, data: list[int]) -> str:
    out: list[str] = []
    shifted = False
    for value in data:
        # A start symbol in the data is malformed; so is a value above 102 in any set.
        if value > 102:
            raise ValueError("条码中间出现了起始符")
        active = code_set
        if shifted:
            # SHIFT changes A↔B for exactly one symbol.
            active = "B" if code_set == "A" else "A"
            shifted = False
        if active == "C":
            if value < 100:
                out.append(f"{value:02d}")
                continue
            meaning = _SET_C_CONTROL[value]
        else:
            meaning = (_SET_A if active == "A" else _SET_B)[value]
        if meaning in _SWITCHES:
            code_set = _SWITCHES[meaning]
        elif meaning == "SHIFT":
            shifted = True
        elif len(meaning) == 1 and ord(meaning) < 128:
            out.append(meaning)
        else:
            raise ValueError("条码含 FNC 功能字符，本程序不使用")
    return "".join(out)
