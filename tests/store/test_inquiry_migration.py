"""Revision 0006 replaces the placeholder ``first_inquiries`` of 0001; it refuses to drop rows it finds there,
and going back down and up again with inquiries recorded leaves the schema as the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import demo, hall, inquiries
from yk_desktop.services.inquiries import InquiryRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import Staff


def test_rows_in_the_placeholder_stop_the_upgrade_and_a_round_trip_works(tmp_path: Path) -> None:
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
        # Down past 0006: the recorded inquiries go with their tables, the placeholder is back.
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
    finally:
        engine.dispose()
