"""好差评统计: ratings over a period, per staff member, per window and per day, with 好评率 =
(非常满意 + 满意) / all. Ratings an appeal found mistaken or malicious are not counted (the service leaves
them out). The manager picks the period; the figures are read on the worker pool."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.review_forms import button, table
from yk_desktop.gui.review_pad import level_text
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import reviews
from yk_desktop.services.reviews import ReviewFigures, Tally


def _count_of(level: int) -> Callable[[Tally], int]:
    return lambda tally: tally.counts[5 - level]


def rate_text(tally: Tally) -> str:
    rate = tally.good_rate
    return "—" if rate is None else f"{rate:.1%}"


class ReviewFiguresPanel(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewFiguresPanel")
        self.session = session
        self.figures: ReviewFigures | None = None
        self._loads = LatestOnly()
        today = session.runtime.clock.now().astimezone(HALL_TZ).date()
        self.from_edit = self._date_edit(self.tr("统计开始日期"), today.replace(day=1))
        self.to_edit = self._date_edit(self.tr("统计结束日期"), today)
        self.show_button = button(self.tr("统计(&T)"), self.tr("按所选期间统计"), self.reload)
        self.summary = QLabel(self.tr("正在统计…"))
        self.summary.setObjectName("sectionTitle")
        self.summary.setAccessibleName(self.tr("评价概况"))
        self.staff_model = RowTableModel(self._columns(self.tr("工作人员")), self)
        self.window_model = RowTableModel(self._columns(self.tr("窗口")), self)
        self.day_model = RowTableModel(self._columns(self.tr("日期")), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("期间：")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("至")))
        top.addWidget(self.to_edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        grid = QGridLayout()
        for column, (caption, model, name) in enumerate(
            (
                (self.tr("按工作人员"), self.staff_model, "figuresStaff"),
                (self.tr("按窗口"), self.window_model, "figuresWindows"),
                (self.tr("按日"), self.day_model, "figuresDays"),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("sectionTitle")
            grid.addWidget(label, 0, column)
            grid.addWidget(table(model, caption, name), 1, column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        self.reload()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _columns(self, what: str) -> list[Column]:
        per_level = [Column(level_text(level), _count_of(level), centered=True) for level in (5, 4, 3, 2, 1)]
        return [
            Column(what, lambda t: t.key),
            Column(self.tr("评价数"), lambda t: t.total, centered=True),
            *per_level,
            Column(self.tr("好评率"), rate_text, centered=True),
        ]

    def reload(self) -> None:
        self._loads.run(
            reviews.figures,
            self.session.runtime.uow(),
            self.from_edit.date().toPython(),
            self.to_edit.date().toPython(),
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, figures: ReviewFigures) -> None:
        self.figures = figures
        overall = figures.overall
        self.summary.setText(
            self.tr("共 {0} 条评价，好评率 {1}，差评 {2} 条").format(
                overall.total, rate_text(overall), overall.bad
            )
        )
        self.staff_model.set_rows(figures.per_staff)
        self.window_model.set_rows(figures.per_window)
        self.day_model.set_rows(figures.per_day)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.loaded.emit()
