"""The working calendar table: seeded from ``chinese_calendar``, editable, and the source of deadlines.

Only days that differ from Mon–Fri are stored (holidays, and 调休 weekends that are workdays). A year
is "covered" once its official arrangement is loaded; deadlines that reach an uncovered year still
compute (weekends only) but the program warns at start-up (DOMAIN.md Deadlines).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services.errors import InvalidInput
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import CalendarDay, CalendarYear

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


def package_years() -> set[int]:
    """Years the installed ``chinese_calendar`` knows (it raises beyond its data, so we ask its tables)."""
    from chinese_calendar import constants

    return {d.year for d in constants.holidays}


def load_official(uow: UnitOfWork, years: Iterable[int] | None = None) -> list[int]:
    """Load the State Council arrangement for ``years`` (default: every year the package has).

    Days edited by hand (source 'manual') are kept: the hall's own correction wins over the package.
    Returns the years loaded.
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
        session = uow.session
        existing = {
            row.day: row
            for row in session.scalars(
                select(CalendarDay).where(CalendarDay.day >= date(min(wanted, default=1900), 1, 1))
            )
        }
        for table, kind in ((constants.holidays, "holiday"), (constants.workdays, "workday")):
            for day, english in table.items():
                if day.year not in wanted:
                    continue
                row = existing.get(day)
                if row is not None and row.source != SOURCE:
                    continue
                name = HOLIDAY_NAMES.get(english, english)
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
        uow.commit()
    return wanted


@dataclass(frozen=True)
class DayEntry:
    day: date
    kind: str
    name: str
    source: str


def set_day(uow: UnitOfWork, day: date, kind: str, name: str = "") -> None:
    """Hand edit: mark a day as holiday or 调休 workday (overrides the package for that day)."""
    if kind not in ("holiday", "workday"):
        raise InvalidInput("日期类型只能是“节假日”或“调休工作日”。", field="日期类型")
    with uow:
        row = uow.session.scalar(select(CalendarDay).where(CalendarDay.day == day))
        if row is None:
            uow.session.add(CalendarDay(day=day, kind=kind, name=name, source="manual"))
        else:
            row.kind, row.name, row.source = kind, name, "manual"
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


def parse_days(text: str) -> list[DayEntry]:
    """Lines of 「2027-01-01 节假日 元旦」 or 「2027-02-07,调休上班,春节」 (date, kind, optional name), as a
    manager types or pastes the State Council notice; raises InvalidInput naming the bad line."""
    entries: list[DayEntry] = []
    seen: set[date] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p for p in line.replace(",", " ").replace("，", " ").replace("\t", " ").split(" ") if p]
        if len(parts) < 2:
            raise InvalidInput(
                f"第 {number} 行应为“日期 类型 名称”，如“2027-01-01 节假日 元旦”。", field="日历"
            )
        try:
            day = date.fromisoformat(parts[0].replace("/", "-"))
        except ValueError:
            raise InvalidInput(
                f"第 {number} 行的日期“{parts[0]}”无法识别，请写成 2027-01-01。", field="日历"
            ) from None
        kind = KIND_WORDS.get(parts[1].lower())
        if kind is None:
            raise InvalidInput(f"第 {number} 行的类型“{parts[1]}”应为“节假日”或“调休上班”。", field="日历")
        if day in seen:
            raise InvalidInput(f"第 {number} 行的日期 {day} 重复。", field="日历")
        seen.add(day)
        entries.append(DayEntry(day, kind, " ".join(parts[2:])[:40], "manual"))
    return entries


def enter_year(uow: UnitOfWork, year: int, entries: list[DayEntry], source: str = "manual") -> None:
    """A manager enters (or imports) a year's holidays and 调休 days; the year then counts as covered and
    its deadlines stop being estimates. All in one transaction: a bad entry saves nothing."""
    wrong = [e.day for e in entries if e.day.year != year]
    if wrong:
        raise InvalidInput(f"{wrong[0]} 不在 {year} 年内，请核对。", field="日历")
    if not any(e.kind == "holiday" for e in entries):
        raise InvalidInput(f"{year} 年至少应有一个法定节假日。", field="日历")
    with uow:
        session = uow.session
        existing = {
            row.day: row
            for row in session.scalars(
                select(CalendarDay).where(
                    CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
                )
            )
        }
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
        uow.commit()


def list_days(uow: UnitOfWork, year: int) -> list[DayEntry]:
    with uow.reading():
        rows = uow.session.scalars(
            select(CalendarDay)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
        return [DayEntry(r.day, r.kind, r.name, r.source) for r in rows]


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


def coverage_warning(years: list[int]) -> str | None:
    if not years:
        return None
    listed = "、".join(f"{y}年" for y in years)
    return (
        f"工作日历尚未包含{listed}的法定节假日安排，落在{listed}的办件期限将只按周末计算。"
        "请在国务院办公厅发布放假通知后升级 chinesecalendar 并执行 yk-desktop calendar load，"
        "或由管理员在管理端手工录入。"
    )
