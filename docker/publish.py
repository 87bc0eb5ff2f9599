"""`python3 docker/publish.py --registry HOST[:PORT] [--dry-run] [TARGETS ...]`: deploy/publish.py, which
publishes zivo's images to a registry, building and pushing only what the registry lacks."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "deploy"))
from publish import main  # noqa: E402 (deploy/ holds the module; this path is the documented command)

if __name__ == "__main__":
    sys.exit(main())
