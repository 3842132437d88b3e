"""Looking up service items (事项): list by category, search by name, code or pinyin initials."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import case, or_, select
from sqlalchemy.orm import selectinload

from yk_desktop.services.errors import NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Category, ItemMaterial, ServiceItem

# A clerk types a few characters; anything longer is a scanner misfire or a paste, not a search.
MAX_QUERY = 100


def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name, lower case, letters only: 企业设立 → ("qysl", "qiyesheli")."""
    # Imported here: pypinyin loads a large phrase dictionary (~0.3 s) and only catalog edits need it.
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    letters = [s.lower() for s in syllables if s.isascii() and s.isalpha()]
    return "".join(s[0] for s in letters), "".join(letters)


@dataclass(frozen=True)
class ItemSummary:
    id: uuid.UUID
    code: str
    name: str
    department: str
    category_prefix: str | None
    legal_days: int
    promised_days: int
    online: bool


@dataclass(frozen=True)
class MaterialLine:
    name: str
    form: str
    original: str
    copies: int
    required: bool
    condition: str | None
    reusable: bool
    certificate: str | None
    issuer: str
    note: str


@dataclass(frozen=True)
class ItemDetail:
    summary: ItemSummary
    basis: str
    conditions: str
    procedure: tuple[str, ...]
    fees: str
    location: str
    phone: str
    materials: tuple[MaterialLine, ...]


def _summary(item: ServiceItem, prefix: str | None) -> ItemSummary:
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


def list_items(uow: UnitOfWork, category_prefix: str | None = None) -> list[ItemSummary]:
    with uow.reading():
        query = (
            select(ServiceItem, Category.prefix)
            .outerjoin(Category, Category.id == ServiceItem.category_id)
            .where(ServiceItem.hall_id == _hall(uow), ServiceItem.active.is_(True))
            .order_by(Category.prefix, ServiceItem.code)
        )
        if category_prefix:
            query = query.where(Category.prefix == category_prefix)
        return [_summary(item, prefix) for item, prefix in uow.session.execute(query)]


def search_items(uow: UnitOfWork, text: str, limit: int = 50) -> list[ItemSummary]:
    """Name or code contains the text (case-insensitive on both engines); ASCII letters also match
    pinyin initials or full pinyin.

    Prefix matches come first (the clerk who types 「bdc」 wants 不动产… before 办理不动产…).
    """
    query_text = unicodedata.normalize("NFKC", text).strip()[:MAX_QUERY]
    if not query_text:
        return list_items(uow)[:limit]
    letters = query_text.lower().replace(" ", "")
    like = _like(query_text)
    conditions = [ServiceItem.name.ilike(like, escape="\\"), ServiceItem.code.ilike(like, escape="\\")]
    rank = case((ServiceItem.name.ilike(_like(query_text, prefix=True), escape="\\"), 0), else_=2)
    if letters.isascii() and letters.isalpha():
        conditions += [
            ServiceItem.pinyin_initials.like(_like(letters), escape="\\"),
            ServiceItem.pinyin_full.like(_like(letters), escape="\\"),
        ]
        rank = case(
            (ServiceItem.pinyin_initials.like(_like(letters, prefix=True), escape="\\"), 0),
            (ServiceItem.name.ilike(_like(query_text, prefix=True), escape="\\"), 0),
            (ServiceItem.pinyin_full.like(_like(letters, prefix=True), escape="\\"), 1),
            else_=2,
        )
    with uow.reading():
        rows = uow.session.execute(
            select(ServiceItem, Category.prefix)
            .outerjoin(Category, Category.id == ServiceItem.category_id)
            .where(ServiceItem.hall_id == _hall(uow), ServiceItem.active.is_(True), or_(*conditions))
            .order_by(rank, ServiceItem.name)
            .limit(limit)
        )
        return [_summary(item, prefix) for item, prefix in rows]


def _like(text: str, prefix: bool = False) -> str:
    # The clerk's % or _ are literal characters, not wildcards.
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%" if prefix else f"%{escaped}%"


def item_detail(uow: UnitOfWork, code: str) -> ItemDetail:
    with uow.reading():
        row = uow.session.execute(
            select(ServiceItem, Category.prefix)
            .outerjoin(Category, Category.id == ServiceItem.category_id)
            .where(ServiceItem.hall_id == _hall(uow), ServiceItem.code == code)
            .options(selectinload(ServiceItem.materials).selectinload(ItemMaterial.material))
        ).first()
        if row is None:
            raise NotFound(f"未找到编码为“{code}”的事项，请核对事项编码。")
        item, prefix = row
        return ItemDetail(
            summary=_summary(item, prefix),
            basis=item.basis,
            conditions=item.conditions,
            procedure=tuple(item.procedure),
            fees=item.fees,
            location=item.location,
            phone=item.phone,
            materials=tuple(
                MaterialLine(
                    im.material.name,
                    im.form,
                    im.original,
                    im.copies,
                    im.required,
                    im.condition,
                    im.material.reusable,
                    im.material.certificate,
                    im.material.issuer,
                    im.material.note,
                )
                for im in item.materials
            ),
        )
