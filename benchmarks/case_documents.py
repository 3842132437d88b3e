"""The one-time notification with 30 materials (≤ 150 ms, ≤ 100 KB) and the acceptance receipt (≤ 50 ms).

Ours: ``build_notice_pdf`` of a notice for the demo hall's 「开办企业一件事」 items, its material list filled
up to 30 lines from the demo catalog's real materials (names, issuers, notes as published), a third of
them missing, one off-list; ``build_receipt_a4_pdf`` and ``build_receipt_roll_pdf`` of a receipt for the
same case. Measured warm (the CJK font is found and registered once per process). The baseline is a bare
reportlab canvas with the same number of text lines in Helvetica (nothing embedded, no tables, no
barcode): the least a PDF with this much text can cost.
"""

from __future__ import annotations

import io
import json
import time
from datetime import date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from benchmarks.report import Figure, median
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing.notice import NoticeItem, NoticeLetter, NoticeMaterial, build_notice_pdf
from yk_desktop.printing.receipt import (
    AcceptanceReceipt,
    ReceivedMaterial,
    build_receipt_a4_pdf,
    build_receipt_roll_pdf,
)
from yk_desktop.resources import resource

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=HALL_TZ)
RUNS = 20
MATERIALS = 30


def _demo() -> dict[str, object]:
    data = json.loads(resource("demo", "hall.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _letter() -> NoticeLetter:
    data = _demo()
    items = [
        i
        for i in data["items"]
        if i["code"] in ("210800-SCJG-DJ-001", "210800-SW-DJ-001", "210800-SW-FP-001")
    ]  # type: ignore[attr-defined]
    materials: dict[str, NoticeMaterial] = {}
    for item in data["items"]:  # type: ignore[attr-defined]
        for m in item["materials"]:
            if len(materials) < MATERIALS - 1 and m["name"] not in materials:
                n = len(materials)
                materials[m["name"]] = NoticeMaterial(
                    name=m["name"],
                    status="missing" if n % 3 == 0 else "brought",
                    required=m["required"] and not m["condition"],
                    condition=m["condition"],
                    original=m["original"],
                    copies=m["copies"],
                    form=m["form"],
                    issuer=m["issuer"],
                    note=m["note"],
                    items=(item["name"],),
                )
    extra = NoticeMaterial(
        "经营场所平面图",
        "missing",
        True,
        None,
        "original",
        1,
        "paper",
        "",
        "",
        ("企业设立登记",),
        True,
        "核实经营面积",
    )
    return NoticeLetter(
        hall_name="营口市政务服务中心",
        hall_address="辽宁省营口市站前区渤海大街西79号",
        supervision_phone="0417-2825012",
        window_number=3,
        clerk_name="王丽娜",
        document_number="营口政务告知〔2026〕123号",
        barcode="N2026000123",
        issued_at=NOW,
        applicant_name="张三",
        applicant_kind="person",
        applicant_id_number="210802198001011230",
        applicant_phone="13804170000",
        bundle_name="开办企业一件事",
        items=tuple(
            NoticeItem(
                i["code"],
                i["name"],
                i["department"],
                i["basis"],
                i["conditions"],
                tuple(i["procedure"]),
                i["legal_days"],
                i["promised_days"],
                i["fees"],
                i["location"],
                i["phone"],
            )
            for i in items
        ),
        materials=(*materials.values(), extra),
        hand_in="请备齐缺少的材料后到原窗口提交。",
    )


def _receipt() -> AcceptanceReceipt:
    return AcceptanceReceipt(
        hall_name="营口市政务服务中心",
        hall_phone="0417-2825000",
        window_number=3,
        clerk_name="王丽娜",
        case_number="C2026000123",
        barcode="C2026000123",
        item_names=("食品经营许可",),
        bundle_name=None,
        applicant_name="张三",
        applicant_kind="person",
        applicant_id_number="210802198001011230",
        applicant_phone="13804170000",
        accepted_at=NOW,
        promised_deadline=date(2026, 11, 27),
        legal_deadline=date(2026, 12, 8),
        promised_days=3,
        materials=tuple(ReceivedMaterial(f"材料{n}（原件）", n + 1, "received") for n in range(6)),
        tolerance_due=None,
        pickup="办结后凭本回执到受理窗口领取结果。",
    )


def _bare(lines: int, pagesize: tuple[float, float] = A4) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=pagesize)
    y = pagesize[1] - 60
    for n in range(lines):
        if y < 60:
            canvas.showPage()
            y = pagesize[1] - 60
        canvas.setFont("Helvetica", 10)
        canvas.drawString(50, y, f"{n + 1}. Material number {n + 1} - original, 1 copy, paper - missing")
        y -= 14
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _median_ms(fn: object, runs: int = RUNS) -> float:
    assert callable(fn)
    fn()  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return median(times)


def run() -> list[Figure]:
    letter, receipt = _letter(), _receipt()
    assert len(letter.materials) == MATERIALS
    size_kb = len(build_notice_pdf(letter)) / 1024
    bare_notice = _bare(120)
    return [
        Figure(
            "notice_pdf", _median_ms(lambda: build_notice_pdf(letter)), "ms", _median_ms(lambda: _bare(120))
        ),
        Figure("notice_pdf_size", size_kb, "KB", len(bare_notice) / 1024),
        Figure(
            "receipt_pdf",
            _median_ms(lambda: build_receipt_a4_pdf(receipt)),
            "ms",
            _median_ms(lambda: _bare(30)),
        ),
        Figure(
            "receipt_roll_pdf",
            _median_ms(lambda: build_receipt_roll_pdf(receipt)),
            "ms",
            _median_ms(lambda: _bare(20, (227, 400))),
        ),
    ]
