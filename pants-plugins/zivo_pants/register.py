"""zivo's in-repo Pants plugins."""

from zivo_pants import content_tags, ruff_format


def rules():
    return (*ruff_format.rules(), *content_tags.rules())
