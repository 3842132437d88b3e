"""The printed documents of a proxy case, built from the database: the A4 委托书 (both parties' IDs whole,
powers, sub-delegation, term, signature lines, the Yingkou principle) and the 80 mm result-ready slip (phone
masked, no ID, where and by when to collect); their text read back by pdftotext, their pixels and barcodes
read back from a rendering, and both archived as printed."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.printing.pdfcheck import decoded_rows, flat, page_count, pdf_fonts, poppler_text, render_gray
from tests.support.agency import AGENT01_ID, FOOD, HYGIENE, TODAY, accept_case, person_id, register
from yk_desktop.printing import a4, roll
from yk_desktop.printing.agency_slip import BRING, build_ready_slip_pdf
from yk_desktop.printing.authorization import (
    ID_COPIES,
    PRINCIPLE,
    SUB_NO,
    SUB_YES,
    AuthorizationForm,
    build_authorization_pdf,
)
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.services import agency, agency_documents, auth, documents, policy
from yk_desktop.services.errors import Conflict
from yk_desktop.services.runtime import Runtime

APPLICANT_ID = "210802198001011230"


def _write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _scan_barcode(pdf: Path, payload: str, *, a4_page: bool) -> None:
    """The barcode read back from a 600 dpi rendering of its bars, as a scanner reads it."""
    dpi = 600
    scale = dpi / 72
    if a4_page:
        x, y, width, height = a4.barcode_bars_box(payload)
        top = a4.PAGE_HEIGHT - y - height
        crop = (int(x * scale), int(top * scale) + 2, int(width * scale), int(height * scale) - 4)
    else:
        full = render_gray(pdf, 72)
        bottom = full.height - roll.MARGIN - roll.barcode_height()
        crop = (0, int(bottom * scale), int(roll.PAGE_WIDTH * scale), int(roll.BARCODE_BARS * scale))
    image = render_gray(pdf, dpi, crop=crop)
    rows = decoded_rows(image)
    assert len(rows) > 0.8 * image.height, (len(rows), image.height)
    assert {text for _, _, text in rows} == {payload}


def test_the_authorization_form_says_everything_a_power_of_attorney_must(
    sqlite_runtime: Runtime, tmp_path: Path
) -> None:
    info = register(
        sqlite_runtime,
        name="张三",
        id_number=APPLICANT_ID,
        phone="13812345678",
        items=(FOOD, HYGIENE),
        valid_until=TODAY + timedelta(days=30),
    )
    form = agency_documents.authorization_form(sqlite_runtime.uow(), info.agency_no)
    pdf = _write(tmp_path, "authorization.pdf", build_authorization_pdf(form))
    text = flat(poppler_text(pdf))
    for expected in (
        "帮办代办委托书",
        "营口政务代办〔2026〕1号",
        "D2026000001",
        flat(f"「{PRINCIPLE}」"),
        "委托人",
        "张三",
        # Whole on this legal form: the receiving window checks them against the ID copies attached.
        APPLICANT_ID,
        "13812345678",
        "受托人（帮办代办员）",
        "于春雷",
        AGENT01_ID,
        "13804179620",
        "营口市营商环境建设局（政务服务中心帮办代办组）",
        "食品经营许可",
        "210800-SCJG-XK-001",
        "公共场所卫生许可",
        "代为办理食品经营许可、公共场所卫生许可事项",
        "1.代为提交申请材料",
        "4.代为领取办理结果",
        flat(f"转委托：{SUB_NO}"),
        "自2026年11月24日起至2026年12月24日止",
        "委托人（签字）：",
        "受托人（签字）：",
        "日期：",
        flat(ID_COPIES),
    ):
        assert expected in text, expected
    assert "210802********1230" not in text
    assert page_count(pdf) == 1
    _scan_barcode(pdf, "D2026000001", a4_page=True)
    if cjk_font().embedded:
        assert all(f.embedded_truetype for f in pdf_fonts(pdf))
    image = render_gray(pdf, 60)
    assert abs(image.height - a4.PAGE_HEIGHT / 72 * 60) <= 1
    assert 0.01 < image.dark_count() / (image.width * image.height) < 0.3


def test_an_enterprise_signs_with_its_seal_and_may_allow_sub_delegation(
    sqlite_runtime: Runtime, tmp_path: Path
) -> None:
    info = register(
        sqlite_runtime,
        kind="enterprise",
        name="营口<b>海鲜&amp;餐饮</b>有限公司",
        id_number="91210800MA0Y4L6X2L",
        contact_name="李四",
        contact_phone="13900000000",
        sub_delegation=True,
        powers=("代为提交申请材料", "代为缴纳<i>费用</i>"),
    )
    form = agency_documents.authorization_form(sqlite_runtime.uow(), info.agency_no)
    text = flat(poppler_text(_write(tmp_path, "enterprise.pdf", build_authorization_pdf(form))))
    assert "委托单位" in text and "统一社会信用代码" in text and "91210800MA0Y4L6X2L" in text
    assert flat("营口<b>海鲜&amp;餐饮</b>有限公司") in text  # markup prints literally
    assert "2.代为缴纳<i>费用</i>" in text
    assert "经办联系人李四13900000000" in text
    assert flat(f"转委托：{SUB_YES}") in text
    assert "委托单位（盖章）及法定代表人（签字）：" in text


def test_the_form_refuses_what_a_power_of_attorney_cannot_be(sqlite_runtime: Runtime) -> None:
    form = agency_documents.authorization_form(sqlite_runtime.uow(), register(sqlite_runtime).agency_no)
    assert build_authorization_pdf(form) == build_authorization_pdf(form)  # same form, same bytes
    for change, message in (
        ({"powers": ()}, "代理权限"),
        ({"items": ()}, "委托事项"),
        ({"valid_until": form.valid_from}, "截止日期"),
        ({"principal_kind": "robot"}, "申请人类型"),
    ):
        with pytest.raises(ValueError, match=message):
            dataclasses.replace(form, **change)  # type: ignore[arg-type]
    assert isinstance(form, AuthorizationForm)


def test_the_ready_slip_tells_where_and_by_when_to_collect(sqlite_runtime: Runtime, tmp_path: Path) -> None:
    runtime = sqlite_runtime
    info = register(runtime, name="张三", id_number=APPLICANT_ID, phone="13812345678")
    me = auth.login(runtime.uow(), "agent01", "demo1234").id
    with pytest.raises(Conflict, match="结果尚未办结，不能打印领取通知单"):
        agency_documents.ready_slip(runtime.uow(), info.agency_no)
    case_no = accept_case(runtime, "张三", APPLICANT_ID)
    agency.link_case(runtime.uow(), info.agency_no, case_no, staff_id=me)
    agency.mark_ready(
        runtime.uow(), info.agency_no, "10号窗口（帮办代办·绿色通道）", "请携带单位公章", staff_id=me
    )
    pdf = _write(
        tmp_path, "slip.pdf", build_ready_slip_pdf(agency_documents.ready_slip(runtime.uow(), info.agency_no))
    )
    text = flat(poppler_text(pdf))
    for expected in (
        "营口市政务服务中心",
        "代办结果领取通知",
        "代办编号：D2026000001",
        "委托人：张三",
        "联系电话：138****5678",
        "办理事项：食品经营许可",
        f"办件编号：{case_no}",
        "领取地点：10号窗口（帮办代办·绿色通道）",
        # The hall's reminder rule (3 working days by default) from Tuesday.
        "领取期限：请于2026年11月27日前领取",
        "周一至周五8:30-11:3013:00-17:00",
        flat(BRING),
        "备注：请携带单位公章",
        "帮办代办员：于春雷13804179620",
        "咨询电话：0417-2825000",
    ):
        assert expected in text, expected
    assert "13812345678" not in text and APPLICANT_ID not in text and "210802" not in text
    _scan_barcode(pdf, "D2026000001", a4_page=False)
    image = render_gray(pdf, 100)
    assert abs(image.width - roll.PAGE_WIDTH / 72 * 100) <= 1

    # The hall's own rule moves the date: 5 working days from Tuesday is the next Tuesday.
    policy.change(runtime.uow(), {agency_documents.READY_NOTICE_RULE: 5}, staff_id=None)
    assert agency_documents.ready_slip(runtime.uow(), info.agency_no).collect_by == date(2026, 12, 1)


def test_both_documents_are_archived_as_printed(runtime: Runtime) -> None:
    info = register(runtime)
    me = auth.login(runtime.uow(), "agent01", "demo1234").id
    form_doc = agency_documents.archive_authorization(runtime, info.agency_no, me)
    assert (form_doc.kind, form_doc.number, form_doc.title) == (
        "authorization",
        info.agency_no,
        "帮办代办委托书",
    )
    assert form_doc.ref_id == info.id and form_doc.printed_at is None
    archived = documents.document_pdf(runtime.uow(), form_doc.id)
    assert archived == build_authorization_pdf(
        agency_documents.authorization_form(runtime.uow(), info.agency_no)
    )
    agency.mark_ready(runtime.uow(), info.agency_no, "10号窗口", staff_id=me)
    slip_doc = agency_documents.archive_ready_slip(runtime, info.agency_no, me)
    assert (slip_doc.kind, slip_doc.number, slip_doc.title) == (
        "agency_slip",
        info.agency_no,
        "代办结果领取通知",
    )
    assert {d.kind for d in documents.list_documents(runtime.uow(), ref_id=info.id)} == {
        "agency_slip",
        "authorization",
    }
    # Delivered: the slip can still be reprinted from the data (the applicant lost it).
    agency.deliver(runtime.uow(), info.agency_no, "本人", staff_id=me)
    assert agency_documents.ready_slip(runtime.uow(), info.agency_no).place == "10号窗口"


def test_the_slip_caps_a_pasted_essay(sqlite_runtime: Runtime, tmp_path: Path) -> None:
    info = register(sqlite_runtime, id_number=person_id())
    me = auth.login(sqlite_runtime.uow(), "agent01", "demo1234").id
    agency.mark_ready(sqlite_runtime.uow(), info.agency_no, "10号窗口", "很长的备注" * 90, staff_id=me)
    slip = agency_documents.ready_slip(sqlite_runtime.uow(), info.agency_no)
    pdf = _write(tmp_path, "long.pdf", build_ready_slip_pdf(slip))
    assert "…" in poppler_text(pdf)
    assert render_gray(pdf, 72).height < 900  # a slip, not a metre of paper
