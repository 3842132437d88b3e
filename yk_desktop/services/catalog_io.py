"""The whole catalog as a file a hall can load its real list from: JSON, or an Excel workbook.

The format is written down in docs/catalog-format.md. An import checks every entry first and saves
nothing when any is wrong, listing every problem with where it is (「材料 第 12 行：…」); otherwise it
creates or updates each entry by code, versioned like a manager's edit (action "import"). Entries that
match what is stored are left alone and get no revision, so loading the same file twice changes nothing.
"""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from yk_desktop.services.catalog_files import (
    BUNDLE_COLUMNS,
    BUNDLE_SHEET,
    FORMAT,
    FORMAT_VERSION,
    ITEM_COLUMNS,
    ITEM_SHEET,
    MATERIAL_COLUMNS,
    MATERIAL_LABELS,
    MATERIAL_SHEET,
    NO,
    YES,
    ImportProblem,
    ParsedFile,
    openpyxl_module,
    parse_json,
    parse_xlsx,
)
from yk_desktop.services.catalog_rules import (
    FORM_NAMES,
    ORIGINAL_NAMES,
    SHARED_MATERIAL_KEYS,
    STEP_SEPARATOR,
    MaterialInput,
    check_bundle,
    check_item,
)
from yk_desktop.services.catalog_writer import CatalogWriter, saving
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import ServiceItem

__all__ = ["ImportProblem", "ImportReport", "export_json", "export_xlsx", "import_json", "import_xlsx"]


@dataclass(frozen=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    bundles_created: int = 0
    bundles_updated: int = 0
    bundles_unchanged: int = 0
    # Items not in the file whose notice changed because the file changed a shared material's text.
    also_updated: tuple[str, ...] = ()
    errors: tuple[ImportProblem, ...] = ()
    warnings: tuple[ImportProblem, ...] = ()
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"文件中有 {len(self.errors)} 处错误，未导入任何内容；请改正后重新导入。"
        done = "试导入完成（未保存）" if self.dry_run else "导入完成"
        text = (
            f"{done}：事项新增 {self.created}、更新 {self.updated}、未变 {self.unchanged}；"
            f"一件事新增 {self.bundles_created}、更新 {self.bundles_updated}、未变 {self.bundles_unchanged}。"
        )
        if self.also_updated:
            text += f"另有 {len(self.also_updated)} 个未在文件中的事项因共用材料的说明改变而更新。"
        return text


# ---------------------------------------------------------------- export


def _entries(uow: UnitOfWork) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every item (retired ones too, marked ``active: false``) and bundle, by code."""
    with uow.reading():
        writer = CatalogWriter(uow, None)
        items = sorted(writer.all_items().values(), key=lambda i: i.code)
        bundles = sorted(writer.all_bundles().values(), key=lambda b: b.code)
        return [writer.entry(i) for i in items], [writer.bundle_entry(b) for b in bundles]


def export_json(uow: UnitOfWork) -> bytes:
    items, bundles = _entries(uow)
    document = {"format": FORMAT, "version": FORMAT_VERSION, "items": items, "bundles": bundles}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_xlsx(uow: UnitOfWork) -> bytes:
    items, bundles = _entries(uow)
    book = openpyxl_module().Workbook(write_only=True)
    cells = openpyxl_module("openpyxl.cell.cell")

    def add_sheet(name: str, columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]) -> None:
        sheet = book.create_sheet(name)
        sheet.append([label for _, label in columns])
        for row in rows:
            sheet.append([_cell(cells, sheet, key, row[key]) for key, _ in columns])

    add_sheet(ITEM_SHEET, ITEM_COLUMNS, items)
    add_sheet(
        MATERIAL_SHEET, MATERIAL_COLUMNS, [{"item": i["code"], **m} for i in items for m in i["materials"]]
    )
    add_sheet(BUNDLE_SHEET, BUNDLE_COLUMNS, bundles)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(cells: Any, sheet: Any, key: str, value: Any) -> Any:
    """One value as the sheet shows it: 是/否, Chinese labels, steps joined by 「；」, text kept text."""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, list):
        value = STEP_SEPARATOR.join(value)
    if key == "original":
        value = ORIGINAL_NAMES.get(value, value)
    elif key == "form":
        value = FORM_NAMES.get(value, value)
    if not isinstance(value, str):
        return value
    if not value:
        return None  # an empty cell reads back as "" and keeps the file small
    # Stored text went through clean_text, but rows seeded or edited before it may hold control
    # characters, which openpyxl refuses to write; an export must not fail on one old row.
    cell = cells.WriteOnlyCell(sheet, value=cells.ILLEGAL_CHARACTERS_RE.sub("", value))
    # Text, always: a name starting with "=" would otherwise be written as a formula that Excel runs.
    cell.data_type = "s"
    return cell


# ---------------------------------------------------------------- import


def import_json(
    uow: UnitOfWork, data: bytes, staff_id: uuid.UUID | None, *, dry_run: bool = False
) -> ImportReport:
    return _import(uow, parse_json(data), staff_id, dry_run)


def import_xlsx(
    uow: UnitOfWork, data: bytes, staff_id: uuid.UUID | None, *, dry_run: bool = False
) -> ImportReport:
    return _import(uow, parse_xlsx(data), staff_id, dry_run)


def _import(uow: UnitOfWork, parsed: ParsedFile, staff_id: uuid.UUID | None, dry_run: bool) -> ImportReport:
    if parsed.errors and not parsed.items and not parsed.bundles:  # not a catalog at all
        return ImportReport(errors=tuple(parsed.errors), warnings=tuple(parsed.warnings), dry_run=dry_run)
    with saving(uow):
        writer = CatalogWriter(uow, staff_id, action="import")
        stored = writer.all_items()
        _check_all(writer, parsed, stored)
        if parsed.errors:
            return ImportReport(errors=tuple(parsed.errors), warnings=tuple(parsed.warnings), dry_run=dry_run)
        counts = {"create": 0, "update": 0, "same": 0, "b_create": 0, "b_update": 0, "b_same": 0}
        by_code = dict(stored)
        for entry in parsed.items:
            old = stored.get(entry.data.code)
            item, action = writer.save_item(old, entry.data, active=entry.active)
            by_code[item.code] = item
            counts["same" if action is None else "update" if old else "create"] += 1
        stored_bundles = writer.all_bundles()
        for b in parsed.bundles:
            old_bundle = stored_bundles.get(b.data.code)
            _, action, _ = writer.save_bundle(old_bundle, b.data, by_code, active=b.active)
            counts["b_same" if action is None else "b_update" if old_bundle else "b_create"] += 1
        writer.finish()
        report = ImportReport(
            counts["create"],
            counts["update"],
            counts["same"],
            counts["b_create"],
            counts["b_update"],
            counts["b_same"],
            tuple(writer.rippled),
            warnings=tuple(parsed.warnings),
            dry_run=dry_run,
        )
        if not dry_run:
            uow.commit()
    return report


def _check_all(writer: CatalogWriter, parsed: ParsedFile, stored: dict[str, ServiceItem]) -> None:
    """Every rule over every entry, each problem noted; the entries are replaced by their cleaned form."""
    seen: dict[str, str] = {}
    stored_lower = {code.lower(): code for code in stored}
    for entry in parsed.items:
        cleaned, problems = check_item(entry.data, writer.category_ids)
        code = cleaned.code or entry.data.code
        for p in problems:
            where = entry.where if p.material is None else entry.material_where[p.material]
            parsed.error(where, code, p.field, p.message)
        entry.data = cleaned
        if not cleaned.code:
            continue
        key = cleaned.code.lower()
        if key in seen:
            parsed.error(entry.where, code, "事项编码", f"事项编码与{seen[key]}重复。")
        seen.setdefault(key, entry.where)
        if key in stored_lower and stored_lower[key] != cleaned.code:
            taken = stored_lower[key]
            parsed.error(
                entry.where, code, "事项编码", f"与已有事项编码“{taken}”仅大小写不同，请使用“{taken}”。"
            )
    _resolve_shared_materials(parsed)
    _check_bundles(writer, parsed, stored)
    _warn_of_shared_changes(parsed, stored)


def _resolve_shared_materials(parsed: ParsedFile) -> None:
    """One document, one set of shared facts (catalog_edit's docstring says why).

    Whether it is reusable and which certificate it is decide Art. 13 reuse, so disagreement there is
    an error. Issuer and note are text: the first entry's wins and the others are warned about,
    because a real list often words the note per item and refusing the whole file over it would stop
    a hall from loading its list at all.
    """
    first: dict[str, tuple[MaterialInput, str, str]] = {}
    for entry in parsed.items:
        materials = []
        for m, where in zip(entry.data.materials, entry.material_where, strict=True):
            if m.name not in first:
                first[m.name] = (m, where, entry.data.code)
                materials.append(m)
                continue
            model, model_where, model_code = first[m.name]
            for key in SHARED_MATERIAL_KEYS:
                mine, theirs = getattr(m, key), getattr(model, key)
                if mine == theirs:
                    continue
                label = MATERIAL_LABELS[key]
                said = f"材料“{m.name}”的{label}与{model_where}（{model_code}）不同"
                if key in ("reusable", "certificate"):
                    parsed.error(where, entry.data.code, label, f"{said}；同一材料在各事项中应一致。")
                else:
                    parsed.warn(
                        where,
                        entry.data.code,
                        label,
                        f"{said}，按{model_where}的为准（材料说明各事项共用）。",
                    )
            shared = {key: getattr(model, key) for key in SHARED_MATERIAL_KEYS}
            materials.append(replace(m, **shared))
        entry.data = replace(entry.data, materials=tuple(materials))


def _warn_of_shared_changes(parsed: ParsedFile, stored: dict[str, ServiceItem]) -> None:
    """Say so when the file rewrites a shared material's text that items outside the file use: their
    notices change too, which a hall loading part of its list may not expect (see --dry-run)."""
    in_file = {e.data.code for e in parsed.items}
    wanted: dict[str, MaterialInput] = {}
    for entry in parsed.items:
        for m in entry.data.materials:
            wanted.setdefault(m.name, m)
    reached: dict[str, tuple[list[str], list[str]]] = {}  # name → (fields, item codes)
    for code, item in stored.items():
        for row in item.materials if code not in in_file else ():
            given = wanted.get(row.material.name)
            changed = [
                k for k in SHARED_MATERIAL_KEYS if given and getattr(given, k) != getattr(row.material, k)
            ]
            if changed:
                reached.setdefault(row.material.name, (changed, []))[1].append(code)
    for name, (changed, codes) in reached.items():
        labels = "、".join(MATERIAL_LABELS[k] for k in changed)
        some = "、".join(codes[:3]) + ("等" if len(codes) > 3 else "")
        parsed.warn(
            "文件",
            "",
            "材料",
            f"材料“{name}”的{labels}将按文件修改；该材料各事项共用，未在文件中的 {len(codes)} 个事项"
            f"（{some}）的告知书也随之改变。",
        )


def _check_bundles(writer: CatalogWriter, parsed: ParsedFile, stored: dict[str, ServiceItem]) -> None:
    # Whether each item will be in use once the file is loaded: the file's word over the database's.
    active = {code: item.active for code, item in stored.items()}
    active.update({e.data.code: e.active for e in parsed.items if e.data.code})
    stored_bundles = writer.all_bundles()
    stored_lower = {code.lower(): code for code in stored_bundles}
    in_bundles: dict[str, list[str]] = {}  # item code → names of the active bundles that will list it
    in_file = {b.data.code.strip() for b in parsed.bundles}
    for code, bundle in stored_bundles.items():
        if bundle.active and code not in in_file:
            for bi in bundle.items:
                in_bundles.setdefault(bi.item.code, []).append(bundle.name)
    seen: dict[str, str] = {}
    for b in parsed.bundles:
        cleaned, problems = check_bundle(b.data, writer.category_ids)
        code = cleaned.code or b.data.code
        b.data = cleaned
        for p in problems:
            parsed.error(b.where, code, p.field, p.message)
        key = cleaned.code.lower()
        if cleaned.code and key in seen:
            parsed.error(b.where, code, "一件事编码", f"一件事编码与{seen[key]}重复。")
        seen.setdefault(key, b.where)
        if key in stored_lower and stored_lower[key] != cleaned.code:
            parsed.error(b.where, code, "一件事编码", f"与已有一件事编码“{stored_lower[key]}”仅大小写不同。")
        for item_code in cleaned.item_codes:
            if item_code not in active:
                parsed.error(b.where, code, "包含事项", f"没有编码为“{item_code}”的事项。")
            elif b.active and not active[item_code]:
                parsed.error(b.where, code, "包含事项", f"事项“{item_code}”已停用，不能放进在用的一件事。")
            elif b.active:
                in_bundles.setdefault(item_code, []).append(cleaned.name)
    for entry in parsed.items:
        if not entry.active and in_bundles.get(entry.data.code):
            names = "、".join(f"“{n}”" for n in in_bundles[entry.data.code])
            parsed.error(entry.where, entry.data.code, "在用", f"该事项属于在用的一件事{names}，不能停用。")
