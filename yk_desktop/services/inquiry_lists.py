"""Lists and figures of the first-inquiry log (首问负责): a staff member's open inquiries with their age,
the manager's filtered list, and the manager's figures — inquiries per staff member per day, the share
answered on the spot, and the open ones past the hall's rule (``inquiry.open_alert_hours``).

An inquiry's age runs from when it was asked (the applicant has waited since) to now, or to its closing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, Select, cast, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.phone import mask_phone
from yk_desktop.services import policy
from yk_desktop.services.hall import _hall
from yk_desktop.services.inquiries import ALERT_RULE, _age, _applicant_shown, _staff_names
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import FirstInquiry, Staff, Window
from yk_desktop.store.models.inquiries import Handling, InquiryState

# Outer joins: the handler's name and the window number can be NULL although typed as plain values here.
_RowQuery = Select[FirstInquiry, str, str, int]
# The manager's list shows at most this many rows (newest first); a month of a busy hall is far below.
LIST_LIMIT = 5000


@dataclass(frozen=True)
class InquiryRow:
    """One line of a list: plain values, personal data masked."""

    id: uuid.UUID
    inquiry_no: str
    asked_at: datetime
    state: str
    handling: str
    applicant: str
    phone_masked: str
    question: str
    item_name: str
    responder_id: uuid.UUID
    responder_name: str
    handler_id: uuid.UUID | None
    handler_name: str
    window_number: int | None
    age_minutes: int
    overdue: bool
    closed_at: datetime | None


@dataclass(frozen=True)
class InquiryFilter:
    states: tuple[str, ...] = ()
    staff_id: uuid.UUID | None = None  # responsible or current handler
    handling: str | None = None
    asked_from: date | None = None
    asked_to: date | None = None  # inclusive
    text: str = ""  # number, question, item, applicant's name or unit contains
    overdue_only: bool = False


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=HALL_TZ)


def _rows(uow: UnitOfWork, query: _RowQuery) -> list[InquiryRow]:
    alert_minutes = policy.value(uow, ALERT_RULE) * 60
    out: list[InquiryRow] = []
    for q, responder, handler, window in uow.session.execute(query):
        age = _age(uow, q.asked_at, q.closed_at)
        out.append(
            InquiryRow(
                q.id,
                q.inquiry_no,
                q.asked_at,
                q.state,
                q.handling,
                _applicant_shown(q.anonymous, q.applicant_name, q.applicant_org),
                mask_phone(q.phone) if q.phone else "",
                q.question,
                q.item_name,
                q.responder_id,
                responder,
                q.handler_id,
                handler or "",
                window,
                age,
                q.state == InquiryState.OPEN and age > alert_minutes,
                q.closed_at,
            )
        )
    return out


def _row_query(uow: UnitOfWork) -> _RowQuery:
    responder, handler = aliased(Staff), aliased(Staff)
    return (
        select(FirstInquiry, responder.name, handler.name, Window.number)
        .join(responder, responder.id == FirstInquiry.responder_id)
        .outerjoin(handler, handler.id == FirstInquiry.handler_id)
        .outerjoin(Window, Window.id == FirstInquiry.window_id)
        .where(FirstInquiry.hall_id == _hall(uow))
    )


def open_for_staff(uow: UnitOfWork, staff_id: uuid.UUID) -> list[InquiryRow]:
    """Open inquiries this staff member is responsible for or handles now, oldest first, with their age."""
    query = _row_query(uow).where(
        FirstInquiry.state == InquiryState.OPEN.value,
        or_(FirstInquiry.responder_id == staff_id, FirstInquiry.handler_id == staff_id),
    )
    with uow.reading():
        return _rows(uow, query.order_by(FirstInquiry.asked_at))


def list_inquiries(
    uow: UnitOfWork, filters: InquiryFilter = InquiryFilter(), *, limit: int = LIST_LIMIT
) -> list[InquiryRow]:
    """The hall's inquiries, newest first, filtered (the manager's list; a clerk's own with ``staff_id``)."""
    query = _row_query(uow)
    if filters.states:
        query = query.where(FirstInquiry.state.in_(filters.states))
    if filters.staff_id is not None:
        query = query.where(
            or_(FirstInquiry.responder_id == filters.staff_id, FirstInquiry.handler_id == filters.staff_id)
        )
    if filters.handling:
        query = query.where(FirstInquiry.handling == filters.handling)
    if filters.asked_from is not None:
        query = query.where(FirstInquiry.asked_at >= _start_of(filters.asked_from))
    if filters.asked_to is not None:
        query = query.where(FirstInquiry.asked_at < _start_of(filters.asked_to + timedelta(days=1)))
    text = filters.text.strip()[:100]
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                FirstInquiry.inquiry_no.ilike(like, escape="\\"),
                FirstInquiry.question.ilike(like, escape="\\"),
                FirstInquiry.item_name.ilike(like, escape="\\"),
                FirstInquiry.applicant_org.ilike(like, escape="\\"),
                FirstInquiry.applicant_name.ilike(like, escape="\\"),
            )
        )
    with uow.reading():
        if filters.overdue_only:
            cutoff = uow.now() - timedelta(hours=policy.value(uow, ALERT_RULE))
            query = query.where(FirstInquiry.state == InquiryState.OPEN.value, FirstInquiry.asked_at < cutoff)
        return _rows(uow, query.order_by(FirstInquiry.asked_at.desc()).limit(limit))


# --- the manager's figures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffDay:
    """One staff member's first inquiries on one day (as 首问负责人), by how each was handled."""

    day: date
    staff_id: uuid.UUID
    staff_name: str
    logged: int
    on_spot: int
    guided: int
    handed: int
    follow_up: int
    still_open: int


@dataclass(frozen=True)
class InquiryFigures:
    first_day: date
    last_day: date
    total: int
    on_spot: int
    still_open: int
    alert_hours: int
    per_staff_day: tuple[StaffDay, ...]  # by day, then staff name
    overdue: tuple[InquiryRow, ...]  # every open inquiry past the rule now, asked in the range or before

    @property
    def on_spot_share(self) -> float | None:
        """Answered on the spot out of all logged; None when nothing was logged."""
        return self.on_spot / self.total if self.total else None


def _hall_day(uow: UnitOfWork) -> ColumnElement[Any]:
    """The day an inquiry was asked on the hall's calendar, computed by the database.

    Instants are stored as naive UTC. PostgreSQL converts with the zone database; SQLite has none, and
    China keeps one offset all year (no summer time), so the fixed offset is exact there.
    """
    if uow.is_postgres:
        local = func.timezone(str(HALL_TZ), func.timezone("UTC", FirstInquiry.asked_at))
        return cast(local, Date)
    offset = uow.now().astimezone(HALL_TZ).utcoffset() or timedelta(0)
    return func.date(FirstInquiry.asked_at, f"+{int(offset.total_seconds() // 60)} minutes")


def inquiry_figures(uow: UnitOfWork, first_day: date, last_day: date) -> InquiryFigures:
    """Counts per staff member per day over ``first_day``..``last_day`` (inclusive), counted in SQL."""
    with uow.reading():
        hall_id = _hall(uow)
        day = _hall_day(uow).label("day")
        rows = uow.session.execute(
            select(day, FirstInquiry.responder_id, FirstInquiry.handling, FirstInquiry.state, func.count())
            .where(
                FirstInquiry.hall_id == hall_id,
                FirstInquiry.asked_at >= _start_of(first_day),
                FirstInquiry.asked_at < _start_of(last_day + timedelta(days=1)),
            )
            .group_by(day, FirstInquiry.responder_id, FirstInquiry.handling, FirstInquiry.state)
        ).all()
        names = _staff_names(uow, hall_id)
        alert = policy.value(uow, ALERT_RULE)
        cutoff = uow.now() - timedelta(hours=alert)
        overdue = _rows(
            uow,
            _row_query(uow)
            .where(FirstInquiry.state == InquiryState.OPEN.value, FirstInquiry.asked_at < cutoff)
            .order_by(FirstInquiry.asked_at),
        )
    counts: dict[tuple[date, uuid.UUID], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for raw_day, staff_id, handling, state, n in rows:
        # SQLite's date() answers text, PostgreSQL a date.
        key = (date.fromisoformat(raw_day) if isinstance(raw_day, str) else raw_day, staff_id)
        counts[key][handling] += n
        counts[key]["logged"] += n
        if state == InquiryState.OPEN:
            counts[key]["open"] += n
    per = sorted(
        (
            StaffDay(
                d,
                staff_id,
                names.get(staff_id, ""),
                c["logged"],
                c[Handling.ON_SPOT],
                c[Handling.GUIDED],
                c[Handling.HANDED],
                c[Handling.FOLLOW_UP],
                c["open"],
            )
            for (d, staff_id), c in counts.items()
        ),
        key=lambda s: (s.day, s.staff_name),
    )
    return InquiryFigures(
        first_day,
        last_day,
        sum(s.logged for s in per),
        sum(s.on_spot for s in per),
        sum(s.still_open for s in per),
        alert,
        tuple(per),
        tuple(overdue),
    )
