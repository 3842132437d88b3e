"""Escaping of user-typed text for reportlab Paragraphs, so what a clerk or applicant typed prints as typed.

A reportlab Paragraph parses its text as mini-markup: ``<b>``, ``<font size=100>``, ``<img src=…>`` and
entities all take effect. A name or remark containing them would restyle the document, pull a file from
disk into it, or make the build fail; every user string goes through :func:`para` first.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls (except tab and line breaks) and DEL have no glyph: pasted from other programs or typed by
# a barcode/ID-card reader, they print as empty boxes. Tab is kept; the Paragraph lays it out as a space.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def para(text: str) -> str:
    """``text`` as Paragraph markup that renders literally: & < > escaped, line breaks kept as ``<br/>``.

    Runs of spaces still collapse to one, as in HTML; that is how Paragraph lays out text.
    """
    cleaned = _CONTROL.sub("", text)
    escaped = escape(cleaned)
    # Text from Windows controls and the clipboard may use CRLF or lone CR.
    lines = escaped.replace("\r\n", "\n").replace("\r", "\n")
    return lines.replace("\n", "<br/>")
