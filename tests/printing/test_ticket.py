"""The printed queue ticket: its text, its font, its pixels, and a barcode that scans back to the ticket."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import barcode as python_barcode
import pytest

from tests.printing.pdfcheck import GrayImage, decoded_rows, pdf_fonts, pdf_text, render_gray, runs_of
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import fonts
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.printing.ticket import PAGE_HEIGHT, PAGE_WIDTH, TicketSlip, build_ticket_pdf

MM_PER_INCH = 25.4

SLIP = TicketSlip(
    hall_name="营口市政务服务中心",
    category_name="企业开办与商事登记",
    number="A015",
    waiting_before=12,
    issued_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    barcode="T20261124A015",
    priority_group="老年人",
    appointment=False,
    area="一楼 A区",
    estimated_wait_minutes=25,
)

# Everything at its longest at once: two lines of hall name, a full area line, two of category, the
# widest number, both markings on rows of their own, a two-line notice. It must still fit the page.
WORST = TicketSlip(
    hall_name="营口市鲅鱼圈区政务服务中心（营口经济技术开发区行政审批局）综合服务大厅第二分厅" * 3,
    category_name="不动产登记（二手房交易与契税联办、抵押权登记及登记资料查询、更正登记、异议登记）" * 2,
    number="VB123456789",
    waiting_before=123456,
    issued_at=datetime(2026, 11, 24, 16, 59, tzinfo=HALL_TZ),
    barcode="T20261124VB123456789",
    priority_group="现役军人、退役军人及军属以及其他依法享有优先服务权利的人员" * 2,
    appointment=True,
    area="二楼 B区 不动产登记中心 税务联办窗口 公积金窗口" * 3,
    notice="过号无效，请您重新取号；如需帮助请到一楼咨询台或拨打0417-2825000，工作人员将为您提供帮办代办服务"
    * 3,
    estimated_wait_minutes=100000,
)


def _write(tmp_path: Path, slip: TicketSlip, name: str = "ticket.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_ticket_pdf(slip))
    return path


def _flat(text: str) -> str:
    # pypdf puts each drawn line on its own line; a wrapped name is checked with the breaks taken out.
    return "".join(text.split())


# --- text -----------------------------------------------------------------------------------------


def test_the_ticket_says_everything_the_hall_prints(tmp_path: Path) -> None:
    text = pdf_text(_write(tmp_path, SLIP))
    for expected in (
        "营口市政务服务中心",
        "一楼 A区",
        "企业开办与商事登记",
        "A015",
        "优先 · 老年人",
        "您前面还有12人在等待",
        "预计等候约25分钟",
        "T20261124A015",
        "请在休息区等候，注意呼叫及大屏显示信息",
        "过号无效，请您重新取号",
        "2026-11-24 10:03",
    ):
        assert expected in text, (expected, text)
    assert "预约" not in text


def test_appointment_without_priority(tmp_path: Path) -> None:
    slip = dataclasses.replace(SLIP, priority_group=None, appointment=True, estimated_wait_minutes=None)
    text = pdf_text(_write(tmp_path, slip))
    assert "预约" in text
    assert "优先" not in text
    assert "预计等候" not in text


def test_the_notice_is_configurable(tmp_path: Path) -> None:
    slip = dataclasses.replace(SLIP, notice="过号请到服务台重新排队")
    text = pdf_text(_write(tmp_path, slip))
    assert "过号请到服务台重新排队" in text
    assert "过号无效" not in text


def test_time_is_printed_in_the_halls_zone(tmp_path: Path) -> None:
    # 02:03 UTC is 10:03 in Yingkou; a kiosk whose PC runs on UTC must still print the hall's time.
    slip = dataclasses.replace(SLIP, issued_at=datetime(2026, 11, 24, 2, 3, tzinfo=UTC))
    assert "2026-11-24 10:03" in pdf_text(_write(tmp_path, slip))


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(SLIP, issued_at=datetime(2026, 11, 24, 10, 3))


def test_markup_in_the_hall_name_prints_literally(tmp_path: Path) -> None:
    slip = dataclasses.replace(SLIP, hall_name="<b>&amp;营口</b>", category_name="<font size=99>综合</font>")
    text = pdf_text(_write(tmp_path, slip))
    assert "<b>&amp;营口</b>" in text
    assert "<font size=99>综合</font>" in text


def test_same_ticket_same_bytes() -> None:
    # The archived PDF and a reprint of the same ticket must be the same document.
    assert build_ticket_pdf(SLIP) == build_ticket_pdf(SLIP)


# --- font and pixels ------------------------------------------------------------------------------


def test_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    if not cjk_font().embedded:
        pytest.skip("no Chinese TrueType font installed; the STSong-Light fallback is never embedded")
    used = pdf_fonts(_write(tmp_path, SLIP))
    assert used and all(f.embedded_truetype for f in used), used


def test_page_is_80_mm_wide_and_not_blank(tmp_path: Path) -> None:
    dpi = 100
    image = render_gray(_write(tmp_path, SLIP), dpi)
    assert abs(image.width - 80 / MM_PER_INCH * dpi) <= 1
    assert abs(image.height - PAGE_HEIGHT / 72 * dpi) <= 1
    # Text, number and bars together darken a good part of the page, and still leave most of it white.
    dark = image.dark_count() / (image.width * image.height)
    assert 0.05 < dark < 0.5, dark


def _margin_is_white(image: GrayImage, margin_mm: float, dpi: int) -> None:
    edge = int(margin_mm / MM_PER_INCH * dpi)
    for y in range(image.height):
        row = image.row(y)
        if y < edge or y >= image.height - edge:
            assert min(row) > 200, f"dark pixel in the top/bottom margin, row {y}"
        else:
            assert min(row[:edge]) > 200 and min(row[-edge:]) > 200, f"dark pixel in a side margin, row {y}"


@pytest.mark.parametrize("slip", [SLIP, WORST], ids=["usual", "everything-long"])
def test_nothing_is_drawn_in_the_margins(tmp_path: Path, slip: TicketSlip) -> None:
    dpi = 150
    _margin_is_white(render_gray(_write(tmp_path, slip), dpi), 3.5, dpi)


def test_a_long_hall_name_is_kept_on_the_page(tmp_path: Path) -> None:
    name = "营口市鲅鱼圈区政务服务中心（营口经济技术开发区行政审批局）综合服务大厅"
    pdf = _write(tmp_path, dataclasses.replace(SLIP, hall_name=name))
    # Wrapped, not cut: every character is there, over two lines.
    assert name in _flat(pdf_text(pdf))
    dpi = 150
    _margin_is_white(render_gray(pdf, dpi), 3.5, dpi)


def test_an_overlong_name_is_cut_with_an_ellipsis(tmp_path: Path) -> None:
    text = pdf_text(_write(tmp_path, WORST))
    assert "…" in text
    assert "VB123456789" in text and "2026-11-24 16:59" in text


# --- the barcode, read back from the rendered page ------------------------------------------------


@pytest.mark.parametrize("slip", [SLIP, WORST], ids=["usual", "longest-number"])
def test_the_barcode_scans_back_from_the_rendered_page(tmp_path: Path, slip: TicketSlip) -> None:
    dpi = 600
    image = render_gray(_write(tmp_path, slip), dpi)
    rows = decoded_rows(image)
    # Bars 12 mm high: most of their pixel rows must read, and every row that reads says the payload.
    assert len(rows) > 0.8 * 12 / MM_PER_INCH * dpi, len(rows)
    assert {text for _, _, text in rows} == {slip.barcode}
    # The bars are python-barcode's own encoding of the payload, module for module.
    expected = python_barcode.get_barcode_class("code128")(slip.barcode).build()[0]
    assert {modules for _, modules, _ in rows} == {expected}
    # And they sit in the lower part of the ticket, above the footer text.
    assert all(image.height * 0.55 < y < image.height * 0.9 for y, _, _ in rows)


def test_bars_are_whole_printer_dots(tmp_path: Path) -> None:
    # At a thermal printer's 8 dots per mm every module is a whole number of dots: rendered at exactly
    # 203.2 dpi (8 dots/mm), each run's width in pixels is a multiple of the module width.
    dpi = 203.2
    image = render_gray(_write(tmp_path, SLIP), int(dpi * 5))  # 5 pixels per printer dot
    y = decoded_rows(image)[0][0]
    bits = "".join("1" if p < 128 else "0" for p in image.row(y))
    runs = runs_of(bits[bits.find("1") : bits.rfind("1") + 1])
    assert all(n % 5 <= 1 or n % 5 >= 4 for _, n in runs), runs


# --- the fallback font ----------------------------------------------------------------------------


@pytest.fixture
def no_font_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    monkeypatch.setattr(fonts, "FC_MATCH_ARGS", ())
    cjk_font.cache_clear()
    yield
    cjk_font.cache_clear()


def test_prints_with_the_cid_fallback_font(tmp_path: Path, no_font_files: None) -> None:
    assert not cjk_font().embedded
    pdf = _write(tmp_path, SLIP)
    text = pdf_text(pdf)
    assert "A015" in text and "您前面还有12人在等待" in text
    # STSong-Light's CMap has no U+00B7; the marking uses a dot it can print.
    assert "优先・老年人" in text
    dpi = 150
    _margin_is_white(render_gray(pdf, dpi), 3.5, dpi)


def test_page_constants() -> None:
    assert abs(PAGE_WIDTH - 80 / MM_PER_INCH * 72) < 0.01
    assert 110 <= PAGE_HEIGHT / 72 * MM_PER_INCH <= 130
