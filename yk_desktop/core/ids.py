"""Time-ordered UUIDv7 keys made in Python, so rows created on any terminal never collide and sort by age.

Layout (RFC 9562 §5.7): 48-bit unix milliseconds, 4-bit version 7, 12-bit rand_a, 2-bit variant,
62-bit rand_b. Monotonicity follows RFC 9562 §6.2 method 1 ("fixed-length dedicated counter bits"):
a 42-bit counter fills rand_a and the top 30 bits of rand_b, and the last 32 bits stay random.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from yk_desktop.core.errors import InvalidValue

_COUNTER_BITS = 42
_TAIL_BITS = 32
_MAX_TIMESTAMP = (1 << 48) - 1
_MAX_COUNTER = (1 << _COUNTER_BITS) - 1


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class IdGenerator:
    """Makes UUIDv7 values that strictly increase for as long as this object lives.

    Args:
        wall_ms: source of unix milliseconds; tests pass a fake to step or rewind time.
    """

    def __init__(self, wall_ms: Callable[[], int] | None = None) -> None:
        self._wall_ms = wall_ms or _wall_ms
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def _fresh_counter(self) -> int:
        # The top counter bit starts at 0 so about 2**41 increments fit in one millisecond
        # before the counter overflows (RFC 9562 §6.2, "counter rollover guards").
        return int.from_bytes(os.urandom(6)) & (_MAX_COUNTER >> 1)

    def new(self) -> uuid.UUID:
        with self._lock:
            ms = self._wall_ms()
            if ms > self._last_ms:
                self._last_ms = ms
                self._counter = self._fresh_counter()
            else:
                # Same millisecond, or the wall clock stepped back (NTP, a clerk fixing the time):
                # keep the last timestamp and count up, so ids never go backwards.
                self._counter += 1
                if self._counter > _MAX_COUNTER:
                    # Counter exhausted within one millisecond: borrow the next millisecond
                    # (RFC 9562 §6.2 allows running the timestamp ahead to stay monotonic).
                    self._last_ms += 1
                    self._counter = self._fresh_counter()
            ts, counter = self._last_ms, self._counter
        # A timestamp past 48 bits would wrap into the version field; that is the year 10889.
        if not 0 <= ts <= _MAX_TIMESTAMP:
            raise InvalidValue("系统时间超出范围，无法生成编号，请检查电脑时间")
        tail = int.from_bytes(os.urandom(4))
        rand_a = counter >> 30
        rand_b = ((counter & ((1 << 30) - 1)) << _TAIL_BITS) | tail
        value = (ts << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        return uuid.UUID(int=value)


_default = IdGenerator()


def new_id() -> uuid.UUID:
    """A new UUIDv7; ids made one after another in this process sort in the order they were made."""
    return _default.new()


def id_time(u: uuid.UUID) -> datetime:
    """The creation time (aware, UTC, millisecond precision) embedded in a UUIDv7."""
    # Only version 7 carries a timestamp in its first 48 bits; reading one from a v4 id would
    # produce a confident but meaningless date.
    if u.version != 7:
        raise InvalidValue("该编号不是按时间生成的编号（UUIDv7），无法读出生成时间", "编号")
    ms = u.int >> 80
    return datetime.fromtimestamp(ms / 1000, tz=UTC)
