"""Typed errors raised by use cases; each carries a Chinese message a clerk can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from yk_desktop.core.errors import InvalidValue


class ServiceError(Exception):
    """Base of every error a use case raises on purpose; ``message`` is shown to the user as is."""

    default_message = "操作未能完成，请重试。"

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class InvalidInput(ServiceError):
    """Bad input: nothing was saved; ``field`` names what to fix."""

    default_message = "输入内容有误，请检查后重试。"

    def __init__(self, message: str | None = None, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFound(ServiceError):
    default_message = "未找到相应记录。"


class LoginFailed(ServiceError):
    default_message = "用户名或密码错误，请重新输入。"


class PermissionDenied(ServiceError):
    default_message = "当前账号无权进行此操作。"


class QueueEmpty(ServiceError):
    default_message = "当前没有等候的号票。"


class IssuingClosed(ServiceError):
    """The kiosk may not issue now: outside issuing hours or the daily cap is reached."""

    default_message = "当前不能取号。"


class Conflict(ServiceError):
    default_message = "数据已被他人修改，请刷新后重试。"


class DatabaseBusy(ServiceError):
    default_message = "数据库正忙（另一程序正在写入），请稍后重试。"


class DatabaseUnavailable(ServiceError):
    default_message = "无法连接数据库，请检查网络或联系大厅信息管理员。"


@contextmanager
def checking_input() -> Iterator[None]:
    """Turn a core rule's InvalidValue into the service's InvalidInput, message and field kept."""
    try:
        yield
    except InvalidValue as exc:
        raise InvalidInput(exc.message, field=exc.field) from exc
