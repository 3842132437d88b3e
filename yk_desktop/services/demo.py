"""The demo hall (营口市政务服务中心): loaded from ``resources/demo/hall.json``, data not code."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.text import clean_person_name
from yk_desktop.core.ticketno import validate_prefix
from yk_desktop.resources import resource
from yk_desktop.services import calendar, hall, queue, serving
from yk_desktop.services.auth import hash_password
from yk_desktop.services.catalog import pinyin_keys
from yk_desktop.services.errors import InvalidInput, QueueEmpty
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import (
    Appointment,
    Bundle,
    BundleItem,
    Category,
    Hall,
    ItemMaterial,
    Material,
    PriorityGroup,
    ServiceItem,
    SlotPlan,
    Staff,
    Window,
    WindowCategory,
)

DEMO_FILE = "demo/hall.json"


def demo_data(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path or resource(DEMO_FILE)).read_text(encoding="utf-8"))
    return data


def demo_accounts(path: Path | None = None) -> list[tuple[str, str, str, str]]:
    """(username, password, name, role) of the demo staff, for the login dialog in demo mode."""
    return [(s["username"], s["password"], s["name"], s["role"]) for s in demo_data(path)["staff"]]


@dataclass(frozen=True)
class SeedReport:
    created: bool
    hall_code: str
    categories: int = 0
    windows: int = 0
    staff: int = 0
    items: int = 0
    materials: int = 0
    bundles: int = 0
    calendar_years: int = 0

    def summary(self) -> str:
        if not self.created:
            return f"演示大厅 {self.hall_code} 已存在，未重复创建。"
        return (
            f"已创建演示大厅 {self.hall_code}：{self.categories} 个业务类别、{self.windows} 个窗口、"
            f"{self.staff} 名工作人员、{self.items} 个事项（{self.materials} 种材料）、"
            f"{self.bundles} 个“一件事”，载入 {self.calendar_years} 年工作日历。"
        )


def seed_demo(uow: UnitOfWork, path: Path | None = None) -> SeedReport:
    """Create the demo hall once; running it again changes nothing."""
    data = demo_data(path)
    h = data["hall"]
    with uow:
        session = uow.session
        if session.scalar(select(Hall.id).where(Hall.code == h["code"])) is not None:
            return SeedReport(False, h["code"])
        hall = Hall(
            **{
                k: h[k]
                for k in (
                    "code",
                    "name",
                    "short_name",
                    "address",
                    "phone",
                    "supervision_phone",
                    "opening_hours",
                )
            }
        )
        session.add(hall)
        session.flush()
        for pos, name in enumerate(data.get("priority_groups", [])):
            session.add(PriorityGroup(hall_id=hall.id, name=name, position=pos))
        categories: dict[str, Category] = {}
        for c in data["categories"]:
            prefix = validate_prefix(c["prefix"])
            categories[prefix] = Category(
                hall_id=hall.id,
                prefix=prefix,
                name=c["name"],
                description=c.get("description", ""),
                issue_start=time.fromisoformat(c["issue_start"]),
                issue_end=time.fromisoformat(c["issue_end"]),
                daily_cap=c["daily_cap"],
                wait_warning=c["wait_warning"],
                green_channel=c["green_channel"],
            )
        session.add_all(categories.values())
        session.flush()
        windows: dict[int, Window] = {}
        for w in data["windows"]:
            window = Window(hall_id=hall.id, number=w["number"], name=w["name"], area=w.get("area", ""))
            for served in w["categories"]:
                window.categories.append(
                    WindowCategory(
                        hall_id=hall.id, category_id=categories[served["prefix"]].id, weight=served["weight"]
                    )
                )
            windows[w["number"]] = window
        session.add_all(windows.values())
        session.flush()
        for s in data["staff"]:
            window_no = s.get("window")
            session.add(
                Staff(
                    hall_id=hall.id,
                    username=s["username"],
                    name=clean_person_name(s["name"]),
                    role=s["role"],
                    password_hash=hash_password(s["password"]),
                    phone=s.get("phone", ""),
                    department=s.get("department", ""),
                    window_id=windows[window_no].id if window_no is not None else None,
                )
            )
        materials: dict[str, Material] = {}
        items: dict[str, ServiceItem] = {}
        for it in data["items"]:
            initials, full = pinyin_keys(it["name"])
            item = ServiceItem(
                hall_id=hall.id,
                code=it["code"],
                name=it["name"],
                department=it["department"],
                category_id=categories[it["category"]].id if it.get("category") else None,
                basis=it["basis"],
                conditions=it["conditions"],
                procedure=list(it["procedure"]),
                legal_days=it["legal_days"],
                promised_days=it["promised_days"],
                fees=it["fees"],
                online=it["online"],
                location=it.get("location", ""),
                phone=it.get("phone", ""),
                pinyin_initials=initials,
                pinyin_full=full,
            )
            for pos, m in enumerate(it["materials"]):
                material = materials.get(m["name"])
                if material is None:
                    material = Material(
                        hall_id=hall.id,
                        name=m["name"],
                        reusable=m.get("reusable", False),
                        certificate=m.get("certificate"),
                        issuer=m.get("issuer", ""),
                        note=m.get("note", ""),
                    )
                    materials[m["name"]] = material
                item.materials.append(
                    ItemMaterial(
                        hall_id=hall.id,
                        material=material,
                        position=pos,
                        form=m["form"],
                        original=m["original"],
                        copies=m["copies"],
                        required=m["required"],
                        condition=m.get("condition"),
                    )
                )
            items[item.code] = item
        session.add_all(items.values())
        session.flush()
        for b in data.get("bundles", []):
            bundle = Bundle(
                hall_id=hall.id,
                code=b["code"],
                name=b["name"],
                description=b.get("description", ""),
                category_id=categories[b["category"]].id if b.get("category") else None,
            )
            for pos, code in enumerate(b["items"]):
                bundle.items.append(BundleItem(hall_id=hall.id, item_id=items[code].id, position=pos))
            session.add(bundle)
        _seed_demo_slot_plans(session, hall.id, categories, uow.now().astimezone(HALL_TZ).date())
        report = SeedReport(
            True,
            hall.code,
            len(categories),
            len(windows),
            len(data["staff"]),
            len(items),
            len(materials),
            len(data.get("bundles", [])),
        )
        uow.commit()
    years = calendar.load_official(uow.runtime.uow())
    return SeedReport(**{**report.__dict__, "calendar_years": len(years)})


def seed_demo_queue(runtime: Runtime, per_category: int = 3) -> int:
    """A few waiting tickets for today so a newcomer can call a number at once.

    Issued through the real use case on a clock set inside issuing hours, so the numbers, events
    and audit entries are exactly what a kiosk would have made.
    """
    real_clock = runtime.clock
    now = real_clock.now().astimezone(HALL_TZ)
    runtime.clock = FixedClock(datetime.combine(now.date(), time(9, 0), tzinfo=HALL_TZ))
    try:
        issued = 0
        for _round in range(per_category):
            for prefix in queue.waiting_counts(runtime.uow()):
                runtime.clock = FixedClock(runtime.clock.now().replace(minute=issued % 60))
                queue.issue_ticket(runtime.uow(), prefix)
                issued += 1
        _seed_demo_calls(runtime)
        _seed_demo_appointments(runtime)
        return issued
    finally:
        runtime.clock = real_clock


# Windows that have already called someone in the demo, so the hall display and the figures have
# something to show; window 1 (clerk01's) is left free for the newcomer's first F1.
DEMO_CALLING_WINDOWS = (2, 3, 4)


def _seed_demo_calls(runtime: Runtime) -> None:
    numbers = {w.number for w in hall.list_windows(runtime.uow())}
    for minute, window in enumerate(w for w in DEMO_CALLING_WINDOWS if w in numbers):
        runtime.clock = FixedClock(runtime.clock.now().replace(hour=9, minute=30 + 5 * minute))
        try:
            queue.call_next(runtime.uow(), window, None)
        except (QueueEmpty, InvalidInput):
            continue  # nothing that window serves is waiting, or it is still serving (a second seed)
        if window == DEMO_CALLING_WINDOWS[0]:
            runtime.clock = FixedClock(runtime.clock.now().replace(minute=runtime.clock.now().minute + 4))
            serving.finish(runtime.uow(), window, None)


# Today's demo appointments: (code suffix, category, start, end, phone); the code is MMDD + suffix so
# each day's seed gets its own codes (codes are unique per hall).
DEMO_APPOINTMENTS = (
    ("01", "A", time(10, 0), time(10, 30), "13800138000"),
    ("02", "B", time(14, 0), time(14, 30), "13900139000"),
    ("03", "C", time(17, 30), time(18, 0), "13700137000"),  # an after-hours (延时) slot
)


def demo_appointment_code(day: date, suffix: str) -> str:
    return f"{day:%m%d}{suffix}"


# The demo's appointment plans: (category, kind, weekdays, start, end, slot minutes, places per slot, name).
# Working hours with 午间不断档 for the busiest counters, evening 延时 for A and C, Saturday mornings for A and E.
_MORNING, _NOON, _AFTERNOON = (
    (time(9, 0), time(11, 30)),
    (time(11, 30), time(13, 0)),
    (time(13, 0), time(16, 30)),
)
DEMO_SLOT_PLANS: tuple[tuple[str, str, str, time, time, int, int, str], ...] = (
    ("A", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("A", "lunch", "01234", *_NOON, 30, 1, "午间不断档"),
    ("A", "regular", "01234", *_AFTERNOON, 30, 2, "下午"),
    ("A", "evening", "01234", time(17, 0), time(18, 30), 30, 1, "下班后延时"),
    ("A", "weekend", "5", *_MORNING, 30, 2, "周六上午"),
    ("B", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("B", "lunch", "01234", *_NOON, 30, 1, "午间不断档"),
    ("B", "regular", "01234", time(13, 0), time(16, 0), 30, 2, "下午"),
    ("C", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("C", "regular", "01234", *_AFTERNOON, 30, 2, "下午"),
    ("C", "evening", "01234", time(17, 0), time(18, 30), 30, 1, "下班后延时"),
    ("D", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("D", "regular", "01234", *_AFTERNOON, 30, 2, "下午"),
    ("E", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("E", "regular", "01234", time(13, 0), time(16, 0), 30, 2, "下午"),
    ("E", "weekend", "5", *_MORNING, 30, 2, "周六上午"),
    ("F", "regular", "01234", *_MORNING, 30, 2, "上午"),
    ("F", "regular", "01234", *_AFTERNOON, 30, 2, "下午"),
)


def _seed_demo_slot_plans(
    session: Session, hall_id: uuid.UUID, categories: dict[str, Category], today: date
) -> None:
    """The plans run from the first of the seed's year, open-ended; no audit (nobody edited anything)."""
    for prefix, kind, weekdays, start, end, minutes, capacity, label in DEMO_SLOT_PLANS:
        if prefix in categories:
            session.add(
                SlotPlan(
                    hall_id=hall_id,
                    category_id=categories[prefix].id,
                    kind=kind,
                    valid_from=today.replace(month=1, day=1),
                    weekdays=weekdays,
                    start=start,
                    end=end,
                    slot_minutes=minutes,
                    capacity=capacity,
                    label=label,
                )
            )


def _demo_plan(
    session: Session, category_id: uuid.UUID, day: date, start: time, end: time
) -> SlotPlan | None:
    """The demo plan whose slots hold ``start``–``end`` (so the day view shows the appointment in its slot)."""
    for plan in session.scalars(
        select(SlotPlan).where(
            SlotPlan.category_id == category_id,
            SlotPlan.active.is_(True),
            SlotPlan.valid_from <= day,
            SlotPlan.start <= start,
            SlotPlan.end >= end,
        )
    ):
        if plan.valid_until is None or plan.valid_until >= day:
            return plan
    return None


def _seed_demo_appointments(runtime: Runtime) -> None:
    with runtime.uow() as uow:
        hall_id = runtime.hall_id
        now = uow.now()
        day = now.astimezone(HALL_TZ).date()
        categories = {
            c.prefix: c.id for c in uow.session.scalars(select(Category).where(Category.hall_id == hall_id))
        }
        for suffix, prefix, start, end, phone in DEMO_APPOINTMENTS:
            code = demo_appointment_code(day, suffix)
            taken = uow.session.scalar(
                select(Appointment.id).where(Appointment.hall_id == hall_id, Appointment.code == code)
            )
            if taken is None and hall_id is not None and prefix in categories:
                plan = _demo_plan(uow.session, categories[prefix], day, start, end)
                uow.session.add(
                    Appointment(
                        hall_id=hall_id,
                        code=code,
                        slot_plan_id=plan.id if plan else None,
                        category_id=categories[prefix],
                        service_date=day,
                        start=start,
                        end=end,
                        kind=plan.kind if plan else "regular",
                        applicant_name="演示预约人",
                        phone=phone,
                        booked_at=now,
                    )
                )
        uow.commit()
