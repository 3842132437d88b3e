"""What the proxy-case (帮办代办) windows share: state and event words, reading a scanned 委托书 from disk,
and printing an archived document of a proxy case through the one print path."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import RowTableModel
from yk_desktop.gui.preview import PrintPreviewDialog, print_document
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import run_in_pool
from yk_desktop.services import documents
from yk_desktop.services.agency_files import ATTACHMENT_MAX_BYTES, Upload, too_big
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import InvalidInput
from yk_desktop.store.models.agency import AgencyState

# lupdate knows this alias; every string below is found by ``translate("agency", "…")``.
translate = QCoreApplication.translate

OPEN = tuple(
    s.value for s in (AgencyState.REGISTERED, AgencyState.IN_PROGRESS, AgencyState.WAITING, AgencyState.READY)
)


def state_name(state: str) -> str:
    names = {
        AgencyState.REGISTERED.value: translate("agency", "已登记"),
        AgencyState.IN_PROGRESS.value: translate("agency", "代办中"),
        AgencyState.WAITING.value: translate("agency", "待窗口/部门办理"),
        AgencyState.READY.value: translate("agency", "结果待领取"),
        AgencyState.DELIVERED.value: translate("agency", "已交付"),
        AgencyState.CANCELLED.value: translate("agency", "已取消"),
    }
    return names.get(state, state)


def event_name(kind: str) -> str:
    names = {
        "registered": translate("agency", "登记代办"),
        "step": translate("agency", "办理进展"),
        "handoff": translate("agency", "移交"),
        "linked": translate("agency", "关联办件"),
        "attached": translate("agency", "附加委托书扫描件"),
        "ready": translate("agency", "结果待领取"),
        "delivered": translate("agency", "交付办结"),
        "cancelled": translate("agency", "取消代办"),
        "contact_viewed": translate("agency", "查看联系电话"),
        "scan_viewed": translate("agency", "查看委托书扫描件"),
    }
    return names.get(kind, kind)


def event_text(kind: str, to_name: str, note: str, detail: Mapping[str, object]) -> str:
    """What one event says, as a sentence for the step log."""
    parts: list[str] = []
    if kind in ("handoff", "registered") and to_name:
        parts.append(translate("agency", "交 {0}").format(to_name))
    if kind == "handoff" and detail.get("from_agent"):
        parts.append(translate("agency", "转委托（原受托人 {0}）").format(detail["from_agent"]))
    if kind == "linked":
        parts.append(translate("agency", "办件 {0}").format(detail.get("case_no", "")))
        if detail.get("promised_deadline"):
            parts.append(translate("agency", "承诺 {0} 前办结").format(detail["promised_deadline"]))
        if detail.get("replaced"):
            parts.append(translate("agency", "原关联 {0}").format(detail["replaced"]))
    if kind == "attached":
        parts.append(str(detail.get("file_name", "")))
        if detail.get("replaced"):
            parts.append(translate("agency", "替换原扫描件"))
    if kind == "ready" and to_name:
        parts.append(translate("agency", "领取地点：{0}").format(to_name))
    if kind == "delivered" and to_name:
        parts.append(translate("agency", "领取人：{0}").format(to_name))
    if note:
        parts.append(note)
    return translate("agency", "；").join(parts)


def hall_time(moment: datetime | None) -> str:
    return moment.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else "—"


def read_scan(path: Path) -> Upload:
    """The file the clerk chose, read on a worker thread; a file over the limit is refused before it is
    read (a 2 GB video chosen by mistake must not be loaded into memory)."""
    try:
        size = path.stat().st_size
        if size > ATTACHMENT_MAX_BYTES:
            raise too_big(path.name, size)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            translate("agency", "无法读取文件“{0}”（{1}），请重新选择。").format(
                path.name, exc.strerror or exc
            ),
            field="委托书扫描件",
        ) from exc
    return Upload(path.name, data)


def table(model: RowTableModel, name: str, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def print_archived(
    owner: QWidget,
    session: Session,
    built: tuple[DocumentInfo, bytes],
    *,
    title: str,
    say: Callable[[str], object],
    print_to: Path | None,
    then: Callable[[], object] | None = None,
) -> PrintPreviewDialog | None:
    """Print an archived document's exact bytes; the archive learns whether it printed (a failure leaves it
    「未打印」 there, to print again from 文书存档)."""
    doc, pdf = built
    runtime, staff_id = session.runtime, session.staff_id

    def printed() -> None:
        say(translate("agency", "{0} 已打印。").format(title))
        # The archive hears of the print even when the window is closed meanwhile (``context`` only decides
        # whether ``then`` still runs).
        run_in_pool(
            documents.mark_printed,
            runtime.uow(),
            doc.id,
            staff_id,
            on_done=lambda _none: then() if then is not None else None,
            context=owner,
        )

    def failed(text: str) -> None:
        say(translate("agency", "{0} 未能打印：{1} 文书已存档，可重新打印。").format(title, text))
        run_in_pool(documents.mark_failed, runtime.uow(), doc.id, text)

    say(translate("agency", "{0} 已存档，正在打印…").format(title))
    return print_document(
        pdf, doc.kind, title, owner, on_printed=printed, on_failed=failed, print_to=print_to
    )
