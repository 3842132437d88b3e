"""call_next on a real PostgreSQL: one caller, then 30 windows at once, against a bare SQL claim.

The bare baseline is the least a claim can be: one ``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP
LOCKED)`` in autocommit, on a copy of exactly the same tickets. Ours is the full use case: window and
category rules (a window has one current ticket at a time), the claim, the event row, the audit entry,
one transaction. As at a real window, each caller finishes (办结) its ticket before it calls the next
one; only the call_next is timed, but the finishing runs side by side with the other windows' calls.
Every caller has a window of its own (the demo hall's ten, plus two more like each of them), as one
window is one clerk.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import Counter
from datetime import datetime
from typing import Any

from benchmarks.report import Figure, median, percentile
from tests.support.pgserver import PgServer, start_server
from tests.support.windows import add_windows
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import demo, hall, queue, serving
from yk_desktop.services.errors import QueueEmpty
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=HALL_TZ)
CALLERS = 30
SINGLE_CALLS = 300


def _prepare(server: PgServer) -> tuple[str, list[int]]:
    url = server.create_database("bench_template")
    rt = Runtime.open(url, clock=FixedClock(NOW), terminal_code="BENCH")
    schema.upgrade(rt.engine)
    demo.seed_demo(rt.uow())
    hall.register_terminal(rt.uow(), "YK-ZWFW", "BENCH", "基准", "kiosk", None)
    t0 = time.perf_counter()
    room = {c.prefix: c.daily_cap for c in hall.list_categories(rt.uow())}
    windows = [w.number for w in hall.list_windows(rt.uow())]
    copies = CALLERS // len(windows) - 1
    for w in demo.demo_data()["windows"]:
        weights = {served["prefix"]: served["weight"] for served in w["categories"]}
        windows += add_windows(rt, copies, weights)
    assert len(windows) == CALLERS, "one window per caller"
    # The whole day of the demo hall: every category issued up to its daily cap.
    for i in range(sum(room.values())):
        # Spread over the categories like a real day, each within its daily cap.
        prefix = max(room, key=lambda p: (room[p], p))
        room[prefix] -= 1
        queue.issue_ticket(rt.uow(), prefix, priority_group="孕妇" if i % 10 == 0 else None)
    print(f"# issued {i + 1} tickets in {time.perf_counter() - t0:.1f} s", flush=True)
    rt.close()
    # Planner statistics, as autovacuum would have them on a real server; copies of the template
    # (ours and the bare baseline alike) inherit them.
    with server.connect("bench_template", autocommit=True) as conn:
        conn.execute("ANALYZE")
    return "bench_template", windows


def _copy(server: PgServer, template: str, name: str) -> str:
    server.drop_database(name)
    with server.connect("postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url(name)


def _ours(url: str, n: int, window: int, barrier: Any, out: Any) -> None:
    rt = Runtime.open(url, clock=FixedClock(NOW), terminal_code=f"W{n:02d}", pool_size=1)
    hall.register_terminal(rt.uow(), "YK-ZWFW", f"W{n:02d}", "基准窗口", "clerk", window)
    latencies, numbers = [], []
    barrier.wait()
    began = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        try:
            ticket = queue.call_next(rt.uow(), window, None)
        except QueueEmpty:
            break
        latencies.append((time.perf_counter() - t0) * 1000)
        numbers.append(ticket.number)
        serving.finish(rt.uow(), window, None)
    out.put((latencies, numbers, began, time.perf_counter()))
    rt.close()


BARE_CLAIM = """
UPDATE tickets SET state = 'called', called_at = now(), window_id = %(window)s
WHERE id = (
    SELECT id FROM tickets
    WHERE hall_id = %(hall)s AND service_date = %(day)s AND state = 'waiting' AND category_id = ANY(%(cats)s)
    ORDER BY priority DESC, issued_at LIMIT 1
    FOR UPDATE SKIP LOCKED)
RETURNING number
"""


def _bare(dsn: str, n: int, window: int, barrier: Any, out: Any) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        hall_id, window_id = conn.execute(
            "SELECT hall_id, id FROM windows WHERE number = %s", (window,)
        ).fetchone()  # type: ignore[misc]
        cats = [
            r[0]
            for r in conn.execute(
                "SELECT category_id FROM window_categories WHERE window_id = %s", (window_id,)
            )
        ]
        params = {"window": window_id, "hall": hall_id, "day": NOW.date(), "cats": cats}
        latencies, numbers = [], []
        barrier.wait()
        began = time.perf_counter()
        while True:
            t0 = time.perf_counter()
            row = conn.execute(BARE_CLAIM, params).fetchone()
            if row is None:
                break
            latencies.append((time.perf_counter() - t0) * 1000)
            numbers.append(row[0])
    out.put((latencies, numbers, began, time.perf_counter()))


def _race(target: Any, url: str, windows: list[int], callers: int) -> tuple[list[float], list[str], float]:
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(callers), ctx.Queue()
    procs = [
        ctx.Process(target=target, args=(url, n, windows[n % len(windows)], barrier, out))
        for n in range(callers)
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    latencies = [x for r in results for x in r[0]]
    # Tickets are told apart by number within a day and category prefix, so the number is the identity.
    numbers = [x for r in results for x in r[1]]
    span = max(r[3] for r in results) - min(r[2] for r in results)
    return latencies, numbers, span


def run() -> list[Figure]:
    server = start_server(max_connections=150)
    try:
        template, windows = _prepare(server)
        single, _n, _s = _race(_ours, _copy(server, template, "bench_single"), windows[:1], 1)
        bare_single, _n, _s = _race(
            _bare, dsn_of(_copy(server, template, "bench_bare_single")), windows[:1], 1
        )
        ours_lat, ours_numbers, ours_span = _race(
            _ours, _copy(server, template, "bench_ours"), windows, CALLERS
        )
        bare_lat, bare_numbers, bare_span = _race(
            _bare, dsn_of(_copy(server, template, "bench_bare")), windows, CALLERS
        )
        duplicates = sum(c - 1 for c in Counter(ours_numbers).values() if c > 1)
        return [
            Figure(
                "call_next_p50_1", median(single[:SINGLE_CALLS]), "ms", median(bare_single[:SINGLE_CALLS])
            ),
            Figure("call_next_p99_30", percentile(ours_lat, 99), "ms", percentile(bare_lat, 99)),
            Figure(
                "call_next_throughput_30",
                len(ours_numbers) / ours_span,
                "claims/s",
                len(bare_numbers) / bare_span,
            ),
            Figure("call_next_claimed_30", len(ours_numbers), "tickets", len(bare_numbers)),
            Figure("duplicates", duplicates, "tickets"),
        ]
    finally:
        server.stop()


def dsn_of(sqlalchemy_url: str) -> str:
    """psycopg wants ``postgresql://`` where SQLAlchemy names the driver too."""
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)
