"""A hall's own rules: defaults until a manager changes them, validated, audited, per hall."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from yk_desktop.services import auth, policy
from yk_desktop.services.errors import InvalidInput, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry


def test_rules_keep_their_defaults_until_a_manager_changes_them(runtime: Runtime) -> None:
    values = policy.read_all(runtime.uow())
    assert values["review.followup_working_days"] == 5 and values["complaint.days.complaint"] == 15
    assert set(values) == {r.key for r in policy.RULES}
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    after = policy.change(
        runtime.uow(), {"review.followup_working_days": 10, "complaint.days.consult": 2}, staff_id=manager.id
    )
    assert after["review.followup_working_days"] == 10
    with runtime.uow() as uow:
        assert policy.value(uow, "review.followup_working_days") == 10
        assert policy.value(uow, "appointment.per_person_per_day") == 1
        details = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "policy.change")
        ).all()
    # Only what changed is recorded: 咨询 was already 2.
    assert details == [{"review.followup_working_days": {"from": 5, "to": 10}}]


def test_bad_values_and_clerks_are_refused_and_nothing_is_saved(runtime: Runtime) -> None:
    manager = auth.login(runtime.uow(), "manager01", "demo1234")
    with pytest.raises(InvalidInput, match=r"差评整改期限.*1 至 30"):
        policy.change(
            runtime.uow(), {"complaint.days.help": 7, "review.followup_working_days": 0}, staff_id=manager.id
        )
    with pytest.raises(InvalidInput, match="没有名为"):
        policy.change(runtime.uow(), {"nonsense": 1}, staff_id=manager.id)
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    with pytest.raises(PermissionDenied, match="大厅负责人"):
        policy.change(runtime.uow(), {"complaint.days.help": 7}, staff_id=clerk.id)
    assert policy.read_all(runtime.uow())["complaint.days.help"] == 10
