"""The printed 补正材料通知书: what it says, what it hides, its font and its pixels."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.printing.pdfcheck import flat, page_count, pdf_fonts, poppler_text, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing.a4 import PAGE_HEIGHT, PAGE_WIDTH
from yk_desktop.printing.correction import (
    ALL_AT_ONCE,
    COPIES,
    DEFAULT_BASIS,
    TIME_LIMIT,
    CorrectionLine,
    CorrectionNotice,
    build_correction_pdf,
)
from yk_desktop.printing.fonts import cjk_font

PERSON_ID = "210802199001011234"
PHONE = "13812345678"

LINES = (
    CorrectionLine(
        "经营场所平面布局图", "未标明各功能区尺寸", "按比例绘制，标明各功能区名称和尺寸，A4 纸打印"
    ),
    CorrectionLine(
        "房屋租赁合同", "租赁期已于 2026 年 10 月届满", "提供在有效期内的租赁合同或续租协议复印件"
    ),
    CorrectionLine(
        "食品安全管理制度文本", "缺少进货查验记录制度", "补充进货查验记录制度，法定代表人签字并加盖公章"
    ),
)

NOTICE = CorrectionNotice(
    hall_name="营口市政务服务中心",
    clerk_name="李明",
    clerk_phone="0417-2825012",
    window_number=12,
    document_number="营口政服补〔2026〕000045号",
    barcode="B2026000045",
    issued_at=datetime(2026, 11, 24, 15, 40, tzinfo=HALL_TZ),
    applicant_name="张三",
    applicant_kind="person",
    applicant_id_number=PERSON_ID,
    applicant_phone=PHONE,
    item_names=("食品经营许可（新办）",),
    applied_on=date(2026, 11, 24),
    lines=LINES,
    due=date(2026, 12, 4),
    note="补正材料可通过“辽事通”上传电子版。",
)


def _write(tmp_path: Path, notice: CorrectionNotice) -> Path:
    path = tmp_path / "correction.pdf"
    path.write_bytes(build_correction_pdf(notice))
    return path


def test_the_notice_says_everything_it_must(tmp_path: Path) -> None:
    pdf = _write(tmp_path, NOTICE)
    text = flat(poppler_text(pdf))
    for expected in (
        "补正材料通知书",
        "营口政服补〔2026〕000045号",
        "B2026000045",
        "张三",
        "食品经营许可（新办）",
        "申请日期",
        "2026年11月24日",
        "承办人",
        "李明",
        "0417-2825012",
        "12号窗口",
        DEFAULT_BASIS,
        "请于2026年12月4日前将上述补正材料一并提交至12号窗口",
        flat(ALL_AT_ONCE),
        flat(TIME_LIMIT),
        "补正材料可通过“辽事通”上传电子版。",
        "营口市政务服务中心（盖章）",
        "申请人签收",
        "时",
        "分",
        flat(COPIES),
        "共3项",
        "存在的问题",
        "补正要求（应达到的标准）",
    ):
        assert expected in text, expected
    for line in LINES:
        for part in (line.material, line.problem, line.standard):
            assert flat(part) in text, part
    assert page_count(pdf) == 1


def test_the_id_number_and_phone_are_masked(tmp_path: Path) -> None:
    text = poppler_text(_write(tmp_path, NOTICE))
    assert "210802********1234" in text and "138****5678" in text
    assert PERSON_ID not in flat(text) and PHONE not in flat(text)


def test_another_basis_and_no_due_date(tmp_path: Path) -> None:
    notice = dataclasses.replace(NOTICE, due=None, basis="《辽宁省行政许可条例》第十五条", note="")
    text = flat(poppler_text(_write(tmp_path, notice)))
    assert "根据《辽宁省行政许可条例》第十五条的规定" in text
    assert DEFAULT_BASIS not in text
    assert "请补齐上述材料后一并提交至12号窗口" in text
    assert "备注" not in text


def test_dates_are_the_halls(tmp_path: Path) -> None:
    notice = dataclasses.replace(NOTICE, issued_at=datetime(2026, 11, 24, 16, 30, tzinfo=UTC))
    assert "2026年11月25日00:30" in flat(poppler_text(_write(tmp_path, notice)))


def test_markup_prints_literally(tmp_path: Path) -> None:
    nasty = "<b>张&amp;三</b><font size=90>"
    notice = dataclasses.replace(
        NOTICE,
        applicant_name=nasty,
        lines=(CorrectionLine(f"{nasty}材料", "<i>缺</i>", "&nbsp;<br/>"),),
        note="<img src='x.png'/>",
    )
    text = flat(poppler_text(_write(tmp_path, notice)))
    assert flat(nasty) in text and flat(f"{nasty}材料") in text
    assert "<i>缺</i>" in text and "&nbsp;<br/>" in text and "<imgsrc='x.png'/>" in text


def test_refusals() -> None:
    with pytest.raises(ValueError, match="至少"):
        dataclasses.replace(NOTICE, lines=())
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(NOTICE, issued_at=datetime(2026, 11, 24, 15, 40))


def test_same_notice_same_bytes() -> None:
    assert build_correction_pdf(NOTICE) == build_correction_pdf(NOTICE)


def test_font_and_pixels(tmp_path: Path) -> None:
    pdf = _write(tmp_path, NOTICE)
    if cjk_font().embedded:
        used = pdf_fonts(pdf)
        assert used and all(f.embedded_truetype for f in used), used
    dpi = 60
    image = render_gray(pdf, dpi)
    assert abs(image.width - PAGE_WIDTH / 72 * dpi) <= 1
    assert abs(image.height - PAGE_HEIGHT / 72 * dpi) <= 1
    dark = image.dark_count() / (image.width * image.height)
    assert 0.01 < dark < 0.3, dark
