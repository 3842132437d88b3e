"""Log-in with argon2 hashes, and staff accounts that accept rare names and refuse bad input cleanly."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from yk_desktop.services import audit, auth, staff
from yk_desktop.services.errors import Conflict, InvalidInput, LoginFailed, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Staff


def test_demo_clerk_logs_in_and_gets_window_and_role(runtime: Runtime) -> None:
    user = auth.login(runtime.uow(), "clerk01", "demo1234")
    assert user.role == "clerk" and user.role_name == "窗口工作人员" and user.window_number == 1
    assert user.may_open("clerk") and not user.may_open("manager")


def test_wrong_password_and_unknown_user_get_the_same_message(runtime: Runtime) -> None:
    with pytest.raises(LoginFailed) as wrong:
        auth.login(runtime.uow(), "clerk01", "nope-nope")
    with pytest.raises(LoginFailed) as unknown:
        auth.login(runtime.uow(), "nobody", "demo1234")
    assert wrong.value.message == unknown.value.message == "用户名或密码错误，请重新输入。"


def test_empty_login_fields_ask_to_be_filled(runtime: Runtime) -> None:
    with pytest.raises(InvalidInput, match="请输入用户名和密码"):
        auth.login(runtime.uow(), "  ", "")


def test_passwords_are_stored_as_argon2_hashes(runtime: Runtime) -> None:
    with runtime.uow() as uow:
        hashes = uow.session.scalars(select(Staff.password_hash)).all()
    assert hashes and all(h.startswith("$argon2id$") and "demo1234" not in h for h in hashes)


@pytest.mark.parametrize("name", ["𠮷野家", "㐂田", "欧阳娜娜", "阿卜杜拉·买买提", "Anna Smith"])
def test_rare_and_minority_names_are_stored_exactly(runtime: Runtime, name: str) -> None:
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    row = staff.add_staff(
        runtime.uow(), manager, username="newclerk", name=name, role="clerk", password="secret99"
    )
    stored = {r.username: r.name for r in staff.list_staff(runtime.uow())}
    assert row.name == stored["newclerk"] == name


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "请填写姓名"),
        ({"name": "张" * 10_000}, "50"),
        ({"name": "<script>alert(1)</script>"}, "姓名只能包含"),
        ({"name": "x'; DROP TABLE staff;--"}, "姓名只能包含"),
        ({"phone": "12345"}, "号码"),
        ({"phone": "1381234567８9"}, "号码"),
        ({"username": "'; DROP TABLE staff;--"}, "用户名须以字母开头"),
        ({"role": "superuser"}, "角色"),
        ({"password": "123"}, "至少需要 6 位"),
    ],
)
def test_bad_staff_input_is_refused_and_nothing_is_saved(
    runtime: Runtime, fields: dict[str, str], message: str
) -> None:
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    values = {"username": "newclerk", "name": "李明", "role": "clerk", "password": "secret99", "phone": ""}
    values.update(fields)
    with runtime.uow() as uow:
        before = uow.session.scalar(select(func.count(Staff.id)))
    with pytest.raises(InvalidInput) as err:
        staff.add_staff(runtime.uow(), manager, **values)
    assert message in err.value.message
    with runtime.uow() as uow:
        assert uow.session.scalar(select(func.count(Staff.id))) == before


def test_duplicate_username_and_clerk_actor_are_refused(runtime: Runtime) -> None:
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    with pytest.raises(Conflict):
        staff.add_staff(
            runtime.uow(), manager, username="clerk01", name="李明", role="clerk", password="secret99"
        )
    with pytest.raises(PermissionDenied):
        staff.add_staff(
            runtime.uow(), clerk, username="other", name="李明", role="clerk", password="secret99"
        )


def test_every_change_is_in_an_intact_audit_chain_and_tampering_shows(runtime: Runtime) -> None:
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    staff.add_staff(
        runtime.uow(), manager, username="newclerk", name="李明", role="clerk", password="secret99"
    )
    assert runtime.terminal_id is not None
    check = audit.verify_chain(runtime.uow(), runtime.terminal_id)
    assert check.intact and check.entries >= 2
    with runtime.uow() as uow:
        from yk_desktop.store.models import AuditEntry

        entry = uow.session.scalar(
            select(AuditEntry).where(AuditEntry.chain_id == runtime.terminal_id, AuditEntry.chain_seq == 1)
        )
        assert entry is not None
        entry.detail = {"username": "someone-else"}
        uow.commit()
    broken = audit.verify_chain(runtime.uow(), runtime.terminal_id)
    assert not broken.intact and broken.first_bad_seq == 1 and "第 1 条" in broken.message


def test_cutting_entries_off_the_end_or_rewriting_stamps_is_detected(runtime: Runtime) -> None:
    from yk_desktop.store.models import AuditEntry

    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    for n in range(3):
        staff.add_staff(
            runtime.uow(), manager, username=f"extra{n}", name="李明", role="clerk", password="secret99"
        )
    assert runtime.terminal_id is not None
    assert audit.verify_chain(runtime.uow(), runtime.terminal_id).intact
    with runtime.uow() as uow:
        last = uow.session.scalar(
            select(AuditEntry)
            .where(AuditEntry.chain_id == runtime.terminal_id)
            .order_by(AuditEntry.chain_seq.desc())
        )
        assert last is not None
        uow.session.delete(last)
        uow.commit()
    cut = audit.verify_chain(runtime.uow(), runtime.terminal_id)
    assert not cut.intact and "末尾缺少" in cut.message
    with runtime.uow() as uow:
        first = uow.session.scalar(
            select(AuditEntry).where(AuditEntry.chain_id == runtime.terminal_id, AuditEntry.chain_seq == 1)
        )
        assert first is not None
        first.origin_terminal_id = None
        uow.commit()
    assert audit.verify_chain(runtime.uow(), runtime.terminal_id).first_bad_seq == 1


def test_two_writers_may_start_a_new_chain_at_once(runtime: Runtime) -> None:
    import threading

    from yk_desktop.services import hall, queue

    url = runtime.engine.url.render_as_string(hide_password=False)
    fresh = Runtime.open(url, clock=runtime.clock, terminal_code="NEW")
    errors: list[BaseException] = []
    try:
        hall.register_terminal(fresh.uow(), "YK-ZWFW", "NEW", "新终端", "kiosk", None)
        barrier = threading.Barrier(2)

        def issue(prefix: str) -> None:
            try:
                barrier.wait()
                queue.issue_ticket(fresh.uow(), prefix)
            except BaseException as exc:  # collected: a thread's exception would otherwise vanish
                errors.append(exc)

        threads = [threading.Thread(target=issue, args=(p,)) for p in ("C", "D")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        assert fresh.terminal_id is not None
        check = audit.verify_chain(fresh.uow(), fresh.terminal_id)
        assert check.intact and check.entries == 2
    finally:
        fresh.close()


def test_verify_all_checks_every_terminals_chain(runtime: Runtime) -> None:
    auth.login(runtime.uow(), "clerk01", "demo1234")
    checks = audit.verify_all(runtime.uow())
    assert [c.chain_id for c in checks] == [runtime.terminal_id] and checks[0].intact


def test_an_unknown_user_costs_as_much_time_as_a_wrong_password(runtime: Runtime) -> None:
    import time

    def cost(username: str) -> float:
        started = time.perf_counter()
        with pytest.raises(LoginFailed):
            auth.login(runtime.uow(), username, "wrong-password")
        return time.perf_counter() - started

    known, unknown = min(cost("clerk01") for _ in range(3)), min(cost("nosuchuser") for _ in range(3))
    # Without the dummy verification the unknown user answers ~100× faster (no argon2 at all).
    assert unknown > known / 3
