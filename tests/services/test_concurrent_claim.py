"""Many windows calling at once never get the same ticket (the claim in call_next is atomic)."""

from __future__ import annotations

import threading
from collections import Counter

from tests.support.windows import add_windows
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import hall, queue, serving
from yk_desktop.services.errors import QueueEmpty
from yk_desktop.services.runtime import Runtime

CALLERS = 10
TICKETS = 300


def test_concurrent_callers_never_share_a_ticket(runtime: Runtime) -> None:
    for i in range(TICKETS):
        queue.issue_ticket(runtime.uow(), "A", priority_group="孕妇" if i % 7 == 0 else None)
    windows = add_windows(runtime, CALLERS, {"A": 1})  # one caller per window, as in the hall
    url = runtime.engine.url.render_as_string(hide_password=False)
    claimed: list[list[str]] = [[] for _ in range(CALLERS)]
    errors: list[BaseException] = []
    start = threading.Barrier(CALLERS)

    def caller(n: int) -> None:
        # Each caller is its own terminal with its own connection pool, as separate PCs would be.
        rt = Runtime.open(url, clock=FixedClock(runtime.clock.now()), terminal_code=f"C{n:02d}")
        try:
            hall.register_terminal(
                rt.uow(), "YK-ZWFW", f"C{n:02d}", "并发测试", "clerk", windows[n % len(windows)]
            )
            start.wait()
            while True:
                try:
                    claimed[n].append(queue.call_next(rt.uow(), windows[n % len(windows)], None).number)
                    serving.finish(rt.uow(), windows[n % len(windows)], None)
                except QueueEmpty:
                    return
        except BaseException as exc:  # surfaced below; a thread's exception would otherwise vanish
            errors.append(exc)
        finally:
            rt.close()

    threads = [threading.Thread(target=caller, args=(n,)) for n in range(CALLERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    everything = [number for numbers in claimed for number in numbers]
    duplicates = [n for n, c in Counter(everything).items() if c > 1]
    assert duplicates == []
    assert len(everything) == TICKETS
    assert sum(1 for numbers in claimed if numbers) > 1, "the callers did not actually run side by side"
    # Each caller saw priority tickets before ordinary ones it claimed later (ordering holds per window).
    for numbers in claimed:
        seqs = [int(n[1:]) for n in numbers]
        priority = [s for s in seqs if (s - 1) % 7 == 0]
        ordinary = [s for s in seqs if (s - 1) % 7 != 0]
        assert priority == sorted(priority) and ordinary == sorted(ordinary)
