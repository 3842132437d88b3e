"""InvalidValue carries a message for the clerk and the field to highlight."""

import pytest

from yk_desktop.core.errors import InvalidValue


def test_str_is_the_chinese_message() -> None:
    e = InvalidValue("身份证号码校验位不正确，请核对最后一位", "身份证号码")
    assert str(e) == "身份证号码校验位不正确，请核对最后一位"
    assert e.message == "身份证号码校验位不正确，请核对最后一位"
    assert e.field == "身份证号码"


def test_field_defaults_to_empty() -> None:
    assert InvalidValue("时间必须带时区").field == ""


def test_is_a_value_error_so_generic_handlers_catch_it() -> None:
    with pytest.raises(ValueError, match="请填写"):
        raise InvalidValue("请填写姓名", "姓名")
