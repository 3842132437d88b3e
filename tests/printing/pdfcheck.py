"""Reading back the PDFs tests make: their text (pypdf, pdftotext), their fonts, their pixels (pdftoppm) and
the Code 128 bars in those pixels."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from yk_desktop.printing.barcode import decode_modules


def pdf_text(pdf: Path) -> str:
    """All text pypdf extracts, pages joined by newlines."""
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def poppler_text(pdf: Path) -> str:
    """The text as poppler's pdftotext reads it (reading order, one line per drawn line, form feed between
    pages): a second, independent reader of what we print."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    )
    return done.stdout.decode("utf-8")


@dataclass(frozen=True)
class Word:
    """A word as pdftotext -bbox finds it, in points from the page's top left."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def y_mid(self) -> float:
        return (self.y0 + self.y1) / 2


_BBOX_PAGE = re.compile(r"<page ")
_BBOX_WORD = re.compile(
    r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>'
)


def poppler_words(pdf: Path) -> list[Word]:
    """Every word pdftotext finds, with its box; Chinese runs without spaces come out as one word."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    )
    words: list[Word] = []
    for page, chunk in enumerate(_BBOX_PAGE.split(done.stdout.decode("utf-8"))[1:], start=1):
        for m in _BBOX_WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            words.append(Word(page, x0, y0, x1, y1, html.unescape(m.group(5))))
    return words


def flat(text: str) -> str:
    """``text`` without any whitespace: a wrapped table cell or line is checked with its breaks taken out."""
    return "".join(text.split())


def page_count(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


@dataclass(frozen=True)
class PdfFont:
    base_font: str
    embedded_truetype: bool
    """True when the descriptor carries /FontFile2, i.e. TrueType glyphs are inside the PDF."""


def pdf_fonts(pdf: Path) -> list[PdfFont]:
    """The fonts used on each page, with whether their glyphs are embedded."""
    found: list[PdfFont] = []
    for page in PdfReader(pdf).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        font_dict = cast(DictionaryObject, resources.get("/Font", DictionaryObject()).get_object())
        for ref in font_dict.values():
            font = cast(DictionaryObject, ref.get_object())
            descriptor_owner = font
            # CID (Type0) fonts keep their descriptor on the descendant font.
            if "/DescendantFonts" in font:
                descendants = cast(ArrayObject, font["/DescendantFonts"].get_object())
                descriptor_owner = cast(DictionaryObject, descendants[0].get_object())
            descriptor = descriptor_owner.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in cast(
                DictionaryObject, descriptor.get_object()
            )
            found.append(PdfFont(str(font["/BaseFont"]), embedded))
    return found


@dataclass(frozen=True)
class GrayImage:
    width: int
    height: int
    pixels: bytes
    """Row-major, one byte per pixel, 0 black … 255 white."""

    def row(self, y: int) -> bytes:
        return self.pixels[y * self.width : (y + 1) * self.width]

    def dark_count(self, threshold: int = 128) -> int:
        return sum(1 for p in self.pixels if p < threshold)


def _parse_pgm(data: bytes) -> GrayImage:
    # Binary PGM: "P5", width, height, maxval as whitespace-separated ASCII (comments start with #),
    # one whitespace byte, then the pixels.
    tokens: list[bytes] = []
    pos = 0
    while len(tokens) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        tokens.append(data[pos:end])
        pos = end
    magic, width, height, maxval = tokens[0], int(tokens[1]), int(tokens[2]), int(tokens[3])
    assert magic == b"P5" and maxval == 255, (magic, maxval)
    pixels = data[pos + 1 : pos + 1 + width * height]
    assert len(pixels) == width * height
    return GrayImage(width, height, pixels)


def render_gray(pdf: Path, dpi: int, *, crop: tuple[int, int, int, int] | None = None) -> GrayImage:
    """Page 1 rendered by poppler in gray, without anti-aliasing so edges are crisp.

    ``crop`` is (x, y, width, height) in pixels at ``dpi`` from the top left, to render only part of a big
    page at a high resolution.
    """
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = pdf.with_suffix("")
    region: list[str] = []
    if crop is not None:
        x, y, w, h = crop
        region = ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-aa",
            "no",
            "-aaVector",
            "no",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            *region,
            str(pdf),
            str(out),
        ],
        check=True,
        timeout=60,
    )
    return _parse_pgm(out.with_suffix(".pgm").read_bytes())


# --- Code 128 read back from pixels, as a scanner reads it ------------------------------------------


def runs_of(bits: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for bit in bits:
        if runs and runs[-1][0] == bit:
            runs[-1] = (bit, runs[-1][1] + 1)
        else:
            runs.append((bit, 1))
    return runs


def row_modules(row: bytes) -> str | None:
    """The modules a scanner would read along one pixel row, or None when the row has no bar code.

    The row must hold nothing dark but the bars (crop the image to the barcode's box).
    """
    bits = "".join("1" if p < 128 else "0" for p in row)
    first, last = bits.find("1"), bits.rfind("1")
    if first < 0:
        return None
    runs = runs_of(bits[first : last + 1])
    # The narrowest run is about one module, which gives a first count of modules; a Code 128 symbol is
    # 11 modules per character plus 13 for the stop, so snapping the count to 11k + 13 gives the exact
    # module width, and from it every run's width in modules.
    width = last + 1 - first
    narrowest = min(n for _, n in runs)
    symbols = round((sum(round(n / narrowest) for _, n in runs) - 13) / 11)
    if symbols < 3:
        return None
    module = width / (11 * symbols + 13)
    return "".join(bit * round(n / module) for bit, n in runs)


def decoded_rows(image: GrayImage) -> list[tuple[int, str, str]]:
    """(pixel row, modules, decoded text) for every row of ``image`` that reads as a Code 128 symbol."""
    found = []
    for y in range(image.height):
        modules = row_modules(image.row(y))
        if modules is None:
            continue
        try:
            found.append((y, modules, decode_modules(modules)))
        except ValueError:
            continue
    return found
