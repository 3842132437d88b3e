"""The materials of one item as its edit form holds them (``MaterialListModel``), and what the hall already
knows about a material of that name (``shared_material``); the form itself is ``material_editor``.

A material is one shared row per hall (see ``services.catalog_edit``): its 出具单位, 证照名称, 备注 and
可复用 are the same for every item that asks for it; ``shared_material`` says who else uses one
(``material_users``), so the form can warn when a change there would change their notices too.
"""

from __future__ import annotations

import re
import unicodedata
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

from yk_desktop.gui.models import form_label
from yk_desktop.services import catalog, catalog_edit
from yk_desktop.services.catalog_rules import MaterialInput
from yk_desktop.services.runtime import Runtime

_Index = QModelIndex | QPersistentModelIndex
# lupdate knows this alias; the strings below are found by ``translate("material_table", "…")``.
translate = QCoreApplication.translate
# Problem.as_error() starts a material's message with its place: 「第 3 项材料“营业执照”：…」.
_MATERIAL_AT = re.compile(r"^第 (\d+) 项材料")


def material_index(message: str) -> int | None:
    """The 0-based material a service message is about, or None."""
    found = _MATERIAL_AT.match(message)
    return int(found.group(1)) - 1 if found else None


def material_key(name: str) -> str:
    # The service stores names cleaned (NFC, ends stripped); a lookup must match what it will store.
    return unicodedata.normalize("NFC", name).strip()


@dataclass(frozen=True)
class SharedMaterial:
    """A material as the hall already has it: who else asks for it, and its shared facts."""

    name: str
    others: tuple[str, ...]  # codes of the other items that ask for it
    known: bool  # the hall has this material (the facts below are its own)
    reusable: bool = False
    certificate: str | None = None
    issuer: str = ""
    note: str = ""


def shared_material(runtime: Runtime, name: str, own_code: str | None) -> SharedMaterial:
    """Worker thread: who else uses ``name``, and its shared facts as stored (from one of its items)."""
    users = catalog_edit.material_users(runtime.uow(), name)
    others = tuple(code for code in users if code != own_code)
    if not users:
        return SharedMaterial(name, (), False)
    detail = catalog.item_detail(runtime.uow(), users[0])
    for m in detail.materials:
        if m.name == name:
            return SharedMaterial(name, others, True, m.reusable, m.certificate, m.issuer, m.note)
    return SharedMaterial(name, others, False)


def shared_facts(m: MaterialInput) -> tuple[bool, str | None, str, str]:
    return m.reusable, m.certificate or None, m.issuer.strip(), m.note.strip()


def stored_facts(s: SharedMaterial) -> tuple[bool, str | None, str, str]:
    return s.reusable, s.certificate or None, s.issuer, s.note


class MaterialListModel(QAbstractTableModel):
    """The item's materials in notice order; each row is replaced whole when the detail form changes it."""

    NAME, TERMS, FORM, NEED, ISSUER, REUSABLE, TOLERABLE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MaterialInput] = []
        self.fresh: list[bool] = []  # added in this form (not loaded): may take the hall's shared facts

    def set_materials(self, materials: tuple[MaterialInput, ...]) -> None:
        self.beginResetModel()
        self.rows = list(materials)
        self.fresh = [False] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("材料名称"),
            self.tr("原件/复印件 · 份数"),
            self.tr("形式"),
            self.tr("必交/情形"),
            self.tr("出具单位"),
            self.tr("可复用"),
            self.tr("可容缺"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        m = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return m.name
            if column == self.TERMS:
                return self.tr("{0} {1} 份").format(original_name(m.original), m.copies)
            if column == self.FORM:
                return form_label(m.form)
            if column == self.NEED:
                return self.tr("情形：{0}").format(m.condition or "") if not m.required else self.tr("必交")
            if column == self.ISSUER:
                return m.issuer
            if column == self.REUSABLE:
                return self.tr("可复用") if m.reusable else ""
            if column == self.TOLERABLE:
                return self.tr("可容缺") if m.tolerable else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cells are cut short to fit; the tooltip has the whole text.
            if column == self.NAME:
                return f"{m.name}\n{m.note}" if m.note else m.name
            if column == self.ISSUER:
                return m.issuer or None
            if column == self.NEED and not m.required:
                return m.condition
        return None

    def replace_row(self, row: int, m: MaterialInput) -> None:
        if self.rows[row] == m:
            return
        self.rows[row] = m
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def insert(self, row: int, m: MaterialInput) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, m)
        self.fresh.insert(row, True)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        del self.fresh[row]
        self.endRemoveRows()

    def move(self, row: int, to: int) -> None:
        """Move ``row`` to position ``to`` (one up or one down)."""
        if not (0 <= row < len(self.rows) and 0 <= to < len(self.rows)) or row == to:
            return
        # Qt's destination is the row the moved one lands *before*, counted before the move.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self.rows.insert(to, self.rows.pop(row))
        self.fresh.insert(to, self.fresh.pop(row))
        self.endMoveRows()


def original_name(original: str) -> str:
    return {
        "original": translate("material_table", "原件"),
        "copy": translate("material_table", "复印件"),
        "original_and_copy": translate("material_table", "原件和复印件"),
    }.get(original, original)
