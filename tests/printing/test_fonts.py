"""The Chinese font finder: found, embedded as a subset, overridable, and a readable fallback."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests.printing.pdfcheck import pdf_fonts, pdf_text, render_gray
from yk_desktop.printing import fonts
from yk_desktop.printing.fonts import (
    CjkFont,
    cjk_font,
    find_cjk_font_file,
    font_report,
    missing_chars,
)

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SAMPLE = "营口市政务服务中心 𠮷"
needs_wqy = pytest.mark.skipif(not WQY.is_file(), reason="fonts-wqy-microhei is not installed")


@pytest.fixture(autouse=True)
def fresh_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test finds the font anew, without the developer's own override."""
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    cjk_font.cache_clear()
    yield
    cjk_font.cache_clear()


def _draw_sample(path: Path, face: CjkFont) -> None:
    canvas = Canvas(str(path), pagesize=(300, 100))
    canvas.setFont(face.name, 20)
    canvas.drawString(10, 40, SAMPLE)
    canvas.save()


@needs_wqy
def test_wenquanyi_is_found_and_embedded() -> None:
    assert find_cjk_font_file() == (WQY, 0, "WenQuanYi Micro Hei")
    face = cjk_font()
    assert face.path == WQY
    assert face.family == "WenQuanYi Micro Hei"
    assert face.embedded
    assert face.name in pdfmetrics.getRegisteredFontNames()
    assert cjk_font() is face, "registration happens once per process"
    assert font_report() == f"已找到中文字体 WenQuanYi Micro Hei（{WQY}，嵌入子集）"


@needs_wqy
def test_fontconfig_finds_the_font_when_no_known_file_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig is not installed")
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    found = find_cjk_font_file()
    assert found is not None and found[0] == WQY


@needs_wqy
def test_pdf_embeds_a_subset_and_the_text_reads_back(tmp_path: Path) -> None:
    face = cjk_font()
    pdf = tmp_path / "sample.pdf"
    _draw_sample(pdf, face)

    embedded = [f for f in pdf_fonts(pdf) if f.embedded_truetype]
    assert embedded, pdf_fonts(pdf)
    # A subset font's name carries a six-capital-letter tag, e.g. /AAAAAA+WenQuanYiMicroHei-0.
    assert all(re.fullmatch(r"/[A-Z]{6}\+\S+", f.base_font) for f in embedded), embedded

    text = pdf_text(pdf)
    assert "营口市政务服务中心" in text
    # WenQuanYi has no CJK Extension B glyphs, so "𠮷" cannot print; missing_chars must say so exactly
    # when the character does not come back out of the PDF.
    for ch in SAMPLE.replace(" ", ""):
        assert (ch in text) == (ch not in missing_chars(SAMPLE, face)), ch
    assert missing_chars(SAMPLE, face) == "𠮷"


@needs_wqy
def test_the_page_renders_ink(tmp_path: Path) -> None:
    pdf = tmp_path / "sample.pdf"
    _draw_sample(pdf, cjk_font())
    image = render_gray(pdf, dpi=50)
    # Nine 20 pt characters at 50 dpi are each about 14 px square; a blank page has no dark pixels.
    assert image.dark_count() > 100


@needs_wqy
@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("notes.ttf", "这不是字体文件".encode()),
        # A CFF-based OpenType file, as Noto CJK is: reportlab cannot load it.
        ("cff.otf", b"OTTO" + bytes(200)),
        # A collection header that claims sub-fonts it does not have.
        ("broken.ttc", b"ttcf" + bytes(200)),
        ("missing.ttf", None),
    ],
)
def test_unusable_override_falls_back_to_the_next_candidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filename: str, content: bytes | None
) -> None:
    bad = tmp_path / filename
    if content is not None:
        bad.write_bytes(content)
    monkeypatch.setenv(fonts.ENV_VAR, str(bad))
    found = find_cjk_font_file()
    assert found is not None and found[0] == WQY
    assert cjk_font().path == WQY
    assert "已忽略" in font_report()


@needs_wqy
def test_a_latin_only_font_is_not_taken_for_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.is_file():
        pytest.skip("DejaVu is not installed")
    monkeypatch.setenv(fonts.ENV_VAR, str(dejavu))
    assert cjk_font().path == WQY


@needs_wqy
def test_override_is_used_and_registers_beside_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = cjk_font()
    cjk_font.cache_clear()
    copy = tmp_path / "our-font.ttc"
    shutil.copyfile(WQY, copy)
    monkeypatch.setenv(fonts.ENV_VAR, str(copy))

    assert find_cjk_font_file() == (copy, 0, "WenQuanYi Micro Hei")
    face = cjk_font()
    assert face.path == copy and face.embedded
    # reportlab keeps the first font registered under a name; a distinct name per file is what makes
    # the override take effect in a process that already used the default.
    assert face.name != default.name
    assert {face.name, default.name} <= set(pdfmetrics.getRegisteredFontNames())
    assert "已忽略" not in font_report()

    pdf = tmp_path / "override.pdf"
    _draw_sample(pdf, face)
    assert "营口市政务服务中心" in pdf_text(pdf)


def test_no_font_file_falls_back_to_stsong_light(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    monkeypatch.setattr(fonts, "FC_MATCH_ARGS", ())

    assert find_cjk_font_file() is None
    face = cjk_font()
    assert face == CjkFont(name="STSong-Light", path=None, family="STSong-Light", embedded=False)
    report = font_report()
    assert "STSong-Light" in report and "fonts-wqy-microhei" in report

    pdf = tmp_path / "fallback.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 100))
    canvas.setFont(face.name, 20)
    canvas.drawString(10, 40, "营口市政务服务中心")
    canvas.save()
    assert "营口市政务服务中心" in pdf_text(pdf)
    # The CID font is only named in the PDF, never embedded.
    assert not any(f.embedded_truetype for f in pdf_fonts(pdf))
    # STSong-Light is encoded as UCS-2: characters beyond the BMP cannot be addressed.
    assert missing_chars(SAMPLE, face) == "𠮷"


def test_missing_chars_ignores_spaces_and_repeats() -> None:
    face = CjkFont(name="STSong-Light", path=None, family="STSong-Light", embedded=False)
    assert missing_chars("𠮷 𠮷\n中", face) == "𠮷"
    assert missing_chars("", face) == ""
