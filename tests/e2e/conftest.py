"""End-to-end suite settings: the packaged MiniLM only, never the Hugging Face Hub."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Read by huggingface_hub when it is imported, so set before any test module loads the model.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
