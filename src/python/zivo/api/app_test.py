from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

from zivo.api.clients.openai_client import Message


def test_import_has_no_side_effects_and_no_ml_dependencies() -> None:
    code = (
        "import sys, zivo.api.app, zivo.api.server\n"
        "from zivo.core.settings import get_settings\n"
        "assert get_settings.cache_info().currsize == 0, 'settings read at import'\n"
        "heavy = {'torch', 'transformers', 'sentence_transformers', 'scipy', 'sklearn'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith('zivo.ml'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": ":".join(sys.path)})


def test_start_up_defers_the_assistant_llm_sdk_broker_and_pdf_reader(tmp_path: Path) -> None:
    # A fresh interpreter: this test process has long since imported everything.
    code = (
        "import sys\n"
        "from fastapi.testclient import TestClient\n"
        "from zivo.api.app import create_app\n"
        "from zivo.core.settings import Settings\n"
        f"settings = Settings(_env_file=None, data_dir={str(tmp_path)!r}, redis_url=None)\n"
        "with TestClient(create_app(settings)) as client:\n"
        "    assert client.get('/healthz').status_code == 200\n"
        "    assert client.get('/metrics').status_code == 200\n"
        "deferred = {'openai', 'langgraph', 'langchain_core', 'langsmith', 'celery', 'kombu', 'pypdf'}\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & deferred)\n"
        "assert not loaded, f'imported at start-up: {loaded}'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": ":".join(sys.path)})


def test_assistant_is_built_once_on_first_use() -> None:
    from zivo.api.agents.assistant.provider import AssistantProvider

    provider = AssistantProvider(llm=_NoModel())
    assert not provider.built

    async def first_uses() -> list[object]:
        return list(await asyncio.gather(*(provider.graph() for _ in range(8))))

    graphs = asyncio.run(first_uses())
    assert provider.built
    assert all(graph is graphs[0] for graph in graphs)
    assert provider.graph_sync() is graphs[0]


class _NoModel:
    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        raise AssertionError("not called")

    async def complete_json(self, messages: list[Message], *, name: str, schema: dict[str, Any]) -> Any:
        raise AssertionError("not called")
