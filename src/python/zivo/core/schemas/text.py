"""Text that every database can store and every reader can trust: one type for all user-supplied strings.

PostgreSQL refuses NUL in ``text`` (``DataError``, a 500 if it got that far) while SQLite stores it silently;
other C0/C1 control characters and lone UTF-16 surrogates are never part of a lab name, a value or a query,
and surrogates cannot even be encoded as UTF-8. So they are refused at the edge, with a 422 that names the
field, the same on both databases. Tab, newline and carriage return are allowed (free text, CSV cells).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

# What JSON Schema can say (the OpenAPI contract, and what fuzzers generate from): no C0 except \t \n \r,
# no DEL, no C1. The validator also refuses lone surrogates, which a JSON Schema pattern cannot express.
SAFE_TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def check_safe_text(value: str) -> str:
    """``value`` unchanged, or ``ValueError`` naming the first forbidden character and where it is."""
    if (found := _FORBIDDEN.search(value)) is not None:
        raise ValueError(
            f"contains a control character (U+{ord(found.group()):04X} at position {found.start()});"
            " remove it"
        )
    return value


SafeText = Annotated[
    str, AfterValidator(check_safe_text), Field(json_schema_extra={"pattern": SAFE_TEXT_PATTERN})
]
"""A string without control characters; bounds go at the use site (``Annotated[SafeText, ...]``)."""
