"""Put back the plural forms that lupdate drops from the catalogue (used by update.sh).

lupdate does not recognise plural messages in Python sources (``translate("models", "%n 个工作日", None, n)``),
so each run turns a ``<message numerus="yes">`` back into a plain, unfinished message and the English
"1 working day / 5 working days" is lost. This copies the plural messages of the catalogue as it was
before the run over the fresh one.

Usage: python keep_plurals.py BEFORE.ts AFTER.ts   (AFTER.ts is rewritten in place)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_PLURAL = re.compile(
    r'<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>\s*(<translation>.*?</translation>)',
    re.S,
)
_PLAIN = re.compile(
    r"<message>(\s*(?:<location[^>]*/>\s*)*)<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>",
    re.S,
)


def keep_plurals(before: str, after: str) -> str:
    forms = {m.group(1): m.group(2) for m in _PLURAL.finditer(before)}

    def restore(m: re.Match[str]) -> str:
        source = m.group(2)
        if source not in forms:
            return m.group(0)
        return f'<message numerus="yes">{m.group(1)}<source>{source}</source>\n        {forms[source]}'

    return _PLAIN.sub(restore, after)


if __name__ == "__main__":
    before_path, after_path = Path(sys.argv[1]), Path(sys.argv[2])
    after_path.write_text(
        keep_plurals(before_path.read_text(encoding="utf-8"), after_path.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
