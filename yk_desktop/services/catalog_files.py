"""Reading a catalog file — JSON or an Excel workbook — into entries, every unreadable value noted with
where it is. The format is docs/catalog-format.md; checking the entries is ``catalog_io``'s part."""

from __future__ import annotations

import importlib
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from yk_desktop.services.catalog_rules import (
    FORM_NAMES,
    ORIGINAL_NAMES,
    STEP_SEPARATOR,
    BundleInput,
    ItemInput,
    MaterialInput,
)

FORMAT = "yk-desktop-catalog"
FORMAT_VERSION = 1
# A real hall's list is a few thousand items, well under 10 MB either way; a bigger file is the
# wrong file, and reading it whole (xlsx unzips in memory) could take the PC down with it.
MAX_FILE_BYTES = 50 * 1024 * 1024

# Spreadsheet columns: (JSON key, Chinese header). The order is the order written; reading goes by header.
ITEM_COLUMNS = (
    ("code", "事项编码"),
    ("name", "事项名称"),
    ("department", "实施部门"),
    ("category", "业务类别"),
    ("basis", "设定依据"),
    ("conditions", "受理条件"),
    ("procedure", "办理流程"),
    ("legal_days", "法定时限（工作日）"),
    ("promised_days", "承诺时限（工作日）"),
    ("fees", "收费标准"),
    ("online", "可网上办理"),
    ("location", "办理地点"),
    ("phone", "咨询电话"),
    ("tolerance_allowed", "允许容缺受理"),
    ("active", "在用"),
)
MATERIAL_COLUMNS = (
    ("item", "事项编码"),
    ("name", "材料名称"),
    ("original", "原件/复印件"),
    ("copies", "份数"),
    ("form", "材料形式"),
    ("required", "必需"),
    ("condition", "适用情形"),
    ("certificate", "证照名称"),
    ("issuer", "出具单位"),
    ("note", "备注"),
    ("reusable", "可复用"),
    ("tolerable", "可容缺"),
)
BUNDLE_COLUMNS = (
    ("code", "一件事编码"),
    ("name", "一件事名称"),
    ("description", "说明"),
    ("category", "业务类别"),
    ("items", "包含事项"),
    ("active", "在用"),
)
ITEM_SHEET, MATERIAL_SHEET, BUNDLE_SHEET = "事项", "材料", "一件事"
_REQUIRED_HEADERS = {
    ITEM_SHEET: ("code", "name", "department", "legal_days", "promised_days"),
    MATERIAL_SHEET: ("item", "name"),
    BUNDLE_SHEET: ("code", "name", "items"),
}
ITEM_LABELS = {**dict(ITEM_COLUMNS), "materials": "申请材料"}
MATERIAL_LABELS = dict(MATERIAL_COLUMNS)
BUNDLE_LABELS = dict(BUNDLE_COLUMNS)
_KNOWN_ITEM_KEYS = {key for key, _ in ITEM_COLUMNS} | {"materials"}
_KNOWN_MATERIAL_KEYS = {key for key, _ in MATERIAL_COLUMNS} - {"item"}
_KNOWN_BUNDLE_KEYS = {key for key, _ in BUNDLE_COLUMNS}
# Codes in a bundle's cell may be separated the way people type lists; no code contains these.
_CODE_LIST = re.compile(r"[；;，,、\s]+")
YES, NO = "是", "否"


@dataclass(frozen=True)
class ImportProblem:
    where: str  # 「材料 第 12 行」 in a workbook, 「第 3 个事项」 in JSON
    code: str  # the item or bundle code, when the entry has one
    field: str
    message: str

    def __str__(self) -> str:
        code = f"（{self.code}）" if self.code else ""
        return f"{self.where}{code}：{self.message}"


@dataclass
class ParsedItem:
    data: ItemInput
    active: bool
    where: str
    material_where: list[str]


@dataclass
class ParsedBundle:
    data: BundleInput
    active: bool
    where: str


@dataclass
class ParsedFile:
    items: list[ParsedItem] = field(default_factory=list)
    bundles: list[ParsedBundle] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)

    def error(self, where: str, code: str, field_name: str, message: str) -> None:
        self.errors.append(ImportProblem(where, code, field_name, message))

    def warn(self, where: str, code: str, field_name: str, message: str) -> None:
        self.warnings.append(ImportProblem(where, code, field_name, message))


def openpyxl_module(module: str = "openpyxl") -> Any:
    """openpyxl ships no type hints (types-openpyxl is no dependency of ours), so it is used as Any.
    Imported on first use: only an import or export needs it, and it takes a while to load."""
    return importlib.import_module(module)


# ---------------------------------------------------------------- reading values


class _Values:
    """Typed values out of one JSON object or spreadsheet row; what cannot be read is noted as an error.

    ``sheet`` rows are read leniently the way Excel stores what people type (numbers as floats, codes
    and phones typed as numbers, 是/否); JSON is read strictly, its types are the format.
    """

    def __init__(
        self, parsed: ParsedFile, where: str, values: dict[str, Any], labels: dict[str, str], *, sheet: bool
    ) -> None:
        self.parsed, self.where, self.values, self.labels, self.sheet = parsed, where, values, labels, sheet
        self.code = _code_of(values.get("code"))

    def _bad(self, key: str, message: str) -> None:
        label = self.labels.get(key, key)
        self.parsed.error(self.where, self.code, label, f"{label}{message}")

    def text(self, key: str, default: str = "") -> str:
        value = self.values.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if self.sheet and not isinstance(value, bool):
            if isinstance(value, float) and value.is_integer():
                return str(int(value))
            if isinstance(value, datetime | date | time):
                return value.isoformat()
            return str(value)
        self._bad(key, "应为文字。")
        return str(value)  # reported once here; as text, the entry's own checks have nothing to add

    def optional(self, key: str) -> str | None:
        text = self.text(key)
        return text if text.strip() else None

    def integer(self, key: str, default: int | None) -> Any:
        """The whole number in ``key``, ``default`` when empty. Anything else is passed on as it is, for
        the item's own check to refuse with the field's name (so a problem is never reported twice)."""
        value = self.values.get(key)
        if value is None or (self.sheet and isinstance(value, str) and not value.strip()):
            return default
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if self.sheet and isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.values.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if self.sheet and isinstance(value, str | int):
            text = str(value).strip().upper()
            if not text:
                return default
            if text in (YES, "TRUE", "1"):
                return True
            if text in (NO, "FALSE", "0"):
                return False
        self._bad(key, f"应填写“{YES}”或“{NO}”。" if self.sheet else "应为 true 或 false。")
        return default

    def choice(self, key: str, names: dict[str, str], default: str) -> str:
        text = self.text(key).strip()
        if not text:
            return default
        by_label = {label: value for value, label in names.items()}
        # Both spellings are read from both formats: a sheet pasted from a JSON export still loads.
        if text in names or text in by_label:
            return by_label.get(text, text)
        allowed = "、".join(f"“{label}”" for label in names.values())
        self._bad(key, f"只能是{allowed}之一，现在是“{text}”。")
        return default

    def strings(self, key: str, split: re.Pattern[str] | str) -> tuple[str, ...]:
        value = self.values.get(key)
        if value is None:
            return ()
        if self.sheet:
            text = self.text(key)
            parts = split.split(text) if isinstance(split, re.Pattern) else text.split(split)
            return tuple(p for p in (p.strip() for p in parts) if p)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        self._bad(key, "应为文字的列表。")
        return ()

    def unknown(self, known: set[str]) -> None:
        for key in sorted(set(self.values) - known):
            self.parsed.warn(self.where, self.code, key, f"不认识的字段“{key}”，已忽略。")


def _item(v: _Values, materials: tuple[MaterialInput, ...]) -> ItemInput:
    return ItemInput(
        code=v.text("code"),
        name=v.text("name"),
        department=v.text("department"),
        category_prefix=v.optional("category"),
        basis=v.text("basis"),
        conditions=v.text("conditions"),
        procedure=v.strings("procedure", STEP_SEPARATOR),
        legal_days=v.integer("legal_days", None),
        promised_days=v.integer("promised_days", None),
        fees=v.text("fees"),
        online=v.boolean("online", False),
        location=v.text("location"),
        phone=v.text("phone"),
        tolerance_allowed=v.boolean("tolerance_allowed", False),
        materials=materials,
    )


def _material(v: _Values) -> MaterialInput:
    return MaterialInput(
        name=v.text("name"),
        original=v.choice("original", ORIGINAL_NAMES, "original"),
        copies=v.integer("copies", 1),
        form=v.choice("form", FORM_NAMES, "paper"),
        required=v.boolean("required", True),
        condition=v.optional("condition"),
        certificate=v.optional("certificate"),
        issuer=v.text("issuer"),
        note=v.text("note"),
        reusable=v.boolean("reusable", False),
        tolerable=v.boolean("tolerable", False),
    )


def _bundle(v: _Values, split: re.Pattern[str] | str) -> BundleInput:
    return BundleInput(
        code=v.text("code"),
        name=v.text("name"),
        description=v.text("description"),
        category_prefix=v.optional("category"),
        item_codes=v.strings("items", split),
    )


# ---------------------------------------------------------------- JSON


def parse_json(data: bytes) -> ParsedFile:
    parsed = ParsedFile()
    if len(data) > MAX_FILE_BYTES:
        parsed.error("文件", "", "", f"文件超过 {MAX_FILE_BYTES // 1024 // 1024} MB，请确认选对了文件。")
        return parsed
    try:
        document = json.loads(
            data.decode("utf-8-sig")
        )  # -sig: files saved by Windows Notepad start with a BOM
    except UnicodeDecodeError:
        parsed.error("文件", "", "", "文件不是 UTF-8 编码的文本，请用 UTF-8 保存后重新导入。")
        return parsed
    except json.JSONDecodeError as exc:
        parsed.error(
            "文件", "", "", f"JSON 格式错误（第 {exc.lineno} 行第 {exc.colno} 列），请检查括号、逗号和引号。"
        )
        return parsed
    except RecursionError:  # nesting thousands deep: never a catalog
        parsed.error("文件", "", "", "JSON 嵌套过深，不是事项清单文件。")
        return parsed
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        parsed.error("文件", "", "format", f'不是事项清单文件：顶层应为对象，且 "format" 为 "{FORMAT}"。')
        return parsed
    if document.get("version") != FORMAT_VERSION:
        parsed.error(
            "文件",
            "",
            "version",
            f"文件格式版本为 {document.get('version')!r}，本程序只能读取版本 {FORMAT_VERSION}。",
        )
        return parsed
    items, bundles = document.get("items", []), document.get("bundles", [])
    if not isinstance(items, list) or not isinstance(bundles, list):
        parsed.error("文件", "", "items", '"items" 和 "bundles" 应为列表。')
        return parsed
    for n, raw in enumerate(items, start=1):
        _json_item(parsed, raw, f"第 {n} 个事项")
    for n, raw in enumerate(bundles, start=1):
        where = f"第 {n} 个一件事"
        if not isinstance(raw, dict):
            parsed.error(where, "", "", "应为对象（{…}）。")
            continue
        v = _Values(parsed, where, raw, BUNDLE_LABELS, sheet=False)
        v.unknown(_KNOWN_BUNDLE_KEYS)
        parsed.bundles.append(ParsedBundle(_bundle(v, _CODE_LIST), v.boolean("active", True), where))
    return parsed


def _json_item(parsed: ParsedFile, raw: Any, where: str) -> None:
    if not isinstance(raw, dict):
        parsed.error(where, "", "", "应为对象（{…}）。")
        return
    v = _Values(parsed, where, raw, ITEM_LABELS, sheet=False)
    v.unknown(_KNOWN_ITEM_KEYS)
    code = v.code
    raw_materials = raw.get("materials", [])
    if not isinstance(raw_materials, list):
        parsed.error(where, code, "申请材料", '"materials" 应为列表。')
        raw_materials = []
    materials, material_where = [], []
    for m, raw_m in enumerate(raw_materials, start=1):
        m_where = f"{where}第 {m} 项材料"
        if not isinstance(raw_m, dict):
            parsed.error(m_where, code, "", "应为对象（{…}）。")
            continue
        mv = _Values(parsed, m_where, raw_m, MATERIAL_LABELS, sheet=False)
        mv.code = code
        mv.unknown(_KNOWN_MATERIAL_KEYS)
        materials.append(_material(mv))
        material_where.append(m_where)
    parsed.items.append(
        ParsedItem(_item(v, tuple(materials)), v.boolean("active", True), where, material_where)
    )


def _code_of(code: Any) -> str:
    # Only to say which entry a problem is in; the code itself is checked with the rest.
    if isinstance(code, float) and code.is_integer():
        code = int(code)
    return str(code).strip() if isinstance(code, str | int) and not isinstance(code, bool) else ""


# ---------------------------------------------------------------- Excel


def parse_xlsx(data: bytes) -> ParsedFile:
    parsed = ParsedFile()
    if len(data) > MAX_FILE_BYTES:
        parsed.error("文件", "", "", f"文件超过 {MAX_FILE_BYTES // 1024 // 1024} MB，请确认选对了文件。")
        return parsed
    sheets = _read_sheets(parsed, data)
    if sheets is None:
        return parsed
    materials: dict[str, list[tuple[MaterialInput, str]]] = {}
    for row, values in sheets[MATERIAL_SHEET]:
        where = f"{MATERIAL_SHEET} 第 {row} 行"
        v = _Values(parsed, where, values, MATERIAL_LABELS, sheet=True)
        code = v.code = _code_of(values.get("item"))
        if not code:
            parsed.error(where, "", MATERIAL_LABELS["item"], "请填写这项材料所属的事项编码。")
            continue
        materials.setdefault(code, []).append((_material(v), where))
    for row, values in sheets[ITEM_SHEET]:
        where = f"{ITEM_SHEET} 第 {row} 行"
        v = _Values(parsed, where, values, ITEM_LABELS, sheet=True)
        own = materials.pop(v.code, [])
        item = _item(v, tuple(m for m, _ in own))
        parsed.items.append(ParsedItem(item, v.boolean("active", True), where, [w for _, w in own]))
    for code, rows in materials.items():
        parsed.error(rows[0][1], code, MATERIAL_LABELS["item"], f"“{ITEM_SHEET}”表中没有事项编码“{code}”。")
    for row, values in sheets.get(BUNDLE_SHEET, []):
        where = f"{BUNDLE_SHEET} 第 {row} 行"
        v = _Values(parsed, where, values, BUNDLE_LABELS, sheet=True)
        parsed.bundles.append(ParsedBundle(_bundle(v, _CODE_LIST), v.boolean("active", True), where))
    return parsed


Rows = list[tuple[int, dict[str, Any]]]


def _read_sheets(parsed: ParsedFile, data: bytes) -> dict[str, Rows] | None:
    invalid = openpyxl_module("openpyxl.utils.exceptions").InvalidFileException
    try:
        # data_only: a formula cell reads as the value Excel last showed, which is what the hall saw.
        book = openpyxl_module().load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, invalid, KeyError, OSError, ValueError):
        parsed.error(
            "文件",
            "",
            "",
            "文件不是有效的 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后重新导入。",
        )
        return None
    try:
        columns = {ITEM_SHEET: ITEM_COLUMNS, MATERIAL_SHEET: MATERIAL_COLUMNS, BUNDLE_SHEET: BUNDLE_COLUMNS}
        sheets: dict[str, Rows] = {}
        for name, cols in columns.items():
            if name not in book.sheetnames:
                if name != BUNDLE_SHEET:  # a hall may have no bundles yet
                    parsed.error("文件", "", "", f"工作簿中没有名为“{name}”的工作表。")
                continue
            sheet = book[name]
            # Sheets written in openpyxl's write-only mode (ours) carry no size, and finding it would read
            # the whole sheet once more; rows of uneven length are fine for _read_sheet.
            sheet.reset_dimensions()
            rows = _read_sheet(parsed, name, sheet.iter_rows(values_only=True), cols)
            if rows is not None:
                sheets[name] = rows
        return sheets if not parsed.errors else None
    finally:
        book.close()


def _header_key(text: Any) -> str:
    # 「法定时限」「法定时限(工作日)」「 法定时限（工作日） 」 all name the same column.
    s = unicodedata.normalize("NFKC", str(text or "")).strip()
    return re.sub(r"\(.*?\)", "", s).replace(" ", "")


def _read_sheet(
    parsed: ParsedFile, name: str, rows: Any, columns: tuple[tuple[str, str], ...]
) -> Rows | None:
    header = next(rows, None) or ()
    by_label = {_header_key(label): key for key, label in columns}
    keys: list[str | None] = []
    for n, text in enumerate(header, start=1):
        key = by_label.get(_header_key(text))
        if key is None and _header_key(text):
            parsed.warn(f"{name} 第 1 行", "", str(text), f"不认识的列“{text}”（第 {n} 列），已忽略。")
        keys.append(key)
    missing = [dict(columns)[k] for k in _REQUIRED_HEADERS[name] if k not in keys]
    if missing:
        parsed.error(f"{name} 第 1 行", "", "", f"缺少列：{'、'.join(missing)}。")
        return None
    out: Rows = []
    for number, row in enumerate(rows, start=2):
        values = {k: v for k, v in zip(keys, row, strict=False) if k is not None}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue  # blank rows between groups are common in hand-kept sheets
        out.append((number, values))
    return out
