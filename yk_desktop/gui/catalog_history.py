"""修改历史 of one item: every revision newest first, what each changed ("字段：旧 → 新"), and any version in
full, read-only (``item_version``), to see what an earlier notice was printed from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.catalog_common import time_text
from yk_desktop.gui.controls import button
from yk_desktop.gui.material_table import original_name
from yk_desktop.gui.models import Column, RowTableModel, days, form_label
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog_edit
from yk_desktop.services.catalog_edit import Revision
from yk_desktop.services.runtime import Runtime

# lupdate knows this alias; every string below is found by ``translate("catalog_history", "…")``.
translate = QCoreApplication.translate
# A changed 受理条件 can be pages long; the list shows its start, the full text is in the version itself.
SHOWN_CHARS = 40


def field_label(key: str) -> str:
    labels = {
        "code": translate("catalog_history", "编码"),
        "name": translate("catalog_history", "名称"),
        "department": translate("catalog_history", "实施部门"),
        "category": translate("catalog_history", "业务类别"),
        "basis": translate("catalog_history", "设定依据"),
        "conditions": translate("catalog_history", "受理条件"),
        "procedure": translate("catalog_history", "办理流程"),
        "legal_days": translate("catalog_history", "法定时限"),
        "promised_days": translate("catalog_history", "承诺时限"),
        "fees": translate("catalog_history", "收费标准"),
        "online": translate("catalog_history", "可网上办理"),
        "location": translate("catalog_history", "办理地点"),
        "phone": translate("catalog_history", "咨询电话"),
        "tolerance_allowed": translate("catalog_history", "允许容缺受理"),
        "active": translate("catalog_history", "状态"),
        "materials": translate("catalog_history", "申请材料"),
        "description": translate("catalog_history", "说明"),
        "items": translate("catalog_history", "包含事项"),
        "reason": translate("catalog_history", "原因"),
        # a material's own keys
        "form": translate("catalog_history", "形式"),
        "original": translate("catalog_history", "原件/复印件"),
        "copies": translate("catalog_history", "份数"),
        "required": translate("catalog_history", "必交"),
        "condition": translate("catalog_history", "适用情形"),
        "reusable": translate("catalog_history", "可复用"),
        "certificate": translate("catalog_history", "证照名称"),
        "issuer": translate("catalog_history", "出具单位"),
        "note": translate("catalog_history", "备注"),
        "tolerable": translate("catalog_history", "可容缺"),
    }
    return labels.get(key, key)


def action_name(action: str) -> str:
    names = {
        "create": translate("catalog_history", "新建"),
        "edit": translate("catalog_history", "修改"),
        "retire": translate("catalog_history", "停用"),
        "restore": translate("catalog_history", "恢复"),
        "import": translate("catalog_history", "导入"),
        "initial": translate("catalog_history", "初始内容"),
    }
    return names.get(action, action)


def value_text(key: str, value: Any, *, full: bool = False) -> str:
    """One stored value as a manager reads it; long text cut unless ``full``."""
    if key == "active":
        return translate("catalog_history", "在用") if value else translate("catalog_history", "已停用")
    if key in ("legal_days", "promised_days") and isinstance(value, int):
        return days(value)
    if key == "original" and isinstance(value, str):
        return original_name(value)
    if key == "form" and isinstance(value, str):
        return form_label(value)
    if isinstance(value, bool):
        return translate("catalog_history", "是") if value else translate("catalog_history", "否")
    if isinstance(value, list):
        value = "；".join(str(v) for v in value)
    text = "" if value is None else str(value)
    if not text:
        return translate("catalog_history", "（空）")
    text = " ".join(text.split()) if not full else text
    return text if full or len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _material_lines(before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]]) -> list[str]:
    label = field_label("materials")
    old = {m["name"]: m for m in before or ()}
    new = {m["name"]: m for m in after or ()}
    lines = [translate("catalog_history", "{0}：删除“{1}”").format(label, n) for n in old if n not in new]
    lines += [translate("catalog_history", "{0}：新增“{1}”").format(label, n) for n in new if n not in old]
    for name in (n for n in new if n in old):
        for key, value in new[name].items():
            if old[name].get(key) != value:
                lines.append(
                    translate("catalog_history", "材料“{0}”的{1}：{2} → {3}").format(
                        name, field_label(key), value_text(key, old[name].get(key)), value_text(key, value)
                    )
                )
    if [n for n in old if n in new] != [n for n in new if n in old]:
        lines.append(translate("catalog_history", "{0}：顺序调整").format(label))
    return lines


def change_lines(changes: dict[str, Any]) -> list[str]:
    """What one revision changed, one "字段：旧 → 新" line per field (materials one line per difference)."""
    lines = []
    for key, pair in changes.items():
        before, after = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
        if key == "reason":
            lines.append(translate("catalog_history", "原因：{0}").format(after))
        elif key == "materials":
            lines += _material_lines(before or [], after or [])
        else:
            lines.append(
                translate("catalog_history", "{0}：{1} → {2}").format(
                    field_label(key), value_text(key, before), value_text(key, after)
                )
            )
    return lines


@dataclass(frozen=True)
class HistoryRow:
    version: int
    action: str
    at: datetime | None  # None: the first version, loaded before revisions were kept
    staff: str
    lines: tuple[str, ...]


def load_history(runtime: Runtime, code: str) -> list[HistoryRow]:
    """Worker thread: the item's revisions newest first, ending with its first version when that one was
    seeded or imported without a revision of its own (it can still be shown: ``item_version``)."""
    revisions: list[Revision] = catalog_edit.item_history(runtime.uow(), code)
    rows = [
        HistoryRow(
            r.version,
            r.action,
            r.at,
            r.staff_name or translate("catalog_history", "系统"),
            tuple(change_lines(r.changes))
            or (translate("catalog_history", "新建事项") if r.action == "create" else "",),
        )
        for r in revisions
    ]
    first = min((r.version for r in revisions), default=None)
    if first is None:
        first = catalog_edit.item_for_edit(runtime.uow(), code).version + 1
    if first > 1:
        rows.append(
            HistoryRow(
                first - 1,
                "initial",
                None,
                "",
                (translate("catalog_history", "导入或初始化时的内容（此前没有修改记录）"),),
            )
        )
    return rows


class HistoryDialog(QDialog):
    def __init__(self, session: Session, code: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.session = session
        self.code = code
        self.snapshot: SnapshotDialog | None = None
        self.setWindowTitle(self.tr("修改历史：{0}（{1}）").format(name or code, code))
        self.resize(980, 600)
        self.model = RowTableModel(
            [
                Column(self.tr("版本"), lambda r: r.version, centered=True),
                Column(self.tr("时间"), lambda r: time_text(r.at) if r.at else "—", centered=True),
                Column(self.tr("操作"), lambda r: action_name(r.action), centered=True),
                Column(self.tr("操作人"), lambda r: r.staff, centered=True),
                Column(
                    self.tr("修改内容"), lambda r: "\n".join(r.lines), tooltip=lambda r: "\n".join(r.lines)
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("修改历史"))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.show_version())
        self.message = QLabel(self.tr("正在读取修改历史…"))
        self.message.setObjectName("hintLabel")
        self.message.setWordWrap(True)
        self.view_button = button(
            self.tr("查看此版本全文 (Enter)"),
            self.tr("查看所选版本的全部内容"),
            self.show_version,
            primary=True,
        )
        self.close_button = button(self.tr("关闭"), self.tr("关闭修改历史"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view_button.setEnabled(False)
        run_in_pool(
            load_history,
            session.runtime,
            code,
            on_done=self._show,
            on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self,
        )

    def _show(self, rows: list[HistoryRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.message.setText(self.tr("共 {0} 个版本，最新在上。").format(len(rows)))
        self.view_button.setEnabled(bool(rows))
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def show_version(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        version = self.model.row_at(index.row()).version
        self.message.setText(self.tr("正在读取第 {0} 版…").format(version))
        run_in_pool(
            catalog_edit.item_version,
            self.session.runtime.uow(),
            self.code,
            version,
            on_done=lambda snapshot: self._open_snapshot(version, snapshot),
            on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self,
        )

    def _open_snapshot(self, version: int, snapshot: dict[str, Any]) -> None:
        self.message.setText("")
        self.snapshot = SnapshotDialog(version, snapshot, self)
        self.snapshot.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.snapshot.open()


class SnapshotDialog(QDialog):
    """One version of an item in full, read-only."""

    def __init__(self, version: int, snapshot: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SnapshotDialog")
        self.setWindowTitle(
            self.tr("{0}（{1}）第 {2} 版").format(snapshot.get("name", ""), snapshot.get("code", ""), version)
        )
        self.resize(820, 640)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("该版本的全部内容"))
        self.text.setOpenLinks(False)
        self.text.setHtml(snapshot_html(snapshot))
        close = button(self.tr("关闭"), self.tr("关闭此版本"), self.reject, primary=True)
        close.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        close.setFocus()


_ITEM_KEYS = (
    "code",
    "name",
    "department",
    "category",
    "basis",
    "conditions",
    "procedure",
    "legal_days",
    "promised_days",
    "fees",
    "location",
    "phone",
    "online",
    "tolerance_allowed",
    "active",
)
_MATERIAL_KEYS = (
    "name",
    "original",
    "copies",
    "form",
    "required",
    "condition",
    "issuer",
    "certificate",
    "reusable",
    "tolerable",
    "note",
)


def _material_cell(key: str, value: Any) -> str:
    # A blank cell reads better than a column of 「（空）」 in a table of a dozen materials.
    return "" if value in (None, "") else value_text(key, value, full=True)


def snapshot_html(snapshot: dict[str, Any]) -> str:
    """A version as a page: its fields, then its materials; every stored text escaped (it is data)."""
    cell = 'style="padding:3px 8px; border-bottom:1px solid #dde3ea;" valign="top"'
    label = 'style="padding:3px 8px; border-bottom:1px solid #dde3ea; color:#4a5a6d;" valign="top" nowrap'
    rows = "".join(
        f"<tr><td {label}>{escape(field_label(k))}</td>"
        f"<td {cell}>{escape(value_text(k, snapshot.get(k), full=True)).replace(chr(10), '<br>')}</td></tr>"
        for k in _ITEM_KEYS
        if k in snapshot
    )
    head = "".join(f"<th {cell} align='left'>{escape(field_label(k))}</th>" for k in _MATERIAL_KEYS)
    body = "".join(
        "<tr>"
        + "".join(f"<td {cell}>{escape(_material_cell(k, m.get(k)))}</td>" for k in _MATERIAL_KEYS)
        + "</tr>"
        for m in snapshot.get("materials", [])
    )
    caption = escape(
        translate("catalog_history", "申请材料（{0} 项）").format(len(snapshot.get("materials", [])))
    )
    return (
        f'<table cellspacing="0" width="100%">{rows}</table>'
        f"<h3>{caption}</h3>"
        f'<table cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'
    )
