"""Revision 0006 replaces the placeholder ``first_inquiries`` of 0001; it refuses to drop rows it finds there,
going back down is refused while inquiries are recorded, and once they are exported and emptied a round trip
leaves the schema as the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from tests.conftest import TEST_NOW
from tests.store.test_agency_migration import without_appointments
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import demo, hall, inquiries
from yk_desktop.services.inquiries import InquiryRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import Base, Staff


def test_recorded_inquiries_stop_the_downgrade_placeholder_rows_the_upgrade_and_a_round_trip_works(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'inquiries.sqlite3'}"
    engine = make_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="MIG")
    try:
        demo.seed_demo(runtime.uow())
        hall.register_terminal(runtime.uow(), "YK-ZWFW", "MIG", "迁移测试", "clerk", 1)
        with runtime.uow().reading() as uow:
            staff_id = uow.session.scalar(select(Staff.id).where(Staff.username == "clerk01"))
        info = inquiries.log_inquiry(
            runtime.uow(), InquiryRequest(question="问", anonymous=True), staff_id=staff_id
        )
        assert info.inquiry_no == "Q2026000001"
    finally:
        runtime.close()
    engine = make_engine(url)
    try:
        without_appointments(engine)
        # Down past 0006 with an inquiry on file: refused in Chinese, nothing dropped (one transaction with
        # the steps before it, so the database stays at head).
        with pytest.raises(
            RuntimeError, match=r"不能撤销 0006（首问登记）：数据库中有 1 条首问登记（2 条处理记录）"
        ):
            schema.downgrade(engine, "0005")
        assert schema.current_revision(engine) == schema.head_revision()
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT inquiry_no FROM first_inquiries").scalars().all() == [
                "Q2026000001"
            ]
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        # Exported and emptied: down past 0006, the placeholder is back.
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM inquiry_events")
            conn.exec_driver_sql("DELETE FROM first_inquiries")
        assert schema.downgrade(engine, "0005") == "0005"
        with engine.begin() as conn:
            columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(first_inquiries)")}
            assert {"topic", "answer", "handed_to"} <= columns and "inquiry_no" not in columns
            hall_id, staff = conn.exec_driver_sql("SELECT hall_id, id FROM staff LIMIT 1").one()
            conn.execute(
                text(
                    "INSERT INTO first_inquiries (id, hall_id, hlc, asked_at, applicant_name, applicant_org,"
                    " address, phone, topic, materials_received, responder_id, handed_to, answer, state)"
                    " VALUES (:id, :hall, '', '2026-01-01 00:00:00', '', '', '', '', 'q', '', :staff, '', '', 'open')"
                ),
                {"id": "0" * 32, "hall": hall_id, "staff": staff},
            )
        with pytest.raises(RuntimeError, match="first_inquiries holds 1 rows"):
            schema.upgrade(engine)
        assert schema.current_revision(engine) == "0005"
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM first_inquiries")
        assert schema.upgrade(engine) == schema.head_revision()
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()
