"""Ticket numbers: formatting, prefixes, and reading what a clerk types or a scanner sends."""

import pytest

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.ticketno import format_ticket_number, parse_ticket_number, validate_prefix


def test_three_digits_by_default() -> None:
    assert format_ticket_number("A", 15) == "A015"


def test_sequence_beyond_width_grows() -> None:
    assert format_ticket_number("A", 1000) == "A1000"


def test_custom_width() -> None:
    assert format_ticket_number("VB", 7, width=4) == "VB0007"


@pytest.mark.parametrize("seq", [0, -1])
def test_sequence_starts_at_one(seq: int) -> None:
    with pytest.raises(InvalidValue, match="从1开始"):
        format_ticket_number("A", seq)


def test_width_must_be_positive() -> None:
    with pytest.raises(InvalidValue):
        format_ticket_number("A", 1, width=0)


@pytest.mark.parametrize(("typed", "prefix"), [("a", "A"), (" b ", "B"), ("Ｖｂ", "VB")])
def test_prefix_is_normalised(typed: str, prefix: str) -> None:
    assert validate_prefix(typed) == prefix


@pytest.mark.parametrize("bad", ["", "ABC", "A1", "甲", "É", "-"])
def test_bad_prefix_is_refused(bad: str) -> None:
    with pytest.raises(InvalidValue, match="1至2个英文字母") as info:
        validate_prefix(bad)
    assert info.value.field == "号码前缀"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A015", ("A", 15)), (" a015\r\n", ("A", 15)), ("ＡＢ００７", ("AB", 7)), ("C1000", ("C", 1000))],
)
def test_parse_scanner_and_keyboard_input(text: str, expected: tuple[str, int]) -> None:
    assert parse_ticket_number(text) == expected


@pytest.mark.parametrize("bad", ["", "015", "A", "ABC1", "A-015", "A01x", "A000", "A" + "9" * 5000])
def test_parse_refuses_what_is_not_a_ticket(bad: str) -> None:
    with pytest.raises(InvalidValue, match="号码"):
        parse_ticket_number(bad)


def test_format_and_parse_round_trip() -> None:
    assert parse_ticket_number(format_ticket_number("B", 42)) == ("B", 42)


def test_ticket_barcode_names_the_day_and_scans_back() -> None:
    from datetime import date

    from yk_desktop.core.ticketno import parse_ticket_scan, ticket_barcode

    code = ticket_barcode(date(2026, 11, 24), "A015")
    assert code == "T20261124A015" and code.isascii()
    assert parse_ticket_scan(code + "\r\n") == (date(2026, 11, 24), "A015")
    assert parse_ticket_scan(" ｔ20261124ａ015 ") == (date(2026, 11, 24), "A015")  # full-width scanner mode
    assert parse_ticket_scan("b1000") == (None, "B1000")
    assert ticket_barcode(date(2026, 1, 2), "VB0007") == "T20260102VB0007"


@pytest.mark.parametrize("scan", ["T20261340A015", "T2026112A015", "", "<b>", "T20261124A"])
def test_bad_scans_say_what_is_wrong(scan: str) -> None:
    from yk_desktop.core.ticketno import parse_ticket_scan

    with pytest.raises(InvalidValue):
        parse_ticket_scan(scan)
