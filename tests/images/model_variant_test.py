"""The ML base with a baked-in model and the worker built FROM it (docker/ml-base:ml-base-model,
docker/ml-worker:ml-worker-model), as `./pants package` builds them without MODEL_HASH: the packaged MiniLM
baked in as the model layer. What it proves holds for any model: the variant worker sits on the variant
base (not on zivo/ml-base, the bug its FROM argument once had), adds the very layers the plain worker adds,
and the two bases differ only in the model layer, so a new model moves that layer alone."""

from __future__ import annotations

import json

import pytest
from images.docker_images import built_image, docker


def layers(image: str) -> list[str]:
    return list(json.loads(docker("image", "inspect", "--format", "{{json .RootFS.Layers}}", image).stdout))


def environment(image: str) -> dict[str, str]:
    config = json.loads(docker("image", "inspect", "--format", "{{json .Config.Env}}", image).stdout)
    return dict(entry.split("=", 1) for entry in config)


@pytest.fixture(scope="module")
def images() -> dict[str, str]:
    return {
        name: built_image(f"docker.{directory}/{name}.docker-info.json")
        for directory, name in (
            ("ml-base", "ml-base"),
            ("ml-base", "ml-base-model"),
            ("ml-worker", "ml-worker"),
            ("ml-worker", "ml-worker-model"),
        )
    }


def test_variant_worker_is_built_from_the_model_base(images: dict[str, str]) -> None:
    model_base, variant = layers(images["ml-base-model"]), layers(images["ml-worker-model"])
    assert variant[: len(model_base)] == model_base
    assert layers(images["ml-base"])[-1] not in variant  # the MiniLM base's own model layer


def test_variant_worker_adds_what_the_worker_adds(images: dict[str, str]) -> None:
    base, worker = layers(images["ml-base"]), layers(images["ml-worker"])
    model_base, variant = layers(images["ml-base-model"]), layers(images["ml-worker-model"])
    assert variant[len(model_base) :] == worker[len(base) :]
    assert len(worker) > len(base)


def test_bases_differ_only_in_the_model_layer(images: dict[str, str]) -> None:
    base, model_base = layers(images["ml-base"]), layers(images["ml-base-model"])
    assert model_base[:-1] == base[:-1]  # python-base and the framework (torch, transformers, ...)
    assert model_base[-1] != base[-1]


def test_variant_worker_loads_the_baked_model(images: dict[str, str]) -> None:
    assert environment(images["ml-worker-model"])["EMBEDDING_MODEL"] == "/opt/model"
    script = (
        "import os; from zivo.ml.embeddings.embedder import TransformersEmbedder; "
        "print(TransformersEmbedder(os.environ['EMBEDDING_MODEL']).embed(['Haemoglobin']).shape[1])"
    )
    out = docker(
        "run", "--rm", "--network=none", "--entrypoint", "python", images["ml-worker-model"], "-c", script
    )
    assert out.stdout.strip().splitlines()[-1] == "384"  # MiniLM-L6's width
