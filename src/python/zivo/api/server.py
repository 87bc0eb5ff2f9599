"""``python -m zivo.api.server``: serve the API with uvicorn on 127.0.0.1:$PORT (``HOST`` overrides)."""

from __future__ import annotations

import os
import sys

import uvicorn
from pydantic import ValidationError

from zivo.api.app import create_app, prepare_database
from zivo.api.logging import configure_logging
from zivo.api.settings import describe_settings_error, get_settings
from zivo.core.db.migrate import SchemaOutdatedError


def main() -> int:
    configure_logging(os.environ.get("LOG_LEVEL", "INFO").upper())
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8000"))
    try:
        # Read (and checked) before serving: a weak SECRET_KEY or an outdated schema stops the process here.
        settings = get_settings()
        prepare_database(settings)
    except (ValidationError, SchemaOutdatedError) as exc:
        reason = describe_settings_error(exc) if isinstance(exc, ValidationError) else str(exc)
        print(f"zivo api: refusing to start: {reason}", file=sys.stderr)
        return 2
    uvicorn.run(
        create_app(settings, database_prepared=True),
        host=host,
        port=port,
        log_config=None,
        access_log=False,
        proxy_headers=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
