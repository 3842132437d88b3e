"""A ticket issued at the kiosk and its PDF ready to print (DESIGN.md §8: ≤ 50 ms), against a bare PDF.

Ours is what the kiosk does per press: ``queue.issue_ticket`` on the demo hall in SQLite (counter,
ticket, event and audit rows in one transaction) and ``build_ticket_pdf`` of the result (embedded CJK
subset, Code 128, compressed). The baseline is the least a PDF ticket can be: a bare reportlab canvas
page, 80 × 120 mm, with one ``drawString`` of the number in Helvetica (a standard font, nothing
embedded), saved to bytes — no database, no Chinese font, no barcode.
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks.report import Figure, median
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.ticketno import ticket_barcode
from yk_desktop.printing.ticket import TicketSlip, build_ticket_pdf
from yk_desktop.services import demo, hall, queue
from yk_desktop.services.queue import TicketInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=HALL_TZ)
RUNS = 60
WARMUP = 5
HALL_CODE = "YK-ZWFW"


def _slip(hall_name: str, ticket: TicketInfo) -> TicketSlip:
    return TicketSlip(
        hall_name=hall_name,
        category_name=ticket.category_name,
        number=ticket.number,
        waiting_before=ticket.waiting_before,
        issued_at=ticket.issued_at,
        barcode=ticket_barcode(ticket.issued_at.astimezone(HALL_TZ).date(), ticket.number),
        priority_group=ticket.priority_group,
        appointment=False,
        area="一楼 A区",
        estimated_wait_minutes=ticket.waiting_before * 5,
    )


def _bare(number: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(80 * mm, 120 * mm))
    canvas.setFont("Helvetica", 48)
    canvas.drawString(10 * mm, 60 * mm, number)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="yk-bench-ticket-") as tmp:
        rt = Runtime.open(
            f"sqlite:///{Path(tmp) / 'demo.sqlite3'}", clock=FixedClock(NOW), terminal_code="KIOSK"
        )
        try:
            schema.upgrade(rt.engine)
            demo.seed_demo(rt.uow())
            hall.register_terminal(rt.uow(), HALL_CODE, "KIOSK", "基准取号机", "kiosk", None)
            info = hall.find_hall(rt.uow(), HALL_CODE)
            assert info is not None
            group = hall.list_priority_groups(rt.uow())[0]

            def ticket_pdf(i: int) -> bytes:
                # One in five applicants asks for priority, as in a hall with many elderly visitors.
                ticket = queue.issue_ticket(rt.uow(), "A", priority_group=group if i % 5 == 0 else None)
                return build_ticket_pdf(_slip(info.name, ticket))

            # Warm-up: the font is found and registered once per process and the day's counter row is
            # created by the first ticket; neither is what an applicant waits for at each press.
            for i in range(WARMUP):
                ticket_pdf(i)
                _bare("A001")
            ours: list[float] = []
            bare: list[float] = []
            for i in range(RUNS):
                t0 = time.perf_counter()
                ticket_pdf(i)
                ours.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                _bare(f"A{i + 1:03d}")
                bare.append((time.perf_counter() - t0) * 1000)
        finally:
            rt.close()
    return [Figure("ticket_pdf", median(ours), "ms", median(bare))]
