"""Printing our PDFs through Qt print support: page size kept, pixels kept, failures told in Chinese."""

from __future__ import annotations

import functools
import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.printing.pdfcheck import GrayImage, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui import workers
from yk_desktop.gui.printer import PrintFailed, available_printers, default_printer, print_pdf
from yk_desktop.printing.ticket import PAGE_HEIGHT, PAGE_WIDTH, TicketSlip, build_ticket_pdf

HINT = "号票仍然有效，可点“重打上一张”。"

SLIP = TicketSlip(
    hall_name="营口市政务服务中心",
    category_name="企业开办与商事登记",
    number="A015",
    waiting_before=3,
    issued_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    barcode="T20261124A015",
    priority_group=None,
    appointment=False,
)


@pytest.fixture(scope="module")
def ticket() -> bytes:
    return build_ticket_pdf(SLIP)


def _number_box(pdf: Path, dpi: float) -> tuple[int, int, int, int]:
    """Where the number is drawn on the ticket, in pixels (left, top, right, bottom) at ``dpi``."""
    found: list[tuple[float, float, float]] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip() == SLIP.number:
            found.append((tm[4], tm[5], size))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    assert len(found) == 1, found
    x, baseline, size = found[0]
    scale = dpi / 72
    # Digits stand on the baseline and reach about 0.7 of the size; x is the first glyph's left edge.
    left, right = x, PAGE_WIDTH - x
    top, bottom = PAGE_HEIGHT - (baseline + 0.7 * size), PAGE_HEIGHT - baseline
    return round(left * scale), round(top * scale), round(right * scale), round(bottom * scale)


def _dark_share(image: GrayImage, box: tuple[int, int, int, int]) -> float:
    left, top, right, bottom = box
    dark = sum(1 for y in range(top, bottom) for p in image.row(y)[left:right] if p < 128)
    return dark / ((right - left) * (bottom - top))


def test_a_ticket_printed_to_pdf_keeps_its_size_and_number(
    qapp: object, ticket: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "ticket.pdf"
    source.write_bytes(ticket)
    printed = tmp_path / "printed.pdf"

    print_pdf(ticket, output_file=printed, title="号票 A015")

    assert printed.is_file()
    pages = PdfReader(printed).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert abs(float(box.width) - 80 / 25.4 * 72) <= 1, box
    assert abs(float(box.height) - PAGE_HEIGHT) <= 1, box

    dpi = 100
    number = _number_box(source, dpi)
    image = render_gray(printed, dpi)
    # The big bold number is there, in the same place as on the ticket itself.
    assert _dark_share(image, number) > 0.25
    # And the page as a whole is the same picture, compared at the print's own resolution (it is a raster
    # of the ticket, so glyph edges differ a little; a shifted or rescaled page would differ by far more).
    image, original = render_gray(printed, 203), render_gray(source, 203)
    # Qt writes the page size in whole points (80 mm is 226.77 pt), so the sizes may differ by a pixel.
    width, height = min(image.width, original.width), min(image.height, original.height)
    assert abs(image.width - original.width) <= 1 and abs(image.height - original.height) <= 1
    differ = sum(
        1
        for y in range(height)
        for a, b in zip(image.row(y)[:width], original.row(y)[:width], strict=True)
        if (a < 128) != (b < 128)
    )
    assert differ / (width * height) < 0.04, differ / (width * height)


def test_pages_of_different_sizes_keep_their_own_size(qapp: object, ticket: bytes, tmp_path: Path) -> None:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.drawString(72, 720, "page 1")
    canvas.showPage()
    canvas.setPageSize((A4[1], A4[0]))  # landscape
    canvas.drawString(72, 500, "page 2")
    canvas.showPage()
    canvas.save()
    printed = tmp_path / "two.pdf"

    print_pdf(buf.getvalue(), output_file=printed, dpi=150)

    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(printed).pages]
    assert len(sizes) == 2
    for (width, height), (want_w, want_h) in zip(sizes, [A4, (A4[1], A4[0])], strict=True):
        assert abs(width - want_w) <= 1 and abs(height - want_h) <= 1, sizes


def test_an_unknown_printer_is_named_in_the_message(qapp: object, ticket: bytes) -> None:
    with pytest.raises(PrintFailed) as failed:
        print_pdf(ticket, printer="不存在的打印机-XP58", hint=HINT)
    message = failed.value.message
    assert message.startswith("未找到打印机“不存在的打印机-XP58”")
    assert "请检查打印机连接" in message
    assert message.endswith(HINT)
    assert str(failed.value) == message


def test_no_printer_at_all(qapp: object, ticket: bytes) -> None:
    if available_printers() or default_printer():
        pytest.skip("this machine has a printer; the test must not print on it")
    with pytest.raises(PrintFailed, match="本机没有可用的打印机"):
        print_pdf(ticket)


@pytest.mark.parametrize("data", [b"", b"garbage" * 100, b"%PDF-1.4\n% truncated"])
def test_what_is_not_a_pdf_is_refused(qapp: object, data: bytes, tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    with pytest.raises(PrintFailed, match="不是有效的 PDF") as failed:
        print_pdf(data, output_file=out, hint=HINT)
    assert failed.value.message.endswith(HINT)
    assert not out.exists()


def test_an_unwritable_output_file_fails_clearly(qapp: object, ticket: bytes, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "ticket.pdf"
    with pytest.raises(PrintFailed, match="无法开始打印"):
        print_pdf(ticket, output_file=out)


def test_prints_from_a_worker_thread(qapp: object, ticket: bytes, tmp_path: Path) -> None:
    # The kiosk prints off the UI thread, so a slow printer never freezes the touch screen.
    printed = tmp_path / "from-worker.pdf"
    results: list[object] = []
    workers.run_in_pool(
        functools.partial(print_pdf, ticket, output_file=printed),
        on_done=results.append,
        on_error=results.append,
    )
    assert workers.wait_for_idle(20_000)
    assert results == [None]
    assert len(PdfReader(printed).pages) == 1
