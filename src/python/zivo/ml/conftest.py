"""Fixtures for the ML worker's unit tests: a tiny BERT checkpoint, a throwaway Redis, a fresh database."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.testing import migrated_sqlite
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.embeddings.embedder import TransformersEmbedder
from zivo.ml.testing.broker import Broker, private_broker, remove

# Enough word pieces for lab-test names to tokenize into something other than [UNK].
_WORDS = """
hemoglobin glucose urine serum blood count total free cholesterol hdl ldl creatinine urea sodium potassium
calcium vitamin iron ferritin protein albumin bilirubin direct ratio test name thyroid tsh troponin amylase
lipase psa antigen antibody factor time rate acid cell cells type group
""".split()  # - a word list reads better as text


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: runs the real packaged model; seconds, not milliseconds")


def write_tiny_bert(directory: Path) -> Path:
    """A randomly initialized 2-layer BERT saved like a plain Hugging Face checkpoint (no ST config)."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizer

    letters = list("abcdefghijklmnopqrstuvwxyz0123456789")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *letters, *[f"##{c}" for c in letters], *_WORDS]
    directory.mkdir(parents=True, exist_ok=True)
    vocab_file = directory / "vocab.txt"
    vocab_file.write_text("\n".join(dict.fromkeys(vocab)) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer(vocab_file=str(vocab_file), do_lower_case=True)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_bert(tmp_path_factory.mktemp("tiny-bert"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def redis_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A private redis-server on a free port, with no persistence: its URL and its process."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server binary to start")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not start within 10s")
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.send_signal(signal.SIGCONT)  # a test may have frozen it
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """REDIS_URL if the environment provides a server, else a private redis-server on a free port."""
    if url := os.environ.get("REDIS_URL"):
        yield url
        return
    with redis_server() as (url, _):
        yield url


@pytest.fixture()
def freezable_redis() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A redis-server of the test's own, which it may stop (SIGSTOP) as a frozen broker."""
    with redis_server() as server:
        yield server


@pytest.fixture()
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """A fresh, migrated SQLite database per test (the embedded default's engine and schema)."""
    with migrated_sqlite(tmp_path) as factory:
        yield factory


@pytest.fixture()
def tiny_categorizer(tiny_bert_dir: Path) -> Categorizer:
    return Categorizer(TransformersEmbedder(tiny_bert_dir))


@pytest.fixture()
def broker(redis_url: str) -> Iterator[Broker]:
    """A queue and an unacked hash of the test's own on the test Redis (see zivo.ml.testing.broker)."""
    made = private_broker(redis_url)
    try:
        yield made
    finally:
        remove(made)
