"""GB 32100 unified social credit codes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yk_desktop.core.credit_code import CHARSET, credit_check_char, validate_credit_code
from yk_desktop.core.errors import InvalidValue

# The example printed in GB 32100-2015 itself (a Fuzhou enterprise).
EXAMPLE = "91350100M000100Y43"


def test_check_char_matches_a_hand_computation() -> None:
    # 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + M(21)*20 + 1*8 + Y(30)*30 + 4*28 = 1640 (zeros left out);
    # 1640 % 31 = 28, 31 - 28 = 3 → "3".
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    total = sum(CHARSET.index(ch) * w for ch, w in zip(EXAMPLE[:17], weights, strict=True))
    assert total == 1640
    assert CHARSET[(31 - total % 31) % 31] == "3"
    assert credit_check_char(EXAMPLE[:17]) == "3"


def test_standard_example_validates() -> None:
    assert validate_credit_code(EXAMPLE) == EXAMPLE


def test_lower_case_full_width_and_spaces_are_normalised() -> None:
    assert validate_credit_code(" ９１３５０１００ｍ０００１００ｙ４３ ") == EXAMPLE


def test_wrong_check_character_is_refused() -> None:
    with pytest.raises(InvalidValue, match="校验码不正确") as info:
        validate_credit_code("91350100M000100Y44")
    assert info.value.field == "统一社会信用代码"


@pytest.mark.parametrize("text", ["91350100M000100Y4", "91350100M000100Y433"])
def test_wrong_length_is_refused(text: str) -> None:
    with pytest.raises(InvalidValue, match="应为18位"):
        validate_credit_code(text)


def test_letter_o_gets_a_hint_about_zero() -> None:
    with pytest.raises(InvalidValue, match=r"第9位“O”.*不使用字母I、O、Z、S、V"):
        validate_credit_code("91350100O000100Y43")


def test_empty_asks_to_fill_in() -> None:
    with pytest.raises(InvalidValue, match="请填写统一社会信用代码"):
        validate_credit_code("")


def test_check_char_31_maps_to_zero() -> None:
    # A weighted sum that is a multiple of 31 gives 31 - 0 = 31, which wraps to value 0, "0".
    assert credit_check_char("0" * 17) == "0"


codes = st.text(alphabet=CHARSET, min_size=17, max_size=17).map(lambda b: b + credit_check_char(b))


@given(codes, st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=30))
def test_any_single_character_changed_is_rejected(code: str, pos: int, delta: int) -> None:
    assert validate_credit_code(code) == code
    typo = code[:pos] + CHARSET[(CHARSET.index(code[pos]) + delta) % 31] + code[pos + 1 :]
    with pytest.raises(InvalidValue):
        validate_credit_code(typo)
