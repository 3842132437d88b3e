"""Appointment check-in (预约签到) at the kiosk or the window: a booked appointment becomes a ticket.

Checked in within its window (``early`` minutes before the slot starts until ``late`` minutes after),
the ticket is an appointment ticket: from the slot's start it is called before ordinary tickets of its
category (after priority groups). Checked in later than that it becomes an ordinary ticket, as the
hall's rules say; earlier than that the applicant is told when to come back. Issuing hours and the
daily cap do not apply: the place was reserved when the appointment was booked.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.phone import mask_phone, validate_phone
from yk_desktop.services import audit
from yk_desktop.services.errors import InvalidInput, IssuingClosed, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.queue import TicketInfo, _today, issue_into
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Appointment, AppointmentEvent, Category
from yk_desktop.store.models.appointments import AppointmentState

__all__ = ["AppointmentState", "CheckIn", "check_in"]


@dataclass(frozen=True)
class CheckIn:
    ticket: TicketInfo
    appointment_code: str
    slot: str  # "10:00–10:30"
    late: bool  # checked in too late: an ordinary ticket


def check_in(
    uow: UnitOfWork,
    *,
    code: str | None = None,
    phone: str | None = None,
    early_minutes: int = 30,
    late_minutes: int = 15,
    staff_id: uuid.UUID | None = None,
) -> CheckIn:
    """Check in today's appointment named by its code, or the next one booked under a phone number.

    ``staff_id``: the clerk checking the applicant in at a window (None at the kiosk).
    """
    with uow:
        session = uow.session
        hall_id = _hall(uow)
        now, today = _today(uow)
        query = select(Appointment).where(
            Appointment.hall_id == hall_id,
            Appointment.service_date == today,
        )
        if code is not None and code.strip():
            code = unicodedata.normalize("NFKC", code).strip().upper()
            query = query.where(Appointment.code == code)
            what = f"预约码 {code[:20]}"
        elif phone is not None and phone.strip():
            with checking_input():
                phone = validate_phone(phone)
            query = query.where(Appointment.phone == phone)
            what = f"手机号 {mask_phone(phone)}"
        else:
            raise InvalidInput("请输入预约码或预约时留的手机号。", field="预约码")
        # Locked: the same code at two kiosks (or a kiosk and a window) must give one ticket, not two.
        appointments = list(session.scalars(query.order_by(Appointment.start).with_for_update()))
        if not appointments:
            raise NotFound(f"未找到{what}今日的预约，请核对后重试，或到咨询台咨询。")
        open_ones = [a for a in appointments if a.state == AppointmentState.BOOKED]
        if not open_ones:
            state = appointments[0].state
            if state == AppointmentState.CHECKED_IN:
                raise InvalidInput("该预约已签到取号，请留意叫号；如号票遗失请到咨询台。", field="预约码")
            if state == AppointmentState.NO_SHOW:
                raise InvalidInput("该预约时段已结束，已记为爽约；请重新取号或预约。", field="预约码")
            raise InvalidInput("该预约已取消，请重新取号或预约。", field="预约码")
        appointment = open_ones[0]
        start = datetime.combine(today, appointment.start, tzinfo=HALL_TZ)
        slot = f"{appointment.start:%H:%M}–{appointment.end:%H:%M}"
        if now < start - timedelta(minutes=early_minutes):
            opens = start - timedelta(minutes=early_minutes)
            raise InvalidInput(f"您预约的时段为 {slot}，请于 {opens:%H:%M} 后再来签到。", field="预约码")
        late = now > start + timedelta(minutes=late_minutes)
        category = session.get(Category, appointment.category_id)
        if category is None or not category.active:
            raise NotFound("预约的业务类别已停办，请到咨询台咨询。")
        if late and not (category.issue_start <= now.time().replace(tzinfo=None) <= category.issue_end):
            # Too late to count as an appointment, and an ordinary ticket keeps the ordinary hours.
            raise IssuingClosed(
                f"您预约的时段为 {slot}，已超过签到时间；{category.name}的取号时间为 "
                f"{category.issue_start:%H:%M}–{category.issue_end:%H:%M}，请重新预约。"
            )
        info = issue_into(
            uow,
            category,
            appointment_id=None if late else appointment.id,
            due_at=None if late else start,
            enforce_cap=late,  # the reserved place is kept only for an on-time check-in
        )
        appointment.state = AppointmentState.CHECKED_IN.value
        appointment.checked_in_at = now
        appointment.ticket_id = info.id
        detail: dict[str, object] = {"ticket": info.number, "late": late}
        session.add(
            AppointmentEvent(
                hall_id=hall_id,
                appointment_id=appointment.id,
                kind="checked_in",
                at=now,
                staff_id=staff_id,
                detail=detail,
            )
        )
        audit.record(
            uow,
            "appointment.check_in",
            "appointment",
            appointment.id,
            actor_id=staff_id,
            detail={"code": appointment.code, **detail},
        )
        uow.commit()
        return CheckIn(info, appointment.code, slot, late)
