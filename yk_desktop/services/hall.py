"""The hall as a terminal sees it: registering this PC, and listing categories and windows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import time

from sqlalchemy import select

from yk_desktop.services.errors import NotFound
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Category, Hall, PriorityGroup, Terminal, Window, WindowCategory


@dataclass(frozen=True)
class HallInfo:
    id: uuid.UUID
    code: str
    name: str
    short_name: str
    address: str
    phone: str
    supervision_phone: str
    opening_hours: str


@dataclass(frozen=True)
class TerminalInfo:
    id: uuid.UUID
    hall: HallInfo
    code: str
    name: str
    mode: str
    window_number: int | None


@dataclass(frozen=True)
class CategoryInfo:
    id: uuid.UUID
    prefix: str
    name: str
    description: str
    issue_start: time
    issue_end: time
    daily_cap: int
    wait_warning: int
    green_channel: bool


@dataclass(frozen=True)
class WindowInfo:
    id: uuid.UUID
    number: int
    name: str
    area: str
    active: bool
    paused_reason: str | None
    category_prefixes: tuple[str, ...]


def _hall_info(hall: Hall) -> HallInfo:
    return HallInfo(
        hall.id,
        hall.code,
        hall.name,
        hall.short_name,
        hall.address,
        hall.phone,
        hall.supervision_phone,
        hall.opening_hours,
    )


def find_hall(uow: UnitOfWork, code: str) -> HallInfo | None:
    with uow.reading():
        hall = uow.session.scalar(select(Hall).where(Hall.code == code))
        return _hall_info(hall) if hall else None


def register_terminal(
    uow: UnitOfWork, hall_code: str, code: str, name: str, mode: str, window_number: int | None
) -> TerminalInfo:
    """Find or create this PC's terminal row and bind the runtime to it (its id stamps every row)."""
    with uow:
        session = uow.session
        hall = session.scalar(select(Hall).where(Hall.code == hall_code))
        if hall is None:
            raise NotFound(
                f"数据库中没有编号为“{hall_code}”的大厅，请先执行 yk-desktop seed-demo 或导入大厅数据。"
            )
        window_id = None
        if window_number is not None:
            window_id = session.scalar(
                select(Window.id).where(Window.hall_id == hall.id, Window.number == window_number)
            )
        terminal = session.scalar(select(Terminal).where(Terminal.hall_id == hall.id, Terminal.code == code))
        if terminal is None:
            terminal = Terminal(hall_id=hall.id, code=code)
            session.add(terminal)
        terminal.name, terminal.mode, terminal.window_id = name, mode, window_id
        terminal.last_seen_at = uow.now()
        session.flush()
        uow.runtime.hall_id, uow.runtime.terminal_id = hall.id, terminal.id
        terminal.origin_terminal_id = terminal.id
        # A configured window that the hall does not have is reported as none (app.start warns).
        info = TerminalInfo(
            terminal.id, _hall_info(hall), code, name, mode, window_number if window_id is not None else None
        )
        uow.commit()
        return info


def list_categories(uow: UnitOfWork) -> list[CategoryInfo]:
    with uow.reading():
        rows = uow.session.scalars(
            select(Category)
            .where(Category.hall_id == _hall(uow), Category.active.is_(True))
            .order_by(Category.prefix)
        )
        return [
            CategoryInfo(
                c.id,
                c.prefix,
                c.name,
                c.description,
                c.issue_start,
                c.issue_end,
                c.daily_cap,
                c.wait_warning,
                c.green_channel,
            )
            for c in rows
        ]


def list_windows(uow: UnitOfWork) -> list[WindowInfo]:
    with uow.reading():
        session = uow.session
        hall_id = _hall(uow)
        served: dict[uuid.UUID, list[str]] = {}
        for window_id, prefix in session.execute(
            select(WindowCategory.window_id, Category.prefix)
            .join(Category, Category.id == WindowCategory.category_id)
            .where(WindowCategory.hall_id == hall_id)
            .order_by(WindowCategory.weight.desc(), Category.prefix)
        ):
            served.setdefault(window_id, []).append(prefix)
        windows = session.scalars(select(Window).where(Window.hall_id == hall_id).order_by(Window.number))
        return [
            WindowInfo(w.id, w.number, w.name, w.area, w.active, w.paused_reason, tuple(served.get(w.id, ())))
            for w in windows
        ]


def list_priority_groups(uow: UnitOfWork) -> list[str]:
    with uow.reading():
        return list(
            uow.session.scalars(
                select(PriorityGroup.name)
                .where(PriorityGroup.hall_id == _hall(uow), PriorityGroup.active.is_(True))
                .order_by(PriorityGroup.position)
            )
        )


def _hall(uow: UnitOfWork) -> uuid.UUID:
    if uow.runtime.hall_id is None:
        raise NotFound("本机尚未登记到大厅，请先完成终端登记。")
    return uow.runtime.hall_id
