"""One printed line per figure: ``name: value unit`` and, with a baseline, ``(baseline: …, ratio: r)``."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    note: str = ""

    def line(self) -> str:
        text = f"{self.name}: {_num(self.value)} {self.unit}"
        if self.baseline is not None:
            ratio = self.value / self.baseline if self.baseline else float("inf")
            text += f" (baseline: {_num(self.baseline)} {self.unit}, ratio: {ratio:.2f})"
        return text


def _num(value: float) -> str:
    if value == int(value) and abs(value) >= 100:
        return str(int(value))
    return f"{value:.2f}" if abs(value) < 100 else f"{value:.1f}"


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 1,000 samples is the 990th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)
