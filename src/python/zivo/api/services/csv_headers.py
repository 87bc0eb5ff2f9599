"""Which column of an uploaded CSV is which field: the headers lab portals and systems export
(`Test Name`, `Result`, `Units`, `Biological Reference Interval`, `Résultat`, ...), read from
csv_headers.toml."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

FIELDS = ("name", "value", "unit", "reference_range", "flag", "collected_at")
# "Result (mg/dL)", "Value [SI]", "结果（mmol/L）" (full-width brackets)
_NOTE = re.compile(r"\s*[(\[（][^()\[\]（）]*[)\]）]\s*$")
_SEPARATORS = re.compile(r"[\s._\-]+")


class HeaderFileError(ValueError):
    """csv_headers.toml is not what this module reads."""


def fold(header: str) -> str:
    """A header as the file lists it: lower case, no accents, one space between words, no note in
    brackets at the end."""
    text = _NOTE.sub("", header.strip())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # Composed again: Hangul syllables (결과) come apart into letters under NFKD, and none is an accent.
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def parse_headers(text: str) -> Mapping[str, tuple[str, ...]]:
    """Each field's headers, in the file's order; a header listed twice, under another field or not
    folded is an error naming it."""
    data = tomllib.loads(text)
    if data.get("version") != 1:
        raise HeaderFileError(f"csv_headers.toml: version {data.get('version')!r}, expected 1")
    fields = data.get("fields")
    if not isinstance(fields, dict) or set(fields) != set(FIELDS):
        raise HeaderFileError(f"csv_headers.toml: [fields] must list exactly {', '.join(FIELDS)}")
    owner: dict[str, str] = {}
    for field in FIELDS:
        for header in fields[field]:
            if not isinstance(header, str) or fold(header) != header or not header:
                raise HeaderFileError(f"csv_headers.toml: {field}: {header!r} is not written folded")
            if header in owner:
                raise HeaderFileError(f"csv_headers.toml: {header!r} is under {owner[header]} and {field}")
            owner[header] = field
    return {field: tuple(fields[field]) for field in FIELDS}


@cache
def headers() -> Mapping[str, tuple[str, ...]]:
    text = resources.files("zivo.api.services").joinpath("csv_headers.toml").read_text(encoding="utf-8")
    return parse_headers(text)


def note(header: str) -> str | None:
    """The note in brackets at the end of a header (``Result (mg/dL)``), if any."""
    match = _NOTE.search(header.strip())
    if match is None:
        return None
    return match.group(0).strip()[1:-1].strip() or None


def columns(header: Sequence[str]) -> dict[str, int]:
    """Each field's column position in `header`: where several columns name one field, the header the
    file lists first for it wins (`Test Name` over `Description`)."""
    positions = {fold(cell): position for position, cell in reversed(list(enumerate(header)))}
    found: dict[str, int] = {}
    for field, names in headers().items():
        for name in names:
            if name in positions:
                found[field] = positions[name]
                break
    return found
