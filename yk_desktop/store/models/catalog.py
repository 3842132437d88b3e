"""The service-item catalog (事项清单, 办法 Art. 14): items, materials and bundles (一件事)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class MaterialForm(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    EITHER = "either"


class Original(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    BOTH = "original_and_copy"


class ServiceItem(HallOwned, Base):
    __tablename__ = "service_items"
    __table_args__ = (
        UniqueConstraint("hall_id", "code"),
        # 承诺时限 ≤ 法定时限 (DOMAIN.md Deadlines): a promise longer than the law allows is a data error.
        CheckConstraint("promised_days <= legal_days", name="promise_within_law"),
        CheckConstraint("promised_days >= 0", name="promise_not_negative"),
    )

    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(100))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), default=None)
    basis: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    procedure: Mapped[list[str]] = mapped_column(default=list)
    legal_days: Mapped[int] = mapped_column(Integer, default=20)
    promised_days: Mapped[int] = mapped_column(Integer, default=20)
    fees: Mapped[str] = mapped_column(String(200), default="不收费")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Search keys kept beside the name so a clerk can type 「qysl」 for 企业设立 without a scan in Python.
    pinyin_initials: Mapped[str] = mapped_column(String(200), default="", index=True)
    pinyin_full: Mapped[str] = mapped_column(String(800), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # 容缺受理 allowed: the case may be accepted with the tolerable materials still to come.
    tolerance_allowed: Mapped[bool] = mapped_column(Boolean, default=False)

    materials: Mapped[list[ItemMaterial]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemMaterial.position"
    )


class Material(HallOwned, Base):
    """A document an applicant brings; one row per document so bundles can de-duplicate by identity."""

    __tablename__ = "materials"
    __table_args__ = (UniqueConstraint("hall_id", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    # Reusable materials (电子证照, earlier verified copies) are never asked for twice (办法 Art. 13).
    reusable: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate: Mapped[str | None] = mapped_column(String(100), default=None)
    issuer: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ItemMaterial(HallOwned, Base):
    """How one item asks for one material: form, original/copy, copies, required or when."""

    __tablename__ = "item_materials"
    __table_args__ = (
        UniqueConstraint("item_id", "material_id"),
        CheckConstraint("copies >= 1", name="copies_positive"),
    )

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_items.id", ondelete="CASCADE"))
    material_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("materials.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    form: Mapped[str] = mapped_column(String(16), default=MaterialForm.PAPER.value)
    original: Mapped[str] = mapped_column(String(20), default=Original.ORIGINAL.value)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    condition: Mapped[str | None] = mapped_column(Text, default=None)
    tolerable: Mapped[bool] = mapped_column(Boolean, default=False)

    item: Mapped[ServiceItem] = relationship(back_populates="materials")
    material: Mapped[Material] = relationship()


class Bundle(HallOwned, Base):
    """一件事一次办 (办法 Art. 15): related items served as one."""

    __tablename__ = "bundles"
    __table_args__ = (UniqueConstraint("hall_id", "code"),)

    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[BundleItem]] = relationship(
        back_populates="bundle", cascade="all, delete-orphan", order_by="BundleItem.position"
    )


class BundleItem(HallOwned, Base):
    __tablename__ = "bundle_items"
    __table_args__ = (UniqueConstraint("bundle_id", "item_id"),)

    bundle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bundles.id", ondelete="CASCADE"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_items.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    bundle: Mapped[Bundle] = relationship(back_populates="items")
    item: Mapped[ServiceItem] = relationship()


class CatalogRevision(HallOwned, Base):
    """Every catalog change, append-only: who, when, what changed (field → [before, after]) and the
    whole entry after the change, so any version can be shown again (办法 Art. 14: a published list)."""

    __tablename__ = "catalog_revisions"

    entity: Mapped[str] = mapped_column(String(16))  # item | bundle
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    code: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # create | edit | retire | restore | import
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    changes: Mapped[dict[str, object]] = mapped_column(default=dict)
    snapshot: Mapped[dict[str, object]] = mapped_column(default=dict)
