"""Staff log-in with argon2 (memory-hard) password hashes, and what each role may do."""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from yk_desktop.services import audit
from yk_desktop.services.errors import InvalidInput, LoginFailed
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Staff, Window
from yk_desktop.store.models.hall import Role

_HASHER = PasswordHasher()


# Verified when the user does not exist, so a wrong username costs the same time as a wrong password
# (otherwise the reply time tells which usernames exist).
@functools.cache
def _dummy_hash() -> str:
    return _HASHER.hash("yk-desktop: no such user")  # made on first use: argon2 costs ~0.1 s at start-up


ROLE_NAMES = {
    Role.CLERK: "窗口工作人员",
    Role.AGENT: "帮办代办员",
    Role.MANAGER: "大厅负责人",
    Role.ADMIN: "系统管理员",
}
# Which program modes each role may open (DESIGN.md §4: the mode comes from terminal config and role).
ROLE_MODES: dict[str, tuple[str, ...]] = {
    Role.CLERK: ("clerk",),
    Role.AGENT: ("clerk",),
    Role.MANAGER: ("manager", "clerk", "display", "kiosk"),
    Role.ADMIN: ("manager", "clerk", "display", "kiosk"),
}


def hash_password(password: str) -> str:
    if len(password) < 6:
        raise InvalidInput("密码至少需要 6 位，请重新设置。", field="密码")
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    hall_id: uuid.UUID
    username: str
    name: str
    role: str
    role_name: str
    department: str
    window_id: uuid.UUID | None
    window_number: int | None

    def may_open(self, mode: str) -> bool:
        return mode in ROLE_MODES.get(self.role, ())


def login(uow: UnitOfWork, username: str, password: str) -> StaffInfo:
    """Check the password; the same message for unknown user and wrong password (no user probing)."""
    username = username.strip()
    if not username or not password:
        raise InvalidInput("请输入用户名和密码。", field="用户名")
    with uow:
        query = select(Staff, Window.number).outerjoin(Window, Staff.window_id == Window.id)
        query = query.where(Staff.username == username, Staff.active.is_(True))
        if uow.runtime.hall_id is not None:
            query = query.where(Staff.hall_id == uow.runtime.hall_id)
        row = uow.session.execute(query).first()
        if row is None:
            verify_password(_dummy_hash(), password)
            raise LoginFailed()
        if not verify_password(row[0].password_hash, password):
            raise LoginFailed()
        staff, window_number = row
        if _HASHER.check_needs_rehash(staff.password_hash):
            # Parameters were raised since this hash was made; upgrade it while we know the password.
            staff.password_hash = _HASHER.hash(password)
        audit.record(uow, "login", "staff", staff.id, actor_id=staff.id, hall_id=staff.hall_id)
        uow.commit()
        return StaffInfo(
            id=staff.id,
            hall_id=staff.hall_id,
            username=staff.username,
            name=staff.name,
            role=staff.role,
            role_name=ROLE_NAMES.get(Role(staff.role), staff.role),
            department=staff.department,
            window_id=staff.window_id,
            window_number=window_number,
        )
