"""Masked names on public screens: surname kept, rare and composed characters kept whole."""

import pytest

from yk_desktop.core.masking import graphemes, mask_name, public_name


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张晓明", "张**"),
        ("欧阳娜娜", "欧阳**"),
        ("诸葛亮", "诸葛*"),
        ("司马相如", "司马**"),
        ("𠮷田", "𠮷*"),
        ("王𠮷", "王*"),
        ("张", "张"),
        ("", ""),
        ("  李四  ", "李*"),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_two_character_name_starting_like_a_compound_surname_keeps_one() -> None:
    # 欧阳 alone is more likely surname 欧 + given name 阳; showing both would show the whole name.
    assert mask_name("欧阳") == "欧*"


def test_minority_name_keeps_the_separator_dot() -> None:
    assert mask_name("阿卜杜拉·买买提") == "阿***·***"


def test_variation_selector_stays_with_its_character() -> None:
    # 葛 + VS17 (an Ideographic Variation Sequence) is one character on screen.
    name = "葛\U000e0100优"
    assert graphemes(name) == ["葛\U000e0100", "优"]
    assert mask_name("李葛\U000e0100") == "李*"
    assert mask_name("葛\U000e0100优") == "葛\U000e0100*"


def test_combining_mark_stays_with_its_letter() -> None:
    decomposed = "Jose\u0301 Li"  # é written as e + combining acute
    assert mask_name(decomposed) == "J*** **"


@pytest.mark.parametrize(("sex", "title"), [("女", "女士"), ("男", "先生"), (None, ""), ("未知", "")])
def test_public_name_adds_a_courtesy_title(sex: str | None, title: str) -> None:
    assert public_name("张三", sex) == "张*" + title


def test_public_name_of_nothing_is_nothing() -> None:
    assert public_name("", "女") == ""
