"""GB 11643 ID numbers: normalisation, each kind of mistake with its own message, masking."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.idcard import id_check_digit, mask_id_number, validate_id_number

TODAY = date(2025, 6, 1)


def make_id(region: str, birth: str, seq: str) -> str:
    """A valid number for tests: the check digit comes from the function under test, cross-checked below."""
    first17 = region + birth + seq
    return first17 + id_check_digit(first17)


def test_well_known_example_validates() -> None:
    # 11010519491231002X: 北京朝阳区, born 1949-12-31, sequence 002 (even: woman), check X.
    got = validate_id_number("11010519491231002X", TODAY)
    assert got.number == "11010519491231002X"
    assert got.region_code == "110105"
    assert got.birth_date == date(1949, 12, 31)
    assert got.sex == "女"


def test_check_digit_matches_a_hand_computation() -> None:
    # 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 % 11 = 2 → "X".
    assert id_check_digit("11010519491231002") == "X"
    assert id_check_digit("21080219900101123") == "5"


def test_odd_seventeenth_digit_is_a_man() -> None:
    assert validate_id_number("210802199001011235", TODAY).sex == "男"


def test_lower_case_x_is_accepted_and_upper_cased() -> None:
    assert validate_id_number("11010519491231002x", TODAY).number == "11010519491231002X"


def test_full_width_digits_and_spaces_are_normalised() -> None:
    typed = "１１０１０５ １９４９１２３１ ００２Ｘ"
    assert validate_id_number(typed, TODAY).number == "11010519491231002X"


def test_empty_asks_to_fill_in() -> None:
    with pytest.raises(InvalidValue, match="请填写身份证号码") as info:
        validate_id_number("   ", TODAY)
    assert info.value.field == "身份证号码"


def test_old_15_digit_number_gets_its_own_message() -> None:
    with pytest.raises(InvalidValue, match="15位旧身份证号码已停止使用"):
        validate_id_number("110105491231002", TODAY)


@pytest.mark.parametrize("text", ["2108021990010112", "21080219900101123456"])
def test_wrong_length_says_how_many_digits(text: str) -> None:
    with pytest.raises(InvalidValue, match=f"应为18位，现在是{len(text)}位"):
        validate_id_number(text, TODAY)


def test_letter_inside_names_its_position() -> None:
    with pytest.raises(InvalidValue, match="第8位“O”不是数字"):
        validate_id_number("2108021O9001011235", TODAY)


def test_last_character_must_be_digit_or_x() -> None:
    with pytest.raises(InvalidValue, match="最后一位只能是数字或X"):
        validate_id_number("21080219900101123Y", TODAY)


def test_unknown_province_code_is_refused() -> None:
    with pytest.raises(InvalidValue, match="前两位“99”"):
        validate_id_number(make_id("990802", "19900101", "123"), TODAY)


@pytest.mark.parametrize("region", ["110105", "210802", "650102", "710000", "810000", "820000", "830000"])
def test_real_province_codes_are_accepted(region: str) -> None:
    assert validate_id_number(make_id(region, "19900101", "123"), TODAY).region_code == region


def test_impossible_birth_date_is_refused() -> None:
    with pytest.raises(InvalidValue, match="“19990230”不存在"):
        validate_id_number(make_id("210804", "19990230", "123"), TODAY)


def test_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(InvalidValue, match="晚于今天"):
        validate_id_number(make_id("210802", "20250602", "123"), TODAY)


def test_born_today_is_fine() -> None:
    assert validate_id_number(make_id("210802", "20250601", "123"), TODAY).birth_date == TODAY


def test_birth_before_1900_is_refused_even_with_a_good_check_digit() -> None:
    # 440524188001010014 is the old textbook example; its check digit is right but 1880 is not credible.
    with pytest.raises(InvalidValue, match="早于1900年"):
        validate_id_number("440524188001010014", TODAY)


def test_wrong_check_digit_is_refused() -> None:
    with pytest.raises(InvalidValue, match="校验位不正确") as info:
        validate_id_number("110105194912310021", TODAY)
    assert info.value.field == "身份证号码"


def test_today_defaults_to_the_hall_date() -> None:
    assert validate_id_number("11010519491231002X").birth_date.year == 1949


def test_check_digit_helper_refuses_bad_input() -> None:
    with pytest.raises(InvalidValue):
        id_check_digit("1234")


def test_mask_keeps_first_six_and_last_four() -> None:
    assert mask_id_number("210802199001011234") == "210802********1234"


@pytest.mark.parametrize("text", ["", "1", "123", "12345", "123456789", "１２３", "x" * 30])
def test_mask_never_crashes_and_keeps_length(text: str) -> None:
    masked = mask_id_number(text)
    assert len(masked) == len(text)
    assert "*" in masked or not text


def test_mask_of_short_input_shows_no_more_than_half() -> None:
    masked = mask_id_number("123456789")
    assert masked.count("*") >= 5


valid_ids = st.builds(
    make_id,
    st.sampled_from(["110105", "210802", "210804", "310101", "440305", "650102", "820000"]),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY).map(lambda d: d.strftime("%Y%m%d")),
    st.from_regex(r"[0-9]{3}", fullmatch=True),
)


@given(valid_ids)
def test_generated_valid_numbers_validate(number: str) -> None:
    got = validate_id_number(number, TODAY)
    assert got.number == number
    assert got.sex == ("男" if int(number[16]) % 2 else "女")


@given(valid_ids, st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=9))
def test_any_single_digit_changed_is_rejected(number: str, pos: int, delta: int) -> None:
    digits = "0123456789X" if pos == 17 else "0123456789"
    old = number[pos]
    new = digits[(digits.index(old) + delta) % len(digits)]
    typo = number[:pos] + new + number[pos + 1 :]
    # MOD 11-2 catches every single-character substitution; the earlier checks may catch it first.
    with pytest.raises(InvalidValue):
        validate_id_number(typo, TODAY)
