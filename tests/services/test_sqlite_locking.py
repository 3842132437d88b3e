"""On the embedded SQLite file, readers never hold up the clerk who issues or calls."""

from __future__ import annotations

import time

from sqlalchemy import text

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import queue
from yk_desktop.services.runtime import Runtime


def test_an_open_read_does_not_block_a_writer_in_another_process_connection(
    sqlite_runtime: Runtime, sqlite_url: str
) -> None:
    other = Runtime.open(sqlite_url, clock=FixedClock(TEST_NOW))
    other.hall_id, other.terminal_id = sqlite_runtime.hall_id, sqlite_runtime.terminal_id
    try:
        with sqlite_runtime.uow().reading() as reader:
            reader.session.execute(text("SELECT count(*) FROM tickets")).scalar()
            started = time.perf_counter()
            ticket = queue.issue_ticket(other.uow(), "A")  # would wait out busy_timeout under a write lock
            assert time.perf_counter() - started < 2
        assert ticket.number == "A001"
    finally:
        other.close()


def test_read_only_use_cases_begin_deferred(sqlite_runtime: Runtime) -> None:
    with sqlite_runtime.uow().reading() as uow:
        # A deferred transaction has taken no lock yet, so the raw connection is not in a write txn.
        assert uow.session.connection().get_execution_options().get("yk_read_only") is True
    assert queue.waiting_counts(sqlite_runtime.uow())["A"] == 0
