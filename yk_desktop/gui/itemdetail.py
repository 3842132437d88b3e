"""One service item (事项) as the clerk explains it: legal basis, conditions, time limits, fees, and the
materials list with the marks the one-time notification prints (必需/情形, 原件/复印件, 份数, 可复用)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.models import MaterialTableModel, days
from yk_desktop.services.catalog import ItemDetail


class ItemDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemDetailView")
        self.detail: ItemDetail | None = None
        self.title = QLabel(self.tr("请在上方选择事项查看详情"))
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("itemSubtitle")
        self.subtitle.setWordWrap(True)

        self._fields: dict[str, QLabel] = {}
        form_widget = QWidget()
        form_widget.setObjectName("itemInfo")
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for key, label in (
            ("basis", self.tr("设定依据")),
            ("conditions", self.tr("受理条件")),
            ("procedure", self.tr("办理流程")),
            ("limits", self.tr("办理时限")),
            ("fees", self.tr("收费标准")),
            ("location", self.tr("办理地点")),
            ("phone", self.tr("咨询电话")),
            ("online", self.tr("网上办理")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            value.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, never markup
            form.addRow(label + self.tr("："), value)
            self._fields[key] = value
        scroll = QScrollArea()
        scroll.setObjectName("itemInfoScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)

        self.materials_caption = QLabel(self.tr("申请材料"))
        self.materials_caption.setObjectName("sectionCaption")
        self.materials = MaterialTableModel(self)
        self.materials_view = QTableView()
        self.materials_view.setObjectName("materialsView")
        self.materials_view.setAccessibleName(self.tr("申请材料清单"))
        self.materials_view.setModel(self.materials)
        self.materials_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials_view.setWordWrap(False)
        self.materials_view.setAlternatingRowColors(True)
        header = self.materials_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.materials_view.verticalHeader().setDefaultSectionSize(28)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.materials_caption)
        layout.addWidget(self.materials_view, 3)

    def show_detail(self, detail: ItemDetail) -> None:
        self.detail = detail
        s = detail.summary
        self.title.setText(s.name)
        self.subtitle.setText(self.tr("事项编码 {0} · {1}").format(s.code, s.department))
        f = self._fields
        f["basis"].setText(detail.basis)
        f["conditions"].setText(detail.conditions)
        f["procedure"].setText(" → ".join(detail.procedure))
        f["limits"].setText(
            self.tr("法定时限 {0}；承诺时限 {1}").format(days(s.legal_days), days(s.promised_days))
        )
        f["fees"].setText(detail.fees)
        f["location"].setText(detail.location)
        f["phone"].setText(detail.phone)
        f["online"].setText(self.tr("可网上办理") if s.online else self.tr("仅窗口办理"))
        required = sum(1 for m in detail.materials if m.required and not m.condition)
        self.materials_caption.setText(
            self.tr("申请材料（共 {0} 项，必需 {1} 项）").format(len(detail.materials), required)
        )
        self.materials.set_rows(detail.materials)

    def show_message(self, text: str) -> None:
        self.detail = None
        self.title.setText(text)
        self.subtitle.clear()
        for label in self._fields.values():
            label.clear()
        self.materials_caption.setText(self.tr("申请材料"))
        self.materials.set_rows([])
