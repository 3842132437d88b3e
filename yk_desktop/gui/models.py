"""Qt table models over the plain dataclasses services return; views never hold data (qutebrowser's habit).

``RowTableModel`` shows a list of rows through column definitions; the named models below fix the
columns of the lists that appear in more than one window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from yk_desktop.services.catalog import ItemSummary, MaterialLine

# The row object itself, for code that needs more than the shown text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Text a filter line edit matches against (name, code, department, pinyin initials), lower case.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
# The raw value (numbers stay numbers), so "5 个工作日" sorts before "30 个工作日".
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
# lupdate knows this alias; every string below is found by ``translate("models", "…")``.
translate = QCoreApplication.translate
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]
    centered: bool = False
    tooltip: Callable[[Any], str] | None = None
    # How a value is shown when it is not shown as is (a number of days as "5 个工作日").
    text: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table of rows; ``set_rows`` replaces them all (lists here are reloaded, not edited)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[Any], search_keys: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [k.lower() for k in search_keys] if search_keys is not None else []
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if column.text is not None:
                return column.text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER if column.centered else _ALIGN_LEFT
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = column.value(row)
            return value if isinstance(value, int | float) else ("" if value is None else str(value))
        if role == SEARCH_ROLE:
            if self._search:
                return self._search[index.row()]
            return " ".join(str(c.value(row)) for c in self._columns).lower()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def days(n: int) -> str:
    """A time limit in working days; 0 is an immediate item (即办件), done while the applicant waits."""
    if n == 0:
        return translate("models", "即办")
    return translate("models", "%n 个工作日", None, n)


class ItemTableModel(RowTableModel):
    """Service items (事项) as a search result or the whole catalog."""

    CODE, NAME, CATEGORY, DEPARTMENT, LEGAL, PROMISED, ONLINE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("models", "事项编码"), lambda i: i.code),
                Column(translate("models", "事项名称"), lambda i: i.name, tooltip=lambda i: i.name),
                Column(translate("models", "类别"), lambda i: i.category_prefix or "", centered=True),
                Column(translate("models", "实施部门"), lambda i: i.department),
                Column(translate("models", "法定时限"), lambda i: i.legal_days, centered=True, text=days),
                Column(translate("models", "承诺时限"), lambda i: i.promised_days, centered=True, text=days),
                Column(
                    translate("models", "网上可办"),
                    lambda i: translate("models", "是") if i.online else translate("models", "否"),
                    centered=True,
                ),
            ],
            parent,
        )

    def set_items(self, items: Sequence[ItemSummary], search_keys: Sequence[str] | None = None) -> None:
        self.set_rows(items, search_keys)

    def item(self, row: int) -> ItemSummary:
        item: ItemSummary = self.row_at(row)
        return item


def original_label(original: str) -> str:
    return {"original": translate("models", "原件"), "copy": translate("models", "复印件")}.get(
        original, original
    )


def form_label(form: str) -> str:
    return {
        "paper": translate("models", "纸质"),
        "electronic": translate("models", "电子"),
        "either": translate("models", "纸质或电子"),
    }.get(form, form)


def need_label(m: MaterialLine) -> str:
    if m.condition:
        return translate("models", "情形：{0}").format(m.condition)
    return translate("models", "必需") if m.required else translate("models", "非必需")


def reuse_label(m: MaterialLine) -> str:
    # Art. 13: material already on file is reused, never asked for again; the clerk must see that at once.
    return translate("models", "✔ 可复用") if m.reusable else ""


class MaterialTableModel(RowTableModel):
    """The materials an item asks for, with the marks the one-time notification prints."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("models", "材料名称"), lambda m: m.name, tooltip=lambda m: m.note or m.name),
                Column(translate("models", "必需/情形"), need_label, tooltip=need_label),
                Column(
                    translate("models", "原件/复印件"), lambda m: original_label(m.original), centered=True
                ),
                Column(translate("models", "份数"), lambda m: m.copies, centered=True),
                Column(translate("models", "形式"), lambda m: form_label(m.form), centered=True),
                Column(
                    translate("models", "可复用"),
                    reuse_label,
                    centered=True,
                    tooltip=lambda m: m.certificate or "",
                ),
                Column(translate("models", "来源/说明"), lambda m: m.issuer, tooltip=lambda m: m.note),
            ],
            parent,
        )
