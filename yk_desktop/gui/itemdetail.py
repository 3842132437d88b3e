"""One service item (事项) as the clerk explains it: legal basis, conditions, time limits, fees, and the
materials list with the marks the one-time notification prints (必需/情形, 原件/复印件, 份数, 可复用)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.models import MaterialTableModel, days
from yk_desktop.services.catalog import ItemDetail

# Wider than this a single column would push the material names out of sight on a 1280 px screen.
MAX_COLUMN_WIDTH = 240


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

        # A text browser, not a form of word-wrapped labels: it wraps long legal text reliably and scrolls.
        self.info = QTextBrowser()
        self.info.setObjectName("itemInfo")
        self.info.setAccessibleName(self.tr("事项信息"))
        self.info.setOpenLinks(False)

        self.materials_caption = QLabel(self.tr("申请材料"))
        self.materials_caption.setObjectName("sectionCaption")
        self.materials = MaterialTableModel(self)
        self.materials_view = QTableView()
        self.materials_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.materials_view.setObjectName("materialsView")
        self.materials_view.setAccessibleName(self.tr("申请材料清单"))
        self.materials_view.setModel(self.materials)
        self.materials_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials_view.setWordWrap(False)
        self.materials_view.setAlternatingRowColors(True)
        header = self.materials_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.materials_view.verticalHeader().setDefaultSectionSize(28)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.info, 2)
        layout.addWidget(self.materials_caption)
        layout.addWidget(self.materials_view, 3)

    def show_detail(self, detail: ItemDetail) -> None:
        self.detail = detail
        s = detail.summary
        self.title.setText(s.name)
        self.subtitle.setText(self.tr("事项编码 {0} · {1}").format(s.code, s.department))
        rows = (
            (self.tr("设定依据"), detail.basis),
            (self.tr("受理条件"), detail.conditions),
            (self.tr("办理流程"), " → ".join(detail.procedure)),
            (
                self.tr("办理时限"),
                self.tr("法定时限 {0}；承诺时限 {1}").format(days(s.legal_days), days(s.promised_days)),
            ),
            (self.tr("收费标准"), detail.fees),
            (self.tr("办理地点"), detail.location),
            (self.tr("咨询电话"), detail.phone),
            (self.tr("网上办理"), self.tr("可网上办理") if s.online else self.tr("仅窗口办理")),
        )
        self.info.setHtml(_info_html(rows))
        required = sum(1 for m in detail.materials if m.required and not m.condition)
        self.materials_caption.setText(
            self.tr("申请材料（共 {0} 项，必需 {1} 项）").format(len(detail.materials), required)
        )
        self.materials.set_rows(detail.materials)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Fit each column to its text, but cap the long ones (conditions, issuers) so the material's
        # name always stays readable; the cut text is in the tooltip.
        view = self.materials_view
        view.resizeColumnsToContents()
        for column in range(self.materials.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))

    def show_message(self, text: str) -> None:
        self.detail = None
        self.title.setText(text)
        self.subtitle.clear()
        self.info.clear()
        self.materials_caption.setText(self.tr("申请材料"))
        self.materials.set_rows([])


def _info_html(rows: tuple[tuple[str, str], ...]) -> str:
    # Catalog text is data typed by people: escaped, so a stray "<" never turns into markup.
    cells = "".join(
        f'<tr><td style="color:#4a5a6d; white-space:nowrap; padding:3px 10px 3px 0;" valign="top">'
        f'{escape(label)}</td><td style="padding:3px 0;">{escape(value)}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" width="100%">{cells}</table>'
