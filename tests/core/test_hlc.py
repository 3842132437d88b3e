"""Hybrid logical clock: never backwards, causality kept across terminals, encodings sort like stamps."""

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.hlc import MAX_COUNTER, HlcStamp, HybridClock


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamp_follows_wall_time_when_it_moves_forward() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock("T01", wall)
    assert clock.now() == HlcStamp(1_000, 0, "T01")
    wall.ms = 2_000
    assert clock.now() == HlcStamp(2_000, 0, "T01")


def test_same_millisecond_bumps_the_counter() -> None:
    clock = HybridClock("T01", FakeWall(1_000))
    assert [clock.now().counter for _ in range(3)] == [0, 1, 2]


def test_wall_clock_going_back_does_not_move_stamps_back() -> None:
    wall = FakeWall(5_000)
    clock = HybridClock("T01", wall)
    first = clock.now()
    wall.ms = 1_000  # someone set the PC's clock back
    second = clock.now()
    assert second > first
    assert second == HlcStamp(5_000, 1, "T01")


def test_observe_jumps_past_a_remote_stamp_from_the_future() -> None:
    clock = HybridClock("T01", FakeWall(1_000))
    got = clock.observe(HlcStamp(9_000, 4, "T02"))
    assert got == HlcStamp(9_000, 5, "T01")
    assert clock.now() == HlcStamp(9_000, 6, "T01")


def test_observe_with_equal_logical_time_takes_the_larger_counter() -> None:
    clock = HybridClock("T01", FakeWall(1_000))
    clock.now()
    clock.now()  # local (1000, 1)
    assert clock.observe(HlcStamp(1_000, 7, "T02")) == HlcStamp(1_000, 8, "T01")


def test_observe_of_an_older_stamp_counts_on_locally() -> None:
    clock = HybridClock("T01", FakeWall(5_000))
    clock.now()  # (5000, 0)
    assert clock.observe(HlcStamp(1_000, 3, "T02")) == HlcStamp(5_000, 1, "T01")


def test_observe_when_wall_is_ahead_of_both_resets_counter() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock("T01", wall)
    clock.now()
    wall.ms = 8_000
    assert clock.observe(HlcStamp(2_000, 3, "T02")) == HlcStamp(8_000, 0, "T01")


def test_counter_overflow_moves_logical_time_on() -> None:
    clock = HybridClock("T01", FakeWall(1_000))
    got = clock.observe(HlcStamp(1_000, MAX_COUNTER, "T02"))
    assert got == HlcStamp(1_001, 0, "T01")


def test_encode_is_fixed_width_and_decodes_back() -> None:
    stamp = HlcStamp(1_735_689_600_000, 42, "T01")
    assert stamp.encode() == "1735689600000-000042-T01"
    assert HlcStamp.decode(stamp.encode()) == stamp


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "1735689600000-42-T01",
        "1735689600000-000042-",
        "1735689600000-000042-T-1",
        "x" * 10_000,
    ],
)
def test_decode_refuses_garbage(text: str) -> None:
    with pytest.raises(InvalidValue, match="时间戳"):
        HlcStamp.decode(text)


@pytest.mark.parametrize("node", ["", "T-01", "终端1", "a" * 33, "T 01"])
def test_node_names_are_letters_digits_underscore(node: str) -> None:
    with pytest.raises(InvalidValue, match="终端代码"):
        HybridClock(node)


def test_uuid_hex_is_a_valid_node() -> None:
    assert HybridClock("0192f0c1a2b37c4d8e9fa0b1c2d3e4f5").node == "0192f0c1a2b37c4d8e9fa0b1c2d3e4f5"


def test_stamp_refuses_values_that_would_not_encode() -> None:
    with pytest.raises(InvalidValue):
        HlcStamp(10**13, 0, "T01")
    with pytest.raises(InvalidValue):
        HlcStamp(0, -1, "T01")


def test_system_clock_stamps_increase_across_threads() -> None:
    clock = HybridClock("T01")
    per_thread: list[list[HlcStamp]] = []

    def work() -> None:
        per_thread.append([clock.now() for _ in range(2_000)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [s for stamps in per_thread for s in stamps]
    assert len(set(everything)) == 8_000
    assert all(stamps == sorted(stamps) for stamps in per_thread)


stamps = st.builds(
    HlcStamp,
    st.integers(min_value=0, max_value=10**13 - 1),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.from_regex(r"[A-Za-z0-9_]{1,32}", fullmatch=True),
)


@given(stamps, stamps)
def test_encoded_strings_sort_like_stamps(a: HlcStamp, b: HlcStamp) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert HlcStamp.decode(a.encode()) == a


# Each step either reads the local clock with a new wall time, or receives a remote stamp.
nearby_stamps = st.builds(
    HlcStamp,
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.sampled_from(["T02", "T03"]),
)
steps = st.lists(st.tuples(st.integers(min_value=0, max_value=10**6), st.none() | nearby_stamps), max_size=60)


@given(steps)
def test_every_stamp_exceeds_all_earlier_ones_and_any_observed(
    script: list[tuple[int, HlcStamp | None]],
) -> None:
    wall = FakeWall(0)
    clock = HybridClock("T01", wall)
    last: HlcStamp | None = None
    for wall_ms, remote in script:
        wall.ms = wall_ms
        got = clock.now() if remote is None else clock.observe(remote)
        if last is not None:
            assert (got.wall_ms, got.counter) > (last.wall_ms, last.counter)
        if remote is not None:
            assert (got.wall_ms, got.counter) > (remote.wall_ms, remote.counter)
        assert got.wall_ms >= wall_ms
        last = got
