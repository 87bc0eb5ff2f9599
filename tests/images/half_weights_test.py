"""docker/ml-base/half-weights, the ML bases' build step that stores a model's weights as float16.

The safetensors files are written and read here by hand (8-byte header length, JSON header, raw data), so
the script's output is checked against the format, not against the library the script uses.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

SCRIPT = Path("docker/ml-base/half-weights")
DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def write_safetensors(path: Path, tensors: dict[str, npt.NDArray[np.generic]]) -> None:
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    offset, blobs = 0, []
    for name, array in tensors.items():
        code = next(code for code, dtype in DTYPES.items() if array.dtype == dtype)
        data = array.tobytes()
        header[name] = {
            "dtype": code,
            "shape": list(array.shape),
            "data_offsets": [offset, offset + len(data)],
        }
        offset += len(data)
        blobs.append(data)
    encoded = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))


def read_safetensors(path: Path) -> tuple[dict[str, str], dict[str, npt.NDArray[np.generic]]]:
    raw = path.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + length])
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, entry in header.items():
        start, end = entry["data_offsets"]
        data = raw[8 + length + start : 8 + length + end]
        tensors[name] = np.frombuffer(data, dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
    return metadata, tensors


def half_weights(*args: str) -> subprocess.CompletedProcess[str]:
    # The script runs with the test's own interpreter and libraries (numpy, safetensors).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture()
def model(tmp_path: Path) -> Path:
    rng = np.random.default_rng(7)
    directory = tmp_path / "model"
    (directory / "1_Pooling").mkdir(parents=True)
    write_safetensors(
        directory / "model.safetensors",
        {
            "embeddings.weight": rng.standard_normal((50, 8)).astype(np.float32),
            "position_ids": np.arange(16, dtype=np.int64).reshape(1, 16),
        },
    )
    (directory / "model.safetensors").chmod(0o644)
    (directory / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 8}))
    (directory / "1_Pooling" / "config.json").write_text(json.dumps({"word_embedding_dimension": 8}))
    return directory


def test_float32_weights_become_float16_the_rest_is_kept(model: Path) -> None:
    _, original = read_safetensors(model / "model.safetensors")
    before = (model / "model.safetensors").stat().st_size

    result = half_weights(str(model))

    assert result.returncode == 0, result.stderr
    metadata, halved = read_safetensors(model / "model.safetensors")
    assert metadata == {"format": "pt"}  # transformers refuses a file without it
    assert halved["embeddings.weight"].dtype == np.float16
    np.testing.assert_array_equal(
        halved["embeddings.weight"], original["embeddings.weight"].astype(np.float16)
    )
    np.testing.assert_array_equal(halved["position_ids"], original["position_ids"])
    assert halved["position_ids"].dtype == np.int64
    assert (model / "model.safetensors").stat().st_size < before * 0.6
    assert (model / "model.safetensors").stat().st_mode & 0o777 == 0o644


def test_the_model_still_computes_in_float32(model: Path) -> None:
    assert half_weights(str(model)).returncode == 0

    config = json.loads((model / "config.json").read_text())
    assert config["torch_dtype"] == config["dtype"] == "float32"
    assert config["hidden_size"] == 8
    # sentence-transformers' pooling config is not a transformers config: untouched.
    assert "dtype" not in json.loads((model / "1_Pooling" / "config.json").read_text())


def test_output_is_deterministic(model: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "model.safetensors").write_bytes((model / "model.safetensors").read_bytes())
    (copy / "config.json").write_text((model / "config.json").read_text())

    assert half_weights(str(model)).returncode == 0
    assert half_weights(str(copy)).returncode == 0
    assert (model / "model.safetensors").read_bytes() == (copy / "model.safetensors").read_bytes()
    # Halving what is already float16 changes nothing (the variant's default model is the MiniLM base's).
    assert half_weights(str(copy)).returncode == 0
    assert (model / "model.safetensors").read_bytes() == (copy / "model.safetensors").read_bytes()


def test_float32_switch_leaves_the_model_alone(model: Path) -> None:
    before = (model / "model.safetensors").read_bytes()

    result = half_weights(str(model), "float32")

    assert result.returncode == 0, result.stderr
    assert (model / "model.safetensors").read_bytes() == before
    assert "dtype" not in json.loads((model / "config.json").read_text())


def test_weights_too_large_for_float16_are_refused(model: Path) -> None:
    write_safetensors(model / "model.safetensors", {"w": np.array([1.0, 1e6], dtype=np.float32)})
    before = (model / "model.safetensors").read_bytes()

    result = half_weights(str(model))

    assert result.returncode != 0
    assert "does not fit in float16" in result.stderr
    assert (model / "model.safetensors").read_bytes() == before


def test_other_weight_formats_are_left_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert"}))
    (tmp_path / "pytorch_model.bin").write_bytes(b"not touched")

    result = half_weights(str(tmp_path))

    assert result.returncode == 0
    assert "no safetensors weights" in result.stdout
    assert (tmp_path / "pytorch_model.bin").read_bytes() == b"not touched"


def test_bad_arguments_print_usage(model: Path) -> None:
    result = half_weights(str(model), "bfloat16")
    assert result.returncode == 2
    assert "half-weights MODEL_DIR" in result.stderr
