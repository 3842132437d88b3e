"""The printed 受理回执, A4 and 80 mm roll: what both say, what they hide, their fonts, pixels and barcode."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import barcode as python_barcode
import pytest

from tests.printing.pdfcheck import (
    GrayImage,
    decoded_rows,
    flat,
    page_count,
    pdf_fonts,
    poppler_text,
    render_gray,
)
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import a4, fonts, roll
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.printing.receipt import (
    AcceptanceReceipt,
    ReceivedMaterial,
    build_receipt_a4_pdf,
    build_receipt_roll_pdf,
)

MM_PER_INCH = 25.4
PERSON_ID = "210802199001011234"
PHONE = "13812345678"

RECEIPT = AcceptanceReceipt(
    hall_name="营口市政务服务中心",
    hall_phone="0417-2825000",
    window_number=12,
    clerk_name="李明",
    case_number="C2026000123",
    barcode="C2026000123",
    item_names=("食品经营许可（新办）",),
    bundle_name=None,
    applicant_name="张三",
    applicant_kind="person",
    applicant_id_number=PERSON_ID,
    applicant_phone=PHONE,
    accepted_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    promised_deadline=date(2026, 12, 1),
    legal_deadline=date(2026, 12, 22),
    promised_days=5,
    materials=(
        ReceivedMaterial("食品经营许可申请书", 3, "received"),
        ReceivedMaterial("营业执照副本", None, "reused"),
        ReceivedMaterial("经营场所平面布局图", 1, "received"),
        ReceivedMaterial("房屋租赁合同", None, "tolerated"),
    ),
    tolerance_due=date(2026, 11, 27),
    pickup="办结后短信通知，凭本回执到 12 号窗口领取，或选择邮政 EMS 免费寄递。",
    deadline_note="2027年以后的节假日安排尚未公布，办结日期按现行规则估算，以实际通知为准。",
)

Builder = Callable[[AcceptanceReceipt], bytes]
BUILDERS = [build_receipt_a4_pdf, build_receipt_roll_pdf]
IDS = ["a4", "roll"]


def _write(tmp_path: Path, receipt: AcceptanceReceipt, build: Builder) -> Path:
    path = tmp_path / f"receipt-{build.__name__}.pdf"
    path.write_bytes(build(receipt))
    return path


# --- text -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_the_receipt_says_everything_it_must(tmp_path: Path, build: Builder) -> None:
    text = flat(poppler_text(_write(tmp_path, RECEIPT, build)))
    for expected in (
        "受理回执",
        "营口市政务服务中心",
        "C2026000123",
        "食品经营许可（新办）",
        "张三",
        "2026年11月24日10:03",
        "2026年12月1日（5个工作日）",
        "2026年12月22日",
        "承诺办结",
        "法定办结",
        "李明",
        "12号窗口",
        "0417-2825000",
        "办结后短信通知，凭本回执到12号窗口领取，或选择邮政EMS免费寄递。",
        "2027年以后的节假日安排尚未公布",
        "取件方式",
        "共收取材料2项，合计4页",
    ):
        assert expected in text, expected
    for m in RECEIPT.materials:
        assert m.name in text, m.name


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_pages_and_tolerated_materials(tmp_path: Path, build: Builder) -> None:
    text = flat(poppler_text(_write(tmp_path, RECEIPT, build)))
    assert "3页" in text and "1页" in text
    assert "容缺后补，须于2026年11月27日前补交" in text
    assert "已核验复用" in text


def test_the_roll_lists_each_material_with_its_pages_on_its_line(tmp_path: Path) -> None:
    lines = [
        flat(line) for line in poppler_text(_write(tmp_path, RECEIPT, build_receipt_roll_pdf)).splitlines()
    ]
    assert "1.食品经营许可申请书（3页）" in lines
    assert "3.经营场所平面布局图（1页）" in lines
    assert "4.房屋租赁合同" in lines


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_the_id_number_and_phone_are_masked(tmp_path: Path, build: Builder) -> None:
    text = poppler_text(_write(tmp_path, RECEIPT, build))
    assert "210802********1234" in text and "138****5678" in text
    assert PERSON_ID not in flat(text) and PHONE not in flat(text)


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_an_enterprise_and_a_bundle(tmp_path: Path, build: Builder) -> None:
    receipt = dataclasses.replace(
        RECEIPT,
        applicant_kind="enterprise",
        applicant_name="营口海韵餐饮管理有限公司",
        applicant_id_number="91210800MA0XXXXX1K",
        bundle_name="开餐馆一件事",
        item_names=("食品经营许可（新办）", "公共场所卫生许可"),
    )
    text = flat(poppler_text(_write(tmp_path, receipt, build)))
    assert "统一社会信用代码" in text and "91210800MA0XXXXX1K" in text
    assert "申请单位" in text
    assert "「开餐馆一件事」（食品经营许可（新办）、公共场所卫生许可）" in text


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_time_is_printed_in_the_halls_zone(tmp_path: Path, build: Builder) -> None:
    receipt = dataclasses.replace(RECEIPT, accepted_at=datetime(2026, 11, 24, 2, 3, tzinfo=UTC))
    assert "2026年11月24日10:03" in flat(poppler_text(_write(tmp_path, receipt, build)))


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_markup_prints_literally(tmp_path: Path, build: Builder) -> None:
    nasty = "<b>张&amp;三</b><font size=90>"
    receipt = dataclasses.replace(
        RECEIPT,
        applicant_name=nasty,
        item_names=(f"{nasty}事项",),
        materials=(ReceivedMaterial(f"{nasty}材料", 2, "received"),),
        tolerance_due=None,
        pickup="<br/>&lt;自取&gt;",
    )
    text = flat(poppler_text(_write(tmp_path, receipt, build)))
    assert flat(nasty) in text
    assert flat(f"{nasty}事项") in text and flat(f"{nasty}材料") in text
    assert "<br/>&lt;自取&gt;" in text


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_same_receipt_same_bytes(build: Builder) -> None:
    assert build(RECEIPT) == build(RECEIPT)


def test_a_tolerated_material_needs_a_due_date() -> None:
    with pytest.raises(ValueError, match="补交期限"):
        dataclasses.replace(RECEIPT, tolerance_due=None)


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(RECEIPT, accepted_at=datetime(2026, 11, 24, 10, 3))
    with pytest.raises(ValueError, match="材料状态"):
        ReceivedMaterial("身份证", 1, "lost")
    with pytest.raises(ValueError, match="页数"):
        ReceivedMaterial("身份证", -1, "received")
    with pytest.raises(ValueError, match="申请人类型"):
        dataclasses.replace(RECEIPT, applicant_kind="")


# --- font, pages, pixels --------------------------------------------------------------------------


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_the_chinese_font_is_embedded(tmp_path: Path, build: Builder) -> None:
    if not cjk_font().embedded:
        pytest.skip("no Chinese TrueType font installed; the STSong-Light fallback is never embedded")
    used = pdf_fonts(_write(tmp_path, RECEIPT, build))
    assert used and all(f.embedded_truetype for f in used), used


def test_the_a4_receipt_is_one_page(tmp_path: Path) -> None:
    pdf = _write(tmp_path, RECEIPT, build_receipt_a4_pdf)
    assert page_count(pdf) == 1
    assert "第1页共1页" in flat(poppler_text(pdf))


def _white_margins(image: GrayImage, side_px: int, top_px: int) -> None:
    for y in range(image.height):
        row = image.row(y)
        if y < top_px or y >= image.height - top_px:
            assert min(row) > 200, f"dark pixel in the top/bottom margin, row {y}"
        else:
            assert min(row[:side_px]) > 200 and min(row[-side_px:]) > 200, (
                f"dark pixel in a side margin, row {y}"
            )


def test_the_roll_is_80_mm_wide_grows_with_its_contents_and_keeps_its_margins(tmp_path: Path) -> None:
    dpi = 100
    short = render_gray(_write(tmp_path, RECEIPT, build_receipt_roll_pdf), dpi)
    assert abs(short.width - 80 / MM_PER_INCH * dpi) <= 1
    dark = short.dark_count() / (short.width * short.height)
    assert 0.03 < dark < 0.4, dark
    edge = int(3.5 / MM_PER_INCH * dpi)
    _white_margins(short, edge, edge)
    many = tuple(
        ReceivedMaterial(f"材料{i}：" + "很长的材料名称" * (i % 4), i, "received") for i in range(1, 25)
    )
    longer = dataclasses.replace(
        RECEIPT, materials=(*many, RECEIPT.materials[-1]), pickup="请到窗口取件。" * 40, hall_name="营口" * 40
    )
    pdf = _write(tmp_path, longer, build_receipt_roll_pdf)
    tall = render_gray(pdf, dpi)
    assert tall.height > short.height * 1.5
    _white_margins(tall, edge, edge)
    text = flat(poppler_text(pdf))
    assert "23.材料23：很长的材料名称很长的材料名称很长的材料名称（23页）" in text
    # The capped free text ends in an ellipsis rather than running on.
    assert "…" in text


@pytest.mark.parametrize("build", BUILDERS, ids=IDS)
def test_the_barcode_scans_back(tmp_path: Path, build: Builder) -> None:
    pdf = _write(tmp_path, RECEIPT, build)
    dpi = 600
    scale = dpi / 72
    if build is build_receipt_roll_pdf:
        # The bars sit right above the bottom margin.
        full = render_gray(pdf, 72)
        bottom = full.height - roll.MARGIN - roll.barcode_height()
        crop = (0, int(bottom * scale), int(roll.PAGE_WIDTH * scale), int(roll.BARCODE_BARS * scale))
    else:
        x, y, width, height = a4.barcode_bars_box(RECEIPT.barcode)
        top = a4.PAGE_HEIGHT - y - height
        crop = (int(x * scale), int(top * scale) + 2, int(width * scale), int(height * scale) - 4)
    image = render_gray(pdf, dpi, crop=crop)
    rows = decoded_rows(image)
    assert len(rows) > 0.8 * image.height, (len(rows), image.height)
    assert {text for _, _, text in rows} == {RECEIPT.barcode}
    expected = python_barcode.get_barcode_class("code128")(RECEIPT.barcode).build()[0]
    assert {modules for _, modules, _ in rows} == {expected}


# --- the fallback font ----------------------------------------------------------------------------


@pytest.fixture
def no_font_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    monkeypatch.setattr(fonts, "FC_MATCH_ARGS", ())
    cjk_font.cache_clear()
    yield
    cjk_font.cache_clear()


def test_the_roll_prints_with_the_cid_fallback_font(tmp_path: Path, no_font_files: None) -> None:
    assert not cjk_font().embedded
    text = flat(poppler_text(_write(tmp_path, RECEIPT, build_receipt_roll_pdf)))
    assert "受理回执" in text and "1.食品经营许可申请书（3页）" in text
