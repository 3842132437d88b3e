"""Reading proxy cases (帮办代办): the list an agent works from, a proxy case's story, the agents' workload
and the closed proxy cases with how long each took.

Durations count from registration to delivery: in working days on the hall calendar (the days after the
day of registration up to and including the day of delivery, as 行政许可法 Art. 82 counts time limits, so a
proxy case finished the same day took 0) and in hours on the clock. A linked case's deadline status is the
one ``services.cases`` gives the case list, so an agent sees the same 临期/逾期 as the window.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services import calendar
from yk_desktop.services.agency import _record, shown_name, today_in
from yk_desktop.services.cases import DeadlineStatus, deadline_status
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import AgencyEvent, AgencyItem, AgencyRecord, Case, Staff
from yk_desktop.store.models.agency import CLOSED_STATES, OPEN_STATES, AgencyState
from yk_desktop.store.models.hall import Role

LIST_LIMIT = 5_000


@dataclass(frozen=True)
class AgentChoice:
    id: uuid.UUID
    name: str
    phone: str
    department: str
    last_id_number: str  # from the agent's latest proxy case, so the form need not ask again


def list_agents(uow: UnitOfWork) -> list[AgentChoice]:
    """The hall's active agents, with the ID number each gave on their latest proxy case."""
    with uow.reading():
        hall_id = _hall(uow)
        agents = uow.session.scalars(
            select(Staff)
            .where(Staff.hall_id == hall_id, Staff.role == Role.AGENT.value, Staff.active.is_(True))
            .order_by(Staff.username)
        ).all()
        out = []
        for a in agents:
            last = uow.session.scalar(
                select(AgencyRecord.agent_id_number)
                .where(AgencyRecord.hall_id == hall_id, AgencyRecord.agent_id == a.id)
                .order_by(AgencyRecord.created_at.desc())
                .limit(1)
            )
            out.append(AgentChoice(a.id, a.name, a.phone, a.department, last or ""))
        return out


@dataclass(frozen=True)
class EventRow:
    at: datetime
    kind: str
    staff_name: str
    to_kind: str
    to_name: str
    note: str
    detail: dict[str, object]


def events(uow: UnitOfWork, agency_no: str) -> list[EventRow]:
    """The proxy case's story, oldest first: who did what, when, handed to whom, with what note."""
    with uow.reading():
        record = _record(uow, agency_no, lock=False)
        rows = uow.session.execute(
            select(AgencyEvent, Staff.name)
            .outerjoin(Staff, Staff.id == AgencyEvent.staff_id)
            .where(AgencyEvent.agency_id == record.id)
            .order_by(AgencyEvent.at, AgencyEvent.id)
        ).all()
        return [
            EventRow(e.at, e.kind, who or "", e.to_kind, e.to_name, e.note, dict(e.detail)) for e, who in rows
        ]


@dataclass(frozen=True)
class LinkedDeadline:
    """The linked case's deadline as the case list shows it."""

    case_no: str
    case_state: str
    promised_deadline: date | None
    status: DeadlineStatus
    days_left: int | None


def _linked(cal: WorkCalendar, today: date, case: Case | None) -> LinkedDeadline | None:
    if case is None:
        return None
    status, left = deadline_status(cal, today, case.promised_deadline, case.state)
    return LinkedDeadline(case.case_no, case.state, case.promised_deadline, status, left)


def linked_deadline(uow: UnitOfWork, agency_no: str) -> LinkedDeadline | None:
    """The deadline of the case linked to ``agency_no`` today, or None when none is linked."""
    with uow.reading():
        record = _record(uow, agency_no, lock=False)
        case = uow.session.get(Case, record.case_id) if record.case_id is not None else None
        return _linked(calendar.calendar_in(uow.session), today_in(uow), case)


@dataclass(frozen=True)
class AgencyRow:
    """One line of the proxy-case list."""

    agency_no: str
    state: str
    applicant_name: str  # masked for a person (``agency.shown_name``); the search matches the whole name
    item_names: str
    agent_id: uuid.UUID
    agent_name: str
    holder: str
    created_at: datetime
    closed_at: datetime | None
    valid_until: date
    expired: bool  # the authorization no longer covers today
    linked: LinkedDeadline | None


def _item_names(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    # In chunks: one IN list per 500 keeps within every driver's parameter limit.
    for start in range(0, len(ids), 500):
        for agency_id, name in uow.session.execute(
            select(AgencyItem.agency_id, AgencyItem.name)
            .where(AgencyItem.agency_id.in_(ids[start : start + 500]))
            .order_by(AgencyItem.agency_id, AgencyItem.position)
        ):
            names.setdefault(agency_id, []).append(name)
    return names


def list_agencies(
    uow: UnitOfWork,
    *,
    states: Sequence[str] = (),
    agent_id: uuid.UUID | None = None,
    text: str = "",
    limit: int = LIST_LIMIT,
) -> list[AgencyRow]:
    """Proxy cases newest first; ``states`` empty means all, ``text`` matches the number or applicant."""
    query = (
        select(AgencyRecord, Staff.name, Case)
        .join(Staff, Staff.id == AgencyRecord.agent_id)
        .outerjoin(Case, Case.id == AgencyRecord.case_id)
        .order_by(AgencyRecord.created_at.desc())
        .limit(limit)
    )
    if states:
        query = query.where(AgencyRecord.state.in_(list(states)))
    if agent_id is not None:
        query = query.where(AgencyRecord.agent_id == agent_id)
    if text.strip():
        like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            AgencyRecord.agency_no.ilike(like, escape="\\")
            | AgencyRecord.principal_name.ilike(like, escape="\\")
        )
    with uow.reading():
        rows = uow.session.execute(query.where(AgencyRecord.hall_id == _hall(uow))).all()
        names = _item_names(uow, [r[0].id for r in rows])
        cal = calendar.calendar_in(uow.session)
        today = today_in(uow)
        return [
            AgencyRow(
                record.agency_no,
                record.state,
                shown_name(record.principal_kind, record.principal_name),
                "、".join(names.get(record.id, [])),
                record.agent_id,
                agent_name,
                record.holder,
                record.created_at,
                record.closed_at,
                record.valid_until,
                record.state not in CLOSED_STATES and today > record.valid_until,
                _linked(cal, today, case),
            )
            for record, agent_name, case in rows
        ]


@dataclass(frozen=True)
class AgentLoad:
    """One agent's open proxy cases."""

    agent_id: uuid.UUID
    agent_name: str
    phone: str
    open_count: int
    by_state: dict[str, int]
    oldest_no: str | None
    oldest_since: datetime | None
    oldest_working_days: int | None
    oldest_hours: float | None
    linked_overdue: int  # open proxy cases whose linked case is past its promised deadline
    linked_due_soon: int
    expired: int  # open proxy cases whose authorization no longer covers today


def _hours(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 3600, 1)


def _day(moment: datetime) -> date:
    return moment.astimezone(HALL_TZ).date()


def workload(uow: UnitOfWork) -> list[AgentLoad]:
    """Every active agent (and anyone else still holding open proxy cases), busiest first."""
    with uow.reading():
        hall_id = _hall(uow)
        now = uow.now()
        today = today_in(uow)
        cal = calendar.calendar_in(uow.session)
        people = {
            s.id: s
            for s in uow.session.scalars(
                select(Staff).where(
                    Staff.hall_id == hall_id, Staff.role == Role.AGENT.value, Staff.active.is_(True)
                )
            )
        }
        open_rows = uow.session.execute(
            select(AgencyRecord, Case)
            .outerjoin(Case, Case.id == AgencyRecord.case_id)
            .where(AgencyRecord.hall_id == hall_id, AgencyRecord.state.in_([s.value for s in OPEN_STATES]))
            .order_by(AgencyRecord.created_at)
        ).all()
        mine: dict[uuid.UUID, list[tuple[AgencyRecord, Case | None]]] = {}
        for record, case in open_rows:
            mine.setdefault(record.agent_id, []).append((record, case))
            if record.agent_id not in people:
                staff = uow.session.get(Staff, record.agent_id)
                if staff is not None:
                    people[staff.id] = staff
        loads = []
        for agent_id, staff in people.items():
            rows = mine.get(agent_id, [])
            statuses = [_linked(cal, today, case) for _r, case in rows]
            oldest = rows[0][0] if rows else None
            loads.append(
                AgentLoad(
                    agent_id,
                    staff.name,
                    staff.phone,
                    len(rows),
                    {s.value: sum(1 for r, _c in rows if r.state == s) for s in OPEN_STATES},
                    oldest.agency_no if oldest else None,
                    oldest.created_at if oldest else None,
                    cal.working_days_between(_day(oldest.created_at), today) if oldest else None,
                    _hours(oldest.created_at, now) if oldest else None,
                    sum(1 for d in statuses if d is not None and d.status is DeadlineStatus.OVERDUE),
                    sum(1 for d in statuses if d is not None and d.status is DeadlineStatus.DUE_SOON),
                    sum(1 for r, _c in rows if today > r.valid_until),
                )
            )
        loads.sort(key=lambda a: (-a.open_count, a.agent_name))
        return loads


@dataclass(frozen=True)
class ClosedRow:
    agency_no: str
    state: str  # delivered or cancelled
    applicant_name: str  # masked for a person
    item_names: str
    agent_name: str
    created_at: datetime
    closed_at: datetime
    working_days: int
    hours: float
    case_no: str | None
    cancel_reason: str


@dataclass(frozen=True)
class ClosedReport:
    rows: list[ClosedRow]
    delivered: int
    cancelled: int
    average_working_days: float | None  # over delivered proxy cases only: a cancellation is not service time
    average_hours: float | None
    longest_working_days: int | None


def closed_cases(
    uow: UnitOfWork,
    since: date | None = None,
    until: date | None = None,
    *,
    agent_id: uuid.UUID | None = None,
    limit: int = LIST_LIMIT,
) -> ClosedReport:
    """Proxy cases closed (delivered or cancelled) between ``since`` and ``until`` (hall dates, inclusive),
    newest first, each with its duration from registration."""
    query = (
        select(AgencyRecord, Staff.name, Case.case_no)
        .join(Staff, Staff.id == AgencyRecord.agent_id)
        .outerjoin(Case, Case.id == AgencyRecord.case_id)
        .where(AgencyRecord.state.in_([s.value for s in CLOSED_STATES]), AgencyRecord.closed_at.is_not(None))
        .order_by(AgencyRecord.closed_at.desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(
            AgencyRecord.closed_at >= datetime(since.year, since.month, since.day, tzinfo=HALL_TZ)
        )
    if until is not None:
        end = until + timedelta(days=1)
        query = query.where(AgencyRecord.closed_at < datetime(end.year, end.month, end.day, tzinfo=HALL_TZ))
    if agent_id is not None:
        query = query.where(AgencyRecord.agent_id == agent_id)
    out: list[ClosedRow] = []
    with uow.reading():
        rows = uow.session.execute(query.where(AgencyRecord.hall_id == _hall(uow))).all()
        names = _item_names(uow, [r[0].id for r in rows])
        cal = calendar.calendar_in(uow.session)
        for record, agent_name, case_no in rows:
            assert record.closed_at is not None
            out.append(
                ClosedRow(
                    record.agency_no,
                    record.state,
                    shown_name(record.principal_kind, record.principal_name),
                    "、".join(names.get(record.id, [])),
                    agent_name,
                    record.created_at,
                    record.closed_at,
                    cal.working_days_between(_day(record.created_at), _day(record.closed_at)),
                    _hours(record.created_at, record.closed_at),
                    case_no,
                    record.cancel_reason,
                )
            )
    delivered = [r for r in out if r.state == AgencyState.DELIVERED]
    return ClosedReport(
        out,
        len(delivered),
        len(out) - len(delivered),
        round(sum(r.working_days for r in delivered) / len(delivered), 1) if delivered else None,
        round(sum(r.hours for r in delivered) / len(delivered), 1) if delivered else None,
        max((r.working_days for r in delivered), default=None),
    )
