"""The printed 一次性告知书: what it says, what it hides, its pages, its font, its pixels and its barcode."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime
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
    poppler_words,
    render_gray,
)
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import fonts
from yk_desktop.printing.a4 import PAGE_HEIGHT, PAGE_WIDTH, barcode_bars_box
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.printing.notice import (
    COMPLETENESS,
    NoticeItem,
    NoticeLetter,
    NoticeMaterial,
    build_notice_pdf,
    cn_number,
)

MM_PER_INCH = 25.4
PERSON_ID = "210802199001011234"
PHONE = "13812345678"

ITEM = NoticeItem(
    code="11210800MB0000001X4210117001",
    name="食品经营许可（新办）",
    department="营口市市场监督管理局",
    basis="《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
    conditions="申请人应当具有与经营的食品品种、数量相适应的食品经营场所，并与有毒、有害场所保持规定的距离。",
    procedure=("申请", "受理", "审查（含现场核查）", "决定", "制证送达"),
    legal_days=20,
    promised_days=5,
    fees="不收费",
    location="营口市政务服务中心二楼 B区 12-15 号窗口",
    phone="0417-2825001",
)


def material(name: str, status: str = "brought", **changes: object) -> NoticeMaterial:
    base = NoticeMaterial(
        name=name,
        status=status,
        required=True,
        condition=None,
        original="copy",
        copies=1,
        form="paper",
        issuer="",
        note="",
        items=(ITEM.name,),
    )
    return dataclasses.replace(base, **changes)


MATERIALS = (
    material(
        "食品经营许可申请书", original="original", issuer="申请人自备", note="须法定代表人签字并加盖公章"
    ),
    material("营业执照副本", status="reused", issuer="市场监督管理部门"),
    material("法定代表人身份证", status="reused"),
    material("经营场所平面布局图", status="missing", note="标明尺寸，A4 纸打印"),
    material("授权委托书", condition="如委托他人办理", required=False, original="original"),
    material("受托人身份证", status="not_applicable", condition="如委托他人办理", required=False),
    material(
        "房屋产权证明",
        status="missing",
        off_list=True,
        off_list_reason="经营场所为自有房屋，产权证明用于核实场所用途",
        form="either",
        issuer="不动产登记中心",
    ),
)

LETTER = NoticeLetter(
    hall_name="营口市政务服务中心",
    hall_address="营口市站前区渤海大街西 19 号",
    supervision_phone="0417-2825000",
    window_number=12,
    clerk_name="李明",
    document_number="营口政服告〔2026〕000123号",
    barcode="N2026000123",
    issued_at=datetime(2026, 11, 24, 10, 3, tzinfo=HALL_TZ),
    applicant_name="张三",
    applicant_kind="person",
    applicant_id_number=PERSON_ID,
    applicant_phone=PHONE,
    bundle_name=None,
    items=(ITEM,),
    materials=MATERIALS,
    hand_in="请于补齐材料后携带本告知书到 12 号窗口提交，或通过“辽事通”上传电子材料。",
)

THIRTY_NAMES = (
    "营业执照副本", "法定代表人身份证", "授权委托书", "受托人身份证", "公司章程", "股东会决议",
    "房屋租赁合同", "房屋产权证明", "消防安全检查合格证明", "食品经营许可申请书", "食品安全管理制度文本",
    "经营场所平面布局图", "设备布局和工艺流程图", "从业人员健康证明", "食品安全管理人员培训合格证明",
    "环境影响评价文件", "排水许可申请表", "排水管网图", "污水处理设施说明", "卫生许可申请书", "卫生管理制度",
    "从业人员卫生知识培训证明", "集中空调通风系统卫生检测报告", "公共场所卫生检测报告", "招牌设置申请表",
    "招牌设计效果图", "户外广告设施安全检测报告", "特种设备使用登记表", "特种设备安装监督检验证书",
    "电梯维护保养合同",
)  # fmt: skip

ITEM_B = dataclasses.replace(
    ITEM,
    code="11210800MB0000002X4210117002",
    name="公共场所卫生许可",
    department="营口市卫生健康委员会",
    basis="《公共场所卫生管理条例》第八条",
    legal_days=20,
    promised_days=3,
)
ITEM_C = dataclasses.replace(
    ITEM,
    code="11210800MB0000003X4210117003",
    name="城镇污水排入排水管网许可",
    department="营口市住房和城乡建设局",
    basis="《城镇排水与污水处理条例》第二十一条",
    legal_days=15,
    promised_days=5,
)


def thirty_materials_letter(*, bundle: bool = False) -> NoticeLetter:
    """An enterprise's letter with 30 materials of all kinds: for one item, or for a bundle of three."""
    statuses = ("brought", "brought", "reused", "missing", "brought", "not_applicable")
    items = (ITEM, ITEM_B, ITEM_C) if bundle else (ITEM,)
    mats = tuple(
        material(
            name,
            status=statuses[i % len(statuses)],
            issuer="申请人自备" if i % 3 else "营口市不动产登记中心",
            note="A4 纸复印，加盖单位公章；复印件须注明“与原件一致”" if i % 3 == 1 else "",
            condition="如委托他人办理" if name in ("授权委托书", "受托人身份证") else None,
            required=name not in ("授权委托书", "受托人身份证"),
            items=tuple(item.name for item in items[: 1 + i % len(items)]),
        )
        for i, name in enumerate(THIRTY_NAMES)
    )
    return dataclasses.replace(
        LETTER,
        applicant_name="营口市鲅鱼圈区海韵餐饮管理有限公司",
        applicant_kind="enterprise",
        applicant_id_number="91210800MA0XXXXX1K",
        bundle_name="开餐馆一件事" if bundle else None,
        items=items,
        materials=mats,
    )


def _write(tmp_path: Path, letter: NoticeLetter, name: str = "notice.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(build_notice_pdf(letter))
    return path


# --- text -----------------------------------------------------------------------------------------


def test_the_letter_says_everything_it_must(tmp_path: Path) -> None:
    pdf = _write(tmp_path, LETTER)
    text = flat(poppler_text(pdf))
    pages = page_count(pdf)
    for expected in (
        "一次性告知书",
        "营口政服告〔2026〕000123号",
        "N2026000123",
        "营口市政务服务中心",
        "张三",
        "食品经营许可（新办）",
        "11210800MB0000001X4210117001",
        "营口市市场监督管理局",
        "设定依据",
        "《中华人民共和国食品安全法》第三十五条",
        "受理条件",
        "办理流程",
        "1.申请→2.受理→3.审查（含现场核查）→4.决定→5.制证送达",
        "法定时限",
        "20个工作日",
        "承诺时限",
        "5个工作日",
        "收费标准",
        "不收费",
        "办理地点",
        "营口市政务服务中心二楼B区12-15号窗口",
        "咨询电话",
        "0417-2825001",
        "监督电话：0417-2825000",
        flat(COMPLETENESS),
        "请于补齐材料后携带本告知书到12号窗口提交",
        "12号窗口",
        "李明",
        "2026年11月24日",
        "窗口工作人员（签字）",
        "申请人（签字）",
        f"第1页共{pages}页",
    ):
        assert expected in text, expected


def test_every_material_with_its_status(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, LETTER)))
    for m in MATERIALS:
        assert m.name in text, m.name
    for column in ("序号", "材料名称", "原件/复印件", "份数", "纸质/电子", "出具单位/要求", "状态"):
        assert column in text, column
    assert "尚缺2项材料" in text
    assert text.count("已核验，无需再次提交") == 2
    assert "适用情形：如委托他人办理" in text
    assert "不适用" in text
    assert "须法定代表人签字并加盖公章" in text and "申请人自备" in text
    # Narrow cells break their text over lines, which pdftotext reads apart: 「纸质或」 / 「电子」.
    assert "原件" in text and "复印件" in text and "纸质或" in text and "1份" in text
    # The off-list material is marked, with the reason, and explained under the table.
    assert "【清单外】房屋产权证明" in text
    assert "要求理由：经营场所为自有房屋，产权证明用于核实场所用途" in text
    assert "标「清单外」的材料不在公布的申请材料清单内" in text


def _rows_marked_missing(pdf: Path, names: tuple[str, ...]) -> set[str]:
    """The materials whose table row carries a 「缺」 in the status column (the rightmost)."""
    words = poppler_words(pdf)
    marks = [w for w in words if w.text == "缺" and w.x0 > PAGE_WIDTH * 0.75]
    firsts = [
        w for w in words if any(w.text.startswith(n) or w.text.startswith(f"【清单外】{n}") for n in names)
    ]
    marked = set()
    for mark in marks:
        # The name nearest in height on the same page is the row's: cells are centred in their row.
        row = min((w for w in firsts if w.page == mark.page), key=lambda w: abs(w.y_mid - mark.y_mid))
        assert abs(row.y_mid - mark.y_mid) < 14, (row, mark)
        marked.add(next(n for n in names if n in row.text))
    assert len(marks) == len(marked)
    return marked


def test_missing_materials_are_marked_on_their_rows(tmp_path: Path) -> None:
    pdf = _write(tmp_path, LETTER)
    names = tuple(m.name for m in MATERIALS)
    assert _rows_marked_missing(pdf, names) == {m.name for m in MATERIALS if m.status == "missing"}


def test_complete_materials_say_so(tmp_path: Path) -> None:
    letter = dataclasses.replace(LETTER, materials=MATERIALS[:3], hand_in="")
    text = flat(poppler_text(_write(tmp_path, letter)))
    assert "申请材料已齐全" in text
    assert "尚缺" not in text and "补交材料方式" not in text and "清单外" not in text


def test_the_id_number_and_phone_are_masked(tmp_path: Path) -> None:
    text = poppler_text(_write(tmp_path, LETTER))
    assert "210802********1234" in text
    assert "138****5678" in text
    assert PERSON_ID not in flat(text) and PHONE not in flat(text)


def test_an_enterprise_credit_code_is_printed_whole(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, thirty_materials_letter(bundle=True))))
    assert "统一社会信用代码" in text and "91210800MA0XXXXX1K" in text
    assert "申请单位" in text and "证件号码" not in text
    assert "贵单位申请办理的「开餐馆一件事」" in text


def test_a_bundle_lists_its_items_in_order(tmp_path: Path) -> None:
    text = flat(poppler_text(_write(tmp_path, thirty_materials_letter(bundle=True))))
    assert "共3个事项，按以下顺序办理" in text
    positions = [
        text.index(f"（{cn_number(i)}）{item.name}（{item.department}）")
        for i, item in enumerate((ITEM, ITEM_B, ITEM_C), start=1)
    ]
    assert positions == sorted(positions)
    # A shared material names the items using it by their numbers; one used by all says so.
    assert "营业执照副本用于：（一）" in text and "法定代表人身份证用于：（一）（二）" in text
    assert "授权委托书用于：各事项" in text
    assert "3个工作日" in text and "15个工作日" in text


def test_time_is_printed_in_the_halls_zone(tmp_path: Path) -> None:
    # 16:30 UTC on the 24th is already the 25th in Yingkou.
    letter = dataclasses.replace(LETTER, issued_at=datetime(2026, 11, 24, 16, 30, tzinfo=UTC))
    text = flat(poppler_text(_write(tmp_path, letter)))
    assert "2026年11月25日00:30" in text
    assert "2026年11月24日" not in text


def test_markup_prints_literally(tmp_path: Path) -> None:
    nasty = "<b>张&amp;三</b><font size=90>"
    letter = dataclasses.replace(
        LETTER,
        applicant_name=nasty,
        items=(dataclasses.replace(ITEM, name=f"{nasty}许可", conditions="a < b & c > d"),),
        materials=(
            material(f"{nasty}材料", status="missing", note="<img src='/etc/passwd'/>"),
            material("其他", condition="<br/>如&lt;委托&gt;"),
        ),
        hand_in="第一行\n第二行 <i>&nbsp;</i>",
    )
    text = flat(poppler_text(_write(tmp_path, letter)))
    assert flat(nasty) in text
    assert flat(f"{nasty}许可") in text
    assert flat(f"{nasty}材料") in text
    assert "a<b&c>d" in text
    assert flat("<img src='/etc/passwd'/>") in text
    assert "适用情形：<br/>如&lt;委托&gt;" in text
    assert "第一行" in text and "第二行<i>&nbsp;</i>" in text


def test_same_letter_same_bytes() -> None:
    assert build_notice_pdf(LETTER) == build_notice_pdf(LETTER)


# --- refusals -------------------------------------------------------------------------------------


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="时区"):
        dataclasses.replace(LETTER, issued_at=datetime(2026, 11, 24, 10, 3))


def test_an_off_list_material_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="理由"):
        material("额外证明", off_list=True, off_list_reason=" ")


@pytest.mark.parametrize(
    "changes", [{"status": "lost"}, {"original": "scan"}, {"form": "fax"}, {"copies": -1}], ids=str
)
def test_unknown_values_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        material("身份证", **changes)


def test_an_unknown_applicant_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="申请人类型"):
        dataclasses.replace(LETTER, applicant_kind="robot")


def test_a_bad_barcode_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="条码"):
        build_notice_pdf(dataclasses.replace(LETTER, barcode="告知书123"))


def test_cn_numbers() -> None:
    assert [cn_number(n) for n in (1, 9, 10, 11, 20, 25, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十五",
        "九十九",
    ]


# --- pages, size, font ----------------------------------------------------------------------------


def test_thirty_materials_fill_about_two_small_pages(tmp_path: Path) -> None:
    letter = thirty_materials_letter()
    pdf = _write(tmp_path, letter)
    assert pdf.stat().st_size <= 100 * 1024, pdf.stat().st_size
    pages = page_count(pdf)
    assert 2 <= pages <= 3, pages
    raw = poppler_text(pdf)
    text = flat(raw)
    for n in range(1, pages + 1):
        assert f"第{n}页共{pages}页" in text
    for name in THIRTY_NAMES:
        assert name in text, name
    assert "尚缺5项材料" in text
    missing = {m.name for m in letter.materials if m.status == "missing"}
    assert _rows_marked_missing(pdf, THIRTY_NAMES) == missing
    # Later pages repeat the title small in the header and the table's header row.
    later = flat(raw.split("\f")[1])
    assert "一次性告知书（续）" in later and "营口政服告〔2026〕000123号" in later


def test_a_very_long_field_flows_over_pages(tmp_path: Path) -> None:
    # A table row taller than a page must split rather than stop the letter with a LayoutError.
    long_item = dataclasses.replace(ITEM, conditions="申请人应当具备相应条件。" * 400)
    pdf = _write(tmp_path, dataclasses.replace(LETTER, items=(long_item,)))
    assert page_count(pdf) >= 3
    assert flat(COMPLETENESS) in flat(poppler_text(pdf))


def test_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    if not cjk_font().embedded:
        pytest.skip("no Chinese TrueType font installed; the STSong-Light fallback is never embedded")
    used = pdf_fonts(_write(tmp_path, thirty_materials_letter(bundle=True)))
    assert used and all(f.embedded_truetype for f in used), used


# --- pixels ---------------------------------------------------------------------------------------


def _margins_are_white(image: GrayImage, dpi: int) -> None:
    def px(mm: float) -> int:
        return int(mm / MM_PER_INCH * dpi)

    # Sides: the 20 mm margins, less a millimetre for rounding; top above the header, bottom under the
    # page number.
    side, top, bottom = px(19), px(10), px(7)
    for y in range(image.height):
        row = image.row(y)
        if y < top or y >= image.height - bottom:
            assert min(row) > 200, f"dark pixel in the top/bottom margin, row {y}"
        else:
            assert min(row[:side]) > 200 and min(row[-side:]) > 200, f"dark pixel in a side margin, row {y}"


def test_page_one_is_a4_not_blank_and_inside_its_margins(tmp_path: Path) -> None:
    dpi = 60
    letter = dataclasses.replace(
        thirty_materials_letter(), hall_name="营口市鲅鱼圈区政务服务中心（营口经济技术开发区行政审批局）" * 2
    )
    image = render_gray(_write(tmp_path, letter), dpi)
    assert abs(image.width - PAGE_WIDTH / 72 * dpi) <= 1
    assert abs(image.height - PAGE_HEIGHT / 72 * dpi) <= 1
    dark = image.dark_count() / (image.width * image.height)
    assert 0.02 < dark < 0.4, dark
    _margins_are_white(image, dpi)


def test_the_barcode_scans_back_from_the_rendered_page(tmp_path: Path) -> None:
    dpi = 600
    scale = dpi / 72
    # Only the bars' box, as a scanner aims at them: nothing else dark in it.
    x, y, width, height = barcode_bars_box(LETTER.barcode)
    top = PAGE_HEIGHT - y - height
    crop = (int(x * scale), int(top * scale) + 2, int(width * scale), int(height * scale) - 4)
    image = render_gray(_write(tmp_path, LETTER), dpi, crop=crop)
    rows = decoded_rows(image)
    assert len(rows) > 0.95 * image.height, (len(rows), image.height)
    assert {text for _, _, text in rows} == {LETTER.barcode}
    expected = python_barcode.get_barcode_class("code128")(LETTER.barcode).build()[0]
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


def test_prints_with_the_cid_fallback_font(tmp_path: Path, no_font_files: None) -> None:
    assert not cjk_font().embedded
    text = flat(poppler_text(_write(tmp_path, LETTER)))
    assert "一次性告知书" in text and "尚缺2项材料" in text and "经营场所平面布局图" in text
    assert re.search(r"第1页共\d页", text)
