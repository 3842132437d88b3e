"""预约计划 (manager): each business's slot plans — working hours, 午间, 延时 and 周末延时 — and the exceptions
for single dates (a plan or the whole business closed, or open with other hours or places).

A plan's booking horizon and minimum notice are spin boxes whose lowest value is 「按大厅规则」 (the plan then
follows the hall's rules, shown beside it); the boxes go past the allowed range on purpose, so a value out of
it gets the service's Chinese message rather than being clipped silently.

Picking a plan in the list fills the form; 新建 saves the form as a new plan, 保存修改 changes the picked one,
停用 retires it. The services check everything (overlaps, booked slots that would disappear, who may edit)
and their Chinese message shows under the form; nothing is saved half-way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time, timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.appointment_common import (
    from_qdate,
    from_qtime,
    hall_today,
    kind_label,
    make_button,
    make_combo,
    make_date_edit,
    make_table,
    to_qdate,
    to_qtime,
    weekday_label,
)
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import appointment_slots, hall, policy, slot_plans
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.slot_plans import ExceptionInfo, ExceptionInput, PlanInfo, PlanInput

translate = QCoreApplication.translate
KINDS = ("regular", "lunch", "evening", "weekend")
HORIZON_KEY, NOTICE_KEY = slot_plans.HORIZON_RULE.key, slot_plans.NOTICE_RULE.key
# The spin boxes' 「按大厅规则」 values: one below each rule's lowest allowed value (notice may be 0 days).
HALL_HORIZON, HALL_NOTICE = slot_plans.HORIZON_RULE.minimum - 1, slot_plans.NOTICE_RULE.minimum - 1


def _weekdays(days: tuple[int, ...]) -> str:
    return appointment_slots.weekdays_text(days)


def _validity(p: PlanInfo) -> str:
    until = f"{p.valid_until:%Y-%m-%d}" if p.valid_until else translate("slot_plan_editor", "长期")
    return f"{p.valid_from:%Y-%m-%d} ~ {until}"


def _exception_what(e: ExceptionInfo) -> str:
    if e.closed:
        return translate("slot_plan_editor", "停止预约")
    hours = f"{e.start:%H:%M}" if e.start else "…"
    hours += f"–{e.end:%H:%M}" if e.end else "–…"
    places = translate("slot_plan_editor", "，每时段 {0} 人").format(e.capacity) if e.capacity else ""
    return translate("slot_plan_editor", "开放 {0}{1}").format(hours, places)


def _rules(p: PlanInfo) -> str:
    if not p.own_rules:
        return translate("slot_plan_editor", "按大厅规则")
    notice = (
        translate("slot_plan_editor", "提前按大厅规则")
        if p.min_days_ahead is None
        else translate("slot_plan_editor", "提前 {0} 天").format(p.min_days_ahead)
    )
    horizon = (
        translate("slot_plan_editor", "范围按大厅规则")
        if p.horizon_working_days is None
        else translate("slot_plan_editor", "{0} 个工作日内").format(p.horizon_working_days)
    )
    return f"{notice}，{horizon}"


Loaded = tuple[list[CategoryInfo], list[PlanInfo], list[ExceptionInfo], dict[str, int]]


def load_all(runtime: Runtime) -> Loaded:
    return (
        hall.list_categories(runtime.uow()),
        slot_plans.list_plans(runtime.uow(), include_retired=True),
        slot_plans.list_exceptions(runtime.uow()),
        policy.read_all(runtime.uow()),
    )


def _own(spin: QSpinBox, hall_value: int) -> int | None:
    """A rule spin box's value for the plan: None at 「按大厅规则」."""
    return None if spin.value() == hall_value else spin.value()


class SlotPlanPanel(QWidget):
    """The manager console's 预约计划 tab; ``loaded`` after every load."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SlotPlanPanel")
        self.session = session
        self.busy = False
        self.plans: list[PlanInfo] = []
        self._loads = LatestOnly()
        today = hall_today(session)

        self.show_retired = QCheckBox(self.tr("显示已停用"))
        self.show_retired.setAccessibleName(self.tr("显示已停用的计划"))
        self.show_retired.toggled.connect(lambda _on: self._fill_plans())
        self.plan_model = RowTableModel(
            [
                Column(self.tr("类别"), lambda p: f"{p.category_prefix} {p.category_name}"),
                Column(self.tr("类型"), lambda p: kind_label(p.kind), centered=True),
                Column(self.tr("星期"), lambda p: _weekdays(p.weekdays), centered=True),
                Column(self.tr("时间"), lambda p: f"{p.start:%H:%M}–{p.end:%H:%M}", centered=True),
                Column(self.tr("每段"), lambda p: self.tr("{0} 分钟").format(p.slot_minutes), centered=True),
                Column(self.tr("每段名额"), lambda p: p.capacity, centered=True),
                Column(self.tr("有效期"), _validity, centered=True),
                Column(self.tr("预约规则"), _rules, centered=True),
                Column(self.tr("名称"), lambda p: p.label),
                Column(
                    self.tr("状态"),
                    lambda p: self.tr("在用") if p.active else self.tr("已停用"),
                    centered=True,
                ),
            ],
            self,
        )
        self.plan_view = make_table(self.plan_model, self.tr("预约计划列表"))
        self.plan_view.selectionModel().selectionChanged.connect(lambda *_: self._plan_picked())

        # The plan form.
        self.category_combo = make_combo(self.tr("计划的业务类别"))
        self.kind_combo = make_combo(self.tr("时段类型"))
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for d in range(7):
            box = QCheckBox(weekday_label(d))
            box.setAccessibleName(weekday_label(d))
            box.setChecked(d < 5)
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.start_edit = QTimeEdit(to_qtime(time(9, 0)))
        self.start_edit.setAccessibleName(self.tr("开始时间"))
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit(to_qtime(time(11, 30)))
        self.end_edit.setAccessibleName(self.tr("结束时间"))
        self.end_edit.setDisplayFormat("HH:mm")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setAccessibleName(self.tr("每个时段的分钟数"))
        self.minutes_spin.setRange(1, 600)
        self.minutes_spin.setValue(30)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setAccessibleName(self.tr("每个时段可约人数"))
        self.capacity_spin.setRange(0, 1000)
        self.capacity_spin.setValue(2)
        self.capacity_spin.setSuffix(self.tr(" 人"))
        self.from_edit = make_date_edit(today, self.tr("有效期自"), weekday=False)
        self.open_ended = QCheckBox(self.tr("长期有效"))
        self.open_ended.setAccessibleName(self.tr("长期有效"))
        self.open_ended.setChecked(True)
        self.until_edit = make_date_edit(today + timedelta(days=90), self.tr("有效期至"), weekday=False)
        self.until_edit.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.until_edit.setEnabled(not on))
        self.horizon_spin = QSpinBox()
        self.horizon_spin.setAccessibleName(self.tr("该计划的可预约范围（工作日）"))
        self.horizon_spin.setRange(HALL_HORIZON, 999)
        self.horizon_spin.setSuffix(self.tr(" 个工作日内"))
        self.horizon_spin.setValue(HALL_HORIZON)
        self.notice_spin = QSpinBox()
        self.notice_spin.setAccessibleName(self.tr("该计划最少提前预约天数"))
        self.notice_spin.setRange(HALL_NOTICE, 999)
        self.notice_spin.setPrefix(self.tr("提前 "))
        self.notice_spin.setSuffix(self.tr(" 天"))
        self.notice_spin.setValue(HALL_NOTICE)
        self._show_hall_rules({})
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("计划名称"))
        self.label_edit.setPlaceholderText(self.tr("如：上午、午间不断档、周六上午"))
        self.create_button = make_button(
            self.tr("新建计划"), self.tr("按表单新建预约计划"), self.create_plan, primary=True
        )
        self.save_button = make_button(self.tr("保存修改"), self.tr("保存对所选计划的修改"), self.save)
        self.retire_button = make_button(self.tr("停用所选"), self.tr("停用所选预约计划"), self.retire)

        # Exceptions.
        self.exception_model = RowTableModel(
            [
                Column(self.tr("日期"), lambda e: f"{e.on_date:%Y-%m-%d}", centered=True),
                Column(self.tr("类别"), lambda e: e.category_prefix, centered=True),
                Column(self.tr("计划"), lambda e: e.plan_summary, tooltip=lambda e: e.plan_summary),
                Column(self.tr("安排"), _exception_what),
                Column(self.tr("原因"), lambda e: e.reason, tooltip=lambda e: e.reason),
            ],
            self,
        )
        self.exception_view = make_table(self.exception_model, self.tr("例外日期列表"))
        self.exception_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.exception_date = make_date_edit(today + timedelta(days=1), self.tr("例外日期"))
        self.exception_plan = make_combo(self.tr("例外适用的计划"))
        self.closed_radio = QRadioButton(self.tr("当日停止预约"))
        self.closed_radio.setAccessibleName(self.tr("当日停止预约"))
        self.closed_radio.setChecked(True)
        self.open_radio = QRadioButton(self.tr("当日调整时间或名额"))
        self.open_radio.setAccessibleName(self.tr("当日调整时间或名额"))
        modes = QButtonGroup(self)
        modes.addButton(self.closed_radio)
        modes.addButton(self.open_radio)
        self.open_radio.toggled.connect(lambda _on: self._update_buttons())
        self.exception_start = QTimeEdit(to_qtime(time(9, 0)))
        self.exception_start.setAccessibleName(self.tr("例外开始时间"))
        self.exception_start.setDisplayFormat("HH:mm")
        self.exception_end = QTimeEdit(to_qtime(time(11, 30)))
        self.exception_end.setAccessibleName(self.tr("例外结束时间"))
        self.exception_end.setDisplayFormat("HH:mm")
        self.exception_capacity = QSpinBox()
        self.exception_capacity.setAccessibleName(self.tr("例外每时段名额"))
        self.exception_capacity.setRange(0, 1000)
        self.exception_capacity.setSpecialValueText(self.tr("按计划"))
        self.exception_reason = QLineEdit()
        self.exception_reason.setAccessibleName(self.tr("例外原因"))
        self.exception_reason.setPlaceholderText(self.tr("原因（必填），如：系统升级、业务培训"))
        self.add_exception_button = make_button(
            self.tr("添加例外"), self.tr("添加例外日期"), self.add_exception
        )
        self.remove_exception_button = make_button(
            self.tr("删除所选例外"), self.tr("删除所选例外日期"), self.remove_exception
        )
        self.category_combo.currentIndexChanged.connect(lambda _i: self._fill_exception_plans())

        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        self._lay_out(days_row)
        self._update_buttons()
        self.refresh()

    def _lay_out(self, days_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("业务类别"), self.category_combo)
        form.addRow(self.tr("时段类型"), self.kind_combo)
        form.addRow(self.tr("星期"), days_row)
        hours = QHBoxLayout()
        for widget in (
            self.start_edit,
            QLabel("–"),
            self.end_edit,
            QLabel(self.tr("每段")),
            self.minutes_spin,
        ):
            hours.addWidget(widget)
        hours.addWidget(QLabel(self.tr("名额")))
        hours.addWidget(self.capacity_spin)
        hours.addStretch(1)
        form.addRow(self.tr("时间"), hours)
        validity = QHBoxLayout()
        for part in (self.from_edit, QLabel(self.tr("至")), self.until_edit, self.open_ended):
            validity.addWidget(part)
        validity.addStretch(1)
        form.addRow(self.tr("有效期"), validity)
        rules = QHBoxLayout()
        rules.addWidget(self.horizon_spin)
        rules.addWidget(self.notice_spin)
        rules.addStretch(1)
        form.addRow(self.tr("预约规则"), rules)
        form.addRow(self.tr("名称"), self.label_edit)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)
        plan_box = QGroupBox(self.tr("预约计划"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.plan_view, 1)
        plan_layout.addLayout(form)
        plan_layout.addLayout(buttons)

        exception_form = QFormLayout()
        exception_form.addRow(self.tr("日期"), self.exception_date)
        exception_form.addRow(self.tr("计划"), self.exception_plan)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.closed_radio)
        mode_row.addWidget(self.open_radio)
        mode_row.addStretch(1)
        exception_form.addRow(self.tr("安排"), mode_row)
        other = QHBoxLayout()
        for widget in (self.exception_start, QLabel("–"), self.exception_end, QLabel(self.tr("名额"))):
            other.addWidget(widget)
        other.addWidget(self.exception_capacity)
        other.addStretch(1)
        exception_form.addRow(self.tr("调整为"), other)
        exception_form.addRow(self.tr("原因"), self.exception_reason)
        exception_buttons = QHBoxLayout()
        exception_buttons.addWidget(self.add_exception_button)
        exception_buttons.addWidget(self.remove_exception_button)
        exception_buttons.addStretch(1)
        exception_box = QGroupBox(self.tr("例外日期（单日停约或调整）"))
        exception_layout = QVBoxLayout(exception_box)
        exception_layout.addWidget(self.exception_view, 1)
        exception_layout.addLayout(exception_form)
        exception_layout.addLayout(exception_buttons)

        row = QHBoxLayout()
        row.addWidget(plan_box, 3)
        row.addWidget(exception_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)

    # -- loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._loads.run(
            load_all, self.session.runtime, on_done=self._show, on_error=self._failed, context=self
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.loaded.emit()

    def _show_hall_rules(self, values: dict[str, int]) -> None:
        """「按大厅规则」 with the hall's value now (before the first load: the rule's default)."""
        horizon = values.get(HORIZON_KEY, slot_plans.HORIZON_RULE.default)
        notice = values.get(NOTICE_KEY, slot_plans.NOTICE_RULE.default)
        self.horizon_spin.setSpecialValueText(self.tr("按大厅规则（{0} 个工作日内）").format(horizon))
        self.notice_spin.setSpecialValueText(self.tr("按大厅规则（提前 {0} 天）").format(notice))
        self.horizon_spin.setToolTip(
            self.tr("该计划的时段最远可预约到第几个工作日；“按大厅规则”为 {0} 个工作日。").format(horizon)
        )
        self.notice_spin.setToolTip(
            self.tr("该计划的时段至少提前几天预约；“按大厅规则”为 {0} 天。").format(notice)
        )

    def _show(self, loaded: Loaded) -> None:
        categories, plans, exceptions, rules = loaded
        self._show_hall_rules(rules)
        if self.category_combo.count() == 0:
            for c in categories:
                self.category_combo.addItem(f"{c.prefix} {c.name}", c.prefix)
        self.plans = plans
        self._fill_plans()
        self.exception_model.set_rows(exceptions)
        self._fill_exception_plans()
        self.loaded.emit()

    def _fill_plans(self) -> None:
        picked = self.picked_plan()
        shown = [p for p in self.plans if p.active or self.show_retired.isChecked()]
        self.plan_model.set_rows(shown)
        for row, p in enumerate(shown):
            if picked is not None and p.id == picked.id:
                self.plan_view.selectRow(row)
        self._update_buttons()

    def _fill_exception_plans(self) -> None:
        prefix = self.prefix()
        current = self.exception_plan.currentData()
        self.exception_plan.clear()
        self.exception_plan.addItem(self.tr("整个类别"), None)
        for p in self.plans:
            if p.active and p.category_prefix == prefix:
                self.exception_plan.addItem(p.summary + (f"（{p.label}）" if p.label else ""), str(p.id))
        index = self.exception_plan.findData(current)
        self.exception_plan.setCurrentIndex(max(index, 0))

    def prefix(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data else None

    def picked_plan(self) -> PlanInfo | None:
        index = self.plan_view.currentIndex()
        if not index.isValid() or not self.plan_view.selectionModel().isRowSelected(index.row()):
            return None
        plan: PlanInfo = self.plan_model.row_at(index.row())
        return plan

    def picked_exception(self) -> ExceptionInfo | None:
        index = self.exception_view.currentIndex()
        if not index.isValid() or not self.exception_view.selectionModel().isRowSelected(index.row()):
            return None
        exc: ExceptionInfo = self.exception_model.row_at(index.row())
        return exc

    def _plan_picked(self) -> None:
        p = self.picked_plan()
        self._update_buttons()
        if p is None:
            return
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(p.category_prefix), 0))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(p.kind), 0))
        for d, box in enumerate(self.day_boxes):
            box.setChecked(d in p.weekdays)
        self.start_edit.setTime(to_qtime(p.start))
        self.end_edit.setTime(to_qtime(p.end))
        self.minutes_spin.setValue(p.slot_minutes)
        self.capacity_spin.setValue(p.capacity)
        self.horizon_spin.setValue(HALL_HORIZON if p.horizon_working_days is None else p.horizon_working_days)
        self.notice_spin.setValue(HALL_NOTICE if p.min_days_ahead is None else p.min_days_ahead)
        self.from_edit.setDate(to_qdate(p.valid_from))
        self.open_ended.setChecked(p.valid_until is None)
        if p.valid_until is not None:
            self.until_edit.setDate(to_qdate(p.valid_until))
        self.label_edit.setText(p.label)

    def _kind_changed(self) -> None:
        """A weekend plan is for Saturday and Sunday, the others for Monday–Friday: tick the usual days."""
        weekend = self.kind_combo.currentData() == "weekend"
        if self.picked_plan() is None:
            for d, box in enumerate(self.day_boxes):
                box.setChecked(d == 5 if weekend else d < 5)

    def _update_buttons(self) -> None:
        picked = self.picked_plan()
        idle = not self.busy
        self.create_button.setEnabled(idle)
        self.save_button.setEnabled(idle and picked is not None and picked.active)
        self.retire_button.setEnabled(idle and picked is not None and picked.active)
        self.add_exception_button.setEnabled(idle)
        self.remove_exception_button.setEnabled(idle and self.picked_exception() is not None)
        adjusting = self.open_radio.isChecked()
        for widget in (self.exception_start, self.exception_end, self.exception_capacity):
            widget.setEnabled(adjusting)

    # -- acting --------------------------------------------------------------------------------------------

    def form(self) -> PlanInput:
        return PlanInput(
            category_prefix=self.prefix() or "",
            kind=str(self.kind_combo.currentData()),
            valid_from=from_qdate(self.from_edit.date()),
            valid_until=None if self.open_ended.isChecked() else from_qdate(self.until_edit.date()),
            weekdays=tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
            start=from_qtime(self.start_edit.time()),
            end=from_qtime(self.end_edit.time()),
            slot_minutes=self.minutes_spin.value(),
            capacity=self.capacity_spin.value(),
            label=self.label_edit.text(),
            horizon_working_days=_own(self.horizon_spin, HALL_HORIZON),
            min_days_ahead=_own(self.notice_spin, HALL_NOTICE),
        )

    def _act(self, busy_text: str, call: Callable[[], object], done_text: str) -> None:
        if self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.message.setText(busy_text)

        def done(_result: object) -> None:
            self.busy = False
            self.message.setText(done_text)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.message.setText(error_text(exc))

        run_in_pool(call, on_done=done, on_error=failed, context=self)

    def create_plan(self) -> None:
        data = self.form()
        call = partial(
            slot_plans.create_plan, self.session.runtime.uow(), data, staff_id=self.session.staff_id
        )
        self._act(self.tr("正在保存…"), call, self.tr("已新建预约计划。"))

    def save(self) -> None:
        picked = self.picked_plan()
        if picked is None:
            return
        call = partial(
            slot_plans.edit_plan,
            self.session.runtime.uow(),
            picked.id,
            self.form(),
            staff_id=self.session.staff_id,
        )
        self._act(self.tr("正在保存…"), call, self.tr("已保存对预约计划的修改。"))

    def retire(self) -> None:
        picked = self.picked_plan()
        if picked is None:
            return
        call = partial(
            slot_plans.retire_plan, self.session.runtime.uow(), picked.id, staff_id=self.session.staff_id
        )
        self._act(self.tr("正在停用…"), call, self.tr("已停用该预约计划，不再接受新的预约。"))

    def add_exception(self) -> None:
        adjusting = self.open_radio.isChecked()
        plan = self.exception_plan.currentData()
        capacity = self.exception_capacity.value()
        data = ExceptionInput(
            category_prefix=self.prefix() or "",
            on_date=from_qdate(self.exception_date.date()),
            reason=self.exception_reason.text(),
            plan_id=uuid.UUID(plan) if plan else None,
            closed=not adjusting,
            start=from_qtime(self.exception_start.time()) if adjusting else None,
            end=from_qtime(self.exception_end.time()) if adjusting else None,
            capacity=(capacity or None) if adjusting else None,
        )
        call = partial(
            slot_plans.add_exception, self.session.runtime.uow(), data, staff_id=self.session.staff_id
        )
        self._act(self.tr("正在保存…"), call, self.tr("已添加例外日期。"))

    def remove_exception(self) -> None:
        picked = self.picked_exception()
        if picked is None:
            return
        call = partial(
            slot_plans.remove_exception, self.session.runtime.uow(), picked.id, staff_id=self.session.staff_id
        )
        self._act(self.tr("正在删除…"), call, self.tr("已删除例外，该日恢复按计划预约。"))
