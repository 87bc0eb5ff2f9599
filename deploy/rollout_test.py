"""The rollout's decisions against a real second Docker engine (the stand-in deploy host, .ci/host-engine.sh).

Images: zivo/python-base (Pants builds it first) loaded into the host engine, plus tiny versions built there
on top of it, so the test moves ~40 MB once and needs no registry. Skipped without that engine.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from rollout import Docker, RunOptions, Service, prune, roll_out

HOST_SOCKET = Path("/run/zivo-host/docker.sock")
BASE_INFO = "docker.python-base/python-base.docker-info.json"  # from runtime_package_dependencies
DOCKER = shutil.which("docker", path=os.environ.get("PATH", "") + ":/usr/bin:/usr/local/bin") or "docker"
REPOSITORY = "zivo-rollout-test/app"
# The runtime base has Python and dash, no coreutils or busybox (nothing an intruder would reach for).
SLEEP = ("python", "-c", "import time; time.sleep(3600)")


def services(repository: str) -> tuple[Service, ...]:
    # Healthy when /healthy exists in the image, as an HTTP probe is healthy when the app answers.
    return (
        Service("api", repository, command=SLEEP, health_command="test -f /healthy", start_seconds=8),
        Service("beat", repository, command=SLEEP),
    )


@pytest.fixture(scope="module")
def host() -> Iterator[Docker]:
    if not HOST_SOCKET.exists():
        pytest.skip("needs the second Docker engine (.ci/host-engine.sh)")
    docker = Docker(f"unix://{HOST_SOCKET}")
    if subprocess.run([DOCKER, "-H", docker.host or "", "info"], capture_output=True).returncode != 0:
        pytest.skip("the second Docker engine does not answer")
    base_id = json.loads(Path(BASE_INFO).read_text())["image_id"]
    if docker.inspect("image", base_id) is None:
        saved = subprocess.run([DOCKER, "save", base_id], capture_output=True, check=True).stdout
        subprocess.run(
            [DOCKER, "-H", docker.host or "", "load"], input=saved, capture_output=True, check=True
        )
    docker("tag", base_id, "zivo-rollout-test/base:latest")
    # A run killed mid-test (a CI job ended at its time limit) leaves its deployment behind, restarted with
    # the engine by its restart policy. Runs of this module share the host's test images (removed below), so
    # they never overlap: whatever carries the prefix now is such a leftover.
    left = docker("ps", "--all", "--quiet", "--filter", "name=^rollout-test-").split()
    if left:
        docker("rm", "--force", *left, check=False)
    yield docker
    images = docker("images", "--format", "{{.Repository}}:{{.Tag}}").split()
    mine = [image for image in images if image.startswith("zivo-rollout-test/")]
    if mine:
        docker("rmi", "--force", *mine, check=False)


def build(docker: Docker, tag: str, *, healthy: bool, migrations: str | None = None) -> str:
    """A version of the app on the host: its own content (the tag), with or without /healthy, and with
    `migrations` as the content of /migrations/0001 when given."""
    reference = f"{REPOSITORY}:{tag}"
    steps = f"RUN echo {tag} > /version" + (
        " && : > /healthy" if healthy else ""
    )  # dash builtins: no coreutils
    if migrations is not None:
        steps += (
            "\nRUN python -c \"import os; os.mkdir('/migrations'); "
            f"open('/migrations/0001', 'w').write('{migrations}')\""
        )
    dockerfile = f"FROM zivo-rollout-test/base:latest\n{steps}\n"
    subprocess.run(
        [DOCKER, "-H", docker.host or "", "build", "-q", "-t", reference, "-"],
        input=dockerfile,
        text=True,
        capture_output=True,
        check=True,
        env={**os.environ, "DOCKER_BUILDKIT": "0"},
    )
    return reference


@pytest.fixture()
def deployment(host: Docker) -> Iterator[RunOptions]:
    options = RunOptions(network="none", prefix=f"rollout-test-{uuid.uuid4().hex[:8]}")
    yield options
    for service in services(REPOSITORY):
        for name in (f"{options.prefix}-{service.name}", f"{options.prefix}-{service.name}.previous"):
            host("rm", "--force", name, check=False)


def running_tag(docker: Docker, name: str) -> str | None:
    found = docker.inspect("container", name)
    if found is None or not found["State"]["Running"]:
        return None
    return str(found["Config"]["Labels"]["zivo.tag"])


def test_first_deploy_starts_every_service_and_a_repeat_restarts_nothing(
    host: Docker, deployment: RunOptions
) -> None:
    v1 = build(host, "v1", healthy=True)
    first = roll_out(host, {REPOSITORY: v1}, deployment, services(REPOSITORY), settle_seconds=1)
    assert first.failure is None
    assert first.replaced == ["api", "beat"]
    assert first.tags == {"api": (None, "v1"), "beat": (None, "v1")}
    assert running_tag(host, f"{deployment.prefix}-api") == "v1"
    assert set(first.seconds) >= {"api: start -> healthy", "beat: start -> healthy", "prune"}
    api = host.inspect("container", f"{deployment.prefix}-api")
    assert api is not None
    assert api["Config"]["Healthcheck"]["Test"] == ["CMD-SHELL", "test -f /healthy"]  # Docker's own, too

    again = roll_out(host, {REPOSITORY: v1}, deployment, services(REPOSITORY), settle_seconds=1)
    assert again.replaced == []
    assert "unchanged at v1" in again.report()


def test_only_services_whose_image_changed_restart(host: Docker, deployment: RunOptions) -> None:
    v1 = build(host, "v1", healthy=True)
    api_only = (services(REPOSITORY)[0],)
    beat = services(REPOSITORY)[1]
    other = "zivo-rollout-test/other"
    host("tag", v1, f"{other}:v1")
    two_images = (api_only[0], Service("beat", other, command=beat.command))
    roll_out(host, {REPOSITORY: v1, other: f"{other}:v1"}, deployment, two_images, settle_seconds=1)
    beat_id = (host.inspect("container", f"{deployment.prefix}-beat") or {})["Id"]
    v2 = build(host, "v2", healthy=True)  # after: a successful rollout prunes tags nothing runs

    moved = roll_out(host, {REPOSITORY: v2, other: f"{other}:v1"}, deployment, two_images, settle_seconds=1)

    assert moved.failure is None
    assert moved.replaced == ["api"]
    assert "api      v1 -> v2" in moved.report()
    assert (host.inspect("container", f"{deployment.prefix}-beat") or {})["Id"] == beat_id
    # The replaced container is kept, stopped, for a rollback.
    previous = host.inspect("container", f"{deployment.prefix}-api.previous")
    assert previous is not None
    assert not previous["State"]["Running"]


def test_a_failed_health_check_rolls_every_replaced_service_back(
    host: Docker, deployment: RunOptions
) -> None:
    good = build(host, "good", healthy=True)
    roll_out(host, {REPOSITORY: good}, deployment, services(REPOSITORY), settle_seconds=1)
    broken = build(host, "broken", healthy=False)

    moved = roll_out(host, {REPOSITORY: broken}, deployment, services(REPOSITORY), settle_seconds=1)

    assert moved.failure is not None
    assert "unhealthy" in moved.failure or "not healthy" in moved.failure
    assert moved.rolled_back == ["api"]  # beat comes after api, so it was never touched
    assert "ROLLED BACK to good" in moved.report()
    assert running_tag(host, f"{deployment.prefix}-api") == "good"
    assert running_tag(host, f"{deployment.prefix}-beat") == "good"
    assert host.inspect("container", f"{deployment.prefix}-api.previous") is None


def test_a_failed_before_start_command_replaces_nothing(host: Docker, deployment: RunOptions) -> None:
    good = build(host, "m-good", healthy=True)
    roll_out(host, {REPOSITORY: good}, deployment, services(REPOSITORY), settle_seconds=1)
    api_id = (host.inspect("container", f"{deployment.prefix}-api") or {})["Id"]
    newer = build(host, "m-newer", healthy=True)
    api, beat = services(REPOSITORY)
    # As a migration that fails: a non-zero exit, in the new image, with the deployment's options.
    migration = ("python", "-c", "import sys; print('schema locked'); sys.exit(3)")
    failing = dataclasses.replace(api, before_start=migration)

    moved = roll_out(host, {REPOSITORY: newer}, deployment, (failing, beat), settle_seconds=1)

    assert moved.failure is not None
    assert "schema locked" in moved.failure
    assert "failed (3)" in moved.failure
    assert moved.replaced == []
    assert (host.inspect("container", f"{deployment.prefix}-api") or {})["Id"] == api_id
    assert running_tag(host, f"{deployment.prefix}-api") == "m-good"
    assert running_tag(host, f"{deployment.prefix}-beat") == "m-good"
    assert "unchanged at m-good" in moved.report()


def test_prune_keeps_the_running_and_the_previous_images_only(host: Docker, deployment: RunOptions) -> None:
    tags = []
    for i in range(3):
        tags.append(build(host, f"p{i}", healthy=True))
        roll_out(host, {REPOSITORY: tags[-1]}, deployment, services(REPOSITORY)[:1], settle_seconds=1)
    build(host, "unused", healthy=True)
    prune(host, deployment, services(REPOSITORY)[:1], tags)
    left = set(host("images", "--format", "{{.Tag}}", REPOSITORY).split())
    assert {"p1", "p2"} <= left  # running, previous
    assert not {"p0", "unused"} & left


def test_before_start_is_skipped_only_while_its_inputs_are_unchanged(
    host: Docker, deployment: RunOptions
) -> None:
    api, beat = services(REPOSITORY)
    # As a migration that fails in every image but the first: the rollout must not run it for
    # unchanged migration scripts, and must run it when they change or when told to.
    only_s1 = "import sys; sys.exit(0 if open('/version').read().strip() == 's1' else 3)"
    migrate = dataclasses.replace(
        api,
        before_start=("python", "-c", only_s1),
        before_start_inputs=("/migrations",),
        before_start_name="migrate",
    )
    first = roll_out(host, {REPOSITORY: build(host, "s1", healthy=True, migrations="one")}, deployment,
                     (migrate, beat), settle_seconds=1)  # fmt: skip
    assert first.failure is None
    assert "api: migrate" in first.seconds  # it ran

    same = build(host, "s2", healthy=True, migrations="one")  # new code, the same migration scripts
    skipped = roll_out(host, {REPOSITORY: same}, deployment, (migrate, beat), settle_seconds=1)
    assert skipped.failure is None
    assert "api: migrate" not in skipped.seconds
    assert skipped.replaced == ["api", "beat"]
    assert running_tag(host, f"{deployment.prefix}-api") == "s2"

    forced = roll_out(host, {REPOSITORY: build(host, "s3", healthy=True, migrations="one")}, deployment,
                      (migrate, beat), settle_seconds=1, always_before_start=True)  # fmt: skip
    assert forced.failure is not None
    assert "failed (3)" in forced.failure

    changed = build(host, "s4", healthy=True, migrations="two")
    moved = roll_out(host, {REPOSITORY: changed}, deployment, (migrate, beat), settle_seconds=1)
    assert moved.failure is not None
    assert "failed (3)" in moved.failure
    assert moved.replaced == []
    assert running_tag(host, f"{deployment.prefix}-api") == "s2"
