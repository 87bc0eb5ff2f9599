"""zivo's in-repo Pants plugins."""

from zivo_pants import ruff_format


def rules():
    return ruff_format.rules()
