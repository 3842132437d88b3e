"""1,000 tickets issued, called and finished end to end on a fresh demo SQLite database, against raw sqlite3.

Ours is the service layer exactly as the kiosk and the clerk windows use it, one unit of work per press:
``queue.issue_ticket`` (counter, ticket, event row, audit entry), ``queue.call_next`` (window and category
rules, the claim, event row, audit entry) and ``serving.finish`` (a window has one current ticket, so it
finishes before it calls again). The day's 1,000 tickets are issued first (spread over the demo hall's
categories within their daily caps, one in ten for a priority group, one second apart), then the demo
hall's ten windows call and finish in turn until every ticket is served; a window whose queue is empty
drops out (that empty call is not counted).

The baseline, measured in the same run on a copy of the same freshly seeded database file and doing the
same sequence of operations, is the least those inserts and updates can be: raw ``sqlite3`` statements
in one connection (the same pragmas as ours: WAL, synchronous=NORMAL, foreign keys on), one
``BEGIN IMMEDIATE … COMMIT`` transaction per operation. An issue bumps the day's counter
(``UPDATE … RETURNING``), inserts the ticket and its event row; a call is one ``UPDATE … WHERE id =
(SELECT … ORDER BY priority DESC, issued_at LIMIT 1) RETURNING`` within the window's categories plus its
event row; a finish updates the ticket and inserts its event row. No audit trail, no ORM, no checks.

Every figure is the mean over all operations, in ms per operation; ``issue_call_1000_sqlite`` is per
ticket (its issue + call + finish). For comparison, the figure quoted in the issue: an open-source Flask
queue system took 6.5 ms per ticket issued and 4.2 ms per call on this kind of machine.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.report import Figure
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.ids import new_id
from yk_desktop.core.ticketno import format_ticket_number
from yk_desktop.services import demo, hall, queue, serving
from yk_desktop.services.errors import QueueEmpty
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=HALL_TZ)  # a Tuesday, inside every category's issuing hours
TICKETS = 1000
HALL_CODE = "YK-ZWFW"
PRIORITY_GROUP = "孕妇"
FLASK_ISSUE_MS, FLASK_CALL_MS = 6.5, 4.2  # quoted in the issue, for comparison only (not measured here)


@dataclass
class Timings:
    issue: list[float] = field(default_factory=list)
    call: list[float] = field(default_factory=list)
    finish: list[float] = field(default_factory=list)

    def per_ticket(self) -> float:
        return (sum(self.issue) + sum(self.call) + sum(self.finish)) / len(self.issue)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _day_plan(caps: dict[str, int]) -> list[tuple[str, str | None]]:
    """(prefix, priority group) of each ticket in issue order: spread like a real day, within the caps."""
    room = dict(caps)
    plan: list[tuple[str, str | None]] = []
    for i in range(TICKETS):
        prefix = max(room, key=lambda p: (room[p], p))
        room[prefix] -= 1
        plan.append((prefix, PRIORITY_GROUP if i % 10 == 0 else None))
    assert min(room.values()) >= 0, "the demo hall's daily caps are too small for this benchmark"
    return plan


def _ours(rt: Runtime, clock: FixedClock, plan: list[tuple[str, str | None]], windows: list[int]) -> Timings:
    timings = Timings()
    for prefix, group in plan:
        clock.advance(seconds=1)
        t0 = time.perf_counter()
        queue.issue_ticket(rt.uow(), prefix, priority_group=group)
        timings.issue.append((time.perf_counter() - t0) * 1000)
    open_windows = list(windows)
    while open_windows:
        for window in list(open_windows):
            t0 = time.perf_counter()
            try:
                queue.call_next(rt.uow(), window, None)
            except QueueEmpty:
                open_windows.remove(window)
                continue
            t1 = time.perf_counter()
            serving.finish(rt.uow(), window, None)
            timings.finish.append((time.perf_counter() - t1) * 1000)
            timings.call.append((t1 - t0) * 1000)
    return timings


def _stamp(dt: datetime) -> str:
    """How SQLAlchemy stores our instants in SQLite (naive UTC text), so both sides write the same values."""
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _raw(path: Path, plan: list[tuple[str, str | None]], windows: list[int]) -> Timings:
    conn = sqlite3.connect(path, isolation_level=None)  # transactions are the explicit BEGIN … COMMIT below
    try:
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL", "busy_timeout=15000"):
            conn.execute(f"PRAGMA {pragma}")
        hall_id, terminal_id = conn.execute(
            "SELECT t.hall_id, t.id FROM terminals t WHERE t.code = 'BENCH'"
        ).fetchone()
        categories = {
            p: (cid, width)
            for p, cid, width in conn.execute("SELECT prefix, id, number_width FROM categories")
        }
        window_ids = {n: wid for n, wid in conn.execute("SELECT number, id FROM windows")}
        day = NOW.date().isoformat()
        timings = Timings()
        hlc = 0

        def stamp() -> str:
            nonlocal hlc
            hlc += 1
            return f"{time.time_ns() // 1_000_000:013d}-{hlc % 1_000_000:06d}-BASE"

        def event(ticket_id: str, kind: str, at: str, window_id: str | None, detail: str) -> None:
            conn.execute(
                "INSERT INTO ticket_events (id, hall_id, origin_terminal_id, hlc, ticket_id, kind, at, window_id,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id().hex, hall_id, terminal_id, stamp(), ticket_id, kind, at, window_id, detail),
            )

        now = NOW
        for prefix, group in plan:
            now += timedelta(seconds=1)
            category_id, width = categories[prefix]
            t0 = time.perf_counter()
            at = _stamp(now)
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute(
                "UPDATE ticket_counters SET last_seq = last_seq + 1"
                " WHERE hall_id = ? AND category_id = ? AND service_date = ? RETURNING last_seq",
                (hall_id, category_id, day),
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO ticket_counters (id, hall_id, origin_terminal_id, hlc, category_id, service_date,"
                    " last_seq) VALUES (?, ?, ?, ?, ?, ?, 1)",
                    (new_id().hex, hall_id, terminal_id, stamp(), category_id, day),
                )
                seq = 1
            else:
                seq = row[0]
            ticket_id = new_id().hex
            conn.execute(
                "INSERT INTO tickets (id, hall_id, origin_terminal_id, hlc, category_id, service_date, seq, number,"
                " state, priority, priority_group, issued_at, recall_count)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, 0)",
                (
                    ticket_id,
                    hall_id,
                    terminal_id,
                    stamp(),
                    category_id,
                    day,
                    seq,
                    format_ticket_number(prefix, seq, width),
                    group is not None,
                    group,
                    at,
                ),
            )
            event(ticket_id, "issued", at, None, f'{{"category": "{prefix}"}}')
            conn.execute("COMMIT")
            timings.issue.append((time.perf_counter() - t0) * 1000)
        at = _stamp(now)
        open_windows = list(windows)
        while open_windows:
            for window in list(open_windows):
                window_id = window_ids[window]
                t0 = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                row = conn.execute(
                    "UPDATE tickets SET state = 'called', called_at = ?, window_id = ?, hlc = ? WHERE id = ("
                    " SELECT id FROM tickets WHERE hall_id = ? AND service_date = ? AND state = 'waiting'"
                    " AND category_id IN (SELECT category_id FROM window_categories WHERE window_id = ?)"
                    " ORDER BY priority DESC, issued_at LIMIT 1) RETURNING id",
                    (at, window_id, stamp(), hall_id, day, window_id),
                ).fetchone()
                if row is None:
                    conn.execute("COMMIT")
                    open_windows.remove(window)
                    continue
                event(row[0], "called", at, window_id, "{}")
                conn.execute("COMMIT")
                t1 = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "UPDATE tickets SET state = 'finished', finished_at = ?, hlc = ? WHERE id = ?",
                    (at, stamp(), row[0]),
                )
                event(row[0], "finished", at, window_id, "{}")
                conn.execute("COMMIT")
                timings.finish.append((time.perf_counter() - t1) * 1000)
                timings.call.append((t1 - t0) * 1000)
        return timings
    finally:
        conn.close()


def _finished(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute("SELECT count(*) FROM tickets WHERE state = 'finished'").fetchone()
    return int(n)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="yk-bench-issue-call-") as tmp:
        ours_path, raw_path = Path(tmp) / "ours.sqlite3", Path(tmp) / "raw.sqlite3"
        clock = FixedClock(NOW)
        rt = Runtime.open(f"sqlite:///{ours_path}", clock=clock, terminal_code="BENCH")
        try:
            schema.upgrade(rt.engine)
            demo.seed_demo(rt.uow())
            hall.register_terminal(rt.uow(), HALL_CODE, "BENCH", "基准", "clerk", 1)
            caps = {c.prefix: c.daily_cap for c in hall.list_categories(rt.uow())}
            windows = [w.number for w in hall.list_windows(rt.uow())]
            # The baseline starts from the very same freshly seeded file (copied consistently, WAL included).
            with sqlite3.connect(ours_path) as src, sqlite3.connect(raw_path) as dst:
                src.backup(dst)
            plan = _day_plan(caps)
            ours = _ours(rt, clock, plan, windows)
        finally:
            rt.close()
        raw = _raw(raw_path, plan, windows)
        for name, timings, path in (("ours", ours, ours_path), ("raw", raw, raw_path)):
            served = _finished(path)
            if not (len(timings.call) == len(timings.finish) == served == TICKETS):
                raise RuntimeError(
                    f"{name}: {served} of {TICKETS} tickets finished, {len(timings.call)} calls"
                )
    print(
        f"# for comparison (quoted in the issue, not measured here): an open-source Flask queue system, "
        f"{FLASK_ISSUE_MS} ms per ticket issued and {FLASK_CALL_MS} ms per call on this kind of machine",
        flush=True,
    )
    return [
        Figure("issue_call_1000_sqlite", ours.per_ticket(), "ms/ticket", raw.per_ticket()),
        Figure("issue_1000_sqlite_issue", _mean(ours.issue), "ms/op", _mean(raw.issue)),
        Figure("issue_1000_sqlite_call", _mean(ours.call), "ms/op", _mean(raw.call)),
        Figure("issue_1000_sqlite_finish", _mean(ours.finish), "ms/op", _mean(raw.finish)),
    ]
