"""UUIDv7 keys: version bits right, time readable, strictly increasing in the order they were made."""

import itertools
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.ids import IdGenerator, id_time, new_id


def test_new_id_is_version_7_rfc_variant() -> None:
    u = new_id()
    assert u.version == 7
    assert u.variant == uuid.RFC_4122


def test_id_time_is_creation_time_in_utc() -> None:
    before = datetime.now(UTC) - timedelta(milliseconds=1)
    t = id_time(new_id())
    after = datetime.now(UTC) + timedelta(milliseconds=1)
    assert t.tzinfo is not None
    assert before <= t <= after


def test_id_time_reads_the_timestamp_bits() -> None:
    gen = IdGenerator(wall_ms=lambda: 1_735_689_600_000)  # 2025-01-01T00:00:00Z
    assert id_time(gen.new()) == datetime(2025, 1, 1, tzinfo=UTC)


def test_id_time_refuses_a_random_uuid() -> None:
    with pytest.raises(InvalidValue, match="UUIDv7"):
        id_time(uuid.uuid4())


def test_ids_made_in_a_row_sort_in_order_of_making() -> None:
    ids = [new_id() for _ in range(10_000)]
    assert ids == sorted(ids)
    assert [str(u) for u in ids] == sorted(str(u) for u in ids)
    assert len(set(ids)) == len(ids)


def test_same_millisecond_still_increases() -> None:
    gen = IdGenerator(wall_ms=lambda: 1_000)
    a, b, c = gen.new(), gen.new(), gen.new()
    assert a < b < c
    assert id_time(a) == id_time(c)


def test_clock_going_backwards_does_not_make_ids_go_backwards() -> None:
    times = iter([5_000, 4_000, 3_000])
    gen = IdGenerator(wall_ms=lambda: next(times))
    a, b, c = gen.new(), gen.new(), gen.new()
    assert a < b < c


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    gen = IdGenerator(wall_ms=lambda: 1_000)
    first = gen.new()
    gen._counter = (1 << 42) - 1  # as if 2**42 ids were already made this millisecond
    after = gen.new()
    assert after > first
    assert after.int >> 80 == 1_001


def test_ids_from_many_threads_are_unique() -> None:
    seen: list[uuid.UUID] = []
    lock = threading.Lock()

    def work() -> None:
        mine = [new_id() for _ in range(2_000)]
        assert mine == sorted(mine)
        with lock:
            seen.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 16_000


@given(st.lists(st.integers(min_value=0, max_value=2**48 - 2), min_size=1, max_size=50))
def test_ids_increase_whatever_the_wall_clock_does(times: list[int]) -> None:
    it = iter(times)
    gen = IdGenerator(wall_ms=lambda: next(it))
    ids = [gen.new() for _ in times]
    assert all(a < b for a, b in itertools.pairwise(ids))
    assert all(u.version == 7 for u in ids)
