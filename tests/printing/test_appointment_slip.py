"""The printed 预约确认单: what it says (and hides), its after-hours mark, its barcode, and the copy built from the
database and archived."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from pathlib import Path

import barcode as python_barcode
import pytest

from tests.printing.pdfcheck import decoded_rows, flat, page_count, pdf_fonts, poppler_text, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import roll
from yk_desktop.printing.appointment_slip import AppointmentSlip, build_appointment_slip_pdf
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.services import appointment_day, appointments, auth, documents
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.errors import Conflict
from yk_desktop.services.runtime import Runtime

MM_PER_INCH = 25.4
PERSON_ID = "210802198001011230"

SLIP = AppointmentSlip(
    hall_name="营口市政务服务中心",
    hall_address="辽宁省营口市站前区渤海大街西79号",
    hall_phone="0417-2825000",
    category_name="企业开办与商事登记",
    item_name="食品经营许可",
    day=date(2026, 11, 25),
    start=time(11, 30),
    end=time(12, 0),
    kind="lunch",
    code="28301746",
    applicant_name="张三丰",
    applicant_id_number=PERSON_ID,
    phone="13804170000",
    booked_at=datetime(2026, 11, 24, 10, 0, tzinfo=HALL_TZ),
    channel_name="电话预约",
    clerk_name="王丽娜",
    checkin_from=time(11, 0),
    checkin_until=time(11, 45),
    cancel_by=datetime(2026, 11, 25, 9, 30, tzinfo=HALL_TZ),
)


def _write(tmp_path: Path, slip: AppointmentSlip, name: str = "slip.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_appointment_slip_pdf(slip))
    return path


def test_the_slip_says_when_where_and_how_to_check_in(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, SLIP)))
    for expected in (
        "营口市政务服务中心",
        "预约确认单",
        "企业开办与商事登记",
        "食品经营许可",
        "2026年11月25日（星期三）",
        "11:30–12:00",
        "午间服务",
        "预约码",
        "28301746",
        "请于11:00–11:45到大厅签到",
        "自助取号机",
        "预约签到",
        "11:45后签到按普通号排队",
        "请于11月25日09:30前致电或到窗口办理",
        "90天内爽约3次将暂停预约",
        "咨询电话：0417-2825000",
        "大厅地址：辽宁省营口市站前区渤海大街西79号",
        "预约时间：2026年11月24日10:00",
        "电话预约·经办人王丽娜",
    ):
        assert flat(expected) in text, expected
    assert "（改约）" not in text


def test_the_applicant_is_masked(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, SLIP)))
    assert "预约人：张**" in text and "210802********1230" in text and "138****0000" in text
    assert "张三丰" not in text and PERSON_ID not in text and "13804170000" not in text


@pytest.mark.parametrize(
    ("kind", "mark"), [("evening", "延时服务"), ("weekend", "周末延时服务"), ("regular", None)]
)
def test_after_hours_slots_are_marked(tmp_path: Path, kind: str, mark: str | None) -> None:
    lines = {
        flat(line)
        for line in poppler_text(_write(tmp_path, dataclasses.replace(SLIP, kind=kind))).splitlines()
    }
    assert lines & {"午间服务", "延时服务", "周末延时服务"} == ({mark} if mark else set())


def test_the_code_scans_back_from_the_printed_pixels(tmp_path: Path) -> None:
    dpi = 300
    image = render_gray(_write(tmp_path, SLIP), dpi)
    assert abs(image.width - round(80 / MM_PER_INCH * dpi)) <= 1  # an 80 mm roll
    rows = decoded_rows(image)
    bar_rows = roll.BARCODE_BARS / 72 * dpi
    assert len(rows) > 0.8 * bar_rows, (len(rows), bar_rows)
    assert {text for _, _, text in rows} == {SLIP.code}
    expected = python_barcode.get_barcode_class("code128")(SLIP.code).build()[0]
    assert {modules for _, modules, _ in rows} == {expected}


def test_typed_text_prints_as_typed_and_long_text_grows_the_slip(tmp_path: Path) -> None:
    long = dataclasses.replace(
        SLIP,
        category_name="<b>企业开办</b> & 商事登记" * 4,
        item_name="食品经营许可（含网络经营、仅销售预包装食品备案）" * 3,
        hall_address="辽宁省营口市站前区渤海大街西79号政务服务中心一楼大厅东侧综合受理区" * 3,
        changed=True,
    )
    short_pdf, long_pdf = _write(tmp_path, SLIP, "short.pdf"), _write(tmp_path, long, "long.pdf")
    assert page_count(long_pdf) == 1
    assert render_gray(long_pdf, 72).height > render_gray(short_pdf, 72).height
    text = flat(poppler_text(long_pdf))
    assert "<b>企业开办</b>&商事登记" in text and "预约确认单（改约）" in text
    assert build_appointment_slip_pdf(SLIP) == build_appointment_slip_pdf(SLIP)  # archive == reprint
    if cjk_font().embedded:
        assert all(f.embedded_truetype for f in pdf_fonts(short_pdf))


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(SLIP, booked_at=datetime(2026, 11, 24, 10, 0))


def test_the_slip_is_built_from_the_database_and_archived(runtime: Runtime, tmp_path: Path) -> None:
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    request = BookingRequest(
        "A", date(2026, 11, 26), time(17, 0), "李四", PERSON_ID, "13912345678", "window", "210800-SCJG-XK-001"
    )
    booked = appointments.book(runtime.uow(), request, staff_id=clerk.id)
    doc = appointment_day.archive_slip(
        runtime, booked.code, staff_id=clerk.id, early_minutes=20, late_minutes=10
    )
    assert (doc.kind, doc.number, doc.title, doc.ref_id) == (
        "appointment",
        booked.code,
        "预约确认单",
        booked.id,
    )
    pdf = tmp_path / "archived.pdf"
    pdf.write_bytes(documents.document_pdf(runtime.uow(), doc.id))
    text = flat(poppler_text(pdf))
    for expected in (
        "2026年11月26日（星期四）",
        "17:00–17:30",
        "延时服务",
        booked.code,
        "食品经营许可",
        "请于16:40–17:10到大厅签到",  # this terminal's check-in window
        "请于11月26日15:00前",  # the hall's 2 h rule
        "窗口预约·经办人王丽娜",
        "预约人：李*",
    ):
        assert expected in text, expected
    # A change prints a new slip under the same code; a cancelled appointment has none.
    appointments.change(
        runtime.uow(), booked.code, day=date(2026, 11, 27), start=time(11, 30), staff_id=clerk.id
    )
    again = appointment_day.archive_slip(runtime, booked.code, staff_id=clerk.id)
    pdf.write_bytes(documents.document_pdf(runtime.uow(), again.id))
    text = flat(poppler_text(pdf))
    assert "预约确认单（改约）" in text and "午间服务" in text and "2026年11月27日（星期五）" in text
    assert [d.number for d in documents.list_documents(runtime.uow(), kind="appointment")] == [
        booked.code
    ] * 2
    appointments.cancel(runtime.uow(), booked.code, staff_id=clerk.id)
    with pytest.raises(Conflict, match="已取消，不能打印"):
        appointment_day.archive_slip(runtime, booked.code)
