"""``yk-desktop`` and ``python -m yk_desktop``: one executable for every mode and the IT commands."""

from __future__ import annotations

import sys

from yk_desktop.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
