"""差评整改台账: the manager's list of bad reviews and their follow-ups, each against its deadline.

Open follow-ups first, earliest deadline first; overdue ones are red and say so in the 期限 column, the
last day yellow. A line above counts open and overdue ones and shows today's 好评率. Enter, a double
click or 处理 opens the follow-up (``FollowUpDialog``); the list reloads when it closes and every minute.
补录评价 (Ctrl+L) enters a rating an applicant gave later, by phone or in person (``LaterRatingDialog``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.followup_dialog import FollowUpDialog, state_text
from yk_desktop.gui.models import Column
from yk_desktop.gui.review_forms import DeadlineTableModel, button, day_text, hall_time, left_text, table
from yk_desktop.gui.review_later import LaterRatingDialog, open_later_rating
from yk_desktop.gui.review_pad import level_text, reason_text
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import review_followups, reviews
from yk_desktop.services.review_followups import FollowUpRow
from yk_desktop.services.reviews import Tally
from yk_desktop.services.runtime import Runtime

translate = QCoreApplication.translate
REFRESH_MS = 60_000
OPEN, OVERDUE, ALL = "open", "overdue", "all"


@dataclass(frozen=True)
class Ledger:
    rows: list[FollowUpRow]
    open_count: int
    overdue_count: int
    today: Tally


def load_ledger(runtime: Runtime, which: str) -> Ledger:
    """Worker thread: the ledger rows, the counts and today's ratings."""
    rows = review_followups.list_followups(
        runtime.uow(), open_only=which != ALL, overdue_only=which == OVERDUE
    )
    open_count, overdue = review_followups.ledger_counts(runtime.uow())
    today = runtime.clock.now().astimezone(HALL_TZ).date()
    return Ledger(rows, open_count, overdue, reviews.figures(runtime.uow(), today, today).overall)


def progress_text(row: FollowUpRow) -> str:
    done = [
        name
        for flag, name in (
            (row.called_back, translate("followup", "已回访")),
            (row.fixed, translate("followup", "已整改")),
            (row.replied, translate("followup", "已答复")),
            (
                row.fix_rating is not None,
                translate("followup", "整改评价：{0}").format(level_text(row.fix_rating or 0)),
            ),
        )
        if flag
    ]
    return "，".join(done) if done else translate("followup", "未开始")


class FollowUpLedgerPanel(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpLedgerPanel")
        self.session = session
        self.ledger: Ledger | None = None
        self.dialog: FollowUpDialog | None = None
        self.later_dialog: LaterRatingDialog | None = None
        self._loads = LatestOnly()
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("显示范围"))
        self.which.view().setAccessibleName(self.tr("显示范围列表"))
        self.which.addItem(self.tr("未办结"), OPEN)
        self.which.addItem(self.tr("已逾期"), OVERDUE)
        self.which.addItem(self.tr("全部"), ALL)
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel(self.tr("正在读取…"))
        self.summary.setObjectName("hintLabel")
        self.summary.setAccessibleName(self.tr("差评整改概况"))
        self.model = DeadlineTableModel(
            [
                Column(self.tr("评价时间"), lambda r: hall_time(r.rated_at)),
                Column(self.tr("号票/办件"), lambda r: r.subject_no),
                Column(self.tr("事项"), lambda r: r.what, tooltip=lambda r: r.what),
                Column(self.tr("评价"), lambda r: level_text(r.level), centered=True),
                Column(
                    self.tr("原因"),
                    lambda r: "、".join(reason_text(x) for x in r.reasons),
                    tooltip=lambda r: r.comment,
                ),
                Column(self.tr("责任人"), lambda r: r.staff_name),
                Column(self.tr("窗口"), lambda r: r.window_number, centered=True),
                Column(self.tr("整改期限"), lambda r: day_text(r.deadline), centered=True),
                Column(self.tr("期限"), lambda r: left_text(r.days_left), centered=True),
                Column(self.tr("状态"), lambda r: state_text(r.state, r.outcome), centered=True),
                Column(self.tr("进展"), progress_text),
            ],
            lambda r: r.days_left,
            self,
        )
        self.view = table(self.model, self.tr("差评整改台账"), "followupView")
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button = button(self.tr("处理(&O)"), self.tr("处理所选差评"), self.open_current)
        self.refresh_button = button(self.tr("刷新(&R)"), self.tr("刷新台账"), self.reload)
        self.later_button = button(
            self.tr("补录评价(&L)"), self.tr("补录申请人事后给出的评价"), self.open_later
        )
        QShortcut(QKeySequence("Ctrl+L"), self, self.open_later)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current)
        legend = QLabel(self.tr("红色：已逾期；黄色：今日到期。"))
        legend.setObjectName("hintLabel")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示：")))
        top.addWidget(self.which)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.later_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: None if self._loads.busy else self.reload())
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        which = str(self.which.currentData())
        self._loads.run(
            load_ledger, self.session.runtime, which, on_done=self._show, on_error=self._failed, context=self
        )

    def _show(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.model.set_rows(ledger.rows)
        rate = ledger.today.good_rate
        rate_text = (
            self.tr("今日好评率 {0:.1%}（{1} 条评价）").format(rate, ledger.today.total)
            if rate is not None
            else self.tr("今日暂无评价")
        )
        self.summary.setText(
            self.tr("未办结差评 {0} 件，其中逾期 {1} 件；{2}").format(
                ledger.open_count, ledger.overdue_count, rate_text
            )
        )
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.loaded.emit()

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> FollowUpDialog:
        followup = self.model.row_at(row)
        dialog = FollowUpDialog(self.session, followup.id, parent=self)
        dialog.finished.connect(lambda _result: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_later(self) -> LaterRatingDialog:
        """补评: a rating the applicant gave later; a 差评 among them shows up here at once."""
        dialog = open_later_rating(self.session, self)
        dialog.rated.connect(lambda _info: self.reload())
        self.later_dialog = dialog
        return dialog

    def shutdown(self) -> None:
        self.timer.stop()
