"""The Code 128 encoder: its bars decode back to the document number, in modules and on a rendered page."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from barcode.charsets import code128 as charset
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tests.printing.pdfcheck import pdf_text, render_gray
from yk_desktop.printing.barcode import (
    MAX_LENGTH,
    bar_runs,
    code128_modules,
    decode_modules,
    draw_code128,
)

STOP = "1100011101011"


def _symbols(*values: int) -> str:
    """Modules for a hand-built symbol: the given values, their check symbol, and stop."""
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return "".join(charset.CODES[v] for v in (*values, check)) + STOP


# --- the pattern table we decode with -------------------------------------------------------------


def _widths(pattern: str) -> list[int]:
    return [len(run) for run in pattern.replace("10", "1 0").replace("01", "0 1").split()]


def test_pattern_table_is_the_standard_one() -> None:
    codes = charset.CODES
    assert len(codes) == 106 and len(set(codes)) == 106
    for pattern in codes:
        widths = _widths(pattern)
        # Every symbol: 11 modules, three bars and three spaces starting with a bar, each 1–4 wide,
        # and the bars together an even number of modules (Code 128's parity rule).
        assert len(pattern) == 11 and pattern[0] == "1" and pattern[-1] == "0"
        assert len(widths) == 6 and all(1 <= w <= 4 for w in widths)
        assert sum(widths[0::2]) % 2 == 0
    # Widths from the standard: value 0, Start A/B/C, and the 13-module stop.
    assert _widths(codes[0]) == [2, 1, 2, 2, 2, 2]
    assert _widths(codes[103]) == [2, 1, 1, 4, 1, 2]
    assert _widths(codes[104]) == [2, 1, 1, 2, 1, 4]
    assert _widths(codes[105]) == [2, 1, 1, 2, 3, 2]
    assert _widths(STOP) == [2, 3, 3, 1, 1, 1, 2]
    assert charset.STOP + "11" == STOP


# --- decoding hand-built symbols ------------------------------------------------------------------


def test_decoder_reads_hand_built_symbols() -> None:
    # Start B, "A" (33).
    assert decode_modules(_symbols(104, 33)) == "A"
    # Start C, 12, 34, Code B (100), "x" (88).
    assert decode_modules(_symbols(105, 12, 34, 100, 88)) == "1234x"
    # Start A, SHIFT (98), "a" read in set B (65), then "A" back in set A (33).
    assert decode_modules(_symbols(103, 98, 65, 33)) == "aA"
    # Start B, Code C (99), 7 → "07".
    assert decode_modules(_symbols(104, 99, 7)) == "07"


def test_decoder_refuses_a_wrong_check_symbol() -> None:
    good = _symbols(104, 33)
    check = good[22:33]
    wrong = charset.CODES[(charset.CODES.index(check) + 1) % 103]
    with pytest.raises(ValueError, match="校验位"):
        decode_modules(good[:22] + wrong + STOP)


@pytest.mark.parametrize(
    "modules",
    [
        "",
        "101",
        "1" * 46,
        "2" + _symbols(104, 33)[1:],
        _symbols(104, 33)[:-1],  # stop cut short
        _symbols(104, 33).replace(charset.CODES[33], "11111111110", 1),  # unknown symbol
        charset.CODES[33] + _symbols(104, 33)[11:],  # no start symbol
        _symbols(104, 102, 33),  # FNC1
    ],
)
def test_decoder_refuses_what_is_not_our_code_128(modules: str) -> None:
    with pytest.raises(ValueError):
        decode_modules(modules)


# --- encoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["A015", "YK20261125A015", "0123456789", "abcxyz", "yk-2026/a015", " !~", "1", "123"]
)
def test_round_trip(text: str) -> None:
    modules = code128_modules(text)
    assert decode_modules(modules) == text
    assert decode_modules("0" * 10 + modules + "0" * 10) == text, "quiet zones are allowed"


@pytest.mark.parametrize("text", ["99", "9999", "9912345678", "99A", "A99", "0099"])
def test_a_leading_99_pair_is_kept(text: str) -> None:
    # python-barcode 0.16.1 drops a leading "99" in code set C (WhyNotHugo/python-barcode#251).
    assert decode_modules(code128_modules(text)) == text


def test_digits_use_code_set_c() -> None:
    modules = code128_modules("0123456789")
    assert modules[:11] == charset.CODES[105]
    # Start C, five digit pairs, check, stop: half the width set B would need.
    assert len(modules) == 11 * 7 + 13


@given(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=MAX_LENGTH)
)
def test_any_printable_ascii_round_trips(text: str) -> None:
    assert decode_modules(code128_modules(text)) == text


@pytest.mark.parametrize("text", ["", "营口A015", "A\t015", "A\n", "é", "x" * (MAX_LENGTH + 1)])
def test_refuses_what_code_128_should_not_carry(text: str) -> None:
    with pytest.raises(ValueError, match="条码"):
        code128_modules(text)


def test_forty_characters_are_accepted() -> None:
    assert decode_modules(code128_modules("9A" * 20)) == "9A" * 20


@given(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=MAX_LENGTH)
)
def test_bar_runs_redraw_the_modules(text: str) -> None:
    modules = code128_modules(text)
    redrawn = ["0"] * len(modules)
    for start, width in bar_runs(modules):
        assert width >= 1 and redrawn[start - 1 : start] != ["1"], "runs are maximal"
        redrawn[start : start + width] = ["1"] * width
    assert "".join(redrawn) == modules


def test_bar_runs_of_simple_patterns() -> None:
    assert bar_runs("") == []
    assert bar_runs("0110100111") == [(1, 2), (4, 1), (7, 3)]


# --- drawn, rendered and scanned -----------------------------------------------------------------


def _modules_from_scanline(row: bytes) -> str:
    """Turn one pixel row through the bars into modules the way a scanner does, knowing nothing of the text.

    Printing and rendering round every edge to a pixel, so single widths are not multiples of one module
    width. Code 128 makes each symbol six elements (bar, space, …) spanning 11 modules, and the stop seven
    elements spanning 13: normalising each symbol by its own pixel width and rounding its edges, not its
    widths, recovers the modules however the edges fell.
    """
    dark = [p < 128 for p in row]
    first = dark.index(True)
    last = len(dark) - 1 - dark[::-1].index(True)
    runs: list[int] = []
    previous = None
    for pixel in dark[first : last + 1]:
        if pixel == previous:
            runs[-1] += 1
        else:
            runs.append(1)
            previous = pixel
    assert len(runs) % 6 == 1, f"{len(runs)} bars and spaces is not whole symbols plus a stop"
    groups = [(runs[i : i + 6], 11) for i in range(0, len(runs) - 7, 6)] + [(runs[-7:], 13)]
    modules: list[str] = []
    for widths, module_count in groups:
        total = sum(widths)
        edges = [0]
        for width in widths:
            edges.append(edges[-1] + width)
        positions = [round(edge * module_count / total) for edge in edges]
        for element, (begin, end) in enumerate(itertools.pairwise(positions)):
            modules.append(("1" if element % 2 == 0 else "0") * (end - begin))
    return "".join(modules)


@pytest.mark.parametrize(("text", "width_mm", "dpi"), [("YK20261125A015", 70, 600), ("A015", 40, 300)])
def test_drawn_barcode_decodes_back_from_pixels(tmp_path: Path, text: str, width_mm: float, dpi: int) -> None:
    pdf = tmp_path / "barcode.pdf"
    page_w, page_h = (width_mm + 10) * mm, 30 * mm
    x, y, height = 5 * mm, 5 * mm, 20 * mm
    canvas = Canvas(str(pdf), pagesize=(page_w, page_h))
    module_w = draw_code128(canvas, text, x, y, width_mm * mm, height)
    canvas.save()
    assert module_w == pytest.approx(width_mm * mm / (len(code128_modules(text)) + 20))

    image = render_gray(pdf, dpi)
    # A line through the upper half of the bars, well above the human-readable text.
    bar_middle_pt = y + height * 0.75
    row = round((page_h - bar_middle_pt) * dpi / 72)
    assert decode_modules(_modules_from_scanline(image.row(row))) == text
    assert text in pdf_text(pdf)


def test_without_text_the_bars_fill_the_box(tmp_path: Path) -> None:
    pdf = tmp_path / "bars.pdf"
    # 4 × 1 inch: a whole number of pixels at 150 dpi, so the page edge is a pixel edge.
    canvas = Canvas(str(pdf), pagesize=(288, 72))
    draw_code128(canvas, "A015", 0, 0, 288, 72, human_readable=False, quiet_modules=0)
    canvas.save()
    image = render_gray(pdf, 150)
    assert (image.width, image.height) == (600, 150)
    assert pdf_text(pdf).strip() == ""
    # With no quiet zone and no text the bars reach the left and right page edges, and the bottom.
    for y in (0, image.height // 2, image.height - 1):
        row = image.row(y)
        assert row[0] < 128 and row[-1] < 128
        assert decode_modules(_modules_from_scanline(row)) == "A015"


@pytest.mark.parametrize(
    ("width", "height", "quiet"), [(0, 50, 10), (100, 0, 10), (100, 50, -1), (100, 8, 10)]
)
def test_impossible_boxes_are_refused(tmp_path: Path, width: float, height: float, quiet: int) -> None:
    canvas = Canvas(str(tmp_path / "x.pdf"))
    with pytest.raises(ValueError, match="条码"):
        draw_code128(canvas, "A015", 0, 0, width, height, quiet_modules=quiet)
