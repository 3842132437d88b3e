"""Print setup remembered per document kind: which printer, how many copies, what resolution, whether to
skip the preview.

Kept in our own JSON file (``<data dir>/print-setup.json``), not QSettings: hall IT can read, copy and
hand-edit it next to the database, and it goes where ``YK_DESKTOP_DATA`` points. A file that is broken
(hand edits, a disk that filled up) costs the remembered choices, never a crash: every unusable value
falls back to its default, with a warning in the log.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from yk_desktop import config

log = logging.getLogger(__name__)

FILE_NAME = "print-setup.json"
COPIES_RANGE = (1, 20)
DPI_RANGE = (72, 1200)
# 80 mm thermal roll printers print 8 dots per mm (203 dpi); rasterizing finer only costs time and
# blurs bars into dithered grey when the driver scales back down.
ROLL_KINDS = frozenset({"receipt_roll", "ticket", "inquiry", "agency_slip", "complaint_slip", "appointment"})
ROLL_DPI = 203
OFFICE_DPI = 300


@dataclass(frozen=True)
class PrintSetup:
    printer: str = ""  # "" is the system's default printer
    copies: int = 1
    dpi: int = OFFICE_DPI
    silent: bool = False  # print straight away with this setup, without the preview


def setup_path() -> Path:
    return config.data_dir() / FILE_NAME


def default_setup(kind: str) -> PrintSetup:
    return PrintSetup(dpi=ROLL_DPI if kind in ROLL_KINDS else OFFICE_DPI)


def _in_range(value: object, limits: tuple[int, int]) -> bool:
    # bool is an int in Python; `"copies": true` in a hand-edited file is a mistake, not 1 copy.
    return isinstance(value, int) and not isinstance(value, bool) and limits[0] <= value <= limits[1]


def validate(setup: PrintSetup) -> None:
    """Raise ValueError for a setup the dialogs could never have produced (a programming error)."""
    if not isinstance(setup.printer, str):
        raise ValueError(f"打印机名称应为文字：{setup.printer!r}")
    if not _in_range(setup.copies, COPIES_RANGE):
        raise ValueError(f"打印份数应在 {COPIES_RANGE[0]}–{COPIES_RANGE[1]} 之间：{setup.copies!r}")
    if not _in_range(setup.dpi, DPI_RANGE):
        raise ValueError(f"打印分辨率应在 {DPI_RANGE[0]}–{DPI_RANGE[1]} dpi 之间：{setup.dpi!r}")
    if not isinstance(setup.silent, bool):
        raise ValueError(f"silent 应为 true 或 false：{setup.silent!r}")


def _read_all(path: Path) -> dict[str, Any]:
    """Every kind's raw entry; {} when the file is missing or unusable as a whole."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("打印设置文件 %s 无法读取，按默认设置打印：%s", path, exc)
        return {}
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        log.warning("打印设置文件 %s 格式错误，按默认设置打印：%s", path, exc)
        return {}
    if not isinstance(raw, dict):
        log.warning("打印设置文件 %s 内容无效（应为 JSON 对象），按默认设置打印。", path)
        return {}
    return raw


def _from_raw(kind: str, entry: object, path: Path) -> PrintSetup:
    """The setup of one kind, each bad value replaced by its default (the good ones are kept)."""
    base = default_setup(kind)
    if not isinstance(entry, dict):
        log.warning("打印设置文件 %s 中“%s”的设置无效，按默认设置打印。", path, kind)
        return base
    checks: dict[str, Callable[[object], bool]] = {
        "printer": lambda v: isinstance(v, str),
        "copies": lambda v: _in_range(v, COPIES_RANGE),
        "dpi": lambda v: _in_range(v, DPI_RANGE),
        "silent": lambda v: isinstance(v, bool),
    }
    values: dict[str, Any] = {}
    for f in fields(PrintSetup):
        if f.name not in entry:
            continue
        value = entry[f.name]
        if checks[f.name](value):
            values[f.name] = value
        else:
            log.warning(
                "打印设置文件 %s 中“%s”的 %s = %r 无效，改用默认值 %r。",
                path,
                kind,
                f.name,
                value,
                getattr(base, f.name),
            )
    return PrintSetup(**{**asdict(base), **values})


def load_setup(kind: str) -> PrintSetup:
    """The remembered setup of ``kind``, or its defaults (roll kinds at 203 dpi, others at 300)."""
    path = setup_path()
    raw = _read_all(path)
    if kind not in raw:
        return default_setup(kind)
    return _from_raw(kind, raw[kind], path)


def save_setup(kind: str, setup: PrintSetup) -> None:
    """Remember ``setup`` for ``kind``, keeping the other kinds' setups.

    Written to a temporary file and renamed over the old one, so a crash or a full disk mid-write leaves
    the previous file whole rather than half a JSON document. Raises ValueError for invalid values and
    OSError when the data folder cannot be written.
    """
    if not isinstance(kind, str) or not kind:
        raise ValueError(f"文书类型无效：{kind!r}")
    validate(setup)
    path = setup_path()
    raw = _read_all(path)
    raw[kind] = asdict(setup)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".print-setup-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(raw, out, ensure_ascii=False, indent=2, sort_keys=True)
            out.write("\n")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
