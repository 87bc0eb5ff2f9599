from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from zivo.api.clients.openai_client import Message


def test_import_has_no_side_effects_and_no_ml_dependencies() -> None:
    code = (
        "import sys, zivo.api.app, zivo.api.server\n"
        "from zivo.api.settings import get_settings\n"
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
        "from pathlib import Path\n"
        "from zivo.api.settings import ApiSettings\n"
        f"settings = ApiSettings.for_tests(Path({str(tmp_path)!r}))\n"
        "with TestClient(create_app(settings)) as client:\n"
        "    assert client.get('/healthz').status_code == 200\n"
        "    assert client.get('/metrics').status_code == 200\n"
        "deferred = {'openai', 'langgraph', 'langchain_core', 'langsmith', 'celery', 'kombu', 'pypdf'}\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & deferred)\n"
        "assert not loaded, f'imported at start-up: {loaded}'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": ":".join(sys.path)})


def test_start_up_loads_the_lab_test_catalogue_beside_serving(tmp_path: Path) -> None:
    # A fresh interpreter, so the catalogue is not loaded yet: the lifespan starts its load in a thread, and
    # the first upload or trend finds it loaded (or waits for that one load) instead of loading it itself.
    code = (
        "import threading\n"
        "from fastapi.testclient import TestClient\n"
        "from pathlib import Path\n"
        "from zivo.api.app import create_app\n"
        "from zivo.api.settings import ApiSettings\n"
        "from zivo.core.lab_tests.catalogue import catalogue, catalogue_loaded\n"
        "assert not catalogue_loaded()\n"
        f"settings = ApiSettings.for_tests(Path({str(tmp_path)!r}))\n"
        "with TestClient(create_app(settings)) as client:\n"
        "    assert client.get('/healthz').status_code == 200\n"
        "    loads = [t for t in threading.enumerate() if t.name == 'catalogue-load']\n"
        "    for thread in loads:\n"
        "        thread.join(timeout=120)\n"
        "    assert catalogue_loaded(), 'the catalogue was not loaded at start-up'\n"
        "    assert catalogue() is catalogue()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": ":".join(sys.path)})


def test_the_assistant_graph_is_built_once_on_first_use(tmp_path: Path) -> None:
    from zivo.api.agents.assistant.turn import Assistant
    from zivo.api.settings import ApiSettings
    from zivo.core.db.testing import migrated_sqlite

    with migrated_sqlite(tmp_path) as sessions:
        assistant = Assistant(_NoModel(), sessions, ApiSettings.for_tests(tmp_path))
        assert not assistant.built

        async def first_uses() -> list[object]:
            graphs: list[object] = list(await asyncio.gather(*(assistant.graph() for _ in range(8))))
            await assistant.aclose()
            return graphs

        graphs = asyncio.run(first_uses())
    assert assistant.built
    assert all(graph is graphs[0] for graph in graphs)


class _NoModel:
    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        raise AssertionError("not called")

    async def complete_parsed(self, messages: list[Message], response_model: type[BaseModel]) -> Any:
        raise AssertionError("not called")
