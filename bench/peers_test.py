"""The CUDA seed-before column's pins: the lockfile's, with only torch's build changed."""

from __future__ import annotations

from pathlib import Path

import peers
import pytest


def test_cuda_constraints_swap_torch_and_add_only_new_projects() -> None:
    locked = ["filelock==4.3.1", "torch==2.13.0+cpu", "typing-extensions==4.16.0"]
    added = ["triton==3.7.1", "nvidia-cublas==13.1.1.3"]
    assert peers.cuda_constraints(locked, added) == [
        "filelock==4.3.1",
        "torch==2.13.0",
        "typing-extensions==4.16.0",
        "nvidia-cublas==13.1.1.3",
        "triton==3.7.1",
    ]


def test_cuda_constraints_refuse_a_second_pin_of_a_locked_project() -> None:
    with pytest.raises(ValueError, match="Typing_Extensions==4.17.0"):
        peers.cuda_constraints(
            ["torch==2.13.0+cpu", "typing-extensions==4.16.0"], ["Typing_Extensions==4.17.0"]
        )


def test_with_pypi_torch_needs_the_locked_cpu_torch() -> None:
    assert peers.with_pypi_torch(["rapidfuzz>=3,<4", "torch==2.13.0+cpu"]) == [
        "rapidfuzz>=3,<4",
        "torch==2.13.0",
    ]
    with pytest.raises(ValueError, match="is not pinned"):
        peers.with_pypi_torch(["torch==2.14.0+cpu"])


def test_the_committed_pins_hold_torchs_cuda_wheels_and_nothing_of_the_stack() -> None:
    # (That no pin repeats one of the lockfile's, cuda_constraints checks each time the context is written.)
    pins = peers.read_pins(peers.CUDA_PINS)
    names = {peers.project(pin) for pin in pins}
    assert "triton" in names
    assert any(name.startswith("nvidia-") for name in names)
    assert not names & {"torch", "transformers", "sentence-transformers", "fastapi"}
    assert all(len(pin.split("==")) == 2 and all(pin.split("==")) for pin in pins)


def test_read_pins_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "pins.txt"
    path.write_text("# header\n\ntriton==3.7.1  # why\n")
    assert peers.read_pins(path) == ["triton==3.7.1"]


def test_a_lockfile_that_moved_on_fails_only_the_cuda_column_and_says_why(tmp_path: Path) -> None:
    locked = ["sympy==1.14.0", "torch==2.13.0+cpu"]
    ml = ["torch==2.13.0+cpu", "rapidfuzz>=3,<4"]
    peers.write_cuda_files(tmp_path, locked, ["sympy==1.13.0", "triton==3.7.1"], ml)
    assert "already pinned by the lockfile: sympy==1.13.0" in (tmp_path / peers.CUDA_STALE).read_text()
    assert (tmp_path / "constraints-cuda.txt").read_text() == ""  # nothing stale left to build from
    with pytest.raises(RuntimeError, match="seed-before-cuda: already pinned"):
        peers.build("seed-before-cuda", tmp_path)

    peers.write_cuda_files(tmp_path, locked, ["triton==3.7.1"], ml)
    assert not (tmp_path / peers.CUDA_STALE).exists()
    assert (tmp_path / "constraints-cuda.txt").read_text() == "sympy==1.14.0\ntorch==2.13.0\ntriton==3.7.1\n"
    assert (tmp_path / "ml-cuda-requirements.txt").read_text() == "torch==2.13.0\nrapidfuzz>=3,<4\n"
