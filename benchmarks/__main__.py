"""``python -m benchmarks [NAME…]``: run the named benchmarks (all when none), print their figures.

Exits non-zero only when a benchmark could not run; a slow figure is information, not a failure.
"""

from __future__ import annotations

import importlib
import sys
import traceback

BENCHMARKS = {
    "startup": "benchmarks.startup",
    "call_next": "benchmarks.call_next",
    "ticket_pdf": "benchmarks.ticket_pdf",
    "issue_call": "benchmarks.issue_call",
    "item_search": "benchmarks.item_search",
    "case_documents": "benchmarks.case_documents",
    "case_list": "benchmarks.case_list",
}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    failed = []
    for name in names:
        try:
            module = importlib.import_module(BENCHMARKS[name])
            for figure in module.run():
                print(figure.line(), flush=True)
        except Exception:
            traceback.print_exc()
            print(f"{name}: could not run", file=sys.stderr)
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
