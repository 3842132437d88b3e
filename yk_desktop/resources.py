"""Where the program's data files (demo hall, translations, style sheets) are found."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """``YK_DESKTOP_RESOURCES`` if set, else ``resources/`` beside the package (source and editable installs)."""
    env = os.environ.get("YK_DESKTOP_RESOURCES")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    """Qt Designer forms and QSS style sheets (top-level ``ui/``, as in MusicBrainz Picard)."""
    return Path(__file__).resolve().parent.parent / "ui"
