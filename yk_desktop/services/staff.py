"""Managing the hall's staff accounts: every field checked before anything is written."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from yk_desktop.core.phone import validate_phone
from yk_desktop.core.text import clean_person_name, clean_text
from yk_desktop.services import audit
from yk_desktop.services.auth import ROLE_NAMES, StaffInfo, hash_password
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Staff, Window
from yk_desktop.store.models.hall import Role

_USERNAME = re.compile(r"[a-z][a-z0-9_.]{2,39}")


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    username: str
    name: str
    role: str
    role_name: str
    window_number: int | None
    phone: str
    department: str
    active: bool


def add_staff(
    uow: UnitOfWork,
    actor: StaffInfo,
    *,
    username: str,
    name: str,
    role: str,
    password: str,
    window_number: int | None = None,
    phone: str = "",
    department: str = "",
) -> StaffRow:
    """Create an account (managers and admins only); bad input raises before the transaction starts."""
    if actor.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied("只有大厅负责人或系统管理员可以添加工作人员。")
    username = username.strip().lower()
    if not _USERNAME.fullmatch(username):
        raise InvalidInput("用户名须以字母开头，由 3–40 位小写字母、数字、下划线或点组成。", field="用户名")
    if role not in {r.value for r in Role}:
        raise InvalidInput("角色须为窗口工作人员、帮办代办员、大厅负责人或系统管理员之一。", field="角色")
    with checking_input():
        name = clean_person_name(name)
        phone = validate_phone(phone) if phone.strip() else ""
        department = clean_text(department, "所属部门", 100, required=False)
    password_hash = hash_password(password)
    with uow:
        session = uow.session
        hall_id = _hall(uow)
        if session.scalar(select(Staff.id).where(Staff.hall_id == hall_id, Staff.username == username)):
            raise Conflict(f"用户名“{username}”已被使用，请换一个。")
        window_id = None
        if window_number is not None:
            window_id = session.scalar(
                select(Window.id).where(Window.hall_id == hall_id, Window.number == window_number)
            )
            if window_id is None:
                raise NotFound(f"没有 {window_number} 号窗口。")
        staff = Staff(
            hall_id=hall_id,
            username=username,
            name=name,
            role=role,
            password_hash=password_hash,
            window_id=window_id,
            phone=phone,
            department=department,
        )
        session.add(staff)
        session.flush()
        audit.record(
            uow,
            "staff.add",
            "staff",
            staff.id,
            actor_id=actor.id,
            detail={"username": username, "role": role},
        )
        uow.commit()
        return _row(staff, window_number)


def list_staff(uow: UnitOfWork) -> list[StaffRow]:
    with uow.reading():
        rows = uow.session.execute(
            select(Staff, Window.number)
            .outerjoin(Window, Window.id == Staff.window_id)
            .where(Staff.hall_id == _hall(uow))
            .order_by(Staff.role, Staff.username)
        ).all()
        return [_row(staff, number) for staff, number in rows]


def _row(staff: Staff, window_number: int | None) -> StaffRow:
    return StaffRow(
        staff.id,
        staff.username,
        staff.name,
        staff.role,
        ROLE_NAMES.get(Role(staff.role), staff.role),
        window_number,
        staff.phone,
        staff.department,
        staff.active,
    )
