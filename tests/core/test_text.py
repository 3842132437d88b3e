"""Names held to the characters names use; free text stored exactly, markup and SQL included."""

import unicodedata

import pytest

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.text import clean_person_name, clean_text, nfc

NAME_RULE = "姓名只能包含汉字、字母、间隔号“·”和空格"


@pytest.mark.parametrize(
    "name",
    [
        "张三",
        "𠮷田",  # U+20BB7, Extension B, outside the BMP
        "㐂",  # U+3402, Extension A
        "王\U0002a700",  # Extension C
        "李\U0002b820",  # Extension E
        "赵\U00030000",  # Extension G
        "钱\U00031350",  # Extension H (newer than this Python's Unicode tables)
        "孙\ufa0e",  # a compatibility-block ideograph without a decomposition
        "阿卜杜拉·买买提",
        "John Smith",
        "Zoë Müller",
        "葛\U000e0100优",  # ideographic variation sequence
        "斉藤",
    ],
)
def test_real_names_are_accepted_unchanged(name: str) -> None:
    assert clean_person_name(name) == name


def test_compatibility_ideograph_is_not_folded_by_nfc() -> None:
    # Plain NFC would turn U+F900 into U+8C48; a registered name must keep the form it was typed in.
    assert unicodedata.normalize("NFC", "\uf900") == "\u8c48"
    assert clean_person_name("李\uf900") == "李\uf900"
    assert nfc("\uf900e\u0301") == "\uf900é"


@pytest.mark.parametrize(
    "typed", ["阿卜杜拉•买买提", "阿卜杜拉・买买提", "阿卜杜拉 · 买买提", "阿卜杜拉‧买买提"]
)
def test_separator_dots_become_the_register_middle_dot(typed: str) -> None:
    assert clean_person_name(typed) == "阿卜杜拉·买买提"


def test_whitespace_is_collapsed_and_stripped() -> None:
    assert clean_person_name("  John \t\u3000 Smith \n") == "John Smith"


def test_decomposed_accents_are_composed() -> None:
    assert clean_person_name("Zoe\u0308") == "Zoë"


@pytest.mark.parametrize("empty", ["", "   ", "\u3000\n"])
def test_empty_name_asks_to_fill_in(empty: str) -> None:
    with pytest.raises(InvalidValue, match=r"^请填写姓名$") as info:
        clean_person_name(empty)
    assert info.value.field == "姓名"


def test_field_label_appears_in_messages() -> None:
    with pytest.raises(InvalidValue, match="请填写代理人姓名"):
        clean_person_name("", field="代理人姓名")


def test_huge_name_is_refused_with_the_limit() -> None:
    with pytest.raises(InvalidValue, match="姓名最多50个字，现在有10000个字"):
        clean_person_name("张" * 10_000)


def test_name_at_the_limit_is_fine() -> None:
    assert clean_person_name("张" * 50) == "张" * 50


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        ("<script>alert(1)</script>", "<"),
        ("'; DROP TABLE staff;--", "'"),
        ("张三3", "3"),
        ("张三１", "１"),
        ("张=三", "="),
        ('张"三', '"'),
        ("张\\三", "\\"),
        ("张/三", "/"),
        ("张{三}", "{"),
        ("张三😀", "😀"),
    ],
)
def test_markup_sql_digits_and_symbols_are_refused(bad: str, shown: str) -> None:
    with pytest.raises(InvalidValue, match=NAME_RULE) as info:
        clean_person_name(bad)
    assert f"“{shown}”" in info.value.message


@pytest.mark.parametrize("bad", ["张\x00三", "张\x07三", "张\u200b三", "张\u202e三"])
def test_invisible_characters_are_refused_with_their_code(bad: str) -> None:
    with pytest.raises(InvalidValue, match="不可见或无法识别的字符（U\\+"):
        clean_person_name(bad)


def test_private_use_character_is_refused_with_an_explanation() -> None:
    with pytest.raises(InvalidValue, match="自造字"):
        clean_person_name("张\ue000")


@pytest.mark.parametrize("bad", ["·买买提", "买买提·", "阿卜杜拉··买买提"])
def test_misplaced_separator_dot_is_refused(bad: str) -> None:
    with pytest.raises(InvalidValue, match="间隔号"):
        clean_person_name(bad)


def test_stray_combining_mark_is_refused() -> None:
    with pytest.raises(InvalidValue, match=NAME_RULE):
        clean_person_name("\u0301张")


# --- clean_text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script>",
        "'; DROP TABLE staff;--",
        "a < b && c > d",
        '{"json": true}',
        "100% \\ 50",
    ],
)
def test_free_text_keeps_markup_and_sql_exactly(text: str) -> None:
    assert clean_text(text, "备注", 500) == text


def test_free_text_keeps_rare_characters() -> None:
    assert clean_text("𠮷野家 㐂", "地址", 100) == "𠮷野家 㐂"


def test_free_text_is_stripped_and_nfc() -> None:
    assert clean_text("  Cafe\u0301 \n", "备注", 100) == "Café"


def test_single_line_turns_line_breaks_and_tabs_into_spaces() -> None:
    assert clean_text("第一行\r\n第二行\tend", "地址", 100) == "第一行 第二行 end"


def test_multiline_keeps_newlines_and_tabs_and_unifies_line_endings() -> None:
    assert (
        clean_text("第一行\r\n第二行\r第三行\t止", "备注", 100, multiline=True)
        == "第一行\n第二行\n第三行\t止"
    )


def test_control_characters_are_removed() -> None:
    assert clean_text("a\x00b\x07c\x1bd", "备注", 100) == "abcd"


def test_bom_and_bidi_override_are_removed() -> None:
    assert clean_text("\ufeff合同\u202e号", "备注", 100) == "合同号"


def test_over_long_text_is_refused_not_truncated() -> None:
    with pytest.raises(InvalidValue, match="备注最多200个字，现在有10000个字") as info:
        clean_text("x" * 10_000, "备注", 200)
    assert info.value.field == "备注"


def test_required_empty_text_asks_to_fill_in() -> None:
    with pytest.raises(InvalidValue, match="请填写事项名称"):
        clean_text(" \x00 ", "事项名称", 100)


def test_optional_empty_text_is_empty_string() -> None:
    assert clean_text("   ", "备注", 100, required=False) == ""


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(InvalidValue, match="无法识别的字符"):
        clean_text("abc\udcff", "备注", 100)
