"""What an intruder would reach for is not in the images; what the health checks need is.

No busybox (its single binary runs wget, nc, telnet, httpd, ftpput... through `busybox APPLET` whatever
links exist), no network clients or servers, no package managers, and no setuptools/pip in the worker.
"""

from __future__ import annotations

import json

import pytest
from images.docker_images import built_image, docker, running, wait_for_http

INTRUDER_TOOLS = (
    "busybox",
    "wget",
    "curl",
    "nc",
    "netcat",
    "ncat",
    "socat",
    "telnet",
    "httpd",
    "ftpput",
    "ftpget",
    "tftp",
    "ssh",
    "scp",
    "apt",
    "apt-get",
    "dpkg",
    "pip",
    "pip3",
    "perl",
)
INSTALLERS = ("setuptools", "pkg_resources", "pip", "ensurepip")

# Every executable file or link under the image's directories, by name (run inside the image).
FIND_EXECUTABLES = """
import json, os, sys
found = set()
for top in ("/usr", "/bin", "/sbin", "/app", "/opt", "/etc", "/root", "/tmp"):
    for root, dirs, files in os.walk(top):
        for name in files:
            path = os.path.join(root, name)
            if os.access(path, os.X_OK) or os.path.islink(path):
                found.add(name)
print(json.dumps(sorted(found)))
"""
FIND_MODULES = (
    "import importlib.util, json, sys; "
    "print(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is not None]))"
)


@pytest.fixture(scope="module", params=["api", "ml-worker"])
def image(request: pytest.FixtureRequest) -> str:
    return built_image(f"docker.{request.param}/{request.param}.docker-info.json")


def in_image(image: str, *args: str) -> list[str]:
    result = docker("run", "--rm", "--network=none", "--entrypoint", "python", image, *args)
    return list(json.loads(result.stdout))


def test_no_intruder_tools(image: str) -> None:
    executables = set(in_image(image, "-c", FIND_EXECUTABLES))
    assert "python3.11" in executables  # the walk saw the interpreter, so it saw the rest
    assert sorted(executables & set(INTRUDER_TOOLS)) == []


def test_no_installers(image: str) -> None:
    assert in_image(image, "-c", FIND_MODULES, *INSTALLERS) == []


def test_shell_is_dash_for_operators(image: str) -> None:
    result = docker("run", "--rm", "--network=none", "--entrypoint", "sh", image, "-c", "echo $0 ok")
    assert result.stdout.strip() == "sh ok"


def test_api_health_check_runs_in_the_image() -> None:
    image = built_image("docker.api/api.docker-info.json")
    healthcheck = json.loads(
        docker("image", "inspect", "--format", "{{json .Config.Healthcheck.Test}}", image).stdout
    )
    assert healthcheck[0] == "CMD"
    secret = ["-e", "SECRET_KEY=attack-surface-test-key-0123456789abcdef"]  # production mode needs one
    with running(image, *secret, port=8000) as (container, address):
        wait_for_http(f"http://{address}/healthz")
        assert docker("exec", container, *healthcheck[1:], check=False).returncode == 0
