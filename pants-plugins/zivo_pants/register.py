"""zivo's in-repo Pants plugins."""

from typing import Any

from zivo_pants import content_tags, ruff_format
from zivo_pants.deps_report import rules as deps_report


def rules() -> list[Any]:
    return [*ruff_format.rules(), *content_tags.rules(), *deps_report.rules()]
