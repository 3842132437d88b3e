"""Booked appointments for tests (booking itself is a later use case; check-in is what is tested here)."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Appointment, Category


def add_appointment(
    runtime: Runtime, code: str, prefix: str, start: time, end: time, phone: str = "13800138000"
) -> None:
    with runtime.uow() as uow:
        category = uow.session.scalar(
            select(Category).where(Category.hall_id == runtime.hall_id, Category.prefix == prefix)
        )
        assert category is not None and runtime.hall_id is not None
        now = uow.now()
        uow.session.add(
            Appointment(
                hall_id=runtime.hall_id,
                code=code,
                category_id=category.id,
                service_date=now.astimezone(HALL_TZ).date(),
                start=start,
                end=end,
                applicant_name="张三",
                phone=phone,
                booked_at=now,
            )
        )
        uow.commit()
