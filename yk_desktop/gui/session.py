"""Who is using this program, where: the started database, the terminal and the logged-in staff member.

Every mode panel gets one ``Session``; switching mode keeps it, logging out replaces it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from yk_desktop.app import Started
from yk_desktop.config import Config
from yk_desktop.services.auth import StaffInfo
from yk_desktop.services.runtime import Runtime

MODES = ("clerk", "kiosk", "display", "manager")
# Kiosks and hall screens run unattended on the terminal's own configuration; people use the others.
LOGIN_MODES = ("clerk", "manager")


@dataclass(frozen=True)
class Session:
    started: Started
    staff: StaffInfo | None = None

    @property
    def runtime(self) -> Runtime:
        return self.started.runtime

    @property
    def config(self) -> Config:
        return self.started.config

    @property
    def window_number(self) -> int | None:
        """The window this PC stands at; a terminal without one falls back to the clerk's own window."""
        terminal = self.started.terminal
        if terminal is not None and terminal.window_number is not None:
            return terminal.window_number
        return self.staff.window_number if self.staff is not None else None

    @property
    def staff_id(self) -> uuid.UUID | None:
        """Who the services record as having acted (None on unattended kiosks and displays)."""
        return self.staff.id if self.staff is not None else None

    @property
    def hall_name(self) -> str:
        terminal = self.started.terminal
        if terminal is not None:
            return terminal.hall.name
        return QCoreApplication.translate("Session", "政务服务中心")

    @property
    def supervision_phone(self) -> str:
        terminal = self.started.terminal
        return terminal.hall.supervision_phone if terminal is not None else ""

    def modes(self) -> list[str]:
        """Modes this user may switch to; nobody logged in (an unattended kiosk or screen) may switch to none,
        so a passer-by cannot turn the kiosk into something else."""
        if self.staff is None:
            return []
        return [m for m in MODES if self.staff.may_open(m)]


def mode_name(mode: str) -> str:
    names = {
        "clerk": QCoreApplication.translate("Session", "窗口工作台"),
        "kiosk": QCoreApplication.translate("Session", "自助取号机"),
        "display": QCoreApplication.translate("Session", "叫号大屏"),
        "manager": QCoreApplication.translate("Session", "管理控制台"),
    }
    return names.get(mode, mode)


def role_name(role: str) -> str:
    """The role in the UI language (``StaffInfo.role_name`` is always Chinese)."""
    names = {
        "clerk": QCoreApplication.translate("Session", "窗口工作人员"),
        "agent": QCoreApplication.translate("Session", "帮办代办员"),
        "manager": QCoreApplication.translate("Session", "大厅负责人"),
        "admin": QCoreApplication.translate("Session", "系统管理员"),
    }
    return names.get(role, role)
