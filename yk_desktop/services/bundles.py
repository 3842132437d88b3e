"""Bundles (一件事一次办) as the kiosk offers them: one button each, queued in the bundle's category."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Bundle, Category


@dataclass(frozen=True)
class BundleInfo:
    code: str
    name: str
    category_prefix: str
    category_name: str


def list_bundles(uow: UnitOfWork) -> list[BundleInfo]:
    """Active bundles a ticket can be taken for, by code.

    Only those queued in an active category: ``queue.issue_ticket(bundle_code=...)`` refuses the others,
    so a button for them would only ever say no.
    """
    with uow.reading():
        rows = uow.session.execute(
            select(Bundle.code, Bundle.name, Category.prefix, Category.name)
            .join(Category, Category.id == Bundle.category_id)
            .where(
                Bundle.hall_id == _hall(uow),
                Bundle.active.is_(True),
                Category.active.is_(True),
            )
            .order_by(Bundle.code)
        )
        return [BundleInfo(code, name, prefix, category) for code, name, prefix, category in rows]
