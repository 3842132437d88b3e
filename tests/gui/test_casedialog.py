"""办件详情: a case walked through 要求补正 (its notice printed through the preview into a file) → 补正完成 →
中止计时 → 恢复计时 → 办结 (confirmed) → 登记领取, each button enabled only when the service allows it;
refused actions show the service's Chinese message and change nothing; receipts printed and reprinted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.gui.test_caselist import FOOD, make_case, type_text
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.case_forms import (
    ActionForm,
    CompleteForm,
    CorrectionForm,
    HandOverForm,
    ReasonForm,
    ReceiptForm,
    ReprintForm,
    ToleratedForm,
)
from yk_desktop.gui.casedialog import CaseDialog, open_case
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import cases, documents, notices
from yk_desktop.services.notices import NoticeRequest
from yk_desktop.store.models import ItemMaterial, Material, ServiceItem

F = TypeVar("F", bound=ActionForm)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # No print setup remembered from another test: every print goes through the preview.
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))
    yield
    assert workers.wait_for_idle(20_000)


def open_dialog(qtbot: QtBot, session: Session, case_no: str, print_to: Path | None = None) -> CaseDialog:
    dialog = open_case(None, session, case_no, print_to=print_to)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=20_000)
    return dialog


def settle(qtbot: QtBot, dialog: CaseDialog) -> None:
    """The action and the reload after it have answered."""
    assert workers.wait_for_idle()
    qtbot.waitUntil(lambda: not dialog.busy)


def enabled(dialog: CaseDialog) -> set[str]:
    return {b.accessibleName() for b in dialog.action_buttons if b.isEnabled()}


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def form_of(qtbot: QtBot, dialog: CaseDialog, kind: type[F]) -> F:
    qtbot.waitUntil(lambda: isinstance(dialog.form, kind) and dialog.form.isVisible())
    form = dialog.form
    assert isinstance(form, kind)
    return form


def submit(qtbot: QtBot, dialog: CaseDialog, form: ActionForm) -> None:
    click(qtbot, form.ok_button)
    settle(qtbot, dialog)


def state(session: Session, case_no: str) -> str:
    return cases.get_case(session.runtime.uow(), case_no).state


def kinds(session: Session, case_no: str) -> list[str]:
    return [k for _at, k, _who, _d in cases.case_events(session.runtime.uow(), case_no)]


def clock(session: Session) -> FixedClock:
    assert isinstance(session.runtime.clock, FixedClock)
    return session.runtime.clock


def message_button(box: QMessageBox, text: str) -> QPushButton:
    for button in box.buttons():
        if button.text() == text:
            assert isinstance(button, QPushButton)
            return button
    raise AssertionError(f"no {text!r} in {[b.text() for b in box.buttons()]}")


def test_a_case_is_walked_from_acceptance_to_hand_over(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    case_no = make_case(clerk_session.runtime, FOOD, "张三")
    out = tmp_path / "correction.pdf"
    dialog = open_dialog(qtbot, clerk_session, case_no, print_to=out)
    assert dialog.windowTitle() == f"办件 {case_no}"
    assert dialog.state_label.text() == "办理中 · 临期"
    assert dialog.fields["items"].text() == "食品经营许可"
    assert dialog.fields["applicant"].text() == "张三"
    assert dialog.fields["accepted"].text() == "2026-11-24 10:00"
    assert dialog.fields["promised"].text() == "2026-11-27（3 个工作日）"
    assert dialog.fields["legal"].text() == "2026-12-08（10 个工作日）"
    assert dialog.fields["left"].text() == "3 个工作日"
    materials = dialog.materials_model.rows()
    assert materials and all(status == "received" for _n, _p, status in materials)
    assert [e.kind for e in dialog.events_model.rows()] == ["accepted"]
    assert enabled(dialog) == {"要求补正", "中止计时", "办结", "打印受理回执"}
    assert "只有办理中的办件" not in dialog.correction_button.toolTip()
    assert "办件没有中止计时" in dialog.resume_button.toolTip()

    # 要求补正: one line picked from the case's materials, one typed; then the notice printed to a file.
    click(qtbot, dialog.correction_button)
    form = form_of(qtbot, dialog, CorrectionForm)
    click(qtbot, form.add_button)  # nothing chosen yet: told, nothing added
    assert form.error_label.text() == "请选择或填写需要补正的材料。" and form.lines.rowCount() == 0
    form.material.setCurrentIndex(0)
    first_material = form.material.currentText()
    type_text(form.problem, "复印件不清晰")
    type_text(form.standard, "加盖公章的清晰复印件")
    click(qtbot, form.add_button)
    assert form.lines.rowCount() == 1 and form.material.currentText() == ""
    type_text(form.material.lineEdit(), "房屋租赁合同")  # type: ignore[arg-type]
    type_text(form.problem, "缺少出租方签字")
    # Typed but not added: 登记补正 takes it along.
    submit(qtbot, dialog, form)
    assert state(clerk_session, case_no) == "correction"
    event = cases.case_events(clerk_session.runtime.uow(), case_no)[-1]
    number = str(event[3]["number"])
    assert [line["material"] for line in event[3]["lines"]] == [first_material, "房屋租赁合同"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.offer_box is not None and dialog.offer_box.isVisible())
    assert dialog.offer_box is not None and number in dialog.offer_box.text()
    # Already archived before the answer: 稍后打印 (or a closed dialog) still leaves it to print from the archive.
    early = documents.list_documents(clerk_session.runtime.uow(), number=number)
    assert [(d.kind, d.print_count) for d in early] == [("correction", 0)]
    qtbot.mouseClick(message_button(dialog.offer_box, "打印(&P)"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(dialog.preview, PrintPreviewDialog) and dialog.preview.is_ready, timeout=20_000
    )
    preview = dialog.preview
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.select_file_target()
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert len(PdfReader(out).pages) >= 1
    archived = documents.list_documents(clerk_session.runtime.uow(), number=number)
    assert [(d.kind, d.print_count) for d in archived] == [("correction", 1)]
    assert dialog.state_label.text() == "待补正 · 停止计时"
    assert dialog.fields["left"].text() == "停止计时"
    assert "等待补正" in dialog.note_label.text()
    assert enabled(dialog) == {"补正完成", "重打存档文书"}
    assert "届时再打印受理回执" in dialog.receipt_button.toolTip()

    # 补正完成 on Monday: the count starts again from the day after.
    clock(clerk_session).set(datetime(2026, 11, 30, 9, 0, tzinfo=HALL_TZ))
    click(qtbot, dialog.corrected_button)
    settle(qtbot, dialog)
    info = cases.get_case(clerk_session.runtime.uow(), case_no)
    assert info.state == "accepted" and info.promised_deadline is not None
    assert info.promised_deadline.isoformat() == "2026-12-03"
    assert "2026-12-03" in dialog.message_label.text()
    assert dialog.fields["promised"].text().startswith("2026-12-03")
    assert enabled(dialog) == {"要求补正", "中止计时", "办结", "打印受理回执", "重打存档文书"}

    # 中止计时 with a reason chosen from the common ones, 恢复计时 a week later.
    click(qtbot, dialog.suspend_button)
    reason_form = form_of(qtbot, dialog, ReasonForm)
    reason_form.reason.setCurrentIndex(reason_form.reason.findText("检验、检测、检疫"))
    submit(qtbot, dialog, reason_form)
    assert state(clerk_session, case_no) == "suspended"
    assert dialog.state_label.text() == "已中止计时"
    assert "检验、检测、检疫" in dialog.note_label.text()
    assert enabled(dialog) == {"恢复计时", "打印受理回执", "重打存档文书"}
    clock(clerk_session).set(datetime(2026, 12, 2, 9, 0, tzinfo=HALL_TZ))
    click(qtbot, dialog.resume_button)
    settle(qtbot, dialog)
    info = cases.get_case(clerk_session.runtime.uow(), case_no)
    # Suspended Monday, resumed Wednesday: two working days lost, 2026-12-03 moves to Monday 12-07.
    assert info.state == "accepted" and str(info.promised_deadline) == "2026-12-07"
    assert "2026-12-07" in dialog.message_label.text()
    assert "恢复计时" in dialog.events_model.index(len(dialog.events_model.rows()) - 1, 1).data()

    # 办结: an empty result is refused in the form, before any confirmation; then confirmed.
    click(qtbot, dialog.complete_button)
    complete = form_of(qtbot, dialog, CompleteForm)
    click(qtbot, complete.ok_button)
    assert complete.error_label.text() == "请填写办理结果" and complete.isVisible()
    assert complete.confirm_box is None and state(clerk_session, case_no) == "accepted"
    type_text(complete.result_edit, "准予许可，核发食品经营许可证")
    click(qtbot, complete.ok_button)
    box = complete.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and case_no in box.text()
    qtbot.mouseClick(message_button(box, "返回修改"), Qt.MouseButton.LeftButton)  # second thoughts
    assert complete.isVisible() and state(clerk_session, case_no) == "accepted"
    click(qtbot, complete.ok_button)
    box = complete.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(message_button(box, "确定办结"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert state(clerk_session, case_no) == "completed"
    assert dialog.state_label.text() == "已办结"
    assert dialog.fields["completed"].text().endswith("准予许可，核发食品经营许可证")
    assert enabled(dialog) == {"登记领取", "打印受理回执", "重打存档文书"}
    assert "只有办理中的办件才能办结" in dialog.complete_button.toolTip()

    # 登记领取: the applicant's name is offered; an agent's is typed over it.
    click(qtbot, dialog.handover_button)
    hand = form_of(qtbot, dialog, HandOverForm)
    assert hand.who.text() == "张三（本人）"
    hand.who.clear()
    type_text(hand.who, "张小三（申请人之子，代领）")
    submit(qtbot, dialog, hand)
    info = cases.get_case(clerk_session.runtime.uow(), case_no)
    assert info.handed_over_at is not None
    assert "张小三（申请人之子，代领）" in dialog.fields["handed"].text()
    assert "登记领取" not in enabled(dialog)
    assert "结果已于" in dialog.handover_button.toolTip()
    assert kinds(clerk_session, case_no) == [
        "accepted",
        "correction",
        "corrected",
        "suspended",
        "resumed",
        "completed",
        "handed_over",
    ]
    assert [e.kind for e in dialog.events_model.rows()] == kinds(clerk_session, case_no)
    dialog.close()


def test_a_refused_action_shows_the_services_message_and_changes_nothing(
    qtbot: QtBot, clerk_session: Session
) -> None:
    case_no = make_case(clerk_session.runtime, FOOD, "张三")
    dialog = open_dialog(qtbot, clerk_session, case_no)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    # Another window closes the case meanwhile; this dialog still offers 中止计时.
    cases.complete(clerk_session.runtime.uow(), case_no, "准予许可")
    click(qtbot, dialog.suspend_button)
    form = form_of(qtbot, dialog, ReasonForm)
    type_text(form.reason.lineEdit(), "专家评审")  # type: ignore[arg-type]
    submit(qtbot, dialog, form)
    expected = f"办件 {case_no} 当前为“已办结”，不能中止计时。"
    assert form.error_label.text() == expected and form.isVisible()  # nothing to type again
    assert dialog.error_label.text() == expected
    assert kinds(clerk_session, case_no) == ["accepted", "completed"] and changes == []
    # The dialog read the case again: what is possible now is what it offers.
    assert enabled(dialog) == {"登记领取", "打印受理回执"}
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()

    # A reason the service refuses (only spaces) is told in the form, and nothing is recorded.
    other = make_case(clerk_session.runtime, FOOD, "李四")
    second = open_dialog(qtbot, clerk_session, other)
    click(qtbot, second.suspend_button)
    form = form_of(qtbot, second, ReasonForm)
    type_text(form.reason.lineEdit(), "   ")  # type: ignore[arg-type]
    submit(qtbot, second, form)
    assert form.error_label.text() == "请填写中止计时原因"
    assert state(clerk_session, other) == "accepted" and kinds(clerk_session, other) == ["accepted"]
    dialog.close()
    second.close()


def test_the_receipt_is_printed_on_the_chosen_paper_and_reprinted_from_the_archive(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    case_no = make_case(clerk_session.runtime, FOOD, "张三")
    out = tmp_path / "receipt.pdf"
    dialog = open_dialog(qtbot, clerk_session, case_no, print_to=out)
    assert not dialog.reprint_button.isEnabled()
    assert dialog.reprint_button.toolTip() == "该办件还没有存档的文书。"

    def print_through_preview() -> None:
        qtbot.waitUntil(
            lambda: isinstance(dialog.preview, PrintPreviewDialog) and dialog.preview.is_ready, timeout=20_000
        )
        preview = dialog.preview
        assert isinstance(preview, PrintPreviewDialog)
        assert preview.select_file_target()
        with qtbot.waitSignal(preview.printed, timeout=30_000):
            qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog)

    click(qtbot, dialog.receipt_button)
    form = form_of(qtbot, dialog, ReceiptForm)
    qtbot.mouseClick(form.roll, Qt.MouseButton.LeftButton, pos=QPoint(8, form.roll.height() // 2))
    assert form.on_roll()
    submit(qtbot, dialog, form)
    print_through_preview()
    docs = documents.list_documents(clerk_session.runtime.uow(), number=case_no)
    assert [(d.kind, d.print_count) for d in docs] == [("receipt_roll", 1)]
    roll_width = float(PdfReader(out).pages[0].mediabox.width)
    assert roll_width < 300  # 80 mm is about 227 pt; A4 is 595

    out.unlink()
    click(qtbot, dialog.reprint_button)
    reprint = form_of(qtbot, dialog, ReprintForm)
    assert reprint.choice.count() == 1 and "受理回执（小票）" in reprint.choice.currentText()
    submit(qtbot, dialog, reprint)
    print_through_preview()
    docs = documents.list_documents(clerk_session.runtime.uow(), number=case_no)
    assert [(d.kind, d.print_count) for d in docs] == [("receipt_roll", 2)]  # the same archived copy
    assert out.exists()
    dialog.close()


def test_tolerated_materials_are_ticked_off_when_handed_in(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    plan = notices.plan_notice(runtime.uow(), item_codes=(FOOD,))
    late = next(m.name for m in plan.materials if m.required)
    with runtime.uow() as uow:
        item = uow.session.scalar(select(ServiceItem).where(ServiceItem.code == FOOD))
        assert item is not None
        item.tolerance_allowed = True
        material_id = uow.session.scalar(select(Material.id).where(Material.name == late))
        uow.session.execute(
            update(ItemMaterial)
            .where(ItemMaterial.item_id == item.id, ItemMaterial.material_id == material_id)
            .values(tolerable=True)
        )
        uow.commit()
    statuses = {
        m.name: ("missing" if m.name == late else "brought") if m.required else "not_applicable"
        for m in plan.materials
    }
    notice = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name="周九",
            applicant_id_number="210802198001011230",
            applicant_phone="13804170000",
            item_codes=(FOOD,),
            window_number=1,
            staff_id=clerk_session.staff_id,
            statuses=statuses,
        ),
    )
    case_no = cases.accept_case(runtime.uow(), notice.notice_no, [], tolerance=True).case_no
    dialog = open_dialog(qtbot, clerk_session, case_no)
    assert dialog.fields["tolerance"].text() == "2026-12-01"
    assert "补交容缺材料" in enabled(dialog)
    click(qtbot, dialog.tolerated_button)
    form = form_of(qtbot, dialog, ToleratedForm)
    click(qtbot, form.ok_button)
    assert form.error_label.text() == "请勾选本次补交的材料。"
    box, pages = form.boxes[0]
    assert box.text() == late
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    pages.setValue(3)
    submit(qtbot, dialog, form)
    assert not cases.get_case(runtime.uow(), case_no).tolerance
    assert (late, 3, "received") in cases.case_materials(runtime.uow(), case_no)
    assert dialog.message_label.text() == "容缺材料已全部补齐。"
    assert "补交容缺材料" not in enabled(dialog)
    dialog.close()


def test_an_unknown_case_number_says_so(qtbot: QtBot, clerk_session: Session) -> None:
    dialog = CaseDialog(clerk_session, "C2026009999")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.show()
    assert dialog.error_label.text() == "未找到办件 C2026009999。"
    assert enabled(dialog) == set()
    assert dialog.correction_button.toolTip() == "正在读取办件…"
