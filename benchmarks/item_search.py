"""A clerk types pinyin initials and the matching items come back (issue 4: ≤ 20 ms over 2,000 items).

Ours is ``catalog.search_items`` on SQLite with the demo hall plus generated items up to 2,000 active ones
(names built from real service-item words, so initials collide the way they do in a real catalog), typing
「qy」, 「qysl」, 「bdc」, 「gjj」 and a Chinese fragment in turn. The baseline is the same rows found by one bare
``sqlite3`` query on the same file (LIKE on the stored initials, no ORM, no ranking, no category join).
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import datetime
from pathlib import Path

from benchmarks.report import Figure, median
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import catalog, demo, hall
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.models import ServiceItem

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=HALL_TZ)
ITEMS = 2_000
RUNS = 40
QUERIES = ("qy", "qysl", "bdc", "gjj", "登记")
_SUBJECTS = (
    "企业",
    "个体工商户",
    "不动产",
    "住房公积金",
    "社会保险",
    "医疗保险",
    "道路运输",
    "药品",
    "食品",
    "建筑工程",
)
_ACTIONS = (
    "设立登记",
    "变更登记",
    "注销登记",
    "许可",
    "备案",
    "年度报告",
    "证明开具",
    "信息查询",
    "延续",
    "补办",
)


def _fill(rt: Runtime) -> None:
    hall_id = rt.hall_id
    assert hall_id is not None
    with rt.uow() as uow:
        have = len(catalog.list_items(rt.uow()))
        for n in range(ITEMS - have):
            name = f"{_SUBJECTS[n % 10]}{_ACTIONS[(n // 10) % 10]}（第{n // 100 + 1}类）"
            initials, full = catalog.pinyin_keys(name)
            uow.session.add(
                ServiceItem(
                    hall_id=hall_id,
                    code=f"BENCH-{n:05d}",
                    name=name,
                    department="营口市行政审批局",
                    pinyin_initials=initials,
                    pinyin_full=full,
                )
            )
        uow.commit()


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="yk-bench-search-") as tmp:
        path = Path(tmp) / "demo.sqlite3"
        rt = Runtime.open(f"sqlite:///{path}", clock=FixedClock(NOW), terminal_code="CLERK")
        try:
            schema.upgrade(rt.engine)
            demo.seed_demo(rt.uow())
            hall.register_terminal(rt.uow(), "YK-ZWFW", "CLERK", "基准窗口", "clerk", 1)
            _fill(rt)
            assert len(catalog.list_items(rt.uow())) == ITEMS
            bare = sqlite3.connect(path)
            try:
                for q in QUERIES:  # warm both paths (imports, statement caches, page cache)
                    catalog.search_items(rt.uow(), q)
                ours: list[float] = []
                base: list[float] = []
                for i in range(RUNS):
                    q = QUERIES[i % len(QUERIES)]
                    t0 = time.perf_counter()
                    found = catalog.search_items(rt.uow(), q)
                    ours.append((time.perf_counter() - t0) * 1000)
                    like = f"%{q}%"
                    t0 = time.perf_counter()
                    bare.execute(
                        "SELECT id, code, name FROM service_items WHERE active AND "
                        "(name LIKE ? OR pinyin_initials LIKE ?) LIMIT 50",
                        (like, like),
                    ).fetchall()
                    base.append((time.perf_counter() - t0) * 1000)
                    assert found, q
            finally:
                bare.close()
        finally:
            rt.close()
    return [Figure("item_search", median(ours), "ms", median(base))]
