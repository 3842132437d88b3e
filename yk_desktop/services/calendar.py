"""The working calendar table: seeded from ``chinese_calendar``, editable, and the source of deadlines.

Only days that differ from Mon–Fri are stored (holidays, and 调休 weekends that are workdays). A year
is "covered" once its official arrangement is loaded; deadlines that reach an uncovered year still
compute (weekends only) but the program warns at start-up (DOMAIN.md Deadlines).

The calendar also decides which appointment slots run (``services.appointment_slots``). A change that would
take away a slot someone has booked (a day marked a holiday over appointments) is refused, naming them: the
hall changes or cancels those appointments first (``appointments.cancel(..., by_hall=True)``), as it must
before a slot-plan change (``services.slot_plans``). While a change runs, every category's row is locked, so
a booking made at that moment either commits first (and is seen) or waits and sees the new calendar.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services import audit
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Appointment, CalendarDay, CalendarYear, Category, Staff
from yk_desktop.store.models.appointments import AppointmentState
from yk_desktop.store.models.hall import Role

if TYPE_CHECKING:
    from yk_desktop.services.appointment_slots import Slot

HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}
SOURCE = "chinese_calendar"
NEXT_YEAR_FROM_MONTH = 10
NAME_MAX = 40  # CalendarDay.name
STRANDED_LISTED = 5  # appointments named in the refusal of a change that would strand them


def _check_editor(uow: UnitOfWork, staff_id: uuid.UUID | None) -> uuid.UUID | None:
    """The calendar is city-wide data every deadline depends on: only a manager or an admin changes it.

    ``staff_id`` None is the command line or the demo seed, run by whoever administers the machine.
    Returns the hall the change is audited under (None: no hall yet, as when the first seed runs).
    """
    hall_id = uow.runtime.hall_id
    if staff_id is None:
        return hall_id
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active or (hall_id is not None and staff.hall_id != hall_id):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if staff.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied("只有大厅负责人或系统管理员可以修改工作日历。")
    return staff.hall_id


def _record(
    uow: UnitOfWork,
    hall_id: uuid.UUID | None,
    action: str,
    entity_id: uuid.UUID | None,
    staff_id: uuid.UUID | None,
    detail: dict[str, object],
) -> None:
    # Audit chains belong to a hall; a calendar loaded before any hall exists (a fresh seed) has none.
    if hall_id is not None:
        audit.record(uow, action, "calendar", entity_id, actor_id=staff_id, detail=detail, hall_id=hall_id)


def _recount(uow: UnitOfWork, years: list[int], staff_id: uuid.UUID | None) -> None:
    """Running cases whose deadlines reach a changed year are counted again, in the same transaction."""
    session = uow.session
    session.flush()  # the new days must be visible to the recount's read
    # Imported here: cases depends on this module for its calendar.
    from yk_desktop.services.cases import recount_deadlines

    recount_deadlines(uow, years, staff_id)


def _lock_categories(uow: UnitOfWork) -> None:
    """Hold every category's row until commit, in one order: bookings wait (the module docstring)."""
    uow.session.execute(select(Category.id).order_by(Category.id).with_for_update(key_share=True))


def _refuse_stranded(uow: UnitOfWork, changed: Iterable[date]) -> None:
    """Refuse a change of ``changed`` days that takes away a booked slot from today on, naming the bookings."""
    today = uow.now().astimezone(HALL_TZ).date()
    days = sorted({d for d in changed if d >= today})
    if not days:
        return
    session = uow.session
    session.flush()  # the new days must be visible to the slots' read
    booked = session.scalars(
        select(Appointment)
        .where(Appointment.state == AppointmentState.BOOKED.value, Appointment.service_date.in_(days))
        .order_by(Appointment.service_date, Appointment.start, Appointment.code)
    ).all()
    if not booked:
        return
    # Imported here: appointment slots read the calendar through this module.
    from yk_desktop.services.appointment_slots import offered, slots_in

    cal = calendar_in(session)
    slots: dict[tuple[uuid.UUID, uuid.UUID, date], list[Slot]] = {}
    stranded = []
    for a in booked:
        where = (a.hall_id, a.category_id, a.service_date)
        if where not in slots:
            slots[where] = slots_in(session, a.hall_id, a.category_id, a.service_date, cal)
        if not offered(a.slot_plan_id, a.start, a.end, slots[where]):
            stranded.append(a)
    if not stranded:
        return
    listed = "、".join(
        f"{a.code}（{a.service_date:%Y-%m-%d} {a.start:%H:%M}）" for a in stranded[:STRANDED_LISTED]
    )
    more = f"等 {len(stranded)} 个预约" if len(stranded) > STRANDED_LISTED else ""
    raise Conflict(
        f"这样修改工作日历会使已有预约的时段不再开放：{listed}{more}。"
        "请先在预约日视图中为这些预约改约，或由大厅负责人“因大厅原因取消”并写明原因、告知申请人，再修改日历。"
    )


def package_years() -> set[int]:
    """Years the installed ``chinese_calendar`` knows (it raises beyond its data, so we ask its tables)."""
    from chinese_calendar import constants

    return {d.year for d in constants.holidays}


def load_official(
    uow: UnitOfWork, years: Iterable[int] | None = None, *, staff_id: uuid.UUID | None = None
) -> list[int]:
    """Load the State Council arrangement for ``years`` (default: every year the package has).

    Days edited by hand (source 'manual') are kept: the hall's own correction wins over the package.
    Returns the years loaded. ``staff_id``: the manager asking (checked, and named in the audit entry).
    """
    from chinese_calendar import constants

    available = package_years()
    wanted = sorted(available if years is None else set(years))
    missing = [y for y in wanted if y not in available]
    if missing:
        raise InvalidInput(
            f"已安装的 chinesecalendar 不含 {', '.join(map(str, missing))} 年的节假日安排，"
            "请升级该软件包（pip install -U chinesecalendar）或在管理端手工录入。",
            field="年份",
        )
    with uow:
        hall_id = _check_editor(uow, staff_id)
        _lock_categories(uow)
        session = uow.session
        existing = {
            row.day: row
            for row in session.scalars(
                select(CalendarDay).where(CalendarDay.day >= date(min(wanted, default=1900), 1, 1))
            )
        }
        changed: set[date] = set()
        for table, kind in ((constants.holidays, "holiday"), (constants.workdays, "workday")):
            for day, english in table.items():
                if day.year not in wanted:
                    continue
                row = existing.get(day)
                if row is not None and row.source != SOURCE:
                    continue
                name = HOLIDAY_NAMES.get(english, english)
                if row is None or row.kind != kind:
                    changed.add(day)
                if row is None:
                    row = CalendarDay(day=day, kind=kind, name=name, source=SOURCE)
                    session.add(row)
                    existing[day] = row
                else:
                    row.kind, row.name = kind, name
        known = set(session.scalars(select(CalendarYear.year)))
        for year in wanted:
            if year not in known:
                session.add(CalendarYear(year=year, source=SOURCE, loaded_at=uow.now()))
        _refuse_stranded(uow, changed)
        _record(uow, hall_id, "calendar.load", None, staff_id, {"years": wanted})
        _recount(uow, wanted, staff_id)
        uow.commit()
    return wanted


@dataclass(frozen=True)
class DayEntry:
    day: date
    kind: str
    name: str
    source: str


def set_day(
    uow: UnitOfWork, day: date, kind: str, name: str = "", *, staff_id: uuid.UUID | None = None
) -> None:
    """Hand edit: mark a day as holiday or 调休 workday (overrides the package for that day).

    A weekday marked 调休 workday undoes a holiday the hall does not keep. ``staff_id``: the manager
    (checked and audited); None only from the command line.
    """
    if kind not in ("holiday", "workday"):
        raise InvalidInput("日期类型只能是“节假日”或“调休工作日”。", field="日期类型")
    name = " ".join(name.split())
    if len(name) > NAME_MAX:
        raise InvalidInput(f"名称最多 {NAME_MAX} 个字。", field="名称")
    with uow:
        hall_id = _check_editor(uow, staff_id)
        _lock_categories(uow)
        row = uow.session.scalar(select(CalendarDay).where(CalendarDay.day == day))
        before = None if row is None else {"kind": row.kind, "name": row.name, "source": row.source}
        if row is None:
            row = CalendarDay(day=day, kind=kind, name=name, source="manual")
            uow.session.add(row)
            uow.session.flush()
        else:
            row.kind, row.name, row.source = kind, name, "manual"
        if before is None or before["kind"] != kind:
            _refuse_stranded(uow, [day])
        detail: dict[str, object] = {"day": day.isoformat(), "kind": kind, "name": name, "before": before}
        _record(uow, hall_id, "calendar.set_day", row.id, staff_id, detail)
        _recount(uow, [day.year], staff_id)
        uow.commit()


KIND_WORDS = {
    "holiday": "holiday",
    "节假日": "holiday",
    "放假": "holiday",
    "休": "holiday",
    "workday": "workday",
    "调休": "workday",
    "调休工作日": "workday",
    "调休上班": "workday",
    "上班": "workday",
    "班": "workday",
}


@dataclass(frozen=True)
class ParsedLine:
    """One non-blank line of a pasted or imported arrangement: its day, or why it cannot be read."""

    number: int  # 1-based, as the manager counts lines in the text
    text: str
    entry: DayEntry | None
    error: str  # "" when the line is fine


def _is_header(parts: list[str]) -> bool:
    return parts[0].lower() in ("日期", "date", "day")


def parse_lines(text: str, year: int | None = None) -> list[ParsedLine]:
    """Every line of ``text`` read on its own, so a preview can mark each bad line (``parse_days``).

    Blank lines and ``#`` comments are skipped; so is a first line of column names (日期,类型,名称), as a
    spreadsheet saves it. With ``year``, a day outside that year is an error on its line.
    """
    lines: list[ParsedLine] = []
    seen: set[date] = set()
    first = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        cleaned = line.replace(",", " ").replace("，", " ").replace("\t", " ")
        parts = [p.strip("\"'") for p in cleaned.split(" ")]
        parts = [p for p in parts if p]
        if first and parts and _is_header(parts):
            first = False
            continue
        first = False
        entry: DayEntry | None = None
        error = ""
        if len(parts) < 2:
            error = f"第 {number} 行应为“日期 类型 名称”，如“2027-01-01 节假日 元旦”。"
        else:
            try:
                day = date.fromisoformat(parts[0].replace("/", "-"))
            except ValueError:
                day = None
                error = f"第 {number} 行的日期“{parts[0]}”无法识别，请写成 2027-01-01。"
            kind = KIND_WORDS.get(parts[1].lower())
            if day is None:
                pass
            elif kind is None:
                error = f"第 {number} 行的类型“{parts[1]}”应为“节假日”或“调休上班”。"
            elif day in seen:
                error = f"第 {number} 行的日期 {day} 重复。"
            elif year is not None and day.year != year:
                error = f"第 {number} 行的日期 {day} 不在 {year} 年内。"
            else:
                seen.add(day)
                entry = DayEntry(day, kind, " ".join(parts[2:])[:NAME_MAX], "manual")
        lines.append(ParsedLine(number, line, entry, error))
    return lines


def parse_days(text: str) -> list[DayEntry]:
    """Lines of 「2027-01-01 节假日 元旦」 or 「2027-02-07,调休上班,春节」 (date, kind, optional name), as a
    manager types or pastes the State Council notice; raises InvalidInput naming the first bad line."""
    entries: list[DayEntry] = []
    for line in parse_lines(text):
        if line.error:
            raise InvalidInput(line.error, field="日历")
        assert line.entry is not None
        entries.append(line.entry)
    return entries


def format_line(entry: DayEntry) -> str:
    """One day as a line :func:`parse_lines` reads back: the year's arrangement shown for editing."""
    kind = "节假日" if entry.kind == "holiday" else "调休上班"
    return f"{entry.day.isoformat()} {kind} {entry.name}".rstrip()


def enter_year(
    uow: UnitOfWork,
    year: int,
    entries: list[DayEntry],
    source: str = "manual",
    *,
    staff_id: uuid.UUID | None = None,
) -> None:
    """A manager enters (or imports) a year's holidays and 调休 days; the year then counts as covered and
    its deadlines stop being estimates. The entries are the whole year: days of that year not among them
    go back to ordinary days, so re-entering a year corrects a wrongly typed holiday. All in one
    transaction: a bad entry saves nothing.

    ``staff_id``: the manager (checked and audited); None only from the command line.
    """
    wrong = [e.day for e in entries if e.day.year != year]
    if wrong:
        raise InvalidInput(f"{wrong[0]} 不在 {year} 年内，请核对。", field="日历")
    if not any(e.kind == "holiday" for e in entries):
        raise InvalidInput(f"{year} 年至少应有一个法定节假日。", field="日历")
    with uow:
        hall_id = _check_editor(uow, staff_id)
        _lock_categories(uow)
        session = uow.session
        existing = {
            row.day: row
            for row in session.scalars(
                select(CalendarDay).where(
                    CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
                )
            )
        }
        kept = {e.day for e in entries}
        removed = sorted(day for day in existing if day not in kept)
        changed = set(removed) | {
            e.day for e in entries if e.day not in existing or existing[e.day].kind != e.kind
        }
        for day in removed:
            session.delete(existing[day])
        session.flush()
        for e in entries:
            row = existing.get(e.day)
            if row is None:
                session.add(CalendarDay(day=e.day, kind=e.kind, name=e.name, source="manual"))
            else:
                row.kind, row.name, row.source = e.kind, e.name, "manual"
        known = session.scalar(select(CalendarYear).where(CalendarYear.year == year))
        if known is None:
            session.add(CalendarYear(year=year, source=source, loaded_at=uow.now()))
        else:
            known.source, known.loaded_at = source, uow.now()
        _refuse_stranded(uow, changed)
        detail: dict[str, object] = {
            "year": year,
            "source": source,
            "holidays": sum(e.kind == "holiday" for e in entries),
            "workdays": sum(e.kind == "workday" for e in entries),
            "removed": [day.isoformat() for day in removed],
        }
        _record(uow, hall_id, "calendar.enter_year", None, staff_id, detail)
        _recount(uow, [year], staff_id)
        uow.commit()


def list_days(uow: UnitOfWork, year: int) -> list[DayEntry]:
    with uow.reading():
        rows = uow.session.scalars(
            select(CalendarDay)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
        return [DayEntry(r.day, r.kind, r.name, r.source) for r in rows]


@dataclass(frozen=True)
class YearInfo:
    year: int
    covered: bool  # its arrangement is in the table (loaded or entered)
    source: str | None  # 'chinese_calendar', 'manual', …; None when not covered
    loaded_at: datetime | None
    in_package: bool  # the installed chinesecalendar has it, so 载入 would cover it


def year_info(uow: UnitOfWork, year: int) -> YearInfo:
    """Whether ``year`` is covered, and how (for the manager's calendar page)."""
    with uow.reading():
        row = uow.session.scalar(select(CalendarYear).where(CalendarYear.year == year))
        source, loaded_at = (row.source, row.loaded_at) if row is not None else (None, None)
    return YearInfo(year, row is not None, source, loaded_at, year in package_years())


def work_calendar(uow: UnitOfWork) -> WorkCalendar:
    with uow.reading():
        return calendar_in(uow.session)


def calendar_in(session: Session) -> WorkCalendar:
    """The calendar read inside a transaction already open (accepting a case reads it mid-write)."""
    rows = session.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    years = list(session.scalars(select(CalendarYear.year)))
    return WorkCalendar(
        holidays=[d for d, k in rows if k == "holiday"],
        workdays=[d for d, k in rows if k == "workday"],
        covered_years=years,
    )


@dataclass(frozen=True)
class Deadline:
    day: date
    note: str  # empty, or why the date is only an estimate (a year without its holiday arrangement)

    @property
    def estimated(self) -> bool:
        return bool(self.note)


def estimate_note(years: list[int]) -> str:
    if not years:
        return ""
    listed = "、".join(f"{y}年" for y in years)
    return f"{listed}法定节假日安排尚未录入工作日历，本期限暂按周一至周五推算，如遇节假日顺延。"


def deadline_in(cal: WorkCalendar, start: date, working_days: int) -> Deadline:
    """The N-th working day after ``start`` (counting starts the next day, 行政许可法 Art. 82), with a note
    when it runs through a year whose holidays are not known yet (then Monday–Friday is assumed)."""
    day = cal.working_days_after(start, working_days)
    return Deadline(day, estimate_note(cal.uncovered_between(start, day)))


def deadline(uow: UnitOfWork, accepted_on: date, working_days: int) -> Deadline:
    return deadline_in(work_calendar(uow), accepted_on, working_days)


def uncovered_years(uow: UnitOfWork) -> list[int]:
    """Years whose holiday arrangement is missing and that deadlines set now can reach.

    This year always counts; next year from October on, when a 60-working-day deadline (the longest
    in the catalog) runs into it. The State Council publishes next year's arrangement in late autumn.
    """
    today = uow.now().astimezone(HALL_TZ).date()
    relevant = [today.year] + ([today.year + 1] if today.month >= NEXT_YEAR_FROM_MONTH else [])
    with uow.reading():
        known = set(uow.session.scalars(select(CalendarYear.year)))
    return [y for y in relevant if y not in known]


def coverage_gap(years: list[int]) -> str | None:
    """What a missing arrangement means for deadlines (the first half of ``coverage_warning``)."""
    if not years:
        return None
    listed = "、".join(f"{y}年" for y in years)
    return f"工作日历尚未包含{listed}的法定节假日安排，落在{listed}的办件期限将只按周末计算。"


def coverage_warning(years: list[int]) -> str | None:
    gap = coverage_gap(years)
    if gap is None:
        return None
    return (
        gap + "请在国务院办公厅发布放假通知后升级 chinesecalendar 并执行 yk-desktop calendar load，"
        "或由管理员在管理端手工录入。"
    )
