"""The printed 首问登记单 (80 mm): what it says, what it hides, typed text as typed, its size and its barcode;
and the slip the service builds from the database, archived as printed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import barcode as python_barcode
import pytest
from sqlalchemy import select

from tests.printing.pdfcheck import decoded_rows, flat, pdf_fonts, poppler_text, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import fonts, roll
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.printing.inquiry_slip import InquirySlip, build_inquiry_slip_pdf
from yk_desktop.services import documents, inquiries, inquiry_slips
from yk_desktop.services.inquiries import InquiryRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Staff
from yk_desktop.store.models.inquiries import Handling

MM_PER_INCH = 25.4

SLIP = InquirySlip(
    hall_name="营口市政务服务中心",
    hall_phone="0417-2825000",
    number="营口政务首问〔2026〕1号",
    barcode="Q2026000001",
    asked_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    go_to="3 号窗口（涉企经营许可窗口，一楼A区）",
    go_label="请前往",
    sent_by="王丽娜（1 号窗口）",
    applicant="张*",
    applicant_phone="13804170000",
    question="开饭店要办哪些证？",
    item_name="食品经营许可",
    note="请到 3 号窗口取一次性告知书",
    supervision_phone="0417-2825012",
)


def _write(tmp_path: Path, slip: InquirySlip, name: str = "slip.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_inquiry_slip_pdf(slip))
    return path


def test_the_slip_says_where_to_go_who_sent_them_and_when(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, SLIP)))
    for expected in (
        "营口市政务服务中心",
        "首问登记单",
        "登记编号：营口政务首问〔2026〕1号",
        "登记时间：2026年11月24日10:03",
        "办事人：张*",
        "咨询事项：食品经营许可",
        "咨询内容：开饭店要办哪些证？",
        "请前往：3号窗口（涉企经营许可窗口，一楼A区）",
        "说明：请到3号窗口取一次性告知书",
        "首问负责人：王丽娜（1号窗口）",
        "咨询电话：0417-2825000",
        "监督电话：0417-2825012",
    ):
        assert expected in text, expected
    # The phone is printed masked; the whole number is nowhere on the paper.
    assert "联系电话：138****0000" in text and "13804170000" not in text


def test_typed_markup_prints_literally(tmp_path: Path) -> None:
    nasty = "<b>张&amp;三</b><font size=90>"
    slip = dataclasses.replace(SLIP, question=nasty, go_to=f"{nasty}科", note="<br/>&lt;x&gt;")
    text = flat(poppler_text(_write(tmp_path, slip)))
    assert f"咨询内容：{flat(nasty)}" in text
    assert f"请前往：{flat(nasty)}科" in text and "<br/>&lt;x&gt;" in text


def test_a_slip_must_say_where_to_go_and_when() -> None:
    with pytest.raises(ValueError, match="去向"):
        dataclasses.replace(SLIP, go_to=" ")
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(SLIP, asked_at=datetime(2026, 11, 24, 10, 3))


def test_same_slip_same_bytes() -> None:
    assert build_inquiry_slip_pdf(SLIP) == build_inquiry_slip_pdf(SLIP)


def test_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    if not cjk_font().embedded:
        pytest.skip("no Chinese TrueType font installed; the STSong-Light fallback is never embedded")
    used = pdf_fonts(_write(tmp_path, SLIP))
    assert used and all(f.embedded_truetype for f in used), used


def test_80_mm_wide_grows_with_its_contents_and_caps_pasted_essays(tmp_path: Path) -> None:
    dpi = 100
    short = render_gray(_write(tmp_path, SLIP), dpi)
    assert abs(short.width - 80 / MM_PER_INCH * dpi) <= 1
    dark = short.dark_count() / (short.width * short.height)
    assert 0.03 < dark < 0.4, dark
    edge = int(3.5 / MM_PER_INCH * dpi)
    for y in range(short.height):
        row = short.row(y)
        assert min(row[:edge]) > 200 and min(row[-edge:]) > 200, f"dark pixel in a side margin, row {y}"
    essay = dataclasses.replace(SLIP, question="请问" * 400, go_to="很远的地方" * 60)
    pdf = _write(tmp_path, essay, "essay.pdf")
    tall = render_gray(pdf, dpi)
    assert short.height * 1.2 < tall.height < short.height * 2.5
    assert flat(poppler_text(pdf)).count("…") == 2


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


@pytest.fixture
def no_font_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    monkeypatch.setattr(fonts, "FC_MATCH_ARGS", ())
    cjk_font.cache_clear()
    yield
    cjk_font.cache_clear()


def test_the_slip_prints_with_the_cid_fallback_font(tmp_path: Path, no_font_files: None) -> None:
    assert not cjk_font().embedded
    text = flat(poppler_text(_write(tmp_path, SLIP)))
    assert "首问登记单" in text and "请前往：3号窗口" in text


def test_the_slip_built_from_the_database_is_archived_and_renders(
    sqlite_runtime: Runtime, tmp_path: Path
) -> None:
    runtime = sqlite_runtime
    with runtime.uow().reading() as uow:
        staff = {s.username: s.id for s in uow.session.scalars(select(Staff))}
    info = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="二手房过户要带什么？",
            applicant_name="欧阳娜娜",
            phone="13804170000",
            id_number="210802198001011230",
            handling=Handling.HANDED,
            hand_to_staff_id=staff["clerk04"],
            answer="涉及契税，请张师傅一并解答",
            window_number=1,
        ),
        staff_id=staff["clerk01"],
    )
    doc = inquiry_slips.archive_slip(runtime, info.inquiry_no, staff["clerk01"])
    path = tmp_path / "archived.pdf"
    path.write_bytes(documents.document_pdf(runtime.uow(), doc.id))
    text = flat(poppler_text(path))
    assert "办事人：欧阳**" in text and "欧阳娜娜" not in text
    assert "承办人：张海涛（4号窗口（不动产登记与契税联办窗口，一楼B区））" in text
    assert "首问负责人：王丽娜（1号窗口）" in text and "说明：涉及契税，请张师傅一并解答" in text
    assert "13804170000" not in text and "210802198001011230" not in text
    image = render_gray(path, 60)
    assert (
        abs(image.width - 80 / MM_PER_INCH * 60) <= 1
        and image.dark_count() > 0.03 * image.width * image.height
    )
