"""Reading back the PDFs tests make: their text (pypdf), their fonts, and their pixels (pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject


def pdf_text(pdf: Path) -> str:
    """All text pypdf extracts, pages joined by newlines."""
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


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


def render_gray(pdf: Path, dpi: int) -> GrayImage:
    """Page 1 rendered by poppler in gray, without anti-aliasing so edges are crisp."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = pdf.with_suffix("")
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
            str(pdf),
            str(out),
        ],
        check=True,
        timeout=60,
    )
    return _parse_pgm(out.with_suffix(".pgm").read_bytes())
