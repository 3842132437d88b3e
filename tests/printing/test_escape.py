"""User text in a Paragraph prints exactly as typed: markup in it is shown, never obeyed."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tests.printing.pdfcheck import pdf_text
from yk_desktop.printing.escape import para
from yk_desktop.printing.fonts import cjk_font, missing_chars


def _print(tmp_path: Path, markup: str) -> str:
    """Build a one-paragraph A4 PDF in the Chinese face and return its extracted text."""
    pdf = tmp_path / "para.pdf"
    style = ParagraphStyle("body", fontName=cjk_font().name, fontSize=12, leading=16)
    SimpleDocTemplate(str(pdf)).build([Paragraph(markup, style)])
    return pdf_text(pdf)


@pytest.mark.parametrize(
    ("typed", "markup"),
    [
        ("<b>张三</b>", "&lt;b&gt;张三&lt;/b&gt;"),
        ("A & B", "A &amp; B"),
        ("&amp;", "&amp;amp;"),
        ("第一行\n第二行", "第一行<br/>第二行"),
        ("一\r\n二\r三", "一<br/>二<br/>三"),
        ('他说"好"', '他说"好"'),
        ("响铃\x07、空字符\x00", "响铃、空字符"),
        ("制表\t符", "制表\t符"),
    ],
)
def test_para_escapes(typed: str, markup: str) -> None:
    assert para(typed) == markup


def test_script_and_ampersand_print_literally(tmp_path: Path) -> None:
    typed = "<script>alert(1)</script> & 𠮷"
    text = _print(tmp_path, para(typed))
    assert "<script>alert(1)</script> &" in text
    # "𠮷" (CJK Extension B) prints only if the face has it; the font module must say when it does not.
    assert ("𠮷" in text) != ("𠮷" in missing_chars(typed))


def test_markup_that_would_restyle_the_page_is_shown(tmp_path: Path) -> None:
    typed = '<font size=100>大字</font> <img src="/etc/passwd"/> <br/>'
    text = _print(tmp_path, para(typed))
    assert '<font size=100>大字</font> <img src="/etc/passwd"/> <br/>' in text


def test_unescaped_markup_would_be_obeyed(tmp_path: Path) -> None:
    # Why para() exists: the same string passed raw loses its tags, i.e. reportlab acted on them.
    assert _print(tmp_path, "<b>张三</b>").strip() == "张三"


def test_line_breaks_survive(tmp_path: Path) -> None:
    lines = _print(tmp_path, para("申请人：张三\n事项：营业执照")).splitlines()
    assert lines[:2] == ["申请人：张三", "事项：营业执照"]
