"""The one CJK font finder, so every printed page uses the same face and a missing font is diagnosed once.

Documents are in Chinese, and reportlab's standard fonts have no Chinese glyphs. We look for a TrueType
font on the machine (or the one named by ``YK_DESKTOP_FONT``), embed it as a subset so the PDF prints the
same on any printer and in the archive years later, and fall back to reportlab's built-in ``STSong-Light``
CID font (which the PDF only *names*; the reader or printer must supply the glyphs) when nothing usable is
installed. ``yk-desktop doctor`` shows :func:`font_report` so a hall's IT staff see which case they are in.

Only TrueType outlines are usable: reportlab's ``TTFont`` refuses CFF-based OpenType ("postscript outlines
are not supported"). That rules out Noto Sans/Serif CJK, including the ``.ttc`` collections Debian ships
in fonts-noto-cjk, whose every sub-font is CFF (checked against fonts-noto-cjk 20220127).
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

ENV_VAR = "YK_DESKTOP_FONT"
CID_FALLBACK = "STSong-Light"

# Characters every candidate must have a glyph for: a font that fc-match offers or a user names may be a
# Latin-only face, which would print the whole document as empty boxes.
_PROBE_TEXT = "营口市政务服务中心"

# sfnt versions reportlab's TTFont reads: TrueType (0x00010000, 'true') and collections ('ttcf'). 'OTTO'
# (CFF outlines) is rejected by reportlab, so checking these four bytes first spares reading a whole
# non-font or CFF file into memory just to be told no.
_TRUETYPE_MAGICS = (b"\x00\x01\x00\x00", b"true", b"ttcf")

# reportlab reads the whole file into memory; the largest CJK TrueType fonts are ~25 MB (msyh.ttc, Arial
# Unicode). A bigger file named by mistake (an archive, a video) is not worth loading.
_MAX_FONT_BYTES = 100 * 1024 * 1024

_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def _windows_fonts() -> tuple[Path, ...]:
    # WINDIR is set on every Windows; elsewhere there is no such folder to look in.
    windir = os.environ.get("WINDIR")
    if not windir:
        return ()
    fonts = Path(windir) / "Fonts"
    return (fonts / "msyh.ttc", fonts / "simsun.ttc", fonts / "simhei.ttf")


# Known files, most preferred first. Noto Sans/Serif CJK (/usr/share/fonts/opentype/noto/NotoSansCJK-
# Regular.ttc, NotoSerifCJK-Regular.ttc) are deliberately absent: they are CFF-based and reportlab's
# TTFont cannot load them (see the module docstring).
KNOWN_FONT_FILES: tuple[Path, ...] = (
    *_windows_fonts(),
    # macOS: PingFang moved out of /System/Library/Fonts in macOS 10.15, Arial Unicode into Supplemental.
    Path("/System/Library/Fonts/PingFang.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/STHeiti Medium.ttc"),
    # Linux (Debian/Ubuntu paths; other distributions are found through fc-match below).
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)

# fc-match sorted by how well each font fits Simplified Chinese; one tab-separated line per font. Set to
# () to skip fontconfig (tests do, to reach the CID fallback).
FC_MATCH_ARGS: tuple[str, ...] = (
    "fc-match",
    "-s",
    "-f",
    "%{file}\t%{index}\t%{fontformat}\t%{lang}\n",
    ":lang=zh-cn",
)

# fc-match is a local program reading a cache; if it takes longer than this something is wrong with
# fontconfig, and printing must not hang on it.
_FC_MATCH_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class CjkFont:
    """The Chinese face documents are set in, as registered with reportlab."""

    name: str
    """The reportlab font name to pass to ``setFont`` or a ParagraphStyle."""
    path: Path | None
    """The font file, or None for the CID fallback that has no file."""
    family: str
    """Human-readable family, e.g. "WenQuanYi Micro Hei"."""
    embedded: bool
    """True when a subset of the file goes into each PDF; False for ``STSong-Light``."""


def _registered_name(path: Path, index: int) -> str:
    # reportlab silently keeps the first font registered under a name, so one fixed name would pin the
    # first file ever loaded; a name per (file, sub-font) keeps each registration truthful.
    digest = hashlib.sha1(f"{path}\0{index}".encode(), usedforsecurity=False).hexdigest()[:10]
    return f"YkCJK-{digest}"


def _load(path: Path, index: int) -> TTFont | None:
    """A reportlab TTFont for this file and sub-font if it really is a usable Chinese TrueType face."""
    # The suffix check keeps fc-match's bitmap (.pcf) and Type 1 entries out before any I/O.
    if path.suffix.lower() not in _FONT_SUFFIXES:
        return None
    try:
        # A candidate from the environment or fc-match may be missing, a folder or unreadable.
        if not path.is_file() or path.stat().st_size > _MAX_FONT_BYTES:
            return None
        with path.open("rb") as f:
            if f.read(4) not in _TRUETYPE_MAGICS:
                return None
    except OSError:
        return None
    name = _registered_name(path, index)
    if name in pdfmetrics.getRegisteredFontNames():
        font: TTFont = pdfmetrics.getFont(name)
        return font
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except Exception:
        # Font files come from outside the program; a corrupt table surfaces as TTFError, struct.error,
        # IndexError or KeyError depending on where reportlab trips. Any of them means "not usable".
        return None
    if not all(ord(ch) in font.face.charToGlyph for ch in _PROBE_TEXT):
        return None
    return font


def _family(font: TTFont) -> str:
    raw = font.face.familyName
    # reportlab gives the name-table string as bytes; Mac-platform names may not be UTF-8.
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _fc_match_candidates() -> list[tuple[Path, int]]:
    """TrueType fonts fontconfig says cover Simplified Chinese, best match first."""
    # Windows and most Macs have no fontconfig; that is not an error, just no extra candidates.
    if not FC_MATCH_ARGS or shutil.which(FC_MATCH_ARGS[0]) is None:
        return []
    try:
        done = subprocess.run(
            FC_MATCH_ARGS,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=_FC_MATCH_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    # A failing fc-match may still print something half-useful; trust only a clean run.
    if done.returncode != 0:
        return []
    found: list[tuple[Path, int]] = []
    for line in done.stdout.splitlines():
        fields = line.split("\t")
        # Older fontconfig may not know %{fontformat}; a short line is skipped rather than guessed at.
        if len(fields) != 4:
            continue
        file, index, fontformat, langs = fields
        # -s lists every installed font; the Latin ones after the Chinese ones must not be tried.
        if "zh-cn" not in langs.split("|"):
            continue
        # CFF fonts (Noto CJK, Source Han) are refused by reportlab; skip them without loading.
        if fontformat == "CFF":
            continue
        try:
            found.append((Path(file), int(index)))
        except ValueError:
            continue
    return found


def _override() -> Path | None:
    value = os.environ.get(ENV_VAR, "").strip()
    # An empty variable (set to clear it in a shell profile) means "no override", not "the current folder".
    return Path(value).expanduser() if value else None


def _candidates() -> list[tuple[Path, int]]:
    ordered: list[tuple[Path, int]] = []
    override = _override()
    if override is not None:
        ordered.append((override, 0))
    ordered.extend((path, 0) for path in KNOWN_FONT_FILES)
    ordered.extend(_fc_match_candidates())
    return ordered


def _find() -> tuple[Path, int, TTFont] | None:
    seen: set[tuple[Path, int]] = set()
    for path, index in _candidates():
        # fc-match usually lists a known file again; loading it twice would waste ~0.2 s.
        if (path, index) in seen:
            continue
        seen.add((path, index))
        font = _load(path, index)
        if font is not None:
            return path, index, font
    return None


def find_cjk_font_file() -> tuple[Path, int, str] | None:
    """The first usable Chinese TrueType font: (file, sub-font index for .ttc, family), or None.

    Order: the file named by ``YK_DESKTOP_FONT``, the known Windows/macOS/Linux files, then fontconfig's
    matches for ``:lang=zh-cn``. Each candidate is checked by actually loading it with reportlab and
    looking up a few Chinese characters, so a wrong or CFF file is passed over, never fatal.
    """
    found = _find()
    if found is None:
        return None
    path, index, font = found
    return path, index, _family(font)


@functools.cache
def cjk_font() -> CjkFont:
    """The Chinese face for every document, registered with reportlab once per process."""
    found = _find()
    if found is None:
        # No usable file: STSong-Light ships with reportlab (Adobe-GB1 CID font). The PDF names it but does
        # not embed glyphs, so readers and printers substitute their own Song face.
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        return CjkFont(name=CID_FALLBACK, path=None, family=CID_FALLBACK, embedded=False)
    path, _index, font = found
    pdfmetrics.registerFont(font)
    return CjkFont(name=font.fontName, path=path, family=_family(font), embedded=True)


def missing_chars(text: str, font: CjkFont | None = None) -> str:
    """The distinct characters of ``text`` the face cannot draw, in order of first appearance.

    Rare name characters outside the Basic Multilingual Plane (CJK Extension B and later, e.g. "𠮷") are
    missing from WenQuanYi and most system fonts, and the STSong-Light fallback encodes UCS-2 only. A
    document can use this to warn the clerk before a name prints as an empty box.
    """
    face = font or cjk_font()
    if face.embedded:
        glyphs = pdfmetrics.getFont(face.name).face.charToGlyph

        def drawable(ch: str) -> bool:
            return ord(ch) in glyphs
    else:

        def drawable(ch: str) -> bool:
            return ord(ch) <= 0xFFFF

    missing: list[str] = []
    for ch in text:
        # Whitespace and control characters are laid out, not drawn; their absence is not a gap.
        if ch.isspace() or not ch.isprintable() or ch in missing:
            continue
        if not drawable(ch):
            missing.append(ch)
    return "".join(missing)


def font_report() -> str:
    """One line for ``yk-desktop doctor`` saying which Chinese font documents use, and how to fix it."""
    face = cjk_font()
    if face.embedded:
        line = f"已找到中文字体 {face.family}（{face.path}，嵌入子集）"
    else:
        line = (
            "未找到中文字体文件，使用 reportlab 内置 STSong-Light"
            "（PDF 不嵌入字体，部分打印机/阅读器可能缺字）。"
            "修复：Debian/Ubuntu 安装 fonts-wqy-microhei；Windows/macOS 自带中文字体无需处理。"
        )
    override = _override()
    # The staff set the variable on purpose; saying it was ignored saves them guessing why.
    if override is not None and face.path != override:
        line += f"（环境变量 {ENV_VAR}={override} 不是可用的 TrueType 中文字体，已忽略）"
    return line
