"""投诉受理单 on the 80 mm roll: everything the complainant needs, masked personal data, typed text printed
exactly, capped when long, the margins kept and the barcode scanning back as the complaint number."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import barcode as python_barcode

from tests.printing.pdfcheck import decoded_rows, flat, pdf_fonts, poppler_text, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import roll
from yk_desktop.printing.complaint_slip import ComplaintSlip, build_complaint_slip_pdf

MM_PER_INCH = 25.4
SLIP = ComplaintSlip(
    hall_name="营口市政务服务中心",
    number="营口政务投诉〔2026〕1号",
    barcode="K2026000001",
    kind_name="投诉",
    source_name="12345热线转办",
    work_order_no="YK20261124-0001",
    complainant_name="李四",
    phone="13904171234",
    content="反映不动产登记窗口排队三小时未办理",
    received_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    deadline=date(2026, 12, 15),
    deadline_days=15,
    clerk_name="王丽娜",
    hall_phone="0417-2800000",
    supervision_phone="0417-12345",
)


def _write(tmp_path: Path, slip: ComplaintSlip, name: str = "slip.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_complaint_slip_pdf(slip))
    return path


def test_the_slip_says_what_the_complainant_needs(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, SLIP)))
    for expected in (
        "营口市政务服务中心",
        "投诉受理单",
        "编号：营口政务投诉〔2026〕1号",
        "受理时间：2026年11月24日10:03",
        "类型：投诉",
        "来源：12345热线转办工单号：YK20261124-0001",
        "诉求内容：反映不动产登记窗口排队三小时未办理",
        "答复期限：2026年12月15日前（15个工作日）",
        "受理人：王丽娜",
        "监督电话：0417-12345",
        "K2026000001",
    ):
        assert flat(expected) in text, expected
    # Personal data masked (GB/T 35273).
    assert "投诉人：李*" in text and "联系电话：139****1234" in text
    assert "李四" not in text and "13904171234" not in text


def test_an_anonymous_complaint_and_markup_print_as_typed(tmp_path: Path) -> None:
    nasty = "<b>&amp;</b><font size=90>'; DROP TABLE complaints;"
    slip = dataclasses.replace(
        SLIP, complainant_name="", phone="", work_order_no="", source_name="现场", content=nasty
    )
    text = flat(poppler_text(_write(tmp_path, slip)))
    assert "投诉人：匿名" in text and "联系电话：—" in text and "来源：现场投诉人" in text
    assert flat(nasty) in text


def test_same_slip_same_bytes() -> None:
    assert build_complaint_slip_pdf(SLIP) == build_complaint_slip_pdf(SLIP)


def test_the_font_is_embedded(tmp_path: Path) -> None:
    fonts = pdf_fonts(_write(tmp_path, SLIP))
    assert fonts and all(f.embedded_truetype for f in fonts), fonts


def test_the_roll_is_80_mm_wide_long_text_is_capped_and_the_margins_stay_white(tmp_path: Path) -> None:
    dpi = 100
    short = render_gray(_write(tmp_path, SLIP), dpi)
    assert abs(short.width - 80 / MM_PER_INCH * dpi) <= 1
    longer = dataclasses.replace(SLIP, content="排队时间过长，窗口人员态度生硬。" * 60)
    pdf = _write(tmp_path, longer, "long.pdf")
    tall = render_gray(pdf, dpi)
    assert short.height < tall.height < short.height * 2  # capped: six lines, not a metre of paper
    assert "…" in poppler_text(pdf)
    edge = int(3.5 / MM_PER_INCH * dpi)
    for image in (short, tall):
        for y in range(image.height):
            row = image.row(y)
            assert min(row[:edge]) > 200 and min(row[-edge:]) > 200, f"dark pixel in a side margin, row {y}"


def test_the_barcode_scans_back(tmp_path: Path) -> None:
    pdf = _write(tmp_path, SLIP)
    dpi = 600
    scale = dpi / 72
    full = render_gray(pdf, 72)
    bottom = full.height - roll.MARGIN - roll.barcode_height()
    crop = (0, int(bottom * scale), int(roll.PAGE_WIDTH * scale), int(roll.BARCODE_BARS * scale))
    image = render_gray(pdf, dpi, crop=crop)
    rows = decoded_rows(image)
    assert len(rows) > 0.8 * image.height, (len(rows), image.height)
    assert {text for _, _, text in rows} == {SLIP.barcode}
    expected = python_barcode.get_barcode_class("code128")(SLIP.barcode).build()[0]
    assert {modules for _, modules, _ in rows} == {expected}
