"""Revision 0007 (帮办代办) with data present: proxy-case rows made before it are upgraded (numbered, the
受托人 filled in) instead of failing on the new NOT NULL columns, and going back down while proxy cases are on
file is refused in Chinese, keeping them; on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.conftest import HALL_CODE, TEST_NOW
from tests.support.agency import PDF, register
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import agency, agency_reports, auth, hall
from yk_desktop.services.agency_files import Upload
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import Base

AGENCY_TABLES = ("agency_attachments", "agency_items", "agency_events", "agency_records")
# What 0008's downgrade refuses to carry below it (the demo hall's appointment plans), children first.
APPOINTMENT_TABLES = (
    "appointment_events",
    "appointments",
    "after_hours_sessions",
    "slot_exceptions",
    "slot_plans",
)


def without_appointments(engine: sa.Engine) -> None:
    """These tests are about 0006/0007: empty the appointment tables, which 0008 will not take down."""
    with engine.begin() as conn:
        present = set(sa.inspect(conn).get_table_names())
        for table in APPOINTMENT_TABLES:
            if table in present:
                conn.exec_driver_sql(f"DELETE FROM {table}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    """A demo-seeded database at head, on each engine."""
    found: str = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    return found


@pytest.fixture
def engine(url: str) -> Iterator[sa.Engine]:
    made = make_engine(url)
    yield made
    made.dispose()


def _runtime(url: str) -> Runtime:
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="T01")
    hall.register_terminal(runtime.uow(), HALL_CODE, "T01", "测试终端", "clerk", 1)
    return runtime


def _count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0


def _schema_diff(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def test_going_down_with_proxy_cases_on_file_is_refused_and_keeps_them(url: str, engine: sa.Engine) -> None:
    runtime = _runtime(url)
    try:
        info = register(runtime, name="张三")
        agent = auth.login(runtime.uow(), "agent01", "demo1234")
        agency.attach_authorization(
            runtime.uow(), info.agency_no, Upload("委托书.pdf", PDF), staff_id=agent.id
        )
    finally:
        runtime.close()

    # Down past 0007 (the reviewer's round trip went to 0004): refused, in one transaction with the steps
    # already taken (0009, 0008), so the database stays at head with everything in it.
    without_appointments(engine)
    for target in ("0006", "0004"):
        with pytest.raises(RuntimeError) as refused:
            schema.downgrade(engine, target)
        message = str(refused.value)
        assert "不能撤销 0007（帮办代办）" in message
        assert "1 件代办件（1 个代办事项、1 份签字委托书扫描件）" in message
        assert "请先导出并备份这些代办件" in message
        assert schema.current_revision(engine) == schema.head_revision()
    assert [_count(engine, t) for t in AGENCY_TABLES] == [1, 1, 2, 1]
    assert _schema_diff(engine) == []
    runtime = _runtime(url)
    try:
        kept = agency.get(runtime.uow(), info.agency_no)
        assert kept.applicant_name == "张三" and kept.attachment is not None
    finally:
        runtime.close()

    # Exported and emptied: now the round trip goes through and ends as the models.
    with engine.begin() as conn:
        for table in AGENCY_TABLES:
            conn.exec_driver_sql(f"DELETE FROM {table}")
    assert schema.downgrade(engine, "0004") == "0004"
    assert schema.upgrade(engine) == schema.head_revision()
    assert _schema_diff(engine) == []


def _insert_old_rows(engine: sa.Engine) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Two proxy cases and an event as the 0001 tables hold them (no number, no 受托人, no contact)."""
    records = sa.table(
        "agency_records",
        *(
            sa.column(name, type_)
            for name, type_ in (
                ("id", sa.Uuid()),
                ("hall_id", sa.Uuid()),
                ("hlc", sa.String()),
                ("agent_id", sa.Uuid()),
                ("principal_name", sa.String()),
                ("principal_id_type", sa.String()),
                ("principal_id_number", sa.String()),
                ("principal_phone", sa.String()),
                ("matter", sa.Text()),
                ("powers", sa.Text()),
                ("sub_delegation", sa.Boolean()),
                ("valid_from", sa.Date()),
                ("valid_until", sa.Date()),
                ("state", sa.String()),
                ("created_at", sa.DateTime()),
            )
        ),
    )
    events = sa.table(
        "agency_events",
        *(
            sa.column(name, type_)
            for name, type_ in (
                ("id", sa.Uuid()),
                ("hall_id", sa.Uuid()),
                ("hlc", sa.String()),
                ("agency_id", sa.Uuid()),
                ("kind", sa.String()),
                ("at", sa.DateTime()),
                ("staff_id", sa.Uuid()),
                ("detail", sa.JSON()),
            )
        ),
    )
    with engine.begin() as conn:
        hall_id, agent_id = conn.execute(
            sa.text("SELECT hall_id, id FROM staff WHERE username = 'agent01'").columns(
                hall_id=sa.Uuid(), id=sa.Uuid()
            )
        ).one()
        ids = [uuid.uuid4(), uuid.uuid4()]
        # Inserted newest first: the numbers follow the order they were made in, not the insert order.
        for row_id, name, made in (
            (ids[1], "李四", datetime(2026, 11, 2, 2)),
            (ids[0], "张三", datetime(2026, 11, 1, 2)),
        ):
            conn.execute(
                records.insert().values(
                    id=row_id,
                    hall_id=hall_id,
                    hlc="",
                    agent_id=agent_id,
                    principal_name=name,
                    principal_id_type="居民身份证",
                    principal_id_number="210802198001011230",
                    principal_phone="13804170000",
                    matter="代为办理食品经营许可事项",
                    powers="代为提交申请材料",
                    sub_delegation=False,
                    valid_from=date(2026, 11, 1),
                    valid_until=date(2026, 12, 31),
                    state="registered",
                    created_at=made,
                )
            )
        conn.execute(
            events.insert().values(
                id=uuid.uuid4(),
                hall_id=hall_id,
                hlc="",
                agency_id=ids[0],
                kind="registered",
                at=datetime(2026, 11, 1, 2),
                staff_id=agent_id,
                detail={},
            )
        )
    return agent_id, ids


def test_proxy_cases_from_before_0007_are_numbered_and_upgraded(url: str, engine: sa.Engine) -> None:
    without_appointments(engine)
    assert schema.downgrade(engine, "0006") == "0006"
    agent_id, (first, second) = _insert_old_rows(engine)

    # The reviewer's failure: "NOT NULL constraint failed: agency_records.agency_no".
    assert schema.upgrade(engine) == schema.head_revision()
    assert _schema_diff(engine) == []
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT id, agency_no, authorized_agent_id, agent_id_type, agent_id_number, principal_kind,"
                " contact_name, contact_phone, holder, cancel_reason, registered_by FROM agency_records"
                " ORDER BY agency_no"
            ).columns(id=sa.Uuid(), authorized_agent_id=sa.Uuid())
        ).all()
        event = conn.exec_driver_sql("SELECT to_kind, to_name, to_staff_id, note FROM agency_events").one()
    assert [tuple(r) for r in rows] == [
        (first, "D2026900001", agent_id, "居民身份证", "", "person", "", "", "", "", None),
        (second, "D2026900002", agent_id, "居民身份证", "", "person", "", "", "", "", None),
    ]
    assert tuple(event) == ("", "", None, "")
    # The defaults that carried the old rows over are gone again: the columns are as the models make them.
    columns = {c["name"]: c for c in sa.inspect(engine).get_columns("agency_records")}
    assert all(columns[name]["default"] is None for name in ("agent_id_type", "principal_kind", "holder"))
    assert all(not columns[name]["nullable"] for name in ("agency_no", "authorized_agent_id", "holder"))

    # The program works with them, and the next number it hands out does not collide.
    runtime = _runtime(url)
    try:
        old = agency.get(runtime.uow(), "D2026900001")
        assert (old.applicant_name, old.agent_name, old.authorized_agent_name) == ("张三", "于春雷", "于春雷")
        assert register(runtime).agency_no == "D2026000001"
        listed = [r.agency_no for r in agency_reports.list_agencies(runtime.uow())]
        assert sorted(listed) == ["D2026000001", "D2026900001", "D2026900002"]
    finally:
        runtime.close()
