"""The cold bench's reading of Pants' log: steps, their timing, and what building the base costs."""

from __future__ import annotations

import images

# Pants' INFO lines as `./pants --no-pantsd package` writes them (times of day, UTC), out of order as in
# a real run where steps overlap.
LOG = """\
12:00:15.00 [INFO] Starting: Building local_dists.pex
12:00:16.50 [INFO] Starting: Running the `shell_command` at `docker/python-base:rootfs`
12:00:19.00 [INFO] Completed: Building local_dists.pex
12:00:33.90 [INFO] Completed: Running the `shell_command` at `docker/python-base:rootfs`
12:00:34.00 [INFO] Starting: Running the `shell_command` at `docker/python-base:rootfs-check`
12:00:34.00 [INFO] Starting: Building docker image zivo/python-base:abc +1 additional tag.
12:00:34.00 [INFO] Starting: Building docker image zivo/python-build:def +1 additional tag.
12:00:34.60 [INFO] Completed: Running the `shell_command` at `docker/python-base:rootfs-check`
12:00:37.10 [INFO] Completed: Building docker image zivo/python-base:abc +1 additional tag.
12:00:38.20 [INFO] Completed: Building docker image zivo/python-build:def +1 additional tag.
12:00:38.30 [INFO] Starting: Building docker image zivo/ml-base:123 +1 additional tag.
12:01:20.00 [INFO] Completed: Building docker image zivo/ml-base:123 +1 additional tag.
12:01:21.00 [INFO] Counters:
"""
STARTED = 1_800_000_000 - 1_800_000_000 % 86400 + 12 * 3600  # 12:00:00 UTC on some day


def test_timeline_pairs_each_step_and_orders_by_start() -> None:
    steps = images.timeline(LOG, STARTED)
    assert [s["step"] for s in steps][:2] == [
        "Building local_dists.pex",
        "Running the `shell_command` at `docker/python-base:rootfs`",
    ]
    rootfs = steps[1]
    assert rootfs["at"] == 16.5
    assert rootfs["seconds"] == 17.4
    assert len(steps) == 6  # every Starting has its Completed; the Counters line is not a step


def test_the_rootfs_step_is_told_from_a_step_whose_name_starts_the_same() -> None:
    assert round(images.step_seconds(LOG, images.ROOTFS_STEP), 1) == 17.4
    assert images.step_seconds(LOG, "Running the `shell_command` at `docker/nothing`") == 0.0


def test_base_build_is_the_rootfs_plus_the_longer_base_image() -> None:
    row: dict[str, object] = {"zivo_base": {"steps": images.timeline(LOG, STARTED)}}
    # 17.4 s of root filesystems, then python-base (3.1 s) beside python-build (4.2 s); ml-base and the
    # rootfs-check are not the base.
    assert round(images.base_build_seconds(row), 1) == 21.6
    assert images.base_build_seconds({}) == 0.0
