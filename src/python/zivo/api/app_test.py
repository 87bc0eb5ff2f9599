from __future__ import annotations

import subprocess
import sys


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
