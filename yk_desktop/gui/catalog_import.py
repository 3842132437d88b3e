"""导入事项清单 from a .json or .xlsx file (docs/catalog-format.md) and 导出 to one.

An import is tried first (``dry_run``): the dialog shows what it would do — how many items and bundles it
would create, update or leave alone, every error with where it is (row, code, field) and every warning — and
saves nothing. Only a file without errors can then be imported for real, from the very bytes that were
checked. Export writes the whole catalog, retired entries included.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.controls import button
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog_io
from yk_desktop.services.catalog_io import ImportReport
from yk_desktop.services.errors import InvalidInput
from yk_desktop.services.runtime import Runtime

# lupdate knows this alias; every string below is found by ``translate("catalog_import", "…")``.
translate = QCoreApplication.translate
SUFFIXES = (".json", ".xlsx")
# A catalog of even a big hall is a few MB; a file far larger was picked by mistake (a video, a backup).
MAX_FILE_BYTES = 50 * 1024 * 1024


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput(
            translate("catalog_import", "只能导入或导出 .json 或 .xlsx 文件，“{0}”不是。").format(path.name)
        )
    return suffix[1:]


def read_catalog_file(path: Path) -> bytes:
    _format(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                translate("catalog_import", "文件“{0}”有 {1} MB，不像是事项清单，请核对所选文件。").format(
                    path.name, size // (1024 * 1024)
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("catalog_import", "无法读取文件“{0}”（{1}）。").format(path, exc.strerror or exc)
        ) from exc


@dataclass(frozen=True)
class Tried:
    data: bytes
    report: ImportReport


def try_import(runtime: Runtime, path: Path, staff_id: uuid.UUID | None) -> Tried:
    """Worker thread: read the file and import it as a dry run (nothing is saved)."""
    data = read_catalog_file(path)
    return Tried(data, import_bytes(runtime, path, data, staff_id, dry_run=True))


def import_bytes(
    runtime: Runtime, path: Path, data: bytes, staff_id: uuid.UUID | None, *, dry_run: bool
) -> ImportReport:
    run = catalog_io.import_xlsx if _format(path) == "xlsx" else catalog_io.import_json
    return run(runtime.uow(), data, staff_id, dry_run=dry_run)


def export_file(runtime: Runtime, path: Path) -> int:
    """Worker thread: write the whole catalog to ``path`` in the format its suffix names; the byte count."""
    data = (
        catalog_io.export_xlsx(runtime.uow())
        if _format(path) == "xlsx"
        else catalog_io.export_json(runtime.uow())
    )
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(
            translate("catalog_import", "无法写入“{0}”（{1}），请换一个文件夹后重试。").format(
                path, exc.strerror or exc
            )
        ) from exc
    return len(data)


def _problems_view(name: str, model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _problem_columns() -> list[Column]:
    return [
        Column(translate("catalog_import", "位置"), lambda p: p.where),
        Column(translate("catalog_import", "编码"), lambda p: p.code),
        Column(translate("catalog_import", "项目"), lambda p: p.field),
        Column(translate("catalog_import", "说明"), lambda p: p.message, tooltip=lambda p: p.message),
    ]


class ImportDialog(QDialog):
    """试导入 the file at once; 确认导入 (only when it had no errors) imports the same bytes for real."""

    imported = Signal(object)  # the real import's ImportReport
    checked = Signal()  # the dry run's report (or its failure) is shown

    def __init__(self, session: Session, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.session = session
        self.path = Path(path)
        self.data: bytes | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self.import_done = False
        self.setWindowTitle(self.tr("导入事项清单：{0}").format(self.path.name))
        self.resize(1000, 640)

        self.summary = QLabel(self.tr("正在检查文件（试导入，不保存）…"))
        self.summary.setObjectName("sectionCaption")
        self.summary.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("新增"), self.tr("更新"), self.tr("未变")), start=1):
            grid.addWidget(QLabel(heading), 0, column)
        for row, (key, label) in enumerate(
            (("items", self.tr("事项")), ("bundles", self.tr("一件事"))), start=1
        ):
            grid.addWidget(QLabel(label), row, 0)
            for column, what in enumerate(("created", "updated", "unchanged"), start=1):
                value = QLabel("—")
                value.setObjectName("statsLabel")
                self.counts[f"{key}.{what}"] = value
                grid.addWidget(value, row, column)
        grid.setHorizontalSpacing(28)
        grid.setColumnStretch(4, 1)
        self.also_label = QLabel()
        self.also_label.setObjectName("hintLabel")
        self.also_label.setWordWrap(True)
        self.also_label.hide()

        self.errors_caption = QLabel(self.tr("错误"))
        self.errors_caption.setObjectName("sectionCaption")
        self.errors_model = RowTableModel(_problem_columns(), self)
        self.errors_view = _problems_view(self.tr("导入错误列表"), self.errors_model)
        self.warnings_caption = QLabel(self.tr("提醒"))
        self.warnings_caption.setObjectName("sectionCaption")
        self.warnings_model = RowTableModel(_problem_columns(), self)
        self.warnings_view = _problems_view(self.tr("导入提醒列表"), self.warnings_model)

        self.confirm_button = button(
            self.tr("确认导入"), self.tr("确认导入并保存"), self.confirm, primary=True
        )
        self.confirm_button.setEnabled(False)
        self.cancel_button = button(self.tr("取消"), self.tr("取消导入"), self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.also_label)
        layout.addWidget(self.errors_caption)
        layout.addWidget(self.errors_view, 2)
        layout.addWidget(self.warnings_caption)
        layout.addWidget(self.warnings_view, 1)
        layout.addLayout(buttons)

        self.busy = True
        run_in_pool(
            try_import,
            session.runtime,
            self.path,
            session.staff_id,
            on_done=self._tried,
            on_error=self._try_failed,
            context=self,
        )

    def _tried(self, tried: Tried) -> None:
        self.busy = False
        self.data = tried.data
        self.show_report(tried.report)
        self.confirm_button.setEnabled(tried.report.ok)
        if tried.report.ok:
            self.confirm_button.setFocus()
        else:
            self.cancel_button.setText(self.tr("关闭"))
            self.errors_view.setFocus()
        self.checked.emit()

    def _try_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.summary.setText(error_text(exc))
        self.summary.setObjectName("errorLabel")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.cancel_button.setText(self.tr("关闭"))
        self.checked.emit()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(report.summary())
        values = {
            "items.created": report.created,
            "items.updated": report.updated,
            "items.unchanged": report.unchanged,
            "bundles.created": report.bundles_created,
            "bundles.updated": report.bundles_updated,
            "bundles.unchanged": report.bundles_unchanged,
        }
        for key, value in values.items():
            self.counts[key].setText("—" if report.errors else str(value))
        if report.also_updated:
            self.also_label.setText(
                self.tr("因共用材料的说明改变而一同更新的其他事项：{0}").format(
                    "、".join(report.also_updated)
                )
            )
        self.also_label.setVisible(bool(report.also_updated))
        self.errors_model.set_rows(report.errors)
        self.warnings_model.set_rows(report.warnings)
        self.errors_caption.setText(
            self.tr("错误（{0} 处，须全部改正后才能导入）").format(len(report.errors))
        )
        self.warnings_caption.setText(self.tr("提醒（{0} 条，不影响导入）").format(len(report.warnings)))
        for view in (self.errors_view, self.warnings_view):
            view.resizeRowsToContents()

    def confirm(self) -> None:
        if self.busy or self.data is None or self.report is None or not self.report.ok or self.import_done:
            return
        self.busy = True
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.summary.setText(self.tr("正在导入…"))
        run_in_pool(
            partial(import_bytes, dry_run=False),
            self.session.runtime,
            self.path,
            self.data,
            self.session.staff_id,
            on_done=self._imported,
            on_error=self._import_failed,
            context=self,
        )

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self.import_done = report.ok
        self.show_report(report)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setFocus()
        if report.ok:
            self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.summary.setText(error_text(exc))
        self.cancel_button.setEnabled(True)
        self.confirm_button.setEnabled(True)

    def reject(self) -> None:
        if not self.busy:  # an import on its way must find the dialog to report to
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
