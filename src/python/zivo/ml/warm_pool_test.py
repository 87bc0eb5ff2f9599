from __future__ import annotations

import multiprocessing
import time

from zivo.ml.warm_pool import WarmChildren


def test_waits_until_every_forked_child_says_it_is_warm() -> None:
    warm = WarmChildren()

    def child(delay: float) -> None:
        time.sleep(delay)
        warm.child_is_warm()

    fork = multiprocessing.get_context("fork")
    children = [fork.Process(target=child, args=(delay,)) for delay in (0.2, 2.5)]
    started = time.monotonic()
    for process in children:
        process.start()
    ticks: list[float] = []
    assert warm.wait(2, timeout=30, tick=lambda: ticks.append(time.monotonic())) == 2
    waited = time.monotonic() - started
    for process in children:
        process.join()
    assert 2.5 <= waited < 15  # the slower child, not the first one, ends the wait
    assert ticks  # the caller's liveness tick ran while it waited


def test_gives_up_after_the_timeout_with_the_count_so_far() -> None:
    warm = WarmChildren()
    warm.child_is_warm()
    started = time.monotonic()
    assert warm.wait(3, timeout=1.5) == 1
    assert 1.4 <= time.monotonic() - started < 5
