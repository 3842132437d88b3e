"""工作日历: the manager's page for the holiday calendar every deadline is counted on (DOMAIN.md Deadlines).

One year at a time (this year −1 … +2): its exceptional days (放假 red, 调休上班 blue) with where each came
from, whether the year is covered at all and, when not, the warning that deadlines reaching it are
counted Monday–Friday. The manager loads the State Council arrangement from the installed
``chinesecalendar``, enters or imports a year by hand (when the package does not have it yet), sets or
changes single days, and checks a deadline with the working-day calculator. Every call runs on the
worker pool (DESIGN.md §5); the services check that only a manager or an admin changes the calendar.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.workdays import MAX_WORKING_DAYS
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import calendar
from yk_desktop.services.calendar import DayEntry, Deadline, ParsedLine, YearInfo
from yk_desktop.services.errors import InvalidInput
from yk_desktop.services.runtime import Runtime

# lupdate knows this alias; every string below is found by ``translate("calendar_panel", "…")``.
translate = QCoreApplication.translate
HOLIDAY_COLOR = QColor("#c0261b")
WORKDAY_COLOR = QColor("#1f5fbf")
_HOLIDAY_BRUSH = QBrush(HOLIDAY_COLOR)
_WORKDAY_BRUSH = QBrush(WORKDAY_COLOR)
# A year's arrangement is a few dozen lines; a file far bigger than this is the wrong file.
MAX_FILE_BYTES = 256 * 1024
# The statutory default time limit (行政许可法 Art. 42): what the calculator starts with.
DEFAULT_DAYS = 20


def kind_label(kind: str) -> str:
    return {
        "holiday": translate("calendar_panel", "放假"),
        "workday": translate("calendar_panel", "调休上班"),
    }.get(kind, kind)


def source_label(source: str | None) -> str:
    """Where a day or a year came from, as the manager knows it."""
    if source is None:
        return ""
    return {
        calendar.SOURCE: translate("calendar_panel", "国务院安排"),
        "manual": translate("calendar_panel", "手工"),
    }.get(source, source)


def weekday_label(day: date) -> str:
    names = (
        translate("calendar_panel", "星期一"),
        translate("calendar_panel", "星期二"),
        translate("calendar_panel", "星期三"),
        translate("calendar_panel", "星期四"),
        translate("calendar_panel", "星期五"),
        translate("calendar_panel", "星期六"),
        translate("calendar_panel", "星期日"),
    )
    return names[day.weekday()]


def _brush(kind: str) -> QBrush | None:
    return {"holiday": _HOLIDAY_BRUSH, "workday": _WORKDAY_BRUSH}.get(kind)


def _restyle(label: QLabel, object_name: str) -> None:
    """Give ``label`` another look from the style sheet (errorLabel red, hintLabel grey)."""
    label.setObjectName(object_name)
    label.style().unpolish(label)
    label.style().polish(label)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# -- worker-thread calls ------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearView:
    info: YearInfo
    days: list[DayEntry]


def load_year(runtime: Runtime, year: int) -> YearView:
    return YearView(calendar.year_info(runtime.uow(), year), calendar.list_days(runtime.uow(), year))


def load_official_year(runtime: Runtime, year: int, staff_id: uuid.UUID | None) -> list[int]:
    return calendar.load_official(runtime.uow(), [year], staff_id=staff_id)


def save_year(runtime: Runtime, year: int, entries: list[DayEntry], staff_id: uuid.UUID | None) -> int:
    calendar.enter_year(runtime.uow(), year, entries, staff_id=staff_id)
    return len(entries)


def save_day(runtime: Runtime, day: date, kind: str, name: str, staff_id: uuid.UUID | None) -> date:
    calendar.set_day(runtime.uow(), day, kind, name, staff_id=staff_id)
    return day


def compute_deadline(runtime: Runtime, start: date, working_days: int) -> Deadline:
    return calendar.deadline(runtime.uow(), start, working_days)


def read_text_file(path: str | Path) -> str:
    """A pasted-list file as text: UTF-8 (with or without BOM), else GB18030 (Excel on Chinese Windows
    saves CSV so); a file that is too big or not text is refused with a message the manager can act on."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"文件“{path.name}”过大（{size // 1024} KB），全年安排一般只有几十行，请核对是否选错文件。"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取文件“{path.name}”（{exc.strerror or exc}）。") from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(f"文件“{path.name}”不是文本文件，请选择 .txt 或 .csv 文件。")


# -- models -------------------------------------------------------------------------------------------
class DayTableModel(RowTableModel):
    """The year's exceptional days; 放假 in red, 调休上班 in blue."""

    DAY, WEEKDAY, KIND, NAME, SOURCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("calendar_panel", "日期"), lambda d: d.day.isoformat()),
                Column(translate("calendar_panel", "星期"), lambda d: weekday_label(d.day), centered=True),
                Column(translate("calendar_panel", "类型"), lambda d: kind_label(d.kind), centered=True),
                Column(translate("calendar_panel", "名称"), lambda d: d.name),
                Column(translate("calendar_panel", "来源"), lambda d: source_label(d.source), centered=True),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            return _brush(self.entry(index.row()).kind)
        return super().data(index, role)

    def entry(self, row: int) -> DayEntry:
        entry: DayEntry = self.row_at(row)
        return entry


class PreviewModel(RowTableModel):
    """The pasted lines as they will be saved, each bad one with what is wrong (in red)."""

    LINE, DAY, WEEKDAY, KIND, NAME, PROBLEM = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("calendar_panel", "行"), lambda p: p.number, centered=True),
                Column(
                    translate("calendar_panel", "日期"),
                    lambda p: p.entry.day.isoformat() if p.entry else p.text,
                    tooltip=lambda p: p.text,
                ),
                Column(
                    translate("calendar_panel", "星期"),
                    lambda p: weekday_label(p.entry.day) if p.entry else "",
                    centered=True,
                ),
                Column(
                    translate("calendar_panel", "类型"),
                    lambda p: kind_label(p.entry.kind) if p.entry else "",
                    centered=True,
                ),
                Column(translate("calendar_panel", "名称"), lambda p: p.entry.name if p.entry else ""),
                Column(translate("calendar_panel", "问题"), lambda p: p.error, tooltip=lambda p: p.error),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            line: ParsedLine = self.row_at(index.row())
            return _HOLIDAY_BRUSH if line.error else (_brush(line.entry.kind) if line.entry else None)
        return super().data(index, role)


def _table(name: str, model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button


class _Form(QDialog):
    """A dialog that saves through the worker pool: stays open (fields locked) while the call runs, shows
    the service's message when it fails, and emits ``saved`` and closes when it succeeds."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("保存提示"))
        self.error_label.hide()
        self.ok_button = QPushButton(self.tr("保存"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = _button(self.tr("取消"), self.tr("取消并关闭"))
        self.cancel_button.clicked.connect(self.reject)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        return row

    def submit(self) -> None:
        """Overridden: start the service call through ``_run``."""

    def _run(self, fn: Any, *args: Any) -> None:
        self.set_busy(True)
        self.error_label.hide()
        run_in_pool(fn, *args, on_done=self._done, on_error=self._failed, context=self)

    def _done(self, result: object) -> None:
        self.set_busy(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(error_text(exc))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for child in self.findChildren(QWidget):
            if isinstance(child, QPushButton | QLineEdit | QComboBox | QPlainTextEdit | QDateEdit):
                child.setEnabled(not busy)
        if not busy:
            self.follow()

    def follow(self) -> None:
        """Subclasses enable what depends on the input (确定 only with something to save)."""

    def reject(self) -> None:
        if not self.busy:  # the save is under way; its answer must reach the page
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


class YearEntryDialog(_Form):
    """录入/导入全年安排: lines pasted from the State Council notice (or a .txt/.csv file), previewed line by
    line with what is wrong; 保存 enters the whole year in one transaction and marks it covered."""

    def __init__(
        self,
        session: Session,
        year: int,
        parent: QWidget | None = None,
        existing: Sequence[DayEntry] = (),
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("YearEntryDialog")
        self.year = year
        self.existing = list(existing)
        self.lines: list[ParsedLine] = []
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("录入 {0} 年节假日安排").format(year))
        self.setMinimumSize(760, 620)
        self.ok_button.setText(self.tr("保存全年安排"))
        self.ok_button.setAccessibleName(self.tr("保存 {0} 年节假日安排").format(year))

        caption = QLabel(self.tr("{0} 年法定节假日与调休安排").format(year))
        caption.setObjectName("sectionCaption")
        hint = QLabel(
            self.tr(
                "每行一天：日期、类型（节假日或调休上班）、名称，用空格、逗号或制表符分开，例如：\n"
                "{0}-01-01 节假日 元旦\n{0}-02-07,调休上班,春节\n"
                "请按国务院办公厅的放假通知逐日列出放假日和调休上班日；也可从 .txt 或 .csv 文件导入。\n"
                "保存的是全年完整安排：未列出的日期恢复为普通工作日或周末。已有的安排已列在下面，可直接修改。"
            ).format(year)
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("yearText")
        self.text.setAccessibleName(self.tr("全年安排文本"))
        self.text.setPlaceholderText(self.tr("在此粘贴或输入，每行一天"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self.reparse)
        self.file_button = _button(self.tr("从文件导入(&F)…"), self.tr("从文件导入全年安排"))
        self.file_button.clicked.connect(self.choose_file)
        self.preview = PreviewModel(self)
        self.preview_view = _table(self.tr("解析结果预览"), self.preview)
        self.preview_view.setObjectName("yearPreview")
        self.summary_label = QLabel()
        _restyle(self.summary_label, "hintLabel")
        self.summary_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(hint)
        layout.addWidget(self.text, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        layout.addLayout(file_row)
        preview_caption = QLabel(self.tr("预览"))
        preview_caption.setObjectName("sectionCaption")
        layout.addWidget(preview_caption)
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addLayout(self._buttons())
        order = [self.text, self.file_button, self.preview_view, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.text.setFocus()
        if self.existing:
            self.text.setPlainText("\n".join(calendar.format_line(e) for e in self.existing))
        self.reparse()

    def entries(self) -> list[DayEntry]:
        return [line.entry for line in self.lines if line.entry is not None]

    def errors(self) -> list[str]:
        return [line.error for line in self.lines if line.error]

    def reparse(self) -> None:
        self.lines = calendar.parse_lines(self.text.toPlainText(), self.year)
        self.preview.set_rows(self.lines)
        entries, errors = self.entries(), self.errors()
        holidays = sum(e.kind == "holiday" for e in entries)
        if errors:
            shown = "\n".join(errors[:5])
            more = self.tr("\n…另有 {0} 行有误").format(len(errors) - 5) if len(errors) > 5 else ""
            _restyle(self.summary_label, "errorLabel")
            self.summary_label.setText(
                self.tr("有 {0} 行需要改正，改正后才能保存：\n{1}{2}").format(len(errors), shown, more)
            )
        elif not entries:
            _restyle(self.summary_label, "hintLabel")
            self.summary_label.setText(self.tr("尚未输入任何日期。"))
        elif holidays == 0:
            _restyle(self.summary_label, "errorLabel")
            self.summary_label.setText(self.tr("{0} 年至少应有一个放假日。").format(self.year))
        else:
            _restyle(self.summary_label, "hintLabel")
            text = self.tr("共 {0} 天：放假 {1} 天，调休上班 {2} 天。保存后 {3} 年的期限按此计算。").format(
                len(entries), holidays, len(entries) - holidays, self.year
            )
            kept = {e.day for e in entries}
            dropped = [e.day.isoformat() for e in self.existing if e.day not in kept]
            if dropped:
                more = self.tr(" 等 {0} 天").format(len(dropped)) if len(dropped) > 3 else ""
                text += self.tr("\n原有安排中的 {0}{1} 未列出，保存后恢复为普通日期。").format(
                    "、".join(dropped[:3]), more
                )
            self.summary_label.setText(text)
        self.follow()

    def follow(self) -> None:
        entries = self.entries()
        ready = bool(entries) and not self.errors() and any(e.kind == "holiday" for e in entries)
        self.ok_button.setEnabled(ready and not self.busy)

    def submit(self) -> None:
        if self.busy or not self.ok_button.isEnabled():
            return
        self._run(save_year, self.session.runtime, self.year, self.entries(), self.session.staff_id)

    # -- from a file ---------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, self.tr("导入全年安排"), folder, self.tr("文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def import_file(self, path: str | Path) -> None:
        """Read ``path`` (on the worker pool) into the text box; the preview follows."""
        self.file_dialog = None
        self.error_label.hide()
        self.file_button.setEnabled(False)
        run_in_pool(read_text_file, path, on_done=self._file_read, on_error=self._file_failed, context=self)

    def _file_read(self, text: str) -> None:
        self.file_button.setEnabled(not self.busy)
        self.text.setPlainText(text)

    def _file_failed(self, exc: BaseException) -> None:
        self.file_button.setEnabled(not self.busy)
        self.show_error(error_text(exc))


class DayDialog(_Form):
    """Set or change one day: a date, 放假 or 调休上班, and a name."""

    def __init__(
        self, session: Session, day: date, entry: DayEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("DayDialog")
        self.setWindowTitle(self.tr("修改日期") if entry is not None else self.tr("设置单日"))
        self.setMinimumWidth(480)
        self.ok_button.setAccessibleName(self.tr("保存该日设置"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dayDate")
        self.date_edit.setAccessibleName(self.tr("日期"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(_qdate(entry.day if entry is not None else day))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("日期类型"))
        self.kind_combo.view().setAccessibleName(self.tr("日期类型列表"))
        self.kind_combo.addItem(self.tr("放假（节假日）"), "holiday")
        self.kind_combo.addItem(self.tr("调休上班"), "workday")
        if entry is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        self.name_edit = QLineEdit(entry.name if entry is not None else "")
        self.name_edit.setAccessibleName(self.tr("节日名称"))
        self.name_edit.setPlaceholderText(self.tr("如：国庆节、春节，或“大厅停电检修”"))
        self.name_edit.setMaxLength(calendar.NAME_MAX)
        hint = QLabel(
            self.tr(
                "手工设置的日期优先于国务院安排，重新载入时保留。把工作日设为“调休上班”即取消该日的放假。"
                "已有预约的日期设为放假前，须先为这些预约改约或取消（保存时会列出预约码）。"
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (text, widget) in enumerate(
            (
                (self.tr("日期(&D)"), self.date_edit),
                (self.tr("类型(&K)"), self.kind_combo),
                (self.tr("名称(&N)"), self.name_edit),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addLayout(self._buttons())
        order = [self.date_edit, self.kind_combo, self.name_edit, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.date_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self._run(
            save_day,
            self.session.runtime,
            _pydate(self.date_edit.date()),
            self.kind_combo.currentData(),
            self.name_edit.text(),
            self.session.staff_id,
        )


# -- the page -----------------------------------------------------------------------------------------
class CalendarPanel(QWidget):
    """The manager console's 工作日历 tab; ``loaded`` after every load of the chosen year (or its failure)."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarPanel")
        self.session = session
        self.today = session.runtime.clock.now().astimezone(HALL_TZ).date()
        self.info: YearInfo | None = None
        self.dialog: _Form | None = None
        self._loads = LatestOnly()
        self._calcs = LatestOnly()
        self._busy = False

        caption = QLabel(self.tr("工作日历"))
        caption.setObjectName("sectionTitle")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("calendarYear")
        self.year_combo.setAccessibleName(self.tr("年份"))
        self.year_combo.view().setAccessibleName(self.tr("年份列表"))
        for year in range(self.today.year - 1, self.today.year + 3):
            self.year_combo.addItem(self.tr("{0} 年").format(year), year)
        self.year_combo.setCurrentIndex(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("calendarStatus")
        self.status_label.setAccessibleName(self.tr("该年日历状态"))
        self.refresh_button = _button(self.tr("刷新"), self.tr("刷新工作日历"))
        self.refresh_button.setToolTip(self.tr("刷新（F5）"))

        self.warning = QFrame()
        self.warning.setObjectName("warningBanner")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("coverageWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("日历未覆盖提示"))
        warning_layout = QHBoxLayout(self.warning)
        warning_layout.addWidget(self.warning_label)
        self.warning.hide()

        self.load_button = _button(self.tr("载入国务院安排(&L)"), self.tr("载入国务院节假日安排"))
        self.load_button.setToolTip(self.tr("从已安装的 chinesecalendar 软件包载入该年的放假与调休安排"))
        self.enter_button = _button(self.tr("录入/导入全年安排(&E)…"), self.tr("录入或导入全年节假日安排"))
        self.day_button = _button(self.tr("设置单日(&D)…"), self.tr("设置某一天为放假或调休上班"))
        self.edit_button = _button(self.tr("修改所选日(&M)…"), self.tr("修改所选日期"))
        self.edit_button.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("hintLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("操作结果"))
        self.message_label.hide()

        self.model = DayTableModel(self)
        self.view = _table(self.tr("该年放假与调休日期"), self.model)
        self.view.setObjectName("calendarDays")
        self.view.horizontalHeader().setSectionResizeMode(DayTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        self._build_calculator()

        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.load_button.clicked.connect(self.load_official)
        self.enter_button.clicked.connect(self.open_year_entry)
        self.day_button.clicked.connect(lambda: self.open_day(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.view.activated.connect(self.edit_selected)  # Enter or double-click on a day
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        self._lay_out(caption)
        self.refresh()

    def _build_calculator(self) -> None:
        self.calc_box = QGroupBox(self.tr("工作日计算"))
        self.calc_start = QDateEdit()
        self.calc_start.setObjectName("calcStart")
        self.calc_start.setAccessibleName(self.tr("起算日（受理或材料齐全之日）"))
        self.calc_start.setCalendarPopup(True)
        self.calc_start.setDisplayFormat("yyyy-MM-dd")
        self.calc_start.setDate(_qdate(self.today))
        self.calc_days = QSpinBox()
        self.calc_days.setObjectName("calcDays")
        self.calc_days.setAccessibleName(self.tr("工作日数"))
        self.calc_days.setRange(0, MAX_WORKING_DAYS)
        self.calc_days.setValue(DEFAULT_DAYS)
        self.calc_days.setSuffix(self.tr(" 个工作日"))
        self.calc_button = _button(self.tr("计算期限(&C)"), self.tr("计算办理期限"))
        self.calc_button.clicked.connect(self.calculate)
        # Enter in either field (or leaving it) recalculates, so the manager can just type and go on.
        self.calc_days.editingFinished.connect(self.calculate)
        self.calc_start.editingFinished.connect(self.calculate)
        self.calc_result = QLabel()
        self.calc_result.setObjectName("sectionCaption")
        self.calc_result.setAccessibleName(self.tr("计算结果"))
        self.calc_result.setWordWrap(True)
        self.calc_note = QLabel()
        self.calc_note.setObjectName("calcNote")
        self.calc_note.setWordWrap(True)
        self.calc_note.setAccessibleName(self.tr("计算说明"))
        explain = QLabel(
            self.tr("从起算日的次日开始计算，扣除法定节假日，调休上班日计入（行政许可法第八十二条）。")
        )
        explain.setObjectName("hintLabel")
        explain.setWordWrap(True)
        grid = QGridLayout(self.calc_box)
        start_label = QLabel(self.tr("起算日(&S)"))
        start_label.setBuddy(self.calc_start)
        days_label = QLabel(self.tr("期限(&N)"))
        days_label.setBuddy(self.calc_days)
        grid.addWidget(start_label, 0, 0)
        grid.addWidget(self.calc_start, 0, 1)
        grid.addWidget(days_label, 1, 0)
        grid.addWidget(self.calc_days, 1, 1)
        grid.addWidget(self.calc_button, 2, 1)
        grid.addWidget(self.calc_result, 3, 0, 1, 2)
        grid.addWidget(self.calc_note, 4, 0, 1, 2)
        grid.addWidget(explain, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        grid.setColumnStretch(1, 1)

    def _lay_out(self, caption: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addSpacing(12)
        top.addWidget(self.year_combo)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (self.load_button, self.enter_button, self.day_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        days = QVBoxLayout()
        days.addWidget(self.view, 1)
        days.addWidget(self.count_label)
        body = QHBoxLayout()
        body.addLayout(days, 3)
        body.addWidget(self.calc_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addLayout(body, 1)
        order = [
            self.year_combo,
            self.refresh_button,
            self.load_button,
            self.enter_button,
            self.day_button,
            self.edit_button,
            self.view,
            self.calc_start,
            self.calc_days,
            self.calc_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the year ------------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        year: int = self.year_combo.currentData()
        return year

    def select_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            raise ValueError(f"{year} is not offered")
        if index == self.year_combo.currentIndex():
            self.refresh()
        else:
            self.year_combo.setCurrentIndex(index)  # refreshes

    def refresh(self) -> None:
        self._loads.run(
            load_year,
            self.session.runtime,
            self.year,
            on_done=self._loaded,
            on_error=self._load_failed,
            context=self,
        )

    def _loaded(self, view: YearView) -> None:
        if view.info.year != self.year:
            return  # the manager picked another year meanwhile; its load is on the way
        self.info = view.info
        selected = self.selected_entry()
        self.model.set_rows(view.days)
        if selected is not None:
            for row, entry in enumerate(view.days):
                if entry.day == selected.day:
                    self.view.selectRow(row)
        self._follow_selection()
        self._show_coverage(view.info)
        holidays = sum(d.kind == "holiday" for d in view.days)
        self.count_label.setText(
            self.tr("{0} 年共 {1} 个特殊日期：放假 {2} 天，调休上班 {3} 天").format(
                view.info.year, len(view.days), holidays, len(view.days) - holidays
            )
        )
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.show_message(error_text(exc), error=True)
        self.loaded.emit()

    def _show_coverage(self, info: YearInfo) -> None:
        if info.covered:
            when = info.loaded_at.astimezone(HALL_TZ).strftime("%Y-%m-%d") if info.loaded_at else ""
            self.status_label.setText(self.tr("已录入（{0}，{1}）").format(source_label(info.source), when))
            _restyle(self.status_label, "calendarStatus")
            self.warning.hide()
            return
        self.status_label.setText(self.tr("未录入"))
        _restyle(self.status_label, "errorLabel")
        warning = calendar.coverage_gap([info.year]) or ""
        if info.in_package:
            advice = self.tr("已安装的 chinesecalendar 含 {0} 年安排，点“载入国务院安排”即可。")
        else:
            advice = self.tr(
                "已安装的 chinesecalendar 尚无 {0} 年安排：请待国务院办公厅发布放假通知后升级该软件包再载入，"
                "或点“录入/导入全年安排”按通知手工录入。"
            )
        self.warning_label.setText(f"{warning}\n{advice.format(info.year)}")
        self.warning.show()

    def selected_entry(self) -> DayEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _follow_selection(self) -> None:
        self.edit_button.setEnabled(not self._busy and self.selected_entry() is not None)

    def show_message(self, text: str, *, error: bool = False) -> None:
        _restyle(self.message_label, "errorLabel" if error else "hintLabel")
        self.message_label.setText(text)
        self.message_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.load_button, self.enter_button, self.day_button):
            button.setEnabled(not busy)
        self._follow_selection()

    # -- changing it ---------------------------------------------------------------------------------
    def load_official(self) -> None:
        year = self.year
        self._set_busy(True)
        self.message_label.hide()
        run_in_pool(
            load_official_year,
            self.session.runtime,
            year,
            self.session.staff_id,
            on_done=lambda _years: self._changed(self.tr("已载入 {0} 年国务院节假日安排。").format(year)),
            on_error=self._failed,
            context=self,
        )

    def _changed(self, message: str) -> None:
        self._set_busy(False)
        self.show_message(message)
        self.refresh()
        if self.calc_result.text():
            self.calculate()  # the answer shown may have moved with the change

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_message(error_text(exc), error=True)

    def open_year_entry(self) -> YearEntryDialog | None:
        """Open the whole-year form for the year shown (None: another form is still saving)."""
        if not self._close_form():
            return None
        year = self.year
        dialog = YearEntryDialog(self.session, year, self, existing=self.model.rows())
        dialog.saved.connect(
            lambda count: self._changed(self.tr("已保存 {0} 年节假日安排，共 {1} 天。").format(year, count))
        )
        self._open(dialog)
        return dialog

    def open_day(self, entry: DayEntry | None) -> DayDialog | None:
        """Open the one-day form, on ``entry`` or a new day (None: another form is still saving)."""
        if not self._close_form():
            return None
        year = self.year
        start = self.today if self.today.year == year else date(year, 1, 1)
        dialog = DayDialog(self.session, start, entry, self)
        dialog.saved.connect(
            lambda day: self._changed(self.tr("已保存 {0} 的设置。").format(day.isoformat()))
        )
        self._open(dialog)
        return dialog

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.open_day(entry)

    def _close_form(self) -> bool:
        """One form at a time: the one open is closed, unless its save is under way (then it comes up)."""
        if self.dialog is None:
            return True
        if self.dialog.isVisible():
            self.dialog.reject()
            if self.dialog.isVisible():  # busy: its answer must still reach this page
                self.dialog.raise_()
                self.dialog.activateWindow()
                return False
        self.dialog.deleteLater()
        self.dialog = None
        return True

    def _open(self, dialog: _Form) -> None:
        self.dialog = dialog
        self.message_label.hide()
        dialog.open()

    # -- the calculator ------------------------------------------------------------------------------
    def calculate(self) -> None:
        start = _pydate(self.calc_start.date())
        days = self.calc_days.value()
        self._calcs.run(
            compute_deadline,
            self.session.runtime,
            start,
            days,
            on_done=lambda result: self._calculated(start, days, result),
            on_error=self._calc_failed,
            context=self,
        )

    def _calculated(self, start: date, days: int, result: Deadline) -> None:
        self.calc_result.setText(
            self.tr("{0} 起 {1} 个工作日：{2}（{3}）").format(
                start.isoformat(), days, result.day.isoformat(), weekday_label(result.day)
            )
        )
        _restyle(self.calc_note, "errorLabel" if result.estimated else "hintLabel")
        self.calc_note.setText(result.note or self.tr("已按工作日历扣除法定节假日。"))

    def _calc_failed(self, exc: BaseException) -> None:
        self.calc_result.setText("")
        _restyle(self.calc_note, "errorLabel")
        self.calc_note.setText(error_text(exc))
