"""大厅规则: the hall's own time limits and booking rules (``services/policy``), one spin box each.

Grouped as the manager thinks of them (首问, 代办, 预约, 评价, 投诉). 保存 sends only what changed, in one
transaction; 恢复默认 puts the DOMAIN.md defaults back in the boxes (saved only on 保存). Loads and saves run
on the worker pool.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import policy
from yk_desktop.services.policy import RULES, Rule
from yk_desktop.services.runtime import Runtime

translate = QCoreApplication.translate


def _groups() -> tuple[tuple[str, str], ...]:
    # Built when the form is, not at import: the English catalogue may be installed after this module loads.
    return (
        ("inquiry.", translate("policy_panel", "首问负责")),
        ("agency.", translate("policy_panel", "帮办代办")),
        ("appointment.", translate("policy_panel", "预约服务")),
        ("review.", translate("policy_panel", "好差评")),
        ("complaint.", translate("policy_panel", "投诉与诉求")),
    )


def rule_label(rule: Rule) -> str:
    """The rule's name on the form. services/policy names each rule in Chinese for its messages; the
    same names are written here so the catalogue can translate them (a test keeps the two equal)."""
    labels = {
        "inquiry.open_alert_hours": translate("policy_panel", "首问登记超时未办结提醒"),
        "agency.ready_notice_days": translate("policy_panel", "代办结果领取提醒"),
        "appointment.min_days_ahead": translate("policy_panel", "最少提前预约天数"),
        "appointment.horizon_working_days": translate("policy_panel", "可预约范围"),
        "appointment.cancel_before_hours": translate("policy_panel", "最晚取消时间（时段开始前）"),
        "appointment.per_person_per_day": translate("policy_panel", "每人每天预约次数上限"),
        "appointment.no_show_grace_minutes": translate("policy_panel", "时段结束后判定爽约的宽限"),
        "appointment.no_show_limit": translate("policy_panel", "爽约后暂停预约的次数"),
        "appointment.no_show_window_days": translate("policy_panel", "爽约次数的统计期"),
        "review.later_rating_days": translate("policy_panel", "办结后补评期限"),
        "review.followup_working_days": translate("policy_panel", "差评整改期限"),
        "complaint.days.consult": translate("policy_panel", "咨询答复期限"),
        "complaint.days.help": translate("policy_panel", "求助办理期限"),
        "complaint.days.suggestion": translate("policy_panel", "建议答复期限"),
        "complaint.days.complaint": translate("policy_panel", "投诉办理期限"),
        "complaint.days.report": translate("policy_panel", "举报办理期限"),
    }
    return labels.get(rule.key, rule.label)


def unit_text(rule: Rule) -> str:
    units = {
        "小时": translate("policy_panel", "小时"),
        "个工作日": translate("policy_panel", "个工作日"),
        "天": translate("policy_panel", "天"),
        "次": translate("policy_panel", "次"),
        "分钟": translate("policy_panel", "分钟"),
    }
    return units.get(rule.unit, rule.unit)


def save_rules(runtime: Runtime, values: dict[str, int], staff_id: uuid.UUID | None) -> dict[str, int]:
    return policy.change(runtime.uow(), values, staff_id=staff_id)


class PolicyPanel(QWidget):
    """The manager's form of hall rules."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PolicyPanel")
        self.session = session
        self.values: dict[str, int] = {}
        self.boxes: dict[str, QSpinBox] = {}
        self.busy = False

        intro = QLabel(
            self.tr(
                "以下期限和预约规则因地方规定而异，由大厅负责人按本地规定设置；全大厅所有窗口按同一规则计算。"
                "工作日按“工作日历”扣除节假日。"
            )
        )
        intro.setObjectName("hintLabel")
        intro.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for prefix, title in _groups():
            group = QGroupBox(title)
            form = QFormLayout(group)
            for rule in (r for r in RULES if r.key.startswith(prefix)):
                form.addRow(rule_label(rule), self._box(rule))
            body_layout.addWidget(group)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("规则保存结果"))
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setAccessibleName(self.tr("保存大厅规则"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("恢复默认值(&D)"))
        self.defaults_button.setAccessibleName(self.tr("恢复默认值"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._set_busy(True)
        self.refresh()

    def _box(self, rule: Rule) -> QSpinBox:
        box = QSpinBox()
        box.setRange(rule.minimum, rule.maximum)
        unit = unit_text(rule)
        box.setSuffix(f" {unit}")
        box.setAccessibleName(rule_label(rule))
        box.setToolTip(
            self.tr("默认 {0} {1}，可设 {2}–{3}").format(rule.default, unit, rule.minimum, rule.maximum)
        )
        box.valueChanged.connect(lambda _v: self._follow())
        self.boxes[rule.key] = box
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.values and not self.busy:
            self.refresh()

    def refresh(self) -> None:
        run_in_pool(
            policy.read_all,
            self.session.runtime.uow(),
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, values: dict[str, int]) -> None:
        self.values = dict(values)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(values[key])
            box.blockSignals(False)
        self._set_busy(False)
        self.loaded.emit()

    def changes(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items() if box.value() != self.values.get(key)}

    def restore_defaults(self) -> None:
        for rule in RULES:
            self.boxes[rule.key].setValue(rule.default)
        self.message.setText(self.tr("已填入默认值，保存后生效。"))

    def save(self) -> None:
        changes = self.changes()
        if self.busy or not changes:
            return
        self._set_busy(True)
        self.message.setText(self.tr("正在保存…"))
        run_in_pool(
            save_rules,
            self.session.runtime,
            changes,
            self.session.staff_id,
            on_done=lambda values: self._saved(values, len(changes)),
            on_error=self._failed,
            context=self,
        )

    def _saved(self, values: dict[str, int], count: int) -> None:
        self._show(values)
        self.message.setText(self.tr("已保存 {0} 项规则。").format(count))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(error_text(exc))
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for box in self.boxes.values():
            box.setEnabled(not busy)
        self.defaults_button.setEnabled(not busy)
        self._follow()

    def _follow(self) -> None:
        self.save_button.setEnabled(not self.busy and bool(self.changes()))
