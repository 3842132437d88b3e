"""Hall IT moves the catalog in and out with ``yk-desktop catalog export|import FILE``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "YK_DESKTOP_DATA": str(home / "data"),
        "YK_DESKTOP_CONFIG": str(home / "config.toml"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, "-m", "yk_desktop", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _give_optional_materials_a_condition(document: dict[str, Any]) -> None:
    # The demo hall has one optional material without a condition, which an import refuses.
    for item in document["items"]:
        for m in item["materials"]:
            if not m["required"] and not m["condition"]:
                m["condition"] = "不能提供居民身份证的提供"


def test_export_then_import_json_and_xlsx(tmp_path: Path) -> None:
    assert _run(["seed-demo"], tmp_path).returncode == 0
    listing = tmp_path / "清单.json"
    out = _run(["catalog", "export", str(listing)], tmp_path)
    assert out.returncode == 0 and "已把营口市政务服务中心的事项清单导出到" in out.stdout, out.stderr
    document = json.loads(listing.read_text(encoding="utf-8"))
    assert document["format"] == "yk-desktop-catalog" and len(document["items"]) >= 30

    _give_optional_materials_a_condition(document)
    document["items"][0]["fees"] = "10元/证"
    listing.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    dry = _run(["catalog", "import", str(listing), "--dry-run"], tmp_path)
    assert dry.returncode == 0 and "试导入完成（未保存）" in dry.stdout, dry.stderr
    loaded = _run(["catalog", "import", str(listing)], tmp_path)
    assert loaded.returncode == 0 and "导入完成" in loaded.stdout and "未变" in loaded.stdout

    sheet = tmp_path / "清单.xlsx"
    assert _run(["catalog", "export", str(sheet)], tmp_path).returncode == 0
    book = openpyxl.load_workbook(io.BytesIO(sheet.read_bytes()))
    assert book["事项"]["J2"].value == "10元/证"  # 收费标准 of the first item: the import was saved
    again = _run(["catalog", "import", str(sheet)], tmp_path)
    assert again.returncode == 0 and "更新 0" in again.stdout and "新增 0" in again.stdout, again.stderr


def test_a_bad_file_is_reported_row_by_row_and_nothing_is_saved(tmp_path: Path) -> None:
    assert _run(["seed-demo"], tmp_path).returncode == 0
    listing = tmp_path / "list.json"
    assert _run(["catalog", "export", str(listing)], tmp_path).returncode == 0
    original = listing.read_bytes()
    document = json.loads(original)
    _give_optional_materials_a_condition(document)
    document["items"][1]["promised_days"] = 999
    document["items"][0]["fees"] = "10元/证"
    listing.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = _run(["catalog", "import", str(listing)], tmp_path)
    assert out.returncode == 1 and "✘ 第 2 个事项" in out.stderr and "承诺时限" in out.stderr
    assert "未导入任何内容" in out.stderr and "Traceback" not in out.stderr
    after = tmp_path / "after.json"
    assert _run(["catalog", "export", str(after)], tmp_path).returncode == 0
    assert after.read_bytes() == original


def test_wrong_suffix_missing_file_and_missing_hall_are_explained(tmp_path: Path) -> None:
    wrong = _run(["catalog", "export", str(tmp_path / "list.csv")], tmp_path)
    assert wrong.returncode == 2 and ".json 或 .xlsx" in wrong.stderr
    missing = _run(["catalog", "import", str(tmp_path / "nowhere.json")], tmp_path)
    assert missing.returncode == 1 and "无法读取文件" in missing.stderr
    no_hall = _run(["catalog", "export", str(tmp_path / "list.json")], tmp_path)
    assert no_hall.returncode == 1 and "seed-demo" in no_hall.stderr and "Traceback" not in no_hall.stderr
