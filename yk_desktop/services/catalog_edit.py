"""Editing the service-item catalog (事项清单, 办法 Art. 14/15): items, their materials and bundles.

Every change is checked in full before anything is written (``catalog_rules``), bumps the entry's
version, and leaves one ``CatalogRevision`` (what changed, and the whole entry afterwards) and one audit
entry (``catalog_writer``). Items are never deleted — cases refer to them — only retired and restored.

Materials are shared rows per hall, one per document name (``Material``), so a bundle's notice can
de-duplicate them; how one item asks for a document (original or copy, copies, form, required or when,
容缺) lives in ``ItemMaterial``. ``reusable``, ``certificate``, ``issuer`` and ``note`` stay on the shared
row: whether a document is a reusable certificate (办法 Art. 13) and who issues it are facts about the
document, not about one item, and "never ask twice" matches on them across items. The price is that
changing them through one item changes every item that asks for that document, so such an edit also
gives each of those items a new version and revision: its history says why its notice changed, and a
manager still editing one of them gets a Conflict instead of silently writing the old text back.
``material_users`` lets a form warn before saving.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from yk_desktop.services.catalog import ItemSummary
from yk_desktop.services.catalog_rules import (
    BundleInput,
    ItemInput,
    MaterialInput,
    check_bundle,
    check_reason,
)
from yk_desktop.services.catalog_writer import CatalogWriter, input_of_entry, saving
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Bundle,
    BundleItem,
    CatalogRevision,
    ItemMaterial,
    Material,
    ServiceItem,
    Staff,
)

__all__ = [
    "BundleInput",
    "BundleSummary",
    "EditableBundle",
    "EditableItem",
    "ItemInput",
    "MaterialInput",
    "Revision",
    "bundle_for_edit",
    "bundle_history",
    "create_bundle",
    "create_item",
    "item_for_edit",
    "item_history",
    "item_version",
    "material_users",
    "restore_bundle",
    "restore_item",
    "retire_bundle",
    "retire_item",
    "update_bundle",
    "update_item",
]


@dataclass(frozen=True)
class BundleSummary:
    id: uuid.UUID
    code: str
    name: str
    category_prefix: str | None
    item_codes: tuple[str, ...]
    active: bool
    version: int


@dataclass(frozen=True)
class EditableItem:
    """An item as its edit form loads it; ``version`` goes back with the save (optimistic locking)."""

    data: ItemInput
    version: int
    active: bool


@dataclass(frozen=True)
class EditableBundle:
    data: BundleInput
    version: int
    active: bool


@dataclass(frozen=True)
class Revision:
    version: int
    action: str  # create | edit | retire | restore | import
    at: datetime
    staff_name: str | None  # None: made from the command line or by the first import
    changes: dict[str, Any]  # field → [before, after]; retire/restore also carry "reason"


def _summary(writer: CatalogWriter, item: ServiceItem) -> ItemSummary:
    prefix = writer.prefixes.get(item.category_id) if item.category_id else None
    return ItemSummary(
        item.id,
        item.code,
        item.name,
        item.department,
        prefix,
        item.legal_days,
        item.promised_days,
        item.online,
    )


def _bundle_summary(writer: CatalogWriter, bundle: Bundle, version: int) -> BundleSummary:
    entry = writer.bundle_entry(bundle)
    return BundleSummary(
        bundle.id,
        bundle.code,
        bundle.name,
        entry["category"],
        tuple(entry["items"]),
        bundle.active,
        version,
    )


# ---------------------------------------------------------------- items


def create_item(uow: UnitOfWork, data: ItemInput, staff_id: uuid.UUID | None) -> ItemSummary:
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        cleaned = writer.checked_item(data)
        clash = writer.item_code_clash(cleaned.code)
        if clash:
            raise InvalidInput(clash, field="事项编码")
        item, _ = writer.save_item(None, cleaned)
        writer.finish()
        summary = _summary(writer, item)
        uow.commit()
    return summary


def update_item(
    uow: UnitOfWork, code: str, data: ItemInput, staff_id: uuid.UUID | None, expected_version: int
) -> ItemSummary:
    """Save an edit of the item last loaded at ``expected_version``; saving an unchanged form records nothing."""
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        item = _existing_item(writer, code, expected_version)
        cleaned = writer.checked_item(data)
        clash = writer.item_code_clash(cleaned.code, own_id=item.id) if cleaned.code != item.code else None
        if clash:
            raise InvalidInput(clash, field="事项编码")
        writer.save_item(item, cleaned)
        writer.finish()
        summary = _summary(writer, item)
        uow.commit()
    return summary


def retire_item(
    uow: UnitOfWork, code: str, staff_id: uuid.UUID | None, reason: str, expected_version: int | None = None
) -> None:
    """Take an item off the list (it stays in history and on its cases); it must leave its bundles first."""
    reason = check_reason(reason)
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        item = _existing_item(writer, code, expected_version)
        if not item.active:
            raise InvalidInput(f"事项“{item.name}”已停用。", field="事项编码")
        bundles = uow.session.scalars(
            select(Bundle.name)
            .join(BundleItem, BundleItem.bundle_id == Bundle.id)
            .where(BundleItem.item_id == item.id, Bundle.active.is_(True))
            .order_by(Bundle.code)
        ).all()
        if bundles:
            names = "、".join(f"“{name}”" for name in bundles)
            raise InvalidInput(
                f"事项“{item.name}”属于一件事{names}，请先从中移除该事项或停用这些一件事。", field="事项编码"
            )
        writer.set_item_active(item, False, reason)
        uow.commit()


def restore_item(
    uow: UnitOfWork,
    code: str,
    staff_id: uuid.UUID | None,
    reason: str = "",
    expected_version: int | None = None,
) -> None:
    reason = check_reason(reason, "恢复原因") if reason.strip() else ""
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        item = _existing_item(writer, code, expected_version)
        if item.active:
            raise InvalidInput(f"事项“{item.name}”正在使用中，无需恢复。", field="事项编码")
        writer.set_item_active(item, True, reason)
        uow.commit()


def _existing_item(writer: CatalogWriter, code: str, expected_version: int | None) -> ServiceItem:
    item = writer.item(code, lock=True)
    if item is None:
        raise NotFound(f"未找到编码为“{code}”的事项，请核对事项编码。")
    if expected_version is not None and item.version != expected_version:
        raise Conflict(
            f"事项“{item.name}”已被他人修改（现为第 {item.version} 版，您编辑的是第 {expected_version} 版），"
            "请刷新后重新修改。"
        )
    return item


def item_for_edit(uow: UnitOfWork, code: str) -> EditableItem:
    with uow.reading():
        writer = CatalogWriter(uow, None)
        item = writer.item(code)
        if item is None:
            raise NotFound(f"未找到编码为“{code}”的事项，请核对事项编码。")
        return EditableItem(input_of_entry(writer.entry(item)), item.version, item.active)


def material_users(uow: UnitOfWork, name: str) -> list[str]:
    """Codes of the items that ask for the material ``name``: who else an edit of its shared text reaches."""
    with uow.reading():
        return list(
            uow.session.scalars(
                select(ServiceItem.code)
                .join(ItemMaterial, ItemMaterial.item_id == ServiceItem.id)
                .join(Material, Material.id == ItemMaterial.material_id)
                .where(Material.hall_id == _hall(uow), Material.name == name)
                .order_by(ServiceItem.code)
            )
        )


# ---------------------------------------------------------------- bundles


def create_bundle(uow: UnitOfWork, data: BundleInput, staff_id: uuid.UUID | None) -> BundleSummary:
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        cleaned = _checked_bundle(writer, data)
        clash = writer.bundle_code_clash(cleaned.code)
        if clash:
            raise InvalidInput(clash, field="一件事编码")
        bundle, _, version = writer.save_bundle(None, cleaned, writer.bundle_items(cleaned.item_codes))
        summary = _bundle_summary(writer, bundle, version)
        uow.commit()
    return summary


def update_bundle(
    uow: UnitOfWork, code: str, data: BundleInput, staff_id: uuid.UUID | None, expected_version: int
) -> BundleSummary:
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        bundle = _existing_bundle(writer, code, expected_version)
        cleaned = _checked_bundle(writer, data)
        clash = (
            writer.bundle_code_clash(cleaned.code, own_id=bundle.id) if cleaned.code != bundle.code else None
        )
        if clash:
            raise InvalidInput(clash, field="一件事编码")
        _, _, version = writer.save_bundle(bundle, cleaned, writer.bundle_items(cleaned.item_codes))
        summary = _bundle_summary(writer, bundle, version)
        uow.commit()
    return summary


def retire_bundle(
    uow: UnitOfWork, code: str, staff_id: uuid.UUID | None, reason: str, expected_version: int | None = None
) -> None:
    reason = check_reason(reason)
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        bundle = _existing_bundle(writer, code, expected_version)
        if not bundle.active:
            raise InvalidInput(f"一件事“{bundle.name}”已停用。", field="一件事编码")
        writer.set_bundle_active(bundle, False, reason)
        uow.commit()


def restore_bundle(uow: UnitOfWork, code: str, staff_id: uuid.UUID | None, reason: str = "") -> None:
    reason = check_reason(reason, "恢复原因") if reason.strip() else ""
    with saving(uow):
        writer = CatalogWriter(uow, staff_id)
        bundle = _existing_bundle(writer, code, None)
        if bundle.active:
            raise InvalidInput(f"一件事“{bundle.name}”正在使用中，无需恢复。", field="一件事编码")
        writer.bundle_items(tuple(bi.item.code for bi in bundle.items))  # its items must still be in use
        writer.set_bundle_active(bundle, True, reason)
        uow.commit()


def _checked_bundle(writer: CatalogWriter, data: BundleInput) -> BundleInput:
    cleaned, problems = check_bundle(data, writer.category_ids)
    if problems:
        raise problems[0].as_error()
    return cleaned


def _existing_bundle(writer: CatalogWriter, code: str, expected_version: int | None) -> Bundle:
    bundle = writer.bundle(code, lock=True)
    if bundle is None:
        raise NotFound(f"未找到编码为“{code}”的一件事，请核对编码。")
    if expected_version is not None and (current := writer.bundle_version(bundle)) != expected_version:
        raise Conflict(
            f"一件事“{bundle.name}”已被他人修改（现为第 {current} 版，您编辑的是第 {expected_version} 版），"
            "请刷新后重新修改。"
        )
    return bundle


def bundle_for_edit(uow: UnitOfWork, code: str) -> EditableBundle:
    with uow.reading():
        writer = CatalogWriter(uow, None)
        bundle = writer.bundle(code)
        if bundle is None:
            raise NotFound(f"未找到编码为“{code}”的一件事，请核对编码。")
        entry = writer.bundle_entry(bundle)
        data = BundleInput(
            entry["code"], entry["name"], entry["description"], entry["category"], tuple(entry["items"])
        )
        return EditableBundle(data, writer.bundle_version(bundle), bundle.active)


# ---------------------------------------------------------------- history


def item_history(uow: UnitOfWork, code: str) -> list[Revision]:
    """Every revision of the item, newest first (a seeded item has none until its first change)."""
    return _history(uow, "item", code)


def bundle_history(uow: UnitOfWork, code: str) -> list[Revision]:
    return _history(uow, "bundle", code)


def _history(uow: UnitOfWork, entity: str, code: str) -> list[Revision]:
    with uow.reading():
        entity_id = _entity_id(uow, entity, code)
        rows = uow.session.execute(
            select(CatalogRevision, Staff.name)
            .outerjoin(Staff, Staff.id == CatalogRevision.staff_id)
            .where(CatalogRevision.entity == entity, CatalogRevision.entity_id == entity_id)
            .order_by(CatalogRevision.version.desc(), CatalogRevision.id.desc())
        )
        return [Revision(r.version, r.action, r.at, name, dict(r.changes)) for r, name in rows]


def item_version(uow: UnitOfWork, code: str, version: int) -> dict[str, Any]:
    """The item exactly as it stood at ``version`` (the exchange shape), to show an earlier list again."""
    with uow.reading():
        entity_id = _entity_id(uow, "item", code)
        rows = uow.session.execute(
            select(CatalogRevision.version, CatalogRevision.snapshot, CatalogRevision.changes)
            .where(
                CatalogRevision.entity == "item",
                CatalogRevision.entity_id == entity_id,
                CatalogRevision.version.in_((version, version + 1)),
            )
            .order_by(CatalogRevision.version, CatalogRevision.id.desc())
        ).all()
        found = {v: (snapshot, changes) for v, snapshot, changes in reversed(rows)}
        if version in found:
            return dict(found[version][0])
        # Seeded (or pre-revision) items have no revision for their first version: it is the next
        # revision's snapshot with each changed field put back as it was, or the live row if none.
        if version + 1 in found:
            snapshot, changes = found[version + 1]
            undone: dict[str, Any] = dict(changes)  # field → [before, after]
            return {**snapshot, **{k: pair[0] for k, pair in undone.items() if k in snapshot}}
        writer = CatalogWriter(uow, None)
        item = writer.item(code)
        if item is not None and item.version == version:
            return writer.entry(item)
        raise NotFound(f"事项“{code}”没有第 {version} 版。")


def _entity_id(uow: UnitOfWork, entity: str, code: str) -> uuid.UUID:
    model = ServiceItem if entity == "item" else Bundle
    found = uow.session.scalar(select(model.id).where(model.hall_id == _hall(uow), model.code == code))
    if found is None:
        what = "事项" if entity == "item" else "一件事"
        raise NotFound(f"未找到编码为“{code}”的{what}，请核对编码。")
    return found
