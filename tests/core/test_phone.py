"""Phone numbers as applicants give them: mobiles and landlines, with prefixes, spaces, full-width digits."""

import pytest

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.phone import mask_phone, validate_phone


@pytest.mark.parametrize(
    "text",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "8613812345678",
        "0086 13812345678",
        "１３８１２３４５６７８",
        "＋８６　１３８－１２３４－５６７８",
        " 13812345678\n",
    ],
)
def test_mobile_forms_normalise_to_eleven_digits(text: str) -> None:
    assert validate_phone(text) == "13812345678"


@pytest.mark.parametrize(
    "text",
    [
        "0417-2345678",
        "04172345678",
        "0417 2345678",
        "(0417)2345678",
        "（０４１７）２３４５６７８",
        "0417－234－5678",
    ],
)
def test_yingkou_landline_forms_normalise_with_a_dash(text: str) -> None:
    assert validate_phone(text) == "0417-2345678"


def test_beijing_landline_has_three_digit_area_code_and_eight_digits() -> None:
    assert validate_phone("01062345678") == "010-62345678"


def test_eight_digit_local_number_with_four_digit_area_code() -> None:
    assert validate_phone("0411-84123456") == "0411-84123456"


def test_empty_asks_to_fill_in() -> None:
    with pytest.raises(InvalidValue, match="请填写联系电话") as info:
        validate_phone("  ")
    assert info.value.field == "联系电话"


@pytest.mark.parametrize("text", ["1381234567", "138123456789"])
def test_mobile_with_wrong_length_says_so(text: str) -> None:
    with pytest.raises(InvalidValue, match="手机号码应为11位"):
        validate_phone(text)


def test_mobile_second_digit_must_be_3_to_9() -> None:
    with pytest.raises(InvalidValue, match="第二位应为3至9"):
        validate_phone("12812345678")


def test_letters_are_refused() -> None:
    with pytest.raises(InvalidValue, match="只能包含数字"):
        validate_phone("138abcd5678")


def test_local_number_without_area_code_asks_for_it() -> None:
    with pytest.raises(InvalidValue, match="请加区号"):
        validate_phone("2345678")


def test_dash_in_the_wrong_place_is_refused() -> None:
    with pytest.raises(InvalidValue, match="区号应为“0417”"):
        validate_phone("041-72345678")


@pytest.mark.parametrize("text", ["0417-234567", "0417-123456789", "0417-0345678"])
def test_malformed_landline_is_refused(text: str) -> None:
    with pytest.raises(InvalidValue, match="固定电话格式不正确"):
        validate_phone(text)


def test_pasted_paragraph_is_refused_quickly() -> None:
    with pytest.raises(InvalidValue, match="过长"):
        validate_phone("1" * 10_000)


def test_mask_mobile() -> None:
    assert mask_phone("13812345678") == "138****5678"


def test_mask_landline_keeps_area_code_and_last_four() -> None:
    assert mask_phone("0417-2345678") == "0417-***5678"


@pytest.mark.parametrize("text", ["", "12", "12345", "not a phone at all"])
def test_mask_odd_input_never_crashes(text: str) -> None:
    assert len(mask_phone(text)) == len(text)
