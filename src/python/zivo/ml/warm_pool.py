"""Holding a prefork worker's consumer until its pool children have loaded the model.

Each child loads the model in ``worker_process_init`` and only then tells the main process it is up, so no
task reaches a cold child. But the main process starts consuming as soon as the pool is forked, and takes
one message per child (the prefetch) that then waits out the warm-up (7-18 s, more on a busy machine)
while another, warm worker could have run it; a warm-up longer than the broker's visibility timeout even
has the message redelivered to someone else. So the main process waits for the children first: each child
releases a semaphore made before the fork when it is warm, and the worker's readiness step acquires it
once per child before the consumer starts.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)


class WarmChildren:
    """A count of pool children that finished warming up, shared across fork."""

    def __init__(self) -> None:
        self._warm = multiprocessing.get_context("fork").Semaphore(0)

    def child_is_warm(self) -> None:
        """Called in a child, after its warm-up."""
        self._warm.release()

    def wait(self, children: int, *, timeout: float, tick: Callable[[], None] = lambda: None) -> int:
        """Wait until `children` children are warm or `timeout` passed; return how many were.

        `tick` runs about once a second meanwhile (the worker keeps its liveness file fresh with it).
        """
        deadline = time.monotonic() + timeout
        warm = 0
        while warm < children:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                logger.warning(
                    "%d of %d pool processes warm after %.0f s: consuming anyway", warm, children, timeout
                )
                break
            if self._warm.acquire(timeout=min(1.0, remaining)):
                warm += 1
            else:
                tick()
        return warm
