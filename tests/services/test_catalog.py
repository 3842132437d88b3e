"""Finding service items by name, code and pinyin initials."""

from __future__ import annotations

import pytest

from yk_desktop.services import catalog
from yk_desktop.services.catalog import pinyin_keys
from yk_desktop.services.errors import NotFound
from yk_desktop.services.runtime import Runtime


def test_pinyin_keys() -> None:
    assert pinyin_keys("企业设立登记") == ("qysldj", "qiyeshelidengji")
    assert pinyin_keys("A类（2025）") == ("l", "lei")  # letters, digits and punctuation are skipped


def test_pinyin_initials_find_items_and_prefix_matches_come_first(runtime: Runtime) -> None:
    found = catalog.search_items(runtime.uow(), "bdc")
    assert found and all("不动产" in item.name for item in found[:3])
    assert found[0].name.startswith("不动产")


def test_search_by_name_and_by_code(runtime: Runtime) -> None:
    by_name = catalog.search_items(runtime.uow(), "公积金")
    assert len(by_name) >= 4 and all("公积金" in i.name for i in by_name)
    code = by_name[0].code
    assert [i.code for i in catalog.search_items(runtime.uow(), code)] == [code]


@pytest.mark.parametrize("text", ["%", "_", "'; DROP TABLE service_items;--", "<b>x</b>", "𠮷" * 5000])
def test_odd_queries_return_nothing_rather_than_everything_or_a_crash(runtime: Runtime, text: str) -> None:
    assert catalog.search_items(runtime.uow(), text) == []


def test_item_detail_lists_materials_with_their_marks(runtime: Runtime) -> None:
    item = catalog.search_items(runtime.uow(), "企业设立登记")[0]
    detail = catalog.item_detail(runtime.uow(), item.code)
    names = [m.name for m in detail.materials]
    assert "居民身份证" in names and detail.basis and detail.procedure
    idcard = next(m for m in detail.materials if m.name == "居民身份证")
    assert idcard.reusable and idcard.certificate == "居民身份证"
    assert detail.summary.promised_days <= detail.summary.legal_days


def test_unknown_item_code(runtime: Runtime) -> None:
    with pytest.raises(NotFound, match="未找到编码"):
        catalog.item_detail(runtime.uow(), "NO-SUCH-CODE")


def test_list_by_category(runtime: Runtime) -> None:
    items = catalog.list_items(runtime.uow(), "B")
    assert items and all(i.category_prefix == "B" for i in items)


def test_codes_match_whatever_the_case_on_both_engines(runtime: Runtime) -> None:
    code = catalog.search_items(runtime.uow(), "企业设立登记")[0].code  # e.g. 210800-SCJG-DJ-001
    lower = catalog.search_items(runtime.uow(), code.lower())
    assert [i.code for i in lower] == [code]
