"""The API image: serves on its embedded default, carries no ML, fits its budget."""

from __future__ import annotations

import httpx
import pytest
from images.docker_images import (
    built_image,
    docker,
    image_budget_bytes,
    image_size_bytes,
    running,
    wait_for_http,
)

API_BUDGET_BYTES = image_budget_bytes("api")


@pytest.fixture(scope="module")
def image() -> str:
    return built_image("docker.api/api.docker-info.json")


# A throwaway key: the image refuses to start without one (there is no default, and no development mode).
SECRET = ["-e", "SECRET_KEY=image-test-secret-key-0123456789abcdef"]


def test_refuses_to_start_without_a_secret_key(image: str) -> None:
    result = docker("run", "--rm", image, check=False)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stdout + result.stderr


def test_register_token_upload_round_trip(image: str) -> None:
    with running(image, *SECRET, port=8000) as (container, address):
        base = f"http://{address}"
        wait_for_http(f"{base}/healthz")
        with httpx.Client(base_url=base, timeout=10) as client:
            credentials = {"email": "ada@example.com", "password": "correct horse 1"}
            assert client.post("/v1/auth/register", json=credentials).status_code == 202
            token = client.post(
                "/v1/auth/token", data={"username": credentials["email"], "password": credentials["password"]}
            ).json()["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            csv = "name,value,unit,reference_range\nHemoglobin,11.2,g/dL,13.5-17.5\nTSH,2.1,mIU/L,0.4-4.0\n"
            upload = client.post(
                "/v1/lab-reports/upload",
                files={"file": ("report.csv", csv, "text/csv")},
                data={"collected_at": "2026-11-01T08:00:00Z"},
                headers=auth,
            )
            assert upload.status_code == 201, upload.text
            report = client.get(f"/v1/lab-reports/{upload.json()['id']}", headers=auth).json()
            assert [(r["name"], r["flag"]) for r in report["results"]] == [("Hemoglobin", "L"), ("TSH", "N")]
            # No worker runs here: the results wait, pending, for one.
            assert {r["status"] for r in report["results"]} == {"pending"}
            # Ready once its first broker check (it loads Celery) has answered: poll, as orchestrators do.
            wait_for_http(f"{base}/readyz")
        health = docker(
            "inspect", "--format", "{{.Config.User}} {{json .Config.Healthcheck.Test}}", container
        )
        user, healthcheck = health.stdout.strip().split(" ", 1)
        assert user == "app"
        assert "/healthz" in healthcheck


def test_no_ml_in_the_api_image(image: str) -> None:
    result = docker("run", "--rm", "--entrypoint", "python", image, "-c", "import torch", check=False)
    assert result.returncode != 0
    assert "No module named 'torch'" in result.stderr
    script = (
        "import os, sys; print('\\n'.join(os.path.join(r, n) for top in ('/app', '/usr') "
        "for r, ds, fs in os.walk(top) for n in ds + fs if n in sys.argv[1:] or n.endswith('.safetensors')))"
    )
    names = ("torch", "transformers", "sentence_transformers", "pytorch_model.bin")
    found = docker("run", "--rm", "--entrypoint", "python", image, "-c", script, *names).stdout.split()
    assert found == []


def test_api_image_budget(image: str) -> None:
    size = image_size_bytes(image)
    assert (
        size <= API_BUDGET_BYTES
    ), f"zivo/api is {size / 1e6:.0f} MB, budget {API_BUDGET_BYTES / 1e6:.0f} MB"


def test_no_secrets_baked_in(image: str) -> None:
    env = docker("image", "inspect", "--format", "{{json .Config.Env}}", image).stdout
    for name in ("OPENAI_API_KEY", "DATABASE_URL", "SECRET_KEY", "REDIS_URL"):
        assert name not in env
