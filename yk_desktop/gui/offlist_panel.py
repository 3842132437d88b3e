"""清单外材料: every material a clerk asked for that is not on the published list, with the reason given.

办法 Art. 19 (证明事项清单): only listed materials may be asked for; anything else needs a reason, which the
notice prints and the hall manager reviews here. The list covers a chosen date onward (by default this
month), counts the lines per clerk, and exports to CSV for the monthly report (UTF-8 with BOM, so Excel
on a Chinese Windows opens it without garbling). Loads run on the worker pool (DESIGN.md §5).
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import notices
from yk_desktop.services.notices import OffListEntry
from yk_desktop.services.runtime import Runtime

# lupdate knows this alias; every string below is found by ``translate("offlist_panel", "…")``.
translate = QCoreApplication.translate
# A cell Excel would run as a formula (CSV injection); such text is written with a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _time(entry: OffListEntry) -> str:
    return entry.issued_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


def _items(entry: OffListEntry) -> str:
    return "、".join(name for name in entry.item_names if name)


def _staff(entry: OffListEntry) -> str:
    return entry.staff_name or translate("offlist_panel", "（未记录）")


class OffListModel(RowTableModel):
    TIME, NOTICE, ITEMS, MATERIAL, REASON, STAFF = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("offlist_panel", "时间"), _time),
                Column(translate("offlist_panel", "告知书编号"), lambda e: e.notice_no),
                Column(translate("offlist_panel", "事项"), _items, tooltip=_items),
                Column(
                    translate("offlist_panel", "材料"), lambda e: e.material, tooltip=lambda e: e.material
                ),
                Column(translate("offlist_panel", "理由"), lambda e: e.reason, tooltip=lambda e: e.reason),
                Column(translate("offlist_panel", "经办人"), _staff, centered=True),
            ],
            parent,
        )

    def entry(self, row: int) -> OffListEntry:
        entry: OffListEntry = self.row_at(row)
        return entry


def per_staff(entries: Sequence[OffListEntry]) -> list[tuple[str, int]]:
    """How many off-list lines each clerk wrote, most first (then by name, so the order is stable)."""
    counts = Counter(_staff(e) for e in entries)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(entries: Sequence[OffListEntry]) -> str:
    """The list as CSV text, the columns as on screen."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # what Excel writes and expects
    writer.writerow(
        [
            translate("offlist_panel", "时间"),
            translate("offlist_panel", "告知书编号"),
            translate("offlist_panel", "事项"),
            translate("offlist_panel", "材料"),
            translate("offlist_panel", "理由"),
            translate("offlist_panel", "经办人"),
        ]
    )
    for e in entries:
        writer.writerow(
            [_time(e), e.notice_no, _cell(_items(e)), _cell(e.material), _cell(e.reason), _cell(_staff(e))]
        )
    return out.getvalue()


def write_csv(path: str | Path, entries: Sequence[OffListEntry]) -> Path:
    """Worker thread: write ``entries`` to ``path`` in UTF-8 with a BOM (Excel then reads it as UTF-8)."""
    path = Path(path)
    path.write_text(csv_text(entries), encoding="utf-8-sig", newline="")
    return path


def load_report(runtime: Runtime, since: date | None) -> list[OffListEntry]:
    return notices.off_list_report(runtime.uow(), since)


class OffListPanel(QWidget):
    """The manager console's 清单外材料 tab; ``loaded`` after every load (or failed load)."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OffListPanel")
        self.session = session
        self.file_dialog: QFileDialog | None = None
        self._loads = LatestOnly()
        self._has_loaded = False
        today = session.runtime.clock.now().astimezone(HALL_TZ).date()

        caption = QLabel(self.tr("清单外材料"))
        caption.setObjectName("sectionTitle")
        since_label = QLabel(self.tr("起始日期(&S)"))
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("offListSince")
        self.since_edit.setAccessibleName(self.tr("起始日期"))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate(today.year, today.month, 1))
        since_label.setBuddy(self.since_edit)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setAccessibleName(self.tr("刷新清单外材料列表"))
        self.refresh_button.setToolTip(self.tr("刷新（F5）"))
        self.export_button = QPushButton(self.tr("导出CSV(&X)…"))
        self.export_button.setAccessibleName(self.tr("导出清单外材料为CSV文件"))
        hint = QLabel(
            self.tr(
                "按《办法》第十九条，窗口只能要求提供清单内的材料；确需清单外材料的，必须写明理由"
                "（印在一次性告知书上）。以下是所选日期以来的全部记录，请定期核查。"
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)

        self.model = OffListModel(self)
        self.view = QTableView()
        self.view.setObjectName("offListTable")
        self.view.setAccessibleName(self.tr("清单外材料列表"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OffListModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("offListCount")
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("按经办人统计"))
        self.message_label = QLabel()
        self.message_label.setObjectName("hintLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.since_edit.dateChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(caption)
        top.addSpacing(12)
        top.addWidget(since_label)
        top.addWidget(self.since_edit)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)
        for first, second in itertools.pairwise(
            [self.since_edit, self.refresh_button, self.export_button, self.view]
        ):
            QWidget.setTabOrder(first, second)
        self.refresh()

    @property
    def since(self) -> date:
        d = self.since_edit.date()
        return date(d.year(), d.month(), d.day())

    def set_since(self, day: date) -> None:
        """Choose the first day shown (the list reloads)."""
        self.since_edit.setDate(QDate(day.year, day.month, day.day))

    def entries(self) -> list[OffListEntry]:
        return self.model.rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The tab shown again: notices issued at the windows meanwhile should be there.
        if self._has_loaded and not event.spontaneous():
            self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loads.run(
            load_report,
            self.session.runtime,
            self.since,
            on_done=self._loaded,
            on_error=self._load_failed,
            context=self,
        )

    def _loaded(self, entries: list[OffListEntry]) -> None:
        self._has_loaded = True
        self.model.set_rows(entries)
        since = self.since.isoformat()
        if not entries:
            self.count_label.setText(self.tr("{0} 以来没有清单外材料记录。").format(since))
        else:
            by_staff = self.tr("、").join(
                self.tr("{0} {1} 项").format(name, count) for name, count in per_staff(entries)
            )
            self.count_label.setText(
                self.tr("{0} 以来共 {1} 项。按经办人：{2}").format(since, len(entries), by_staff)
            )
        self.export_button.setEnabled(bool(entries))
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._show_message(error_text(exc), error=True)
        self.loaded.emit()

    # -- export --------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        """Ask where (a non-blocking file dialog), then write the list shown."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("清单外材料_{0}起.csv").format(self.since.strftime("%Y%m%d"))
        dialog = QFileDialog(self, self.tr("导出CSV"), str(Path(folder) / name), self.tr("CSV 文件 (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_csv)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def export_csv(self, path: str | Path) -> None:
        """Write the rows shown to ``path`` on the worker pool; the result shows under the list."""
        self.file_dialog = None
        self.export_button.setEnabled(False)
        entries = self.entries()
        run_in_pool(
            write_csv,
            path,
            entries,
            on_done=lambda written: self._exported(written, len(entries)),
            on_error=lambda exc: self._export_failed(path, exc),
            context=self,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self._show_message(self.tr("已导出 {0} 项到“{1}”。").format(count, path))

    def _export_failed(self, path: str | Path, exc: BaseException) -> None:
        self.export_button.setEnabled(self.model.rowCount() > 0)
        if isinstance(exc, OSError):
            text = self.tr("无法保存到“{0}”（{1}），请换一个文件夹后重试。").format(path, exc.strerror or exc)
        else:
            text = error_text(exc)
        self._show_message(text, error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setObjectName("errorLabel" if error else "hintLabel")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()
