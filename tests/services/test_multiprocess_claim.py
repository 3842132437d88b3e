"""The heavy one (~40–60 s): 30 caller processes drain 2,000 tickets on PostgreSQL, each window in its order.

Separate processes (spawn, so nothing is shared but the database), each its own terminal with its own
connection, as 30 PCs in the hall would be. Every ticket was issued before calling starts and no claim
is ever rolled back, so a window's waiting set only shrinks: each ticket a window claims must rank no
earlier, by that window's own rules, than the one it claimed before. That is checked per window from the
rows the run left behind, together with "every ticket served exactly once".
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
import traceback
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update

from tests.support.windows import add_windows
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.ids import new_id
from yk_desktop.core.ticketno import format_ticket_number
from yk_desktop.services import audit, hall, queue, serving
from yk_desktop.services.errors import QueueEmpty
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Category, Ticket, TicketCounter, TicketEvent, Window, WindowCategory
from yk_desktop.store.models.queue import TicketEventKind, TicketState

TICKETS = 2000
HALL_CODE = "YK-ZWFW"
PRIORITY_GROUPS = ["老年人（60周岁以上）", "残疾人", "孕妇", "现役军人、退役军人及军属", "怀抱婴儿者"]
# Five kinds of window: different category sets and weights (A is weight 3 at one kind, 1 at another;
# the fourth kind weighs its three categories equally, so issue time decides there). G is the green
# channel, served at weight 1 or 2 but called before the weightier categories all the same.
WINDOW_KINDS: list[tuple[int, dict[str, int]]] = [
    (7, {"A": 3, "B": 1}),
    (6, {"B": 3, "C": 2, "A": 1}),
    (6, {"C": 1, "D": 3, "G": 1}),
    (6, {"E": 2, "F": 2, "A": 2}),
    (5, {"F": 3, "G": 2, "E": 1}),
]
CALLERS = sum(count for count, _weights in WINDOW_KINDS)
# How the day's tickets spread over the categories (roughly the windows serving each).
CATEGORY_SHARE = {"A": 6, "B": 4, "C": 4, "D": 2, "E": 3, "F": 4, "G": 1}
ISSUE_START = datetime(2026, 11, 24, 8, 40, tzinfo=HALL_TZ)
ISSUE_STEP = timedelta(seconds=1)
# The callers' clock: after the last issue. Appointment tickets due by then go first (after priority).
CALL_NOW = ISSUE_START + TICKETS * ISSUE_STEP + timedelta(minutes=5)
WAIT_S = 240


def _caller(url: str, n: int, window: int, now: datetime, barrier: Any, out: Any) -> None:
    """One window's clerk: call, finish, call again until the queue is empty for this window."""
    rt = Runtime.open(url, clock=FixedClock(now), terminal_code=f"P{n:02d}", pool_size=1)
    claimed = 0
    try:
        hall.register_terminal(rt.uow(), HALL_CODE, f"P{n:02d}", "多进程测试", "clerk", window)
        barrier.wait(timeout=WAIT_S)
        while True:
            try:
                queue.call_next(rt.uow(), window, None)
            except QueueEmpty:
                break
            serving.finish(rt.uow(), window, None)
            claimed += 1
        out.put((n, claimed, None))
    except BaseException:  # reported to the test; a child's traceback would otherwise only reach stderr
        out.put((n, claimed, traceback.format_exc()))
    finally:
        rt.close()


def _issue_day(runtime: Runtime) -> dict[str, int]:
    """The whole day's tickets, issued before any window calls; how many per category.

    Issuing 2,000 tickets one by one through ``queue.issue_ticket`` takes ~9 ms each here (~18 s), so
    they are inserted in bulk in one transaction with the store models instead, exactly as the service
    would number them: per category seq 1, 2, 3…, the number formatted from it, one ``issued`` event
    each, the day's counter left at the last seq, issued_at one second apart in issue order. (No audit
    entries for these, which only the audit tests look at.) Priority tickets carry a priority group;
    some are checked-in appointments, due either before the callers' clock or after it.
    """
    rng = random.Random(20261124)
    hall_id = runtime.hall_id
    assert hall_id is not None
    tickets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    seqs: Counter[str] = Counter()
    with runtime.uow() as uow:
        session = uow.session
        categories = {
            c.prefix: c for c in session.scalars(select(Category).where(Category.hall_id == hall_id))
        }
        prefixes = [p for p, share in CATEGORY_SHARE.items() for _ in range(share)]
        for i in range(TICKETS):
            prefix = rng.choice(prefixes)
            category = categories[prefix]
            seqs[prefix] += 1
            issued_at = ISSUE_START + i * ISSUE_STEP
            group = rng.choice(PRIORITY_GROUPS) if rng.random() < 0.1 else None
            due_at = None
            if rng.random() < 0.05:  # checked-in appointment: due by the time windows call, or later
                due_at = (
                    CALL_NOW - timedelta(minutes=30) if rng.random() < 0.6 else CALL_NOW + timedelta(hours=1)
                )
            ticket = {
                "id": new_id(),
                "hall_id": hall_id,
                "origin_terminal_id": runtime.terminal_id,
                "hlc": uow.stamp(),
                "category_id": category.id,
                "service_date": issued_at.date(),
                "seq": seqs[prefix],
                "number": format_ticket_number(prefix, seqs[prefix], category.number_width),
                "state": TicketState.WAITING.value,
                "priority": group is not None,
                "priority_group": group,
                "due_at": due_at,
                "issued_at": issued_at,
            }
            tickets.append(ticket)
            events.append(
                {
                    "id": new_id(),
                    "hall_id": hall_id,
                    "origin_terminal_id": runtime.terminal_id,
                    "hlc": ticket["hlc"],
                    "ticket_id": ticket["id"],
                    "kind": TicketEventKind.ISSUED.value,
                    "at": issued_at,
                    "detail": {"category": prefix},
                }
            )
        session.execute(insert(Ticket), tickets)
        session.execute(insert(TicketEvent), events)
        session.execute(
            insert(TicketCounter),
            [
                {
                    "id": new_id(),
                    "hall_id": hall_id,
                    "origin_terminal_id": runtime.terminal_id,
                    "hlc": uow.stamp(),
                    "category_id": categories[prefix].id,
                    "service_date": ISSUE_START.date(),
                    "last_seq": last,
                }
                for prefix, last in seqs.items()
            ],
        )
        # The day is bigger than the demo hall's daily caps; the caps are not what this test is about.
        session.execute(update(Category).where(Category.hall_id == hall_id).values(daily_cap=10 * TICKETS))
        uow.commit()
    return dict(seqs)


@pytest.mark.postgres
def test_thirty_processes_serve_every_ticket_once_each_window_in_its_own_order(pg_runtime: Runtime) -> None:
    runtime = pg_runtime
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    clock.set(ISSUE_START)
    issued = _issue_day(runtime)
    # The bulk rows number exactly as the service does: the next ticket through it continues each count.
    clock.set(ISSUE_START + TICKETS * ISSUE_STEP)
    for prefix in sorted(issued):
        ticket = queue.issue_ticket(runtime.uow(), prefix)
        assert ticket.number == format_ticket_number(prefix, issued[prefix] + 1)
        issued[prefix] += 1
    total = sum(issued.values())
    windows = [number for count, weights in WINDOW_KINDS for number in add_windows(runtime, count, weights)]
    assert len(windows) == CALLERS

    url = runtime.engine.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(CALLERS), ctx.Queue()
    procs = [
        ctx.Process(target=_caller, args=(url, n, windows[n], CALL_NOW, barrier, out), daemon=True)
        for n in range(CALLERS)
    ]
    for p in procs:
        p.start()
    deadline = time.monotonic() + WAIT_S
    try:
        results = sorted(out.get(timeout=max(1.0, deadline - time.monotonic())) for _ in procs)
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    failures = [error for _n, _claimed, error in results if error]
    assert not failures, failures[0]
    claimed_by = {windows[n]: claimed for n, claimed, _error in results}

    with runtime.uow().reading() as uow:
        session = uow.session
        hall_id = runtime.hall_id
        # Every ticket served exactly once: all finished, none left waiting or current.
        states = dict(
            session.execute(
                select(Ticket.state, func.count()).where(Ticket.hall_id == hall_id).group_by(Ticket.state)
            ).all()
        )
        assert states == {TicketState.FINISHED.value: total}
        assert sum(claimed_by.values()) == total
        assert all(claimed_by.values()), f"some windows claimed nothing: {claimed_by}"
        per_ticket = Counter(
            session.execute(
                select(TicketEvent.ticket_id, TicketEvent.kind).where(TicketEvent.hall_id == hall_id)
            ).all()
        )
        kinds_per_ticket: dict[Any, Counter[str]] = defaultdict(Counter)
        for (ticket_id, kind), n in per_ticket.items():
            kinds_per_ticket[ticket_id][kind] = n
        assert len(kinds_per_ticket) == total
        wrong = {
            t: dict(k)
            for t, k in kinds_per_ticket.items()
            if k != Counter({"issued": 1, "called": 1, "finished": 1})
        }
        assert wrong == {}

        # The order each window claimed in: its 'called' events, whose ids (UUIDv7) and HLC stamps were
        # both made one after another in that window's process.
        window_ids = dict(
            session.execute(select(Window.number, Window.id).where(Window.hall_id == hall_id)).all()
        )
        rows = session.execute(
            select(
                Window.number.label("window"),
                TicketEvent.id,
                TicketEvent.hlc,
                Ticket.number.label("ticket"),
                Ticket.window_id,
                Ticket.priority,
                Ticket.due_at,
                Category.green_channel,
                WindowCategory.weight,
                Ticket.issued_at,
                Ticket.seq,
            )
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Window, Window.id == TicketEvent.window_id)
            .join(Category, Category.id == Ticket.category_id)
            .outerjoin(
                WindowCategory,
                (WindowCategory.window_id == TicketEvent.window_id)
                & (WindowCategory.category_id == Ticket.category_id),
            )
            .where(TicketEvent.hall_id == hall_id, TicketEvent.kind == TicketEventKind.CALLED.value)
            .order_by(Window.number, TicketEvent.id)
        ).all()
    by_window: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        by_window[row[0]].append(row)
    assert {w: len(claims) for w, claims in by_window.items()} == claimed_by

    def rank(row: Any) -> tuple[Any, ...]:
        # The window's own order: priority, appointments due, green channel, its weight, issue time, seq.
        _w, _e, _hlc, _num, _wid, priority, due_at, green, weight, issued_at, seq = row
        assert weight is not None, "a window claimed a ticket of a category it does not serve"
        due = due_at is not None and due_at <= CALL_NOW
        return (not priority, not due, not green, -weight, issued_at, seq)

    for window, claims in by_window.items():
        assert all(c.window_id == window_ids[window] for c in claims)
        hlcs = [c.hlc for c in claims]
        assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
        for before, after in pairwise(claims):
            assert rank(before) <= rank(after), (
                f"window {window} claimed {after.ticket} after {before.ticket}, out of its order"
            )

    # Thirty terminals wrote 6,000 audit entries side by side; every chain is intact.
    checks = audit.verify_all(runtime.uow())
    assert checks and all(c.intact for c in checks), [c.message for c in checks if not c.intact]
