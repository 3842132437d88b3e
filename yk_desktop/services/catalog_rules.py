"""What a catalog entry must satisfy before it is saved: the input shapes and their checks, no database.

Shared by the manager's editing (``catalog_edit``) and the file import (``catalog_io``), so a form and a
spreadsheet are held to the same rules. Checks collect every problem instead of stopping at the first,
because an import must report all of them at once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.phone import validate_phone
from yk_desktop.core.text import clean_text
from yk_desktop.core.workdays import MAX_WORKING_DAYS
from yk_desktop.services.errors import InvalidInput
from yk_desktop.store.models.catalog import MaterialForm, Original

# Lengths follow the columns (store/models/catalog.py); Text columns get limits no real guide reaches,
# so a paste of a whole document is refused with a message instead of bloating every printed notice.
CODE_MAX = 60
NAME_MAX = 200
DEPARTMENT_MAX = 100
LONG_TEXT_MAX = 5000
FEES_MAX = 200
LOCATION_MAX = 200
STEP_MAX = 100
STEPS_MAX = 30
CERTIFICATE_MAX = 100
ISSUER_MAX = 100
CONDITION_MAX = 500
NOTE_MAX = 2000
REASON_MAX = 200
COPIES_MAX = 99
# No item in any published guide asks for more; more is a pasted list gone wrong.
MATERIALS_MAX = 200
# Steps are joined by this in the spreadsheet (catalog_io), so a step may not contain it.
STEP_SEPARATOR = "；"

ORIGINAL_VALUES = tuple(o.value for o in Original)
FORM_VALUES = tuple(f.value for f in MaterialForm)


@dataclass(frozen=True)
class MaterialInput:
    """How one item asks for one material; ``condition`` says when a non-required one is needed."""

    name: str
    original: str = Original.ORIGINAL.value
    copies: int = 1
    form: str = MaterialForm.PAPER.value
    required: bool = True
    condition: str | None = None
    certificate: str | None = None
    issuer: str = ""
    note: str = ""
    reusable: bool = False  # an earlier verified copy or 电子证照 is reused, never asked again (Art. 13)
    tolerable: bool = False  # may still be missing when the case is accepted under 容缺受理


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    department: str
    category_prefix: str | None = None
    basis: str = ""
    conditions: str = ""
    procedure: tuple[str, ...] = ()
    legal_days: int = 20
    promised_days: int = 20
    fees: str = "不收费"
    online: bool = False
    location: str = ""
    phone: str = ""
    tolerance_allowed: bool = False
    materials: tuple[MaterialInput, ...] = ()


@dataclass(frozen=True)
class BundleInput:
    code: str
    name: str
    description: str = ""
    category_prefix: str | None = None
    item_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an entry. ``material`` is the 0-based position of the material at fault,
    so an import can point at its spreadsheet row; ``message`` then does not repeat which material."""

    field: str
    message: str
    material: int | None = None
    material_name: str = ""

    def as_error(self) -> InvalidInput:
        """The error a form shows: names the material when the problem is in one."""
        if self.material is None:
            return InvalidInput(self.message, field=self.field)
        label = f"第 {self.material + 1} 项材料" + (f"“{self.material_name}”" if self.material_name else "")
        return InvalidInput(f"{label}：{self.message}", field=self.field)


@dataclass
class _Checker:
    found: list[Problem] = field(default_factory=list)
    material: int | None = None
    material_name: str = ""

    def add(self, field_name: str, message: str) -> None:
        self.found.append(Problem(field_name, message, self.material, self.material_name))

    def text(
        self, value: str, label: str, max_len: int, *, required: bool = True, multiline: bool = False
    ) -> str:
        try:
            return clean_text(value, label, max_len, required=required, multiline=multiline)
        except InvalidValue as exc:
            self.add(exc.field, _sentence(exc.message))
            return ""

    def code(self, value: str, label: str) -> str:
        code = self.text(value, label, CODE_MAX)
        # A code is typed into searches and printed on receipts; a space inside is a typing slip.
        if code and any(ch.isspace() for ch in code):
            self.add(label, f"{label}不能包含空格。")
        return code

    def days(self, value: int | None, label: str) -> int | None:
        if value is None:  # an import's empty cell; a form always sends a number
            self.add(label, f"请填写{label}。")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(label, f"{label}应填写工作日天数（整数）。")
            return None
        if not 0 <= value <= MAX_WORKING_DAYS:
            self.add(label, f"{label}应在 0 至 {MAX_WORKING_DAYS} 个工作日之间，现在是 {value}。")
            return None
        return value

    def choice(self, value: str, label: str, allowed: tuple[str, ...], names: dict[str, str]) -> str:
        if value not in allowed:
            wanted = "、".join(f"“{names[v]}”" for v in allowed)
            self.add(label, f"{label}只能是{wanted}之一。")
        return value


def _sentence(message: str) -> str:
    # core messages carry no closing punctuation; ours end with 。 like the rest of the services.
    return message if message.endswith(("。", "！", "？")) else message + "。"


ORIGINAL_NAMES = {"original": "原件", "copy": "复印件", "original_and_copy": "原件和复印件"}
FORM_NAMES = {"paper": "纸质", "electronic": "电子", "either": "纸质或电子"}


def check_item(data: ItemInput, prefixes: Collection[str]) -> tuple[ItemInput, list[Problem]]:
    """Clean every field and collect every problem; the cleaned input is what gets saved.

    Args:
        prefixes: the hall's category prefixes, which ``category_prefix`` must be one of.
    """
    c = _Checker()
    prefix = _prefix(c, data.category_prefix, prefixes)
    legal = c.days(data.legal_days, "法定时限")
    promised = c.days(data.promised_days, "承诺时限")
    if legal is not None and promised is not None and promised > legal:
        c.add("承诺时限", f"承诺时限（{promised} 个工作日）不得超过法定时限（{legal} 个工作日）。")
    cleaned = ItemInput(
        code=c.code(data.code, "事项编码"),
        name=c.text(data.name, "事项名称", NAME_MAX),
        department=c.text(data.department, "实施部门", DEPARTMENT_MAX),
        category_prefix=prefix,
        basis=c.text(data.basis, "设定依据", LONG_TEXT_MAX, required=False, multiline=True),
        conditions=c.text(data.conditions, "受理条件", LONG_TEXT_MAX, required=False, multiline=True),
        procedure=_steps(c, data.procedure),
        legal_days=data.legal_days,
        promised_days=data.promised_days,
        fees=c.text(data.fees, "收费标准", FEES_MAX),
        online=bool(data.online),
        location=c.text(data.location, "办理地点", LOCATION_MAX, required=False),
        phone=_phone(c, data.phone),
        tolerance_allowed=bool(data.tolerance_allowed),
        materials=_materials(c, data.materials),
    )
    return cleaned, c.found


def _prefix(c: _Checker, prefix: str | None, prefixes: Collection[str]) -> str | None:
    if prefix is None or not prefix.strip():
        return None
    prefix = prefix.strip().upper()
    if prefix not in prefixes:
        known = "、".join(sorted(prefixes)) or "（本大厅尚未设置业务类别）"
        c.add("业务类别", f"本大厅没有业务类别“{prefix}”，可选：{known}。")
    return prefix


def _steps(c: _Checker, steps: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = []
    for n, step in enumerate(steps, start=1):
        text = c.text(step, f"办理流程第 {n} 步", STEP_MAX, required=False)
        if STEP_SEPARATOR in text:
            c.add("办理流程", f"办理流程第 {n} 步不能含有“；”（表格中用它分隔各步），请拆成两步。")
        if text:  # blank steps (an empty line in the form, 「；；」 in a sheet) are dropped
            cleaned.append(text)
    if len(cleaned) > STEPS_MAX:
        c.add("办理流程", f"办理流程最多 {STEPS_MAX} 步，现在有 {len(cleaned)} 步。")
    return tuple(cleaned)


def _phone(c: _Checker, phone: str) -> str:
    if not phone.strip():
        return ""
    try:
        return validate_phone(phone)
    except InvalidValue as exc:
        # core speaks of an applicant's 联系电话; on an item the number is the 咨询电话.
        message = exc.message.replace("联系电话", "咨询电话")
        c.add("咨询电话", _sentence(message if "咨询电话" in message else f"咨询电话：{message}"))
        return phone


def _materials(c: _Checker, materials: tuple[MaterialInput, ...]) -> tuple[MaterialInput, ...]:
    if len(materials) > MATERIALS_MAX:
        c.add("申请材料", f"一个事项最多 {MATERIALS_MAX} 项材料，现在有 {len(materials)} 项。")
        return ()
    cleaned: list[MaterialInput] = []
    seen: dict[str, int] = {}
    for i, m in enumerate(materials):
        c.material, c.material_name = i, m.name.strip()[:40]
        cleaned.append(_material(c, m))
        name = cleaned[-1].name
        if name and name in seen:
            c.add("材料名称", f"与第 {seen[name] + 1} 项材料重名，同一事项的材料不能重复，请合并为一项。")
        seen.setdefault(name, i)
    c.material, c.material_name = None, ""
    return tuple(cleaned)


def _material(c: _Checker, m: MaterialInput) -> MaterialInput:
    copies = m.copies
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= COPIES_MAX:
        c.add("份数", f"份数应为 1 至 {COPIES_MAX} 之间的整数。")
    condition = c.text(m.condition or "", "适用情形", CONDITION_MAX, required=False)
    if not m.required and not condition:
        c.add("适用情形", "不是必需的材料要写明在什么情形下提交（适用情形），如“委托他人办理的提供”。")
    return MaterialInput(
        name=c.text(m.name, "材料名称", NAME_MAX),
        original=c.choice(m.original, "原件/复印件", ORIGINAL_VALUES, ORIGINAL_NAMES),
        copies=copies,
        form=c.choice(m.form, "材料形式", FORM_VALUES, FORM_NAMES),
        required=bool(m.required),
        condition=condition or None,
        certificate=c.text(m.certificate or "", "证照名称", CERTIFICATE_MAX, required=False) or None,
        issuer=c.text(m.issuer, "出具单位", ISSUER_MAX, required=False),
        note=c.text(m.note, "备注", NOTE_MAX, required=False, multiline=True),
        reusable=bool(m.reusable),
        tolerable=bool(m.tolerable),
    )


def check_bundle(data: BundleInput, prefixes: Collection[str]) -> tuple[BundleInput, list[Problem]]:
    """Clean a bundle; whether its items exist and are in use is for the caller, which has the database."""
    c = _Checker()
    codes = tuple(code.strip() for code in data.item_codes if code.strip())
    if len(codes) < 2:
        c.add("包含事项", "“一件事”至少要包含 2 个事项。")
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        c.add("包含事项", f"事项“{'、'.join(repeated)}”重复列出，每个事项只需列一次。")
    cleaned = BundleInput(
        code=c.code(data.code, "一件事编码"),
        name=c.text(data.name, "一件事名称", NAME_MAX),
        description=c.text(data.description, "一件事说明", LONG_TEXT_MAX, required=False, multiline=True),
        category_prefix=_prefix(c, data.category_prefix, prefixes),
        item_codes=codes,
    )
    return cleaned, c.found


def check_reason(reason: str, label: str = "停用原因") -> str:
    c = _Checker()
    text = c.text(reason, label, REASON_MAX)
    if c.found:
        raise c.found[0].as_error()
    return text


# The entry as stored, exchanged (catalog_io) and kept in each revision's snapshot: one shape for all three.
MATERIAL_KEYS = (
    "name",
    "form",
    "original",
    "copies",
    "required",
    "condition",
    "reusable",
    "certificate",
    "issuer",
    "note",
    "tolerable",
)
SHARED_MATERIAL_KEYS = ("reusable", "certificate", "issuer", "note")


def material_entry(m: MaterialInput) -> dict[str, Any]:
    return {key: getattr(m, key) for key in MATERIAL_KEYS}


def entry_of_input(data: ItemInput, active: bool = True) -> dict[str, Any]:
    return {
        "code": data.code,
        "name": data.name,
        "department": data.department,
        "category": data.category_prefix,
        "basis": data.basis,
        "conditions": data.conditions,
        "procedure": list(data.procedure),
        "legal_days": data.legal_days,
        "promised_days": data.promised_days,
        "fees": data.fees,
        "online": data.online,
        "location": data.location,
        "phone": data.phone,
        "tolerance_allowed": data.tolerance_allowed,
        "active": active,
        "materials": [material_entry(m) for m in data.materials],
    }


def bundle_entry_of_input(data: BundleInput, active: bool = True) -> dict[str, Any]:
    return {
        "code": data.code,
        "name": data.name,
        "description": data.description,
        "category": data.category_prefix,
        "items": list(data.item_codes),
        "active": active,
    }


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for every field that differs; materials compare as a whole list.

    A new entry (``before`` None) has no changes: its revision's snapshot is the whole of it.
    """
    if before is None:
        return {}
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
