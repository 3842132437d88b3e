"""The manager's 清单外材料 page: an off-list material asked for at the window is listed with its reason,
the date filter works, lines are counted per clerk, and the CSV export opens in Excel as Chinese."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_caselist import person_id
from yk_desktop.gui.offlist_panel import OffListModel, OffListPanel, csv_text
from yk_desktop.gui.session import Session
from yk_desktop.services import auth, notices
from yk_desktop.services.notices import NoticeInfo, NoticeRequest, OffList, OffListEntry
from yk_desktop.services.runtime import Runtime

FOOD = "210800-SCJG-XK-001"  # 食品经营许可


def issue_with_off_list(runtime: Runtime, material: str, reason: str, clerk: str = "clerk01") -> NoticeInfo:
    staff = auth.login(runtime.uow(), clerk, "demo1234")
    return notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name="张三",
            applicant_id_number=person_id(),
            applicant_phone="13804170000",
            item_codes=(FOOD,),
            window_number=1,
            staff_id=staff.id,
            off_list=(OffList(material, reason),),
        ),
    )


def _panel(qtbot: QtBot, session: Session) -> OffListPanel:
    panel = OffListPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 700)
        panel.show()
    return panel


def test_an_off_list_material_is_listed_filtered_by_date_and_exported(
    qtbot: QtBot, manager_session: Session, tmp_path: Path
) -> None:
    runtime = manager_session.runtime
    info = issue_with_off_list(runtime, "房屋平面图", "经营场所面积核实需要")
    clerk_name = auth.login(runtime.uow(), "clerk01", "demo1234").name

    panel = _panel(qtbot, manager_session)
    assert panel.since == date(2026, 11, 1)  # TEST_NOW is 2026-11-24: this month
    assert panel.model.rowCount() == 1
    texts = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert texts == [
        "2026-11-24 10:00",
        info.notice_no,
        "食品经营许可",
        "房屋平面图",
        "经营场所面积核实需要",
        clerk_name,
    ]
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["时间", "告知书编号", "事项", "材料", "理由", "经办人"]
    assert panel.count_label.text() == f"2026-11-01 以来共 1 项。按经办人：{clerk_name} 1 项"
    assert panel.export_button.isEnabled()

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_since(date(2026, 11, 25))
    assert panel.model.rowCount() == 0 and not panel.export_button.isEnabled()
    assert panel.count_label.text() == "2026-11-25 以来没有清单外材料记录。"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_since(date(2026, 11, 24))  # the day itself counts from midnight in the hall
    assert panel.model.rowCount() == 1

    path = tmp_path / "清单外材料.csv"
    panel.export_csv(path)
    qtbot.waitUntil(panel.message_label.isVisible, timeout=10_000)
    assert panel.message_label.text() == f"已导出 1 项到“{path}”。"
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["时间", "告知书编号", "事项", "材料", "理由", "经办人"],
        [
            "2026-11-24 10:00",
            info.notice_no,
            "食品经营许可",
            "房屋平面图",
            "经营场所面积核实需要",
            clerk_name,
        ],
    ]

    panel.export_csv(tmp_path / "no-such-folder" / "x.csv")
    qtbot.waitUntil(lambda: panel.message_label.objectName() == "errorLabel", timeout=10_000)
    assert "无法保存到" in panel.message_label.text()


def test_lines_are_counted_per_clerk(qtbot: QtBot, manager_session: Session) -> None:
    runtime = manager_session.runtime
    issue_with_off_list(runtime, "房屋平面图", "经营场所面积核实需要", "clerk01")
    issue_with_off_list(runtime, "租赁合同原件", "核实场所使用权属", "clerk01")
    issue_with_off_list(runtime, "消防验收意见书", "大型餐饮场所需核实", "clerk02")
    names = {u: auth.login(runtime.uow(), u, "demo1234").name for u in ("clerk01", "clerk02")}
    panel = _panel(qtbot, manager_session)
    assert panel.model.rowCount() == 3
    assert panel.count_label.text().endswith(f"按经办人：{names['clerk01']} 2 项、{names['clerk02']} 1 项")
    materials = {panel.model.index(r, OffListModel.MATERIAL).data() for r in range(3)}
    assert materials == {"房屋平面图", "租赁合同原件", "消防验收意见书"}  # the test clock stands still


def test_the_export_does_not_hand_excel_a_formula() -> None:
    entry = OffListEntry(
        "N2026000001",
        datetime(2026, 11, 24, 2, tzinfo=UTC),
        "王丽娜",
        ("食品经营许可",),
        "=1+2",
        "@SUM(A1)核实",
    )
    rows = list(csv.reader(io.StringIO(csv_text([entry]))))
    assert rows[1] == ["2026-11-24 10:00", "N2026000001", "食品经营许可", "'=1+2", "'@SUM(A1)核实", "王丽娜"]
