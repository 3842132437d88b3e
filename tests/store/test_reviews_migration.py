"""Migration 0009 (reviews and complaints) with rows in the tables: it refuses to go down while the follow-up
ledger or the complaints' events hold rows, goes down without them, and comes up again over old rows (the
new columns filled by defaults, a review's subject from its ticket, old complaints numbered), on SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.conftest import TEST_NOW
from tests.support.pgserver import PgServer
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import auth, complaints, demo, hall, queue, review_followups, reviews, serving
from yk_desktop.services.complaints import ComplaintRequest
from yk_desktop.services.reviews import Rating
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import Base


def _finished_ticket(runtime: Runtime) -> None:
    who = auth.login(runtime.uow(), "clerk01", "demo1234").id
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, who)
    serving.start_serving(runtime.uow(), 1, who)
    ticket = serving.finish(runtime.uow(), 1, who)
    level = 5 if ticket.number == "A001" else 1
    reviews.rate(
        runtime.uow(), Rating(level, reasons=() if level == 5 else ("服务态度差",)), ticket_id=ticket.id
    )


def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        assert schema.upgrade(engine) == schema.head_revision()
    finally:
        engine.dispose()
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="MIG")
    try:
        demo.seed_demo(runtime.uow())
        hall.register_terminal(runtime.uow(), "YK-ZWFW", "MIG", "迁移测试", "clerk", 1)
        _finished_ticket(runtime)  # A001 非常满意
        _finished_ticket(runtime)  # A002 非常不满意: a follow-up
        complaints.take_in(
            runtime.uow(),
            ComplaintRequest("complaint", "12345", "窗口排队时间过长", work_order_no="GD20261124001"),
            staff_id=None,
        )
    finally:
        runtime.close()

    engine = make_engine(url)
    try:
        # The ledger and the events would be lost: refused, in words, and nothing changed.
        with pytest.raises(RuntimeError, match=r"1 条差评整改记录、1 条投诉办理记录.*数据库未作任何改动"):
            schema.downgrade(engine, "0008")
        assert schema.current_revision(engine) == "0009"
        with engine.begin() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM review_followups").scalar() == 1
            # Hall IT has exported them: now it may go down.
            for table in ("review_followup_steps", "review_followups", "complaint_events"):
                conn.exec_driver_sql(f"DELETE FROM {table}")
        assert schema.downgrade(engine, "0008") == "0008"
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM reviews").scalar() == 2
            assert conn.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == 1

        # Up again over the old rows: defaults fill the new columns, the numbers are filled in.
        assert schema.upgrade(engine) == schema.head_revision()
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT subject_no, item_code, contact_phone, applicant_name FROM reviews ORDER BY subject_no"
            ).all()
            assert [tuple(r) for r in rows] == [("A001", "", "", ""), ("A002", "", "", "")]
            assert conn.exec_driver_sql("SELECT count(*) FROM reviews WHERE voided").scalar() == 0
            complaint = conn.exec_driver_sql(
                "SELECT complaint_no, work_order_no, deadline_days, reopen_count FROM complaints"
            ).one()
            assert tuple(complaint) == ("K2000000001", "", 0, 0)
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"after the round trip the schema differs: {diff}"
    finally:
        engine.dispose()

    # The program works on the upgraded rows: the old complaint opens by its number, a new one is numbered on.
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="MIG")
    try:
        hall.register_terminal(runtime.uow(), "YK-ZWFW", "MIG", "迁移测试", "clerk", 1)
        assert complaints.get_complaint(runtime.uow(), "K2000000001").row.content == "窗口排队时间过长"
        again = complaints.take_in(
            runtime.uow(), ComplaintRequest("complaint", "in_person", "大厅空调过冷"), staff_id=None
        )
        assert again.row.complaint_no == "K2026000002"
        today = TEST_NOW.date()
        assert reviews.figures(runtime.uow(), today, today).overall.counts == (1, 0, 0, 0, 1)
        assert review_followups.list_followups(runtime.uow()) == []
    finally:
        runtime.close()


def test_0009_goes_down_only_without_its_ledger_and_up_again_over_old_rows_on_sqlite(tmp_path: Path) -> None:
    _round_trip(f"sqlite:///{tmp_path / 'feedback.sqlite3'}")


@pytest.mark.postgres
def test_0009_goes_down_only_without_its_ledger_and_up_again_over_old_rows_on_postgresql(
    pg_server: PgServer,
) -> None:
    url = pg_server.create_database("yk_feedback_migration")
    try:
        _round_trip(url)
    finally:
        pg_server.drop_database("yk_feedback_migration")
