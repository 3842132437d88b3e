"""The manager keeps the catalog: items made and edited in their form (versioned, with history), limits and
stale saves refused at the field, retired and restored with a reason, bundles made, the list exported and
imported back after a dry run, and a bad file shown error by error with nothing saved."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import session_for
from yk_desktop import app
from yk_desktop.config import Config
from yk_desktop.gui import workers
from yk_desktop.gui.bundle_form import BundleEditDialog
from yk_desktop.gui.bundle_list import BundleListDialog
from yk_desktop.gui.catalog_common import ReasonDialog
from yk_desktop.gui.catalog_editor import CatalogPanel
from yk_desktop.gui.catalog_history import HistoryDialog, SnapshotDialog
from yk_desktop.gui.catalog_import import ImportDialog
from yk_desktop.gui.item_form import ItemEditDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import catalog, catalog_edit

ID_RENEWAL = "210800-GA-SFZ-001"  # 居民身份证换领: in no bundle
FOOD = "210800-SCJG-XK-001"  # 食品经营许可: in 开办餐饮店一件事


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, box: QMessageBox | None, text: str) -> None:
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    for b in box.buttons():
        if b.text() == text:
            assert isinstance(b, QPushButton)
            click(qtbot, b)
            return
    raise AssertionError(f"no {text!r} in {[b.text() for b in box.buttons()]}")


def gone(widget: QWidget) -> bool:
    """Closed: dialogs opened from the panel delete themselves when they close."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def open_panel(qtbot: QtBot, session: Session) -> CatalogPanel:
    panel = CatalogPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1200, 760)
        panel.show()
    return panel


def reloaded(qtbot: QtBot, panel: CatalogPanel) -> None:
    """Wait until the action and the list's reload after it have answered."""
    assert workers.wait_for_idle()
    assert not panel.busy


def editor(qtbot: QtBot, panel: CatalogPanel) -> ItemEditDialog:
    qtbot.waitUntil(lambda: panel.editor is not None and panel.editor.isVisible())
    dialog = panel.editor
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=10_000)
    return dialog


def edit(qtbot: QtBot, panel: CatalogPanel, code: str) -> ItemEditDialog:
    assert panel.select_item(code)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter edits the current item
    return editor(qtbot, panel)


def save(qtbot: QtBot, dialog: ItemEditDialog) -> None:
    click(qtbot, dialog.save_button)
    assert workers.wait_for_idle()
    qtbot.waitUntil(lambda: gone(dialog) or not dialog.busy)


def version(session: Session, code: str) -> int:
    return catalog_edit.item_for_edit(session.runtime.uow(), code).version


def test_a_new_item_with_two_materials_is_found_by_its_pinyin_initials(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = open_panel(qtbot, manager_session)
    assert "TEST-001" not in panel.shown_codes()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = editor(qtbot, panel)
    assert dialog.windowTitle() == "新建事项"

    qtbot.keyClicks(dialog.code_edit, "TEST-001")
    dialog.name_edit.setText("殡葬补贴申领")
    dialog.department_edit.setText("市民政局")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("C"))
    dialog.procedure_edit.setPlainText("申请\n受理\n\n决定")
    dialog.legal_spin.setValue(20)
    dialog.promised_spin.setValue(5)
    qtbot.keyClicks(dialog.phone_edit, "0417-2825101")
    dialog.online_box.setChecked(True)

    materials = dialog.materials
    click(qtbot, materials.add_button)
    materials.name_edit.setText("殡葬补贴申请表")
    materials.issuer_edit.setText("市民政局")
    materials.tolerable_box.setChecked(True)
    click(qtbot, materials.add_button)
    materials.name_edit.setText("火化证明")
    materials.situational_radio.setChecked(True)
    # Not required but no situation said: the service refuses, at that material's 适用情形.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    materials.select(0)
    save(qtbot, dialog)
    assert "第 2 项材料“火化证明”：不是必需的材料要写明" in materials.errors.message("适用情形")
    assert materials.current_row() == 1 and materials.condition_edit.hasFocus()
    assert "TEST-001" not in {i.code for i in catalog.list_items(manager_session.runtime.uow())}
    materials.condition_edit.setText("已火化的提供")
    materials.original_combo.setCurrentIndex(materials.original_combo.findData("copy"))
    materials.copies_spin.setValue(2)
    click(qtbot, materials.up_button)  # 火化证明 first, then the form
    assert materials.model.rows[0].name == "火化证明"
    save(qtbot, dialog)
    assert gone(dialog)
    reloaded(qtbot, panel)

    qtbot.keyClicks(panel.filter_edit, "bzbt")
    assert panel.shown_codes() == ["TEST-001"]
    current = panel.current()
    assert current is not None and current.code == "TEST-001"
    assert "已保存事项“殡葬补贴申领”" in panel.status_label.text()
    saved = catalog_edit.item_for_edit(manager_session.runtime.uow(), "TEST-001")
    assert saved.version == 1
    assert saved.data.procedure == ("申请", "受理", "决定")
    assert (saved.data.category_prefix, saved.data.promised_days, saved.data.online) == ("C", 5, True)
    first, second = saved.data.materials
    assert (first.name, first.required, first.condition, first.original, first.copies) == (
        "火化证明",
        False,
        "已火化的提供",
        "copy",
        2,
    )
    assert (second.name, second.issuer, second.tolerable) == ("殡葬补贴申请表", "市民政局", True)


def test_an_edit_bumps_the_version_and_the_history_shows_what_changed(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = open_panel(qtbot, manager_session)
    before = catalog_edit.item_for_edit(manager_session.runtime.uow(), ID_RENEWAL)
    dialog = edit(qtbot, panel, ID_RENEWAL)
    assert f"第 {before.version} 版" in dialog.windowTitle()
    dialog.fees_edit.setText("工本费 20 元")
    save(qtbot, dialog)
    assert gone(dialog)
    reloaded(qtbot, panel)
    assert version(manager_session, ID_RENEWAL) == before.version + 1

    click(qtbot, panel.history_button)
    qtbot.waitUntil(lambda: panel.history is not None and panel.history.model.rowCount() >= 2)
    history = panel.history
    assert isinstance(history, HistoryDialog)
    newest, first = history.model.rows()[:2]
    assert (newest.version, newest.action, newest.staff) == (before.version + 1, "edit", "高振宇")
    assert f"收费标准：{before.data.fees} → 工本费 20 元" in newest.lines
    assert first.version == before.version and first.action == "initial"

    history.view.setCurrentIndex(history.model.index(1, 0))
    click(qtbot, history.view_button)
    qtbot.waitUntil(lambda: isinstance(history.snapshot, SnapshotDialog) and history.snapshot.isVisible())
    assert history.snapshot is not None
    text = history.snapshot.text.toPlainText()
    assert before.data.fees in text and "工本费 20 元" not in text
    assert before.data.materials[0].name in text


def test_a_promised_limit_over_the_legal_one_is_refused_at_the_field(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = open_panel(qtbot, manager_session)
    was = version(manager_session, ID_RENEWAL)
    dialog = edit(qtbot, panel, ID_RENEWAL)
    dialog.legal_spin.setValue(10)
    dialog.promised_spin.setValue(15)
    assert "承诺时限不得超过法定时限" in dialog.errors.message("承诺时限")  # said while typing
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name_edit.setFocus()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "承诺时限（15 个工作日）不得超过法定时限（10 个工作日）" in dialog.errors.message("承诺时限")
    assert dialog.promised_spin.hasFocus()  # the field named by the service
    assert version(manager_session, ID_RENEWAL) == was

    # Esc asks before the changes are dropped; 继续编辑 keeps the form, 放弃修改 closes it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, dialog.question, "继续编辑")
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, dialog.question, "放弃修改")
    qtbot.waitUntil(lambda: gone(dialog))
    assert version(manager_session, ID_RENEWAL) == was


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_manager(request: pytest.FixtureRequest, qapp: object) -> Iterator[Session]:
    """The manager on each engine: PostgreSQL is where two saves of one item queue on the row lock."""
    if request.param == "sqlite":
        yield request.getfixturevalue("manager_session")
        return
    started = app.start(Config(), runtime=request.getfixturevalue("pg_runtime"))
    yield session_for(started, "manager01")
    assert workers.wait_for_idle(20_000), "worker pool did not drain"


def test_a_stale_version_is_told_and_the_newer_one_can_be_read(qtbot: QtBot, any_manager: Session) -> None:
    manager_session = any_manager
    panel = open_panel(qtbot, manager_session)
    dialog = edit(qtbot, panel, ID_RENEWAL)
    # Someone else saves the same item meanwhile.
    uow = manager_session.runtime.uow
    theirs = catalog_edit.item_for_edit(uow(), ID_RENEWAL)
    catalog_edit.update_item(
        uow(), ID_RENEWAL, replace(theirs.data, fees="工本费 10 元"), manager_session.staff_id, theirs.version
    )
    dialog.location_edit.setText("一楼 E 区")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "已被他人修改" in dialog.message.text()
    answer(qtbot, dialog.question, "重新读取")
    qtbot.waitUntil(lambda: dialog.is_ready and dialog.fees_edit.text() == "工本费 10 元", timeout=10_000)
    assert dialog.location_edit.text() == theirs.data.location  # what was typed here is gone
    assert f"第 {theirs.version + 1} 版" in dialog.windowTitle()
    dialog.location_edit.setText("一楼 E 区")
    save(qtbot, dialog)
    assert gone(dialog)
    assert catalog_edit.item_for_edit(uow(), ID_RENEWAL).data.location == "一楼 E 区"


def test_changing_a_shared_material_warns_of_the_other_items(qtbot: QtBot, manager_session: Session) -> None:
    panel = open_panel(qtbot, manager_session)
    dialog = edit(qtbot, panel, ID_RENEWAL)
    materials = dialog.materials
    row = [m.name for m in materials.model.rows].index("居民身份证")
    materials.select(row)
    qtbot.waitUntil(lambda: "居民身份证" in materials.shared)
    others = len(materials.shared["居民身份证"].others)
    assert others > 5
    assert f"其他 {others} 个事项" in materials.shared_label.text()
    materials.issuer_edit.setText("公安机关（户政）")
    assert "修改其出具单位将同时改变" in materials.shared_label.text()
    click(qtbot, dialog.save_button)
    answer(qtbot, dialog.question, "返回修改")  # asked once more before it is saved
    assert dialog.isVisible() and not dialog.busy


def test_retire_with_a_reason_hides_the_item_and_restore_brings_it_back(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = open_panel(qtbot, manager_session)
    # An item in a bundle cannot be retired: the service says which bundle, in the dialog.
    assert panel.select_item(FOOD)
    click(qtbot, panel.retire_button)
    refused = panel.reason_dialog
    assert isinstance(refused, ReasonDialog)
    qtbot.waitUntil(refused.isVisible)
    refused.reason.setText("测试")
    click(qtbot, refused.ok_button)
    qtbot.waitUntil(lambda: not refused.busy and not refused.error_label.isHidden())
    assert "开办餐饮店一件事" in refused.error_label.text()
    refused.reject()

    assert panel.select_item(ID_RENEWAL)
    assert panel.retire_button.text() == "停用"
    click(qtbot, panel.retire_button)
    reason = panel.reason_dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.waitUntil(reason.isVisible)
    click(qtbot, reason.ok_button)  # no reason yet: told, nothing sent
    assert "请填写停用原因" in reason.error_label.text()
    reason.reason.setText("并入“身份证办理”事项")
    click(qtbot, reason.ok_button)
    reloaded(qtbot, panel)
    assert gone(reason)
    assert ID_RENEWAL not in panel.shown_codes()
    assert "另有 1 项已停用" in panel.count_label.text()
    assert ID_RENEWAL not in [i.code for i in catalog.list_items(manager_session.runtime.uow())]

    panel.retired_box.setChecked(True)
    assert ID_RENEWAL in panel.shown_codes()
    assert panel.select_item(ID_RENEWAL)
    assert panel.retire_button.text() == "恢复"
    click(qtbot, panel.retire_button)
    reason = panel.reason_dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.waitUntil(reason.isVisible)
    click(qtbot, reason.ok_button)  # a reason is optional here
    reloaded(qtbot, panel)
    assert ID_RENEWAL in [i.code for i in catalog.list_items(manager_session.runtime.uow())]
    history = catalog_edit.item_history(manager_session.runtime.uow(), ID_RENEWAL)
    assert [r.action for r in history[:2]] == ["restore", "retire"]
    assert history[1].changes["reason"] == [None, "并入“身份证办理”事项"]


def test_a_bundle_is_made_from_items_picked_in_a_searchable_list(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = open_panel(qtbot, manager_session)
    click(qtbot, panel.bundles_button)
    qtbot.waitUntil(lambda: isinstance(panel.bundles, BundleListDialog) and panel.bundles.data is not None)
    bundles = panel.bundles
    assert bundles is not None
    assert bundles.model.rowCount() == 5
    click(qtbot, bundles.new_button)
    qtbot.waitUntil(lambda: isinstance(bundles.editor, BundleEditDialog) and bundles.editor.isVisible())
    form = bundles.editor
    assert form is not None

    def pick(initials: str) -> None:
        form.filter_edit.clear()
        qtbot.keyClicks(form.filter_edit, initials)
        assert form.proxy.rowCount() >= 1
        form.available_view.setCurrentIndex(form.proxy.index(0, 1))
        click(qtbot, form.add_button)

    qtbot.keyClicks(form.code_edit, "YJS-TEST")
    form.name_edit.setText("身份证与户口一件事")
    form.category_combo.setCurrentIndex(form.category_combo.findData("E"))
    pick("jmsfzhl")  # 居民身份证换领
    click(qtbot, form.save_button)  # one item is not a bundle
    qtbot.waitUntil(lambda: not form.busy)
    assert "至少要包含 2 个事项" in form.errors.message("包含事项")
    pick("hkqr")  # 户口迁入
    click(qtbot, form.up_button)
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: gone(form), timeout=10_000)
    qtbot.waitUntil(lambda: any(b.code == "YJS-TEST" for b in bundles.model.rows()), timeout=10_000)
    saved = catalog_edit.bundle_for_edit(manager_session.runtime.uow(), "YJS-TEST")
    assert saved.data.item_codes == ("210800-GA-HJ-001", ID_RENEWAL)
    assert (saved.data.name, saved.data.category_prefix, saved.version) == ("身份证与户口一件事", "E", 1)


def choose_file(qtbot: QtBot, panel: CatalogPanel, button: QPushButton, path: Path) -> None:
    click(qtbot, button)
    chooser = panel.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.selectFile(str(path))
    chooser.accept()


def importer(qtbot: QtBot, panel: CatalogPanel) -> ImportDialog:
    qtbot.waitUntil(lambda: isinstance(panel.importer, ImportDialog) and panel.importer.report is not None)
    assert panel.importer is not None
    return panel.importer


def test_export_and_import_back_after_a_dry_run(
    qtbot: QtBot, manager_session: Session, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, manager_session)
    target = tmp_path / "清单.json"
    choose_file(qtbot, panel, panel.export_button, target)
    assert workers.wait_for_idle()
    qtbot.waitUntil(lambda: "已导出事项清单" in panel.status_label.text())
    document = json.loads(target.read_text(encoding="utf-8"))
    total = len(document["items"])
    assert total == len(panel.model.rows())

    for entry in document["items"]:
        if entry["code"] == ID_RENEWAL:
            entry["fees"] = "工本费 20 元"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    was = version(manager_session, ID_RENEWAL)
    choose_file(qtbot, panel, panel.import_button, target)
    dialog = importer(qtbot, panel)
    assert dialog.report is not None and dialog.report.dry_run
    assert "试导入完成（未保存）" in dialog.summary.text()
    assert (dialog.counts["items.updated"].text(), dialog.counts["items.unchanged"].text()) == (
        "1",
        str(total - 1),
    )
    assert dialog.counts["bundles.unchanged"].text() == "5"
    assert version(manager_session, ID_RENEWAL) == was  # a dry run saves nothing

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert "导入完成" in dialog.summary.text()
    assert not dialog.confirm_button.isEnabled()
    reloaded(qtbot, panel)
    assert "导入完成" in panel.status_label.text()
    saved = catalog_edit.item_for_edit(manager_session.runtime.uow(), ID_RENEWAL)
    assert (saved.version, saved.data.fees) == (was + 1, "工本费 20 元")
    click(qtbot, dialog.cancel_button)
    assert gone(dialog)


def test_a_bad_file_shows_every_error_and_saves_nothing(
    qtbot: QtBot, manager_session: Session, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, manager_session)
    bad = tmp_path / "bad.json"
    good = {
        "code": "NEW-1",
        "name": "新事项",
        "department": "某局",
        "legal_days": 5,
        "promised_days": 5,
        "fees": "不收费",
    }
    items = [
        good,
        {**good, "code": "NEW-2", "name": ""},
        {**good, "code": "NEW-3", "promised_days": 9},
        {**good, "code": "NEW-4", "materials": [{"name": "某证明", "required": False}]},
    ]
    bad.write_text(
        json.dumps({"format": "yk-desktop-catalog", "version": 1, "items": items}), encoding="utf-8"
    )
    choose_file(qtbot, panel, panel.import_button, bad)
    dialog = importer(qtbot, panel)
    assert dialog.report is not None and not dialog.report.ok
    problems = {(p.code, p.field) for p in dialog.errors_model.rows()}
    assert {("NEW-2", "事项名称"), ("NEW-3", "承诺时限"), ("NEW-4", "适用情形")} <= problems
    assert all(p.where for p in dialog.errors_model.rows())
    assert "未导入任何内容" in dialog.summary.text()
    assert not dialog.confirm_button.isEnabled() and dialog.cancel_button.text() == "关闭"
    codes = {i.code for i in catalog.list_items(manager_session.runtime.uow())}
    assert not codes & {"NEW-1", "NEW-2", "NEW-3", "NEW-4"}

    not_a_catalog = tmp_path / "notes.txt"
    not_a_catalog.write_text("x", encoding="utf-8")
    panel.import_file(not_a_catalog)
    qtbot.waitUntil(lambda: panel.importer is not None and "只能导入" in panel.importer.summary.text())
