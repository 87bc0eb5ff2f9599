"""``python -m zivo.api.server``: serve the API with uvicorn on 127.0.0.1:$PORT (``HOST`` overrides)."""

from __future__ import annotations

import os

import uvicorn

from zivo.api.app import create_app
from zivo.api.logging import configure_logging


def main() -> None:
    configure_logging(os.environ.get("LOG_LEVEL", "INFO").upper())
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8000"))
    uvicorn.run(create_app(), host=host, port=port, log_config=None, access_log=False, proxy_headers=False)


if __name__ == "__main__":
    main()
