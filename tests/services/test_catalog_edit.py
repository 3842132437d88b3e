"""The manager edits the catalog (办法 Art. 14/15): checked in full, versioned, audited, never deleted."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from yk_desktop.core.workdays import MAX_WORKING_DAYS
from yk_desktop.services import bundles, catalog, catalog_edit, catalog_io
from yk_desktop.services.catalog_edit import BundleInput, ItemInput, MaterialInput
from yk_desktop.services.errors import Conflict, InvalidInput, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry, CatalogRevision, Staff

ID_CARD = MaterialInput(
    "居民身份证",
    original="original",
    form="either",
    reusable=True,
    certificate="居民身份证",
    issuer="公安机关",
)
ITEM = ItemInput(
    code="210800-TEST-001",
    name="犬只登记",
    department="营口市公安局",
    category_prefix="B",
    basis="《营口市养犬管理规定》第十条",
    conditions="在本市居住的个人",
    procedure=("申请", "受理", "发证"),
    legal_days=10,
    promised_days=3,
    fees="不收费",
    online=True,
    location="一楼B区",
    phone="0417-2825101",
    materials=(
        ID_CARD,
        MaterialInput("犬只免疫证明", original="original", copies=1, form="paper", issuer="动物诊疗机构"),
        MaterialInput("授权委托书", required=False, condition="委托他人办理的提供", tolerable=True),
    ),
)


def _staff(runtime: Runtime, username: str) -> uuid.UUID:
    with runtime.uow() as uow:
        staff_id = uow.session.scalar(select(Staff.id).where(Staff.username == username))
    assert staff_id is not None
    return staff_id


def _fingerprint(runtime: Runtime) -> tuple[bytes, int, int]:
    """The whole catalog as exported, and how many revisions and audit entries exist: all must stay put
    when a change is refused."""
    with runtime.uow() as uow:
        revisions = uow.session.scalar(select(func.count()).select_from(CatalogRevision)) or 0
        entries = uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return catalog_io.export_json(runtime.uow()), revisions, entries


def _audit_actions(runtime: Runtime, entity_id: uuid.UUID) -> list[str]:
    with runtime.uow() as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.chain_seq)
            )
        )


def test_a_created_item_is_found_by_its_pinyin_initials_with_its_materials(runtime: Runtime) -> None:
    manager = _staff(runtime, "manager01")
    created = catalog_edit.create_item(runtime.uow(), ITEM, manager)
    assert [i.code for i in catalog.search_items(runtime.uow(), "qzdj")] == [ITEM.code]  # 犬只登记
    detail = catalog.item_detail(runtime.uow(), ITEM.code)
    assert [m.name for m in detail.materials] == ["居民身份证", "犬只免疫证明", "授权委托书"]
    assert detail.materials[2].condition == "委托他人办理的提供" and not detail.materials[2].required
    assert detail.summary.category_prefix == "B" and detail.procedure == ("申请", "受理", "发证")
    (revision,) = catalog_edit.item_history(runtime.uow(), ITEM.code)
    assert (revision.version, revision.action, revision.staff_name) == (1, "create", "高振宇")
    assert catalog_edit.item_version(runtime.uow(), ITEM.code, 1)["materials"][2]["tolerable"] is True
    assert _audit_actions(runtime, created.id) == ["item.create"]
    # The existing 居民身份证 row was reused, not copied: a bundle's notice de-duplicates by it.
    assert ITEM.code in catalog_edit.material_users(runtime.uow(), "居民身份证")


def test_an_edit_bumps_the_version_and_records_what_changed(runtime: Runtime) -> None:
    manager = _staff(runtime, "manager01")
    catalog_edit.create_item(runtime.uow(), ITEM, manager)
    edited = replace(
        ITEM,
        name="养犬登记",
        promised_days=1,
        materials=(*ITEM.materials[:2], replace(ITEM.materials[2], copies=2)),
    )
    catalog_edit.update_item(runtime.uow(), ITEM.code, edited, manager, expected_version=1)

    latest, first = catalog_edit.item_history(runtime.uow(), ITEM.code)
    assert (latest.version, latest.action, first.version) == (2, "edit", 1)
    assert latest.changes["name"] == ["犬只登记", "养犬登记"]
    assert latest.changes["promised_days"] == [3, 1]
    before, after = latest.changes["materials"]
    assert before[2]["copies"] == 1 and after[2]["copies"] == 2
    assert set(latest.changes) == {"name", "promised_days", "materials"}
    assert catalog_edit.item_version(runtime.uow(), ITEM.code, 1)["name"] == "犬只登记"
    assert catalog_edit.item_for_edit(runtime.uow(), ITEM.code).version == 2
    # The pinyin columns follow the name.
    assert catalog.search_items(runtime.uow(), "yqdj")[0].code == ITEM.code
    assert catalog.search_items(runtime.uow(), "qzdj") == []


def test_saving_an_unchanged_form_records_nothing(runtime: Runtime) -> None:
    catalog_edit.create_item(runtime.uow(), ITEM, None)
    form = catalog_edit.item_for_edit(runtime.uow(), ITEM.code)
    before = _fingerprint(runtime)
    catalog_edit.update_item(runtime.uow(), ITEM.code, form.data, None, expected_version=form.version)
    assert _fingerprint(runtime) == before


def test_a_stale_version_is_a_conflict_and_saves_nothing(runtime: Runtime) -> None:
    catalog_edit.create_item(runtime.uow(), ITEM, None)
    catalog_edit.update_item(
        runtime.uow(), ITEM.code, replace(ITEM, fees="10元/证"), None, expected_version=1
    )
    before = _fingerprint(runtime)
    with pytest.raises(Conflict, match=r"已被他人修改.*第 2 版.*第 1 版"):
        catalog_edit.update_item(
            runtime.uow(), ITEM.code, replace(ITEM, fees="20元/证"), None, expected_version=1
        )
    assert _fingerprint(runtime) == before
    assert catalog.item_detail(runtime.uow(), ITEM.code).fees == "10元/证"


def test_a_retired_item_leaves_the_list_and_search_but_keeps_its_history(runtime: Runtime) -> None:
    catalog_edit.create_item(runtime.uow(), ITEM, None)
    with pytest.raises(InvalidInput) as no_reason:
        catalog_edit.retire_item(runtime.uow(), ITEM.code, None, "  ")
    assert no_reason.value.field == "停用原因"
    catalog_edit.retire_item(runtime.uow(), ITEM.code, None, "职能划转至市农业农村局")
    assert ITEM.code not in {i.code for i in catalog.list_items(runtime.uow())}
    assert catalog.search_items(runtime.uow(), "qzdj") == []
    retired = catalog_edit.item_history(runtime.uow(), ITEM.code)[0]
    assert (retired.version, retired.action) == (2, "retire")
    assert retired.changes == {"active": [True, False], "reason": [None, "职能划转至市农业农村局"]}
    # Cases refer to it: still readable by code, and its code is never handed to another item.
    assert catalog.item_detail(runtime.uow(), ITEM.code).summary.name == "犬只登记"
    with pytest.raises(InvalidInput, match="已停用的事项") as reused:
        catalog_edit.create_item(runtime.uow(), replace(ITEM, name="别的事项"), None)
    assert reused.value.field == "事项编码"

    catalog_edit.restore_item(runtime.uow(), ITEM.code, None)
    assert [i.code for i in catalog.search_items(runtime.uow(), "qzdj")] == [ITEM.code]
    assert [r.action for r in catalog_edit.item_history(runtime.uow(), ITEM.code)] == [
        "restore",
        "retire",
        "create",
    ]


def test_an_item_in_a_bundle_cannot_be_retired(runtime: Runtime) -> None:
    code = "210800-SCJG-DJ-004"  # in the demo's 开办餐饮店一件事
    with pytest.raises(InvalidInput, match="开办餐饮店一件事"):
        catalog_edit.retire_item(runtime.uow(), code, None, "测试")
    assert code in {i.code for i in catalog.list_items(runtime.uow())}


def _material(**changes: object) -> ItemInput:
    return replace(ITEM, materials=(replace(ITEM.materials[1], **changes),))


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (replace(ITEM, code=" "), "事项编码", "请填写事项编码"),
        (replace(ITEM, code="210800 TEST"), "事项编码", "不能包含空格"),
        (replace(ITEM, code="X" * 61), "事项编码", "最多60个字"),
        (replace(ITEM, name=""), "事项名称", "请填写事项名称"),
        (replace(ITEM, name="犬" * 201), "事项名称", "最多200个字"),
        (replace(ITEM, department=""), "实施部门", "请填写实施部门"),
        (
            replace(ITEM, promised_days=11),
            "承诺时限",
            "承诺时限（11 个工作日）不得超过法定时限（10 个工作日）",
        ),
        (replace(ITEM, legal_days=-1, promised_days=0), "法定时限", "0 至"),
        (replace(ITEM, legal_days=MAX_WORKING_DAYS + 1), "法定时限", "0 至"),
        (replace(ITEM, fees=""), "收费标准", "请填写收费标准"),
        (replace(ITEM, category_prefix="Z"), "业务类别", "没有业务类别“Z”"),
        (replace(ITEM, phone="12345"), "咨询电话", "咨询电话"),
        (replace(ITEM, procedure=("申请；受理",)), "办理流程", "不能含有“；”"),
        (_material(copies=0), "份数", "第 1 项材料“犬只免疫证明”：份数"),
        (_material(required=False), "适用情形", "适用情形"),
        (_material(original="scan"), "原件/复印件", "“原件”、“复印件”、“原件和复印件”"),
        (_material(form="fax"), "材料形式", "材料形式"),
        (_material(name=""), "材料名称", "请填写材料名称"),
        (
            replace(ITEM, materials=(ID_CARD, ID_CARD)),
            "材料名称",
            "第 2 项材料“居民身份证”：与第 1 项材料重名",
        ),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    runtime: Runtime, data: ItemInput, field: str, message: str
) -> None:
    before = _fingerprint(runtime)
    with pytest.raises(InvalidInput) as refused:
        catalog_edit.create_item(runtime.uow(), data, None)
    assert refused.value.field == field and message in refused.value.message
    assert _fingerprint(runtime) == before


def test_codes_are_unique_per_hall_whatever_their_case(runtime: Runtime) -> None:
    taken = catalog.list_items(runtime.uow())[0].code
    for code in (taken, taken.lower()):
        with pytest.raises(InvalidInput) as refused:
            catalog_edit.create_item(runtime.uow(), replace(ITEM, code=code), None)
        assert refused.value.field == "事项编码"


def test_a_clerk_may_not_edit_the_catalog(runtime: Runtime) -> None:
    with pytest.raises(PermissionDenied, match="大厅负责人"):
        catalog_edit.create_item(runtime.uow(), ITEM, _staff(runtime, "clerk01"))


def test_a_change_to_a_shared_material_versions_every_item_that_asks_for_it(runtime: Runtime) -> None:
    users = catalog_edit.material_users(runtime.uow(), "居民身份证")
    assert len(users) > 5
    other = users[0]
    other_version = catalog_edit.item_for_edit(runtime.uow(), other).version
    old_note = next(
        m.note for m in catalog.item_detail(runtime.uow(), other).materials if m.name == "居民身份证"
    )
    changed = replace(ID_CARD, note="核验原件，不收复印件")
    catalog_edit.create_item(runtime.uow(), replace(ITEM, materials=(changed,)), None)
    # Every other item's notice now reads the new note, and its history says so.
    detail = catalog.item_detail(runtime.uow(), other)
    assert next(m.note for m in detail.materials if m.name == "居民身份证") == "核验原件，不收复印件"
    latest = catalog_edit.item_history(runtime.uow(), other)[0]
    assert latest.version == other_version + 1 and set(latest.changes) == {"materials"}
    # The seeded version it had before is still there to show.
    earlier = catalog_edit.item_version(runtime.uow(), other, other_version)
    assert next(m["note"] for m in earlier["materials"] if m["name"] == "居民身份证") == old_note
    # A manager who had that item open before the change must reload instead of writing the old note back.
    stale = catalog_edit.item_for_edit(runtime.uow(), other)
    with pytest.raises(Conflict):
        catalog_edit.update_item(runtime.uow(), other, stale.data, None, expected_version=other_version)


@pytest.mark.parametrize(
    "name",
    ["<b>犬只</b>登记", "犬只“登记”'; DROP TABLE service_items;--", "𠮷野家犬只登记", "犬只&amp;登记\\"],
)
def test_names_with_markup_quotes_and_rare_characters_are_stored_exactly(runtime: Runtime, name: str) -> None:
    material = MaterialInput(f"{name}的证明", condition="<i>如有</i>", required=False)
    catalog_edit.create_item(runtime.uow(), replace(ITEM, name=name, materials=(material,)), None)
    detail = catalog.item_detail(runtime.uow(), ITEM.code)
    assert detail.summary.name == name and detail.materials[0].name == f"{name}的证明"
    assert detail.materials[0].condition == "<i>如有</i>"


# ---------------------------------------------------------------- bundles


def test_a_bundle_is_offered_at_the_kiosk_and_versioned(runtime: Runtime) -> None:
    manager = _staff(runtime, "manager01")
    catalog_edit.create_item(runtime.uow(), ITEM, manager)
    data = BundleInput("YJS-TEST", "养犬一件事", "登记与免疫一次办", "B", (ITEM.code, "210800-GA-HJ-002"))
    created = catalog_edit.create_bundle(runtime.uow(), data, manager)
    assert created.version == 1 and created.item_codes == (ITEM.code, "210800-GA-HJ-002")
    assert "YJS-TEST" in {b.code for b in bundles.list_bundles(runtime.uow())}

    form = catalog_edit.bundle_for_edit(runtime.uow(), "YJS-TEST")
    edited = replace(form.data, item_codes=("210800-GA-HJ-002", ITEM.code))
    assert catalog_edit.update_bundle(runtime.uow(), "YJS-TEST", edited, manager, form.version).version == 2
    with pytest.raises(Conflict):
        catalog_edit.update_bundle(runtime.uow(), "YJS-TEST", form.data, manager, form.version)
    catalog_edit.retire_bundle(runtime.uow(), "YJS-TEST", manager, "合并到其他一件事")
    assert "YJS-TEST" not in {b.code for b in bundles.list_bundles(runtime.uow())}
    history = catalog_edit.bundle_history(runtime.uow(), "YJS-TEST")
    assert [(r.version, r.action) for r in history] == [(3, "retire"), (2, "edit"), (1, "create")]
    assert history[1].changes == {"items": [[ITEM.code, "210800-GA-HJ-002"], ["210800-GA-HJ-002", ITEM.code]]}
    # With the bundle retired, its item may go too; then the bundle cannot come back without it.
    catalog_edit.retire_item(runtime.uow(), ITEM.code, manager, "测试")
    with pytest.raises(InvalidInput, match="已停用"):
        catalog_edit.restore_bundle(runtime.uow(), "YJS-TEST", manager)
    catalog_edit.restore_item(runtime.uow(), ITEM.code, manager)
    catalog_edit.restore_bundle(runtime.uow(), "YJS-TEST", manager, "恢复")
    assert catalog_edit.bundle_history(runtime.uow(), "YJS-TEST")[0].action == "restore"


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (("210800-GA-HJ-002",), "至少要包含 2 个事项"),
        (("210800-GA-HJ-002", "210800-GA-HJ-002"), "重复列出"),
        (("210800-GA-HJ-002", "NO-SUCH-ITEM"), "没有编码为“NO-SUCH-ITEM”的事项"),
    ],
)
def test_a_bundle_needs_two_distinct_existing_items(
    runtime: Runtime, codes: tuple[str, ...], message: str
) -> None:
    before = _fingerprint(runtime)
    with pytest.raises(InvalidInput, match=message) as refused:
        catalog_edit.create_bundle(
            runtime.uow(), BundleInput("YJS-TEST", "测试一件事", item_codes=codes), None
        )
    assert refused.value.field == "包含事项"
    assert _fingerprint(runtime) == before


def test_a_retired_item_cannot_join_a_bundle(runtime: Runtime) -> None:
    catalog_edit.create_item(runtime.uow(), ITEM, None)
    catalog_edit.retire_item(runtime.uow(), ITEM.code, None, "测试")
    with pytest.raises(InvalidInput, match="已停用"):
        catalog_edit.create_bundle(
            runtime.uow(), BundleInput("YJS-TEST", "测试", item_codes=(ITEM.code, "210800-GA-HJ-002")), None
        )


def test_bundle_codes_are_unique(runtime: Runtime) -> None:
    data = BundleInput("yjs-001", "重复", item_codes=("210800-GA-HJ-002", "210800-YB-GG-001"))
    with pytest.raises(InvalidInput, match="YJS-001") as refused:
        catalog_edit.create_bundle(runtime.uow(), data, None)
    assert refused.value.field == "一件事编码"
