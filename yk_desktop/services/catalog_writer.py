"""Writing catalog entries inside one unit of work: versioned, with a revision and an audit entry each.

The shared machinery of the manager's edits (``catalog_edit``) and file imports (``catalog_io``). Why a
change to a shared material reaches other items is explained in ``catalog_edit``'s docstring.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from yk_desktop.core.ids import new_id
from yk_desktop.services import audit
from yk_desktop.services.catalog import pinyin_keys
from yk_desktop.services.catalog_rules import (
    BundleInput,
    ItemInput,
    MaterialInput,
    bundle_entry_of_input,
    changed_fields,
    check_item,
    entry_of_input,
)
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Bundle,
    BundleItem,
    CatalogRevision,
    Category,
    ItemMaterial,
    Material,
    ServiceItem,
    Staff,
)
from yk_desktop.store.models.hall import Role


def item_entry(item: ServiceItem, prefix: str | None) -> dict[str, Any]:
    """The stored item in the exchange/snapshot shape (the same keys as ``entry_of_input``)."""
    return {
        "code": item.code,
        "name": item.name,
        "department": item.department,
        "category": prefix,
        "basis": item.basis,
        "conditions": item.conditions,
        "procedure": list(item.procedure),
        "legal_days": item.legal_days,
        "promised_days": item.promised_days,
        "fees": item.fees,
        "online": item.online,
        "location": item.location,
        "phone": item.phone,
        "tolerance_allowed": item.tolerance_allowed,
        "active": item.active,
        "materials": [
            {
                "name": im.material.name,
                "form": im.form,
                "original": im.original,
                "copies": im.copies,
                "required": im.required,
                "condition": im.condition,
                "reusable": im.material.reusable,
                "certificate": im.material.certificate,
                "issuer": im.material.issuer,
                "note": im.material.note,
                "tolerable": im.tolerable,
            }
            for im in item.materials
        ],
    }


def bundle_entry(bundle: Bundle, prefix: str | None) -> dict[str, Any]:
    return {
        "code": bundle.code,
        "name": bundle.name,
        "description": bundle.description,
        "category": prefix,
        "items": [bi.item.code for bi in bundle.items],
        "active": bundle.active,
    }


def input_of_entry(entry: dict[str, Any]) -> ItemInput:
    materials = tuple(MaterialInput(**m) for m in entry["materials"])
    fields = {k: v for k, v in entry.items() if k not in ("category", "procedure", "materials", "active")}
    return ItemInput(
        **fields, category_prefix=entry["category"], procedure=tuple(entry["procedure"]), materials=materials
    )


_WITH_MATERIALS = selectinload(ServiceItem.materials).selectinload(ItemMaterial.material)
_WITH_ITEMS = selectinload(Bundle.items).selectinload(BundleItem.item)


# ---------------------------------------------------------------- the writer


class CatalogWriter:
    """Writes catalog entries inside one open unit of work, versioned and audited.

    Checks nothing the caller has not asked it to (``checked_item`` and friends); ``finish()`` must run
    before commit, to version the items a shared-material change reached.
    """

    def __init__(self, uow: UnitOfWork, staff_id: uuid.UUID | None, action: str | None = None) -> None:
        self.uow = uow
        self.session = uow.session
        self.hall_id = _hall(uow)
        self.staff_id = staff_id
        self.action = action  # "import" records every change as such; None: create/edit by what it is
        self.category_ids: dict[str, uuid.UUID] = {}
        self.prefixes: dict[uuid.UUID, str] = {}
        for category_id, prefix in self.session.execute(
            select(Category.id, Category.prefix).where(Category.hall_id == self.hall_id)
        ):
            self.category_ids[prefix] = category_id
            self.prefixes[category_id] = prefix
        self._materials: dict[str, Material] | None = None
        self._before: dict[uuid.UUID, dict[str, Any]] = {}  # each item as it was when first touched
        self._items: dict[uuid.UUID, ServiceItem] = {}
        self._written: set[uuid.UUID] = set()
        self.rippled: list[str] = []  # codes of items changed only through a shared material
        if staff_id is not None:
            _check_editor(self.session, self.hall_id, staff_id)

    # -- reading

    def item(self, code: str, *, lock: bool = False) -> ServiceItem | None:
        query = (
            select(ServiceItem)
            .where(ServiceItem.hall_id == self.hall_id, ServiceItem.code == code)
            .options(_WITH_MATERIALS)
        )
        # PostgreSQL: two managers saving the same item queue here, so the version check below is
        # decided by whoever saved first. SQLite writers are serialised by BEGIN IMMEDIATE already.
        return self.session.scalar(query.with_for_update() if lock else query)

    def all_items(self) -> dict[str, ServiceItem]:
        rows = self.session.scalars(
            select(ServiceItem).where(ServiceItem.hall_id == self.hall_id).options(_WITH_MATERIALS)
        )
        return {item.code: item for item in rows}

    def bundle(self, code: str, *, lock: bool = False) -> Bundle | None:
        query = select(Bundle).where(Bundle.hall_id == self.hall_id, Bundle.code == code).options(_WITH_ITEMS)
        return self.session.scalar(query.with_for_update() if lock else query)

    def all_bundles(self) -> dict[str, Bundle]:
        rows = self.session.scalars(select(Bundle).where(Bundle.hall_id == self.hall_id).options(_WITH_ITEMS))
        return {bundle.code: bundle for bundle in rows}

    def entry(self, item: ServiceItem) -> dict[str, Any]:
        return item_entry(item, self.prefixes.get(item.category_id) if item.category_id else None)

    def bundle_entry(self, bundle: Bundle) -> dict[str, Any]:
        return bundle_entry(bundle, self.prefixes.get(bundle.category_id) if bundle.category_id else None)

    def bundle_version(self, bundle: Bundle) -> int:
        # Bundles have no version column: the latest revision's is theirs; a seeded bundle is version 1.
        latest = self.session.scalar(
            select(func.max(CatalogRevision.version)).where(
                CatalogRevision.entity == "bundle", CatalogRevision.entity_id == bundle.id
            )
        )
        return latest or 1

    # -- checking against the database

    def checked_item(self, data: ItemInput) -> ItemInput:
        cleaned, problems = check_item(data, self.category_ids)
        if problems:
            raise problems[0].as_error()
        return cleaned

    def item_code_clash(self, code: str, own_id: uuid.UUID | None = None) -> str | None:
        """Why ``code`` cannot be used for a new (or renamed) item, or None. Retired items keep their
        codes: a case or receipt printed with one must never point at a different item."""
        rows = self.session.execute(
            select(ServiceItem.id, ServiceItem.code, ServiceItem.name, ServiceItem.active).where(
                ServiceItem.hall_id == self.hall_id, func.lower(ServiceItem.code) == code.lower()
            )
        )
        for item_id, taken, name, active in rows:
            if item_id == own_id:
                continue
            if taken != code:  # searches ignore case, so 「abc-1」 next to 「ABC-1」 would be ambiguous
                return f"事项编码“{code}”与已有事项“{name}”的编码“{taken}”仅大小写不同，请勿重复。"
            if not active:
                return (
                    f"事项编码“{code}”已被已停用的事项“{name}”使用，编码不能重复使用；如需再用请恢复该事项。"
                )
            return f"事项编码“{code}”已被事项“{name}”使用，请核对编码。"
        return None

    def bundle_code_clash(self, code: str, own_id: uuid.UUID | None = None) -> str | None:
        rows = self.session.execute(
            select(Bundle.id, Bundle.code, Bundle.name).where(
                Bundle.hall_id == self.hall_id, func.lower(Bundle.code) == code.lower()
            )
        )
        for bundle_id, taken, name in rows:
            if bundle_id != own_id:
                return f"一件事编码“{code}”已被“{name}”（{taken}）使用，请核对编码。"
        return None

    def bundle_items(self, codes: tuple[str, ...]) -> dict[str, ServiceItem]:
        """The bundle's items by code; raises when one is unknown or retired."""
        found = {
            item.code: item
            for item in self.session.scalars(
                select(ServiceItem).where(ServiceItem.hall_id == self.hall_id, ServiceItem.code.in_(codes))
            )
        }
        for code in codes:
            if code not in found:
                raise InvalidInput(f"没有编码为“{code}”的事项，请核对。", field="包含事项")
            if not found[code].active:
                raise InvalidInput(f"事项“{found[code].name}”已停用，不能放进“一件事”。", field="包含事项")
        return found

    # -- writing items

    def save_item(
        self, item: ServiceItem | None, data: ItemInput, *, active: bool | None = None
    ) -> tuple[ServiceItem, str | None]:
        """Create or update from cleaned input; returns the item and the action recorded (None: unchanged)."""
        if item is None:
            item = ServiceItem(id=new_id(), hall_id=self.hall_id, code=data.code, version=0, active=True)
            self.session.add(item)
            before = None
        else:
            before = self._before.setdefault(item.id, self.entry(item))
        self._items[item.id] = item
        self._written.add(item.id)
        after = entry_of_input(data, item.active if active is None else active)
        if before == after and self.entry(item) == after:
            return item, None
        self._apply(item, data, after["active"])
        action = self.action or ("create" if before is None else "edit")
        if before != after:
            item.version += 1
            self._revise(
                "item", item.id, item.code, item.version, action, changed_fields(before, after), after
            )
        return item, action

    def set_item_active(self, item: ServiceItem, active: bool, reason: str) -> None:
        before = self._before.setdefault(item.id, self.entry(item))
        self._written.add(item.id)
        item.active = active
        item.version += 1
        after = self.entry(item)
        changes: dict[str, Any] = changed_fields(before, after)
        if reason:
            changes["reason"] = [None, reason]
        self._revise(
            "item", item.id, item.code, item.version, "restore" if active else "retire", changes, after
        )

    def _apply(self, item: ServiceItem, data: ItemInput, active: bool) -> None:
        if item.name != data.name:
            initials, full = pinyin_keys(data.name)
            # The columns hold 200/800 letters; a 200-character name of 6-letter syllables would not fit,
            # and a search only ever matches the beginning of a long name anyway.
            item.pinyin_initials, item.pinyin_full = initials[:200], full[:800]
        item.code, item.name, item.department = data.code, data.name, data.department
        item.category_id = self.category_ids[data.category_prefix] if data.category_prefix else None
        item.basis, item.conditions, item.procedure = data.basis, data.conditions, list(data.procedure)
        item.legal_days, item.promised_days, item.fees = data.legal_days, data.promised_days, data.fees
        item.online, item.location, item.phone = data.online, data.location, data.phone
        item.tolerance_allowed, item.active = data.tolerance_allowed, active
        # Rows are kept per document and updated in place: deleting and re-inserting the same
        # (item, material) pair in one flush would break its unique constraint (inserts go first).
        existing = {im.material_id: im for im in item.materials}
        rows = []
        for position, m in enumerate(data.materials):
            material = self._material(m)
            row = existing.pop(material.id, None)
            if row is None:
                row = ItemMaterial(id=new_id(), hall_id=self.hall_id, material=material)
            row.position, row.form, row.original, row.copies = position, m.form, m.original, m.copies
            row.required, row.condition, row.tolerable = m.required, m.condition, m.tolerable
            rows.append(row)
        item.materials = rows

    def _material(self, m: MaterialInput) -> Material:
        if self._materials is None:
            self._materials = {
                row.name: row
                for row in self.session.scalars(select(Material).where(Material.hall_id == self.hall_id))
            }
        row = self._materials.get(m.name)
        if row is None:
            row = Material(
                id=new_id(),
                hall_id=self.hall_id,
                name=m.name,
                reusable=m.reusable,
                certificate=m.certificate,
                issuer=m.issuer,
                note=m.note,
            )
            self.session.add(row)
            self._materials[m.name] = row
        elif (row.reusable, row.certificate, row.issuer, row.note) != (
            m.reusable,
            m.certificate,
            m.issuer,
            m.note,
        ):
            self._remember_users(row)
            row.reusable, row.certificate, row.issuer, row.note = m.reusable, m.certificate, m.issuer, m.note
        return row

    def _remember_users(self, material: Material) -> None:
        # Not flushed: the item being saved is half-built, and it is remembered already.
        with self.session.no_autoflush:
            ids = set(
                self.session.scalars(
                    select(ItemMaterial.item_id).where(ItemMaterial.material_id == material.id)
                )
            )
            missing = ids - self._before.keys()
            if missing:
                for item in self.session.scalars(
                    select(ServiceItem).where(ServiceItem.id.in_(missing)).options(_WITH_MATERIALS)
                ):
                    self._before[item.id] = self.entry(item)
                    self._items[item.id] = item

    def finish(self) -> None:
        """Version every item a shared-material change reached without it being saved itself."""
        for item_id, before in self._before.items():
            if item_id in self._written:
                continue
            item = self._items[item_id]
            after = self.entry(item)
            if after != before:
                item.version += 1
                self._revise(
                    "item",
                    item.id,
                    item.code,
                    item.version,
                    self.action or "edit",
                    changed_fields(before, after),
                    after,
                )
                self.rippled.append(item.code)

    # -- writing bundles

    def save_bundle(
        self,
        bundle: Bundle | None,
        data: BundleInput,
        items: dict[str, ServiceItem],
        *,
        active: bool | None = None,
    ) -> tuple[Bundle, str | None, int]:
        """Create or update from cleaned input whose item codes are all in ``items``."""
        if bundle is None:
            bundle = Bundle(id=new_id(), hall_id=self.hall_id, code=data.code, active=True)
            self.session.add(bundle)
            before, version = None, 0
        else:
            before, version = self.bundle_entry(bundle), self.bundle_version(bundle)
        after = bundle_entry_of_input(data, bundle.active if active is None else active)
        if before == after:
            return bundle, None, version
        bundle.code, bundle.name, bundle.description = data.code, data.name, data.description
        bundle.category_id = self.category_ids[data.category_prefix] if data.category_prefix else None
        bundle.active = after["active"]
        existing = {bi.item_id: bi for bi in bundle.items}
        rows = []
        for position, code in enumerate(data.item_codes):
            row = existing.pop(items[code].id, None) or BundleItem(
                id=new_id(), hall_id=self.hall_id, item=items[code]
            )
            row.position = position
            rows.append(row)
        bundle.items = rows
        action = self.action or ("create" if before is None else "edit")
        self._revise(
            "bundle", bundle.id, bundle.code, version + 1, action, changed_fields(before, after), after
        )
        return bundle, action, version + 1

    def set_bundle_active(self, bundle: Bundle, active: bool, reason: str) -> int:
        before, version = self.bundle_entry(bundle), self.bundle_version(bundle) + 1
        bundle.active = active
        changes: dict[str, Any] = changed_fields(before, self.bundle_entry(bundle))
        if reason:
            changes["reason"] = [None, reason]
        action = "restore" if active else "retire"
        self._revise("bundle", bundle.id, bundle.code, version, action, changes, self.bundle_entry(bundle))
        return version

    def _revise(
        self,
        entity: str,
        entity_id: uuid.UUID,
        code: str,
        version: int,
        action: str,
        changes: dict[str, Any],
        snapshot: dict[str, Any],
    ) -> None:
        self.session.add(
            CatalogRevision(
                id=new_id(),
                hall_id=self.hall_id,
                entity=entity,
                entity_id=entity_id,
                code=code,
                version=version,
                action=action,
                at=self.uow.now(),
                staff_id=self.staff_id,
                changes=changes,
                snapshot=snapshot,
            )
        )
        detail = {"code": code, "version": version, "fields": sorted(changes)}
        audit.record(self.uow, f"{entity}.{action}", entity, entity_id, actor_id=self.staff_id, detail=detail)


def _check_editor(session: Session, hall_id: uuid.UUID, staff_id: uuid.UUID) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.hall_id != hall_id:
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if staff.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied("只有大厅负责人或系统管理员可以修改事项清单。")


@contextmanager
def saving(uow: UnitOfWork) -> Iterator[None]:
    """The write transaction of one catalog change; a unique key taken meanwhile by someone else (two
    managers adding the same code or material at once) becomes a Conflict the manager can retry."""
    with uow:
        try:
            yield
        except IntegrityError as exc:
            raise Conflict("事项清单刚被他人修改（编码或材料名称已被占用），请刷新后重试。") from exc
