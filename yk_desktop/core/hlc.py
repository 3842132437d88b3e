"""Hybrid logical clock stamps that order changes made on different terminals (Kulkarni et al., 2014).

A stamp stays close to wall time but never goes backwards, and a change made after seeing
another terminal's change always gets a larger stamp, even when the two PCs' clocks disagree.
Sync uses it for last-writer-wins on reference data.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from yk_desktop.core.errors import InvalidValue

# Node names are terminal codes ("T01") or uuid hex: letters, digits and "_" only, so "-" can
# separate the encoded parts and the encoded form never needs escaping.
_NODE_RE = re.compile(r"[A-Za-z0-9_]{1,32}")
_ENCODED_RE = re.compile(r"(\d{13})-(\d{6})-([A-Za-z0-9_]{1,32})")
MAX_WALL_MS = 10**13 - 1  # 13 digits reach the year 2286
MAX_COUNTER = 10**6 - 1  # 6 digits


def validate_node(node: str) -> str:
    """Return ``node`` if it is a safe node name (1–32 of A–Z a–z 0–9 _), else raise InvalidValue."""
    if not _NODE_RE.fullmatch(node):
        raise InvalidValue(f"终端代码“{node}”无效：只能由1至32个英文字母、数字或下划线组成", "终端代码")
    return node


@dataclass(frozen=True, order=True)
class HlcStamp:
    """One moment on the hybrid clock; compares by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        # The fixed-width encoding only sorts like the stamp while every part fits its width.
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise InvalidValue(f"时间戳超出范围：{self.wall_ms}", "时间戳")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise InvalidValue(f"时间戳计数超出范围：{self.counter}", "时间戳")
        validate_node(self.node)

    def encode(self) -> str:
        """Fixed-width text that sorts (as plain strings) exactly like the stamps themselves."""
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.node}"

    @classmethod
    def decode(cls, s: str) -> HlcStamp:
        # Stamps arrive from other terminals and the database; anything malformed is refused
        # rather than guessed at, because a wrong stamp silently decides which write wins.
        m = _ENCODED_RE.fullmatch(s) if isinstance(s, str) else None
        if m is None:
            raise InvalidValue(f"无法识别的时间戳：{s!r}", "时间戳")
        return cls(int(m.group(1)), int(m.group(2)), m.group(3))


def _system_wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """The hybrid clock of one node (terminal).

    Args:
        node: this terminal's code; becomes the tie-breaker in every stamp.
        wall_ms: source of unix milliseconds; tests pass a fake to freeze or rewind it.
    """

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None) -> None:
        self.node = validate_node(node)
        self._wall_ms = wall_ms or _system_wall_ms
        self._lock = threading.Lock()
        self._l = 0
        self._c = -1  # so the very first stamp at wall time 0 still gets counter 0

    def _stamp(self, l_new: int, c_new: int) -> HlcStamp:
        if c_new > MAX_COUNTER:
            # More than a million events within one logical millisecond: move the logical time
            # on by one millisecond instead, which keeps stamps strictly increasing and encodable.
            l_new, c_new = l_new + 1, 0
        self._l, self._c = l_new, c_new
        return HlcStamp(l_new, c_new, self.node)

    def now(self) -> HlcStamp:
        """Stamp a local event or a message about to be sent; strictly greater than any stamp before."""
        with self._lock:
            pt = self._wall_ms()
            l_old = self._l
            l_new = max(l_old, pt)
            c_new = self._c + 1 if l_new == l_old else 0
            return self._stamp(l_new, c_new)

    def observe(self, remote: HlcStamp) -> HlcStamp:
        """Take in a stamp received from another node; the result is greater than it and all local ones."""
        with self._lock:
            pt = self._wall_ms()
            l_old, c_old = self._l, self._c
            l_new = max(l_old, remote.wall_ms, pt)
            if l_new == l_old and l_new == remote.wall_ms:
                c_new = max(c_old, remote.counter) + 1
            elif l_new == l_old:
                c_new = c_old + 1
            elif l_new == remote.wall_ms:
                c_new = remote.counter + 1
            else:
                c_new = 0
            return self._stamp(l_new, c_new)
