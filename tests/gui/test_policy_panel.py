"""大厅规则: the manager changes a time limit with the keyboard, saves, and the service counts with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from yk_desktop.gui import workers
from yk_desktop.gui.policy_panel import PolicyPanel, rule_label, unit_text
from yk_desktop.gui.session import Session
from yk_desktop.services import policy


def _panel(qtbot: QtBot, session: Session) -> PolicyPanel:
    panel = PolicyPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(800, 700)
        panel.show()
    return panel


def test_a_manager_changes_a_rule_and_it_is_saved(qtbot: QtBot, manager_session: Session) -> None:
    panel = _panel(qtbot, manager_session)
    box = panel.boxes["review.followup_working_days"]
    assert box.value() == 5 and box.suffix() == " 个工作日"
    assert not panel.save_button.isEnabled()  # nothing changed yet
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "12")
    assert box.value() == 12 and panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "已保存 1 项规则" in panel.message.text()
    assert policy.read_all(manager_session.runtime.uow())["review.followup_working_days"] == 12
    # 恢复默认值 fills the boxes; only 保存 makes it so.
    qtbot.mouseClick(panel.defaults_button, Qt.MouseButton.LeftButton)
    assert box.value() == 5 and panel.save_button.isEnabled()
    assert policy.read_all(manager_session.runtime.uow())["review.followup_working_days"] == 12


def test_a_clerk_cannot_change_the_rules(qtbot: QtBot, clerk_session: Session) -> None:
    panel = _panel(qtbot, clerk_session)
    panel.boxes["complaint.days.help"].setValue(7)
    panel.save()
    assert workers.wait_for_idle()
    qtbot.waitUntil(lambda: "大厅负责人" in panel.message.text(), timeout=10_000)
    assert policy.read_all(clerk_session.runtime.uow())["complaint.days.help"] == 10
    assert panel.boxes["complaint.days.help"].isEnabled()  # the form stays usable after the refusal


def test_the_form_names_every_rule_as_the_service_does(qtbot: QtBot, manager_session: Session) -> None:
    # The form writes the names again so the catalogue can translate them; in Chinese they must be the
    # service's own (its messages name a rule the same way), and no rule may be left without one.
    panel = _panel(qtbot, manager_session)
    for rule in policy.RULES:
        assert rule_label(rule) == rule.label and unit_text(rule) == rule.unit
        assert panel.boxes[rule.key].accessibleName() == rule.label
    titles = [g.title() for g in panel.findChildren(QGroupBox)]
    assert titles == ["首问负责", "帮办代办", "预约服务", "好差评", "投诉与诉求"]


def test_the_form_in_english(qtbot: QtBot, manager_session: Session, english: None) -> None:
    panel = _panel(qtbot, manager_session)
    box = panel.boxes["review.followup_working_days"]
    assert box.accessibleName() == "Time limit to fix a bad rating" and box.suffix() == " working days"
    assert "First-inquiry responsibility" in [g.title() for g in panel.findChildren(QGroupBox)]
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in rule_label(rule)) for rule in policy.RULES)
