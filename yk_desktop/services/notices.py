"""One-time notification (一次性告知书, 办法 Art. 11, 13, 15, 19).

At the window the clerk picks an item or a bundle, records the applicant and ticks what was brought. The
plan merges a bundle's materials (one line per material, naming the items that need it), marks what this
applicant already had verified as reused (never asked again, Art. 13), and only catalog materials can be
listed: anything else needs a reason, is marked on the letter and is reported to the manager (Art. 19).
The notice keeps a snapshot of every line, so a later catalog edit never changes what someone was told.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from yk_desktop.core.applicant import Applicant, ApplicantKind, key_for, make_applicant
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import NOTICE, display_number, normalize_payload, parse_payload
from yk_desktop.core.idcard import mask_id_number
from yk_desktop.core.phone import mask_phone
from yk_desktop.core.text import clean_text
from yk_desktop.services import audit, documents
from yk_desktop.services.errors import InvalidInput, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Bundle,
    BundleItem,
    Case,
    Hall,
    ItemMaterial,
    Material,
    Notice,
    NoticeLine,
    ServiceItem,
    Staff,
    VerifiedMaterial,
    Window,
)
from yk_desktop.store.models.notices import LineStatus

MAX_OFF_LIST = 20
MIN_REASON = 4
DEFAULT_HAND_IN = (
    "请备齐上述缺少的材料后，持本告知书到原窗口或任一综合受理窗口提交，凭告知书条码即可调出本次记录。"
)


@dataclass(frozen=True)
class PlannedMaterial:
    """One line of the letter before it is issued: a catalog material, merged across a bundle's items."""

    material_id: uuid.UUID
    name: str
    items: tuple[str, ...]
    required: bool
    condition: str | None
    original: str
    copies: int
    form: str
    issuer: str
    note: str
    reusable: bool
    tolerable: bool
    reused: bool  # this applicant had it verified before: shown as reused, not asked again


@dataclass(frozen=True)
class PlannedItem:
    id: uuid.UUID
    code: str
    name: str
    department: str
    basis: str
    conditions: str
    procedure: tuple[str, ...]
    legal_days: int
    promised_days: int
    fees: str
    location: str
    phone: str
    tolerance_allowed: bool


@dataclass(frozen=True)
class NoticePlan:
    items: tuple[PlannedItem, ...]
    bundle_id: uuid.UUID | None
    bundle_name: str | None
    materials: tuple[PlannedMaterial, ...]

    @property
    def tolerance_allowed(self) -> bool:
        return all(i.tolerance_allowed for i in self.items)


@dataclass(frozen=True)
class OffList:
    name: str
    reason: str


@dataclass(frozen=True)
class NoticeRequest:
    applicant_kind: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    item_codes: tuple[str, ...] = ()
    bundle_code: str | None = None
    # Material name → "brought" | "missing" | "not_applicable"; unnamed catalog lines count as missing.
    statuses: Mapping[str, str] = field(default_factory=dict)
    off_list: tuple[OffList, ...] = ()
    window_number: int | None = None
    staff_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None
    hand_in: str = ""


@dataclass(frozen=True)
class NoticeLineInfo:
    name: str
    status: str
    required: bool
    condition: str | None
    items: tuple[str, ...]
    original: str
    copies: int
    form: str
    issuer: str
    note: str
    tolerable: bool
    off_list: bool
    off_list_reason: str
    material_id: uuid.UUID | None


@dataclass(frozen=True)
class NoticeInfo:
    id: uuid.UUID
    notice_no: str
    display_no: str
    issued_at: datetime
    applicant_kind: str
    applicant_name: str
    applicant_id_masked: str
    applicant_phone_masked: str
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    bundle_name: str | None
    lines: tuple[NoticeLineInfo, ...]
    state: str
    case_no: str | None
    hand_in: str

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(line.name for line in self.lines if line.status == LineStatus.MISSING)


@dataclass(frozen=True)
class OffListEntry:
    notice_no: str
    issued_at: datetime
    staff_name: str | None
    item_names: tuple[str, ...]
    material: str
    reason: str


def _merge_original(a: str, b: str) -> str:
    return a if a == b else "original_and_copy"


def _merge_form(a: str, b: str) -> str:
    return a if a == b else "either"


def _planned_item(item: ServiceItem) -> PlannedItem:
    return PlannedItem(
        item.id,
        item.code,
        item.name,
        item.department,
        item.basis,
        item.conditions,
        tuple(item.procedure),
        item.legal_days,
        item.promised_days,
        item.fees,
        item.location,
        item.phone,
        item.tolerance_allowed,
    )


def _load_items(
    uow: UnitOfWork, item_codes: Sequence[str], bundle_code: str | None
) -> tuple[list[ServiceItem], Bundle | None]:
    hall_id = _hall(uow)
    load = selectinload(ServiceItem.materials).selectinload(ItemMaterial.material)
    if bundle_code:
        bundle = uow.session.scalar(
            select(Bundle)
            .where(Bundle.hall_id == hall_id, Bundle.code == bundle_code, Bundle.active.is_(True))
            .options(selectinload(Bundle.items).selectinload(BundleItem.item).options(load))
        )
        if bundle is None:
            raise NotFound(f"未找到“一件事”{bundle_code}，请重新选择。")
        items = [bi.item for bi in bundle.items if bi.item.active]
        if not items:
            raise InvalidInput(f"“{bundle.name}”中已没有在办事项。", field="事项")
        return items, bundle
    codes = list(dict.fromkeys(c.strip() for c in item_codes if c.strip()))
    if not codes:
        raise InvalidInput("请先选择要办理的事项。", field="事项")
    rows = {
        item.code: item
        for item in uow.session.scalars(
            select(ServiceItem)
            .where(ServiceItem.hall_id == hall_id, ServiceItem.code.in_(codes), ServiceItem.active.is_(True))
            .options(load)
        )
    }
    missing = [c for c in codes if c not in rows]
    if missing:
        raise NotFound(f"未找到在办事项“{missing[0]}”，请重新查询。")
    return [rows[c] for c in codes], None


def _verified(uow: UnitOfWork, applicant_key: str, material_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    if not applicant_key or not material_ids:
        return set()
    today = uow.now().astimezone(HALL_TZ).date()
    return set(
        uow.session.scalars(
            select(VerifiedMaterial.material_id)
            .join(Material, Material.id == VerifiedMaterial.material_id)
            .where(
                VerifiedMaterial.hall_id == _hall(uow),
                VerifiedMaterial.applicant_key == applicant_key,
                VerifiedMaterial.material_id.in_(material_ids),
                Material.reusable.is_(True),
                or_(VerifiedMaterial.valid_until.is_(None), VerifiedMaterial.valid_until >= today),
            )
        )
    )


@dataclass
class _Merged:
    material: Material
    items: list[str]
    required: bool
    conditions: list[str]
    original: str
    copies: int
    form: str
    tolerable: bool


def _plan(
    uow: UnitOfWork, item_codes: Sequence[str], bundle_code: str | None, applicant_key: str
) -> NoticePlan:
    items, bundle = _load_items(uow, item_codes, bundle_code)
    merged: dict[uuid.UUID, _Merged] = {}
    for item in items:
        for im in item.materials:
            # A material with a condition text is conditional whatever its required flag says (the
            # published guides mark 「委托他人办理的提供」 as required-with-condition).
            condition = im.condition or (None if im.required else "视情况提供")
            line = merged.get(im.material_id)
            if line is None:
                merged[im.material_id] = _Merged(
                    im.material,
                    [item.name],
                    condition is None,
                    [] if condition is None else [condition],
                    im.original,
                    im.copies,
                    im.form,
                    im.tolerable,
                )
                continue
            # The same document for two items of a bundle is handed in once (Art. 15), on the strictest terms.
            if item.name not in line.items:
                line.items.append(item.name)
            line.required = line.required or condition is None
            if condition is not None and condition not in line.conditions:
                line.conditions.append(condition)
            line.original = _merge_original(line.original, im.original)
            line.form = _merge_form(line.form, im.form)
            line.copies = max(line.copies, im.copies)
            line.tolerable = line.tolerable and im.tolerable
    reused = _verified(uow, applicant_key, list(merged))
    materials = tuple(
        PlannedMaterial(
            material_id=material_id,
            name=line.material.name,
            items=tuple(line.items),
            required=line.required,
            condition=None if line.required else "；".join(line.conditions),
            original=line.original,
            copies=line.copies,
            form=line.form,
            issuer=line.material.issuer,
            note=line.material.note,
            reusable=line.material.reusable,
            tolerable=line.tolerable,
            reused=material_id in reused,
        )
        for material_id, line in merged.items()
    )
    return NoticePlan(
        tuple(_planned_item(i) for i in items),
        bundle.id if bundle else None,
        bundle.name if bundle else None,
        materials,
    )


def plan_notice(
    uow: UnitOfWork,
    *,
    item_codes: Sequence[str] = (),
    bundle_code: str | None = None,
    applicant_kind: str = ApplicantKind.PERSON.value,
    applicant_id_number: str = "",
) -> NoticePlan:
    """What the letter will list for these items (or this bundle) and this applicant, for the clerk to tick.

    An ID that does not validate yet simply finds nothing to reuse; ``issue_notice`` reports it.
    """
    key = key_for(applicant_kind, applicant_id_number) if applicant_id_number.strip() else ""
    with uow.reading():
        return _plan(uow, item_codes, bundle_code, key)


def _check_statuses(plan: NoticePlan, statuses: Mapping[str, str]) -> dict[str, str]:
    by_name = {m.name: m for m in plan.materials}
    result: dict[str, str] = {}
    for name, status in statuses.items():
        material = by_name.get(name)
        if material is None:
            raise InvalidInput(
                f"“{name}”不在本事项的材料清单中。清单以外的材料不得要求提供；确需提供的，请作为“清单外材料”填写理由。",
                field="材料",
            )
        if status not in (LineStatus.BROUGHT, LineStatus.MISSING, LineStatus.NOT_APPLICABLE):
            raise InvalidInput(f"材料“{name}”的状态“{status}”无效。", field="材料")
        if status == LineStatus.NOT_APPLICABLE and material.required:
            raise InvalidInput(f"“{name}”是必交材料，不能标为“不适用”。", field="材料")
        result[name] = status
    return result


def _check_off_list(plan: NoticePlan, off_list: Sequence[OffList]) -> list[OffList]:
    if len(off_list) > MAX_OFF_LIST:
        raise InvalidInput(f"清单外材料最多 {MAX_OFF_LIST} 项。", field="清单外材料")
    names = {m.name for m in plan.materials}
    cleaned: list[OffList] = []
    seen: set[str] = set()
    for entry in off_list:
        with checking_input():
            name = clean_text(entry.name, "清单外材料名称", 200)
            reason = clean_text(entry.reason, "清单外材料理由", 500, required=False, multiline=True)
        if name in names:
            raise InvalidInput(f"“{name}”已在材料清单中，请直接勾选。", field="清单外材料")
        if name in seen:
            raise InvalidInput(f"清单外材料“{name}”重复。", field="清单外材料")
        if len(reason) < MIN_REASON:
            raise InvalidInput(
                f"要求提供清单外材料“{name}”必须写明理由（至少 {MIN_REASON} 个字），该理由将印在告知书上并报大厅负责人。",
                field="清单外材料理由",
            )
        seen.add(name)
        cleaned.append(OffList(name, reason))
    return cleaned


def _window_id(uow: UnitOfWork, number: int | None) -> uuid.UUID | None:
    if number is None:
        return None
    return uow.session.scalar(select(Window.id).where(Window.hall_id == _hall(uow), Window.number == number))


def issue_notice(uow: UnitOfWork, request: NoticeRequest) -> NoticeInfo:
    """Validate everything, number the notice and keep it; nothing is saved when anything is wrong."""
    with checking_input():
        applicant: Applicant = make_applicant(
            request.applicant_kind,
            request.applicant_name,
            request.applicant_id_number,
            request.applicant_phone,
        )
        hand_in = clean_text(request.hand_in or DEFAULT_HAND_IN, "补交方式", 500, multiline=True)
    with uow:
        plan = _plan(uow, request.item_codes, request.bundle_code, applicant.key)
        statuses = _check_statuses(plan, request.statuses)
        off_list = _check_off_list(plan, request.off_list)
        hall_id = _hall(uow)
        notice = Notice(
            hall_id=hall_id,
            notice_no=documents.next_payload(uow, NOTICE),
            issued_at=uow.now(),
            window_id=_window_id(uow, request.window_number),
            staff_id=request.staff_id,
            ticket_id=request.ticket_id,
            bundle_id=plan.bundle_id,
            item_ids=[str(i.id) for i in plan.items],
            applicant_kind=applicant.kind.value,
            applicant_name=applicant.name,
            applicant_id_number=applicant.id_number,
            applicant_phone=applicant.phone,
            applicant_key=applicant.key,
            hand_in=hand_in,
        )
        for position, m in enumerate(plan.materials):
            status = LineStatus.REUSED.value if m.reused else statuses.get(m.name, LineStatus.MISSING.value)
            notice.lines.append(
                NoticeLine(
                    hall_id=hall_id,
                    position=position,
                    material_id=m.material_id,
                    name=m.name,
                    items=list(m.items),
                    required=m.required,
                    condition=m.condition,
                    original=m.original,
                    copies=m.copies,
                    form=m.form,
                    issuer=m.issuer,
                    note=m.note,
                    tolerable=m.tolerable,
                    status=status,
                )
            )
        start = len(plan.materials)
        for offset, extra in enumerate(off_list):
            notice.lines.append(
                NoticeLine(
                    hall_id=hall_id,
                    position=start + offset,
                    name=extra.name,
                    items=[i.name for i in plan.items],
                    required=True,
                    status=LineStatus.MISSING.value,
                    off_list=True,
                    off_list_reason=extra.reason,
                )
            )
        uow.session.add(notice)
        uow.session.flush()
        audit.record(
            uow,
            "notice.issue",
            "notice",
            notice.id,
            actor_id=request.staff_id,
            detail={"notice_no": notice.notice_no, "items": [i.code for i in plan.items]},
        )
        for extra in off_list:
            # Art. 19: asking for anything off the list is the manager's business, line by line.
            audit.record(
                uow,
                "notice.off_list",
                "notice",
                notice.id,
                actor_id=request.staff_id,
                detail={"notice_no": notice.notice_no, "material": extra.name, "reason": extra.reason},
            )
        info = _notice_info(uow, notice, plan.items, plan.bundle_name, None)
        uow.commit()
    return info


def _short_name(uow: UnitOfWork) -> str:
    hall = uow.session.get(Hall, _hall(uow))
    assert hall is not None
    return hall.short_name or hall.name


def _notice_info(
    uow: UnitOfWork,
    notice: Notice,
    items: Sequence[PlannedItem] | None,
    bundle_name: str | None,
    case_no: str | None,
) -> NoticeInfo:
    if items is None:
        ids = [uuid.UUID(i) for i in notice.item_ids]
        rows = {r.id: r for r in uow.session.scalars(select(ServiceItem).where(ServiceItem.id.in_(ids)))}
        items = [_planned_item(rows[i]) for i in ids if i in rows]
    masked = (
        notice.applicant_id_number
        if notice.applicant_kind == ApplicantKind.ENTERPRISE
        else mask_id_number(notice.applicant_id_number)
        if notice.applicant_id_number
        else ""
    )
    return NoticeInfo(
        id=notice.id,
        notice_no=notice.notice_no,
        display_no=display_number(notice.notice_no, _short_name(uow)),
        issued_at=notice.issued_at,
        applicant_kind=notice.applicant_kind,
        applicant_name=notice.applicant_name,
        applicant_id_masked=masked,
        applicant_phone_masked=mask_phone(notice.applicant_phone) if notice.applicant_phone else "",
        item_codes=tuple(i.code for i in items),
        item_names=tuple(i.name for i in items),
        bundle_name=bundle_name,
        lines=tuple(
            NoticeLineInfo(
                line.name,
                line.status,
                line.required,
                line.condition,
                tuple(line.items),
                line.original,
                line.copies,
                line.form,
                line.issuer,
                line.note,
                line.tolerable,
                line.off_list,
                line.off_list_reason,
                line.material_id,
            )
            for line in sorted(notice.lines, key=lambda ln: ln.position)
        ),
        state=notice.state,
        case_no=case_no,
        hand_in=notice.hand_in,
    )


def _find(uow: UnitOfWork, notice_no: str, *, lock: bool = False) -> Notice:
    with checking_input():
        payload = normalize_payload(notice_no)
        kind, _year, _seq = parse_payload(payload)
    if kind is not NOTICE:
        raise InvalidInput(f"{payload} 不是一次性告知书编号。", field="文书编号")
    query = (
        select(Notice)
        .where(Notice.hall_id == _hall(uow), Notice.notice_no == payload)
        .options(selectinload(Notice.lines))
    )
    # Accepting takes the row lock: two windows accepting one notice at once get one case, not two.
    notice = uow.session.scalar(query.with_for_update(of=Notice) if lock else query)
    if notice is None:
        raise NotFound(f"未找到编号为 {payload} 的一次性告知书。")
    return notice


def open_notice(uow: UnitOfWork, notice_no: str) -> NoticeInfo:
    """A scanned or typed notice number: the notice with what is still missing (and its case, if any)."""
    with uow.reading():
        notice = _find(uow, notice_no)
        bundle_name = (
            uow.session.scalar(select(Bundle.name).where(Bundle.id == notice.bundle_id))
            if notice.bundle_id
            else None
        )
        case_no = uow.session.scalar(select(Case.case_no).where(Case.notice_id == notice.id))
        return _notice_info(uow, notice, None, bundle_name, case_no)


def off_list_report(uow: UnitOfWork, since: date | None = None) -> list[OffListEntry]:
    """Every off-list material asked for (Art. 19), newest first, for the manager."""
    query = (
        select(
            Notice.notice_no,
            Notice.issued_at,
            Staff.name,
            Notice.item_ids,
            NoticeLine.name,
            NoticeLine.off_list_reason,
        )
        .join(NoticeLine, NoticeLine.notice_id == Notice.id)
        .outerjoin(Staff, Staff.id == Notice.staff_id)
        .where(Notice.hall_id == _hall(uow), NoticeLine.off_list.is_(True))
        .order_by(Notice.issued_at.desc())
    )
    if since is not None:
        query = query.where(Notice.issued_at >= datetime(since.year, since.month, since.day, tzinfo=HALL_TZ))
    with uow.reading():
        rows = uow.session.execute(query).all()
        ids = {uuid.UUID(i) for row in rows for i in row.item_ids}
        names: dict[uuid.UUID, str] = {
            item_id: name
            for item_id, name in uow.session.execute(
                select(ServiceItem.id, ServiceItem.name).where(ServiceItem.id.in_(ids))
            )
        }
    return [
        OffListEntry(
            r.notice_no,
            r.issued_at,
            r.name,
            tuple(names.get(uuid.UUID(i), "") for i in r.item_ids),
            r[4],
            r.off_list_reason,
        )
        for r in rows
    ]
