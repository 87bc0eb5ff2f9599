"""Reading an uploaded file into a report: CSV parsed here, plain text and PDF read here for the LLM.

Every limit is checked as soon as it can be and parsing stops at the first one reached: bytes while the
body is read (413), then rows, pages, characters and seconds (422). Parsing is CPU work: callers run it
off the event loop (see ``services/ingest.py``).
"""

from __future__ import annotations

import csv
import io
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any, Literal, Protocol

from pydantic import TypeAdapter, ValidationError

from zivo.api.services import csv_headers
from zivo.api.services.errors import UnsupportedUploadError, UnusableInputError, UploadTooLargeError
from zivo.api.settings import ApiSettings
from zivo.core.lab_values import lab_unit, with_unit
from zivo.core.schemas.lab_reports import MAX_RESULTS_PER_REPORT, LabReportCreate
from zivo.core.schemas.lab_results import LabResultCreate
from zivo.core.utc import UTCDatetime, utcnow

UploadKind = Literal["csv", "text", "pdf"]

_EXTENSIONS: dict[str, UploadKind] = {".csv": "csv", ".txt": "text", ".text": "text", ".pdf": "pdf"}
_CONTENT_TYPES: dict[str, UploadKind] = {
    "text/csv": "csv",
    "application/csv": "csv",
    "application/vnd.ms-excel": "csv",  # what some browsers send for .csv
    "text/plain": "text",
    "application/pdf": "pdf",
}
_CSV_FIELDS = ("name", "value", "unit", "reference_range")
_UTC_DATETIME: TypeAdapter[datetime] = TypeAdapter(UTCDatetime)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class UploadLimits:
    max_bytes: int
    max_pdf_pages: int
    max_text_chars: int
    parse_seconds: float

    @classmethod
    def from_settings(cls, settings: ApiSettings) -> UploadLimits:
        return cls(
            max_bytes=settings.max_upload_bytes,
            max_pdf_pages=settings.max_pdf_pages,
            max_text_chars=settings.max_text_chars,
            parse_seconds=settings.parse_timeout_seconds,
        )


class ParseClock:
    """The parse deadline, checked between rows and pages: a slow file stops the work, not just the wait."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._deadline:
            raise UnusableInputError(f"the file took longer than {self._seconds:g}s to read")


class ReadableUpload(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


async def read_limited(upload: ReadableUpload, max_bytes: int) -> bytes:
    buffer = bytearray()
    while chunk := await upload.read(_CHUNK):
        buffer.extend(chunk)
        if len(buffer) > max_bytes:
            raise UploadTooLargeError(f"file is larger than the {max_bytes} byte limit")
    return bytes(buffer)


def detect_kind(filename: str | None, content_type: str | None, data: bytes) -> UploadKind:
    if data.startswith(b"%PDF-"):
        return "pdf"
    suffix = PurePath(filename or "").suffix.lower()
    kind = _EXTENSIONS.get(suffix) or _CONTENT_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if kind is None:
        raise UnsupportedUploadError(
            "unsupported file type: upload CSV (.csv), plain text (.txt) or PDF (.pdf)"
        )
    if kind == "pdf":
        raise UnusableInputError("file is not a valid PDF")
    return kind


def decode_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_datetime(raw: str, *, field: str) -> datetime:
    """An ISO 8601 date or date-time, in UTC; ``ValueError`` naming ``field`` otherwise."""
    try:
        return _UTC_DATETIME.validate_python(raw.strip())
    except ValidationError as exc:
        raise ValueError(
            f"{field} is not a date in range (use YYYY-MM-DD or ISO 8601, years 1 to 9999 in UTC)"
        ) from exc


# Dates as exported reports print them, where the order of day and month is not in doubt.
_REPORT_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y",
    "%d-%b-%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
)
_SLASHED_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")


def parse_report_date(raw: str, *, field: str) -> datetime:
    """A date in a CSV cell: ISO 8601, or a form lab portals export whose day and month cannot be
    mistaken (``2024/03/12``, ``12.03.2024``, ``12-Mar-2024``, ``Mar 12, 2024``; ``25/03/2024`` or
    ``03/25/2024``, where one part is over 12). ``03/04/2024`` is refused, saying why: April or March."""
    try:
        return parse_datetime(raw, field=field)
    except ValueError as error:
        not_a_date = error
    text = " ".join(raw.split())
    for form in _REPORT_DATE_FORMATS:
        try:
            return datetime.strptime(text, form).replace(tzinfo=UTC)
        except ValueError:
            continue
    if match := _SLASHED_DATE.match(text):
        first, second, year = (int(part) for part in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(f"{field} {text!r} reads as two dates (day/month or month/day): use YYYY-MM-DD")
        day, month = (second, first) if second > 12 else (first, second)
        try:
            return datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            pass
    raise not_a_date


def _row_errors(row: int, exc: ValidationError) -> list[dict[str, Any]]:
    return [
        {"row": row, "field": str(error["loc"][0]) if error["loc"] else "row", "msg": error["msg"]}
        for error in exc.errors()
    ]


def _delimiter(header: str) -> str:
    """The header's separator: a comma, or the semicolon (Excel's CSV where the decimal mark is a comma,
    as in French and German), tab or bar when the header holds more of it than of commas."""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    return max(counts, key=lambda delimiter: (counts[delimiter], delimiter == ","))


def _examples(field: str) -> str:
    return ", ".join(csv_headers.headers()[field][:4])


def parse_csv(
    data: bytes, *, collected_at: datetime | None, lab_name: str | None, clock: ParseClock | None = None
) -> LabReportCreate:
    """Parse ``name,value,unit,reference_range[,collected_at]`` (or separated by ``;``, a tab or ``|``);
    rows count from 1 at the header. The header may name the columns as lab portals export them
    (``Test Name,Result,Units,Reference Range``; csv_headers.toml lists what is read), in any order.

    Stops at the first row past ``MAX_RESULTS_PER_REPORT``: a huge file costs no more than a full one.
    """
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text.split("\n", 1)[0]))
    header = next(reader, [])
    positions = csv_headers.columns(header)
    missing = [field for field in ("name", "value") if field not in positions]
    if missing:
        raise UnusableInputError(
            [
                {"row": 1, "field": field, "msg": f"column missing from header (e.g. {_examples(field)})"}
                for field in missing
            ]
        )
    # "Result (mg/dL)": a unit for every row that gives none of its own ("Value (SI)" is a note, not one).
    header_unit = csv_headers.note(header[positions["value"]])
    if header_unit is not None and not lab_unit(header_unit):
        header_unit = None
    errors: list[dict[str, Any]] = []
    results: list[LabResultCreate] = []
    dates: set[datetime] = set()
    rows = 0
    for row_number, row in enumerate(reader, start=2):
        if clock is not None and row_number % 64 == 0:
            clock.check()
        cells = {field: row[at].strip() for field, at in positions.items() if at < len(row)}
        if not cells.get("unit") and header_unit and cells.get("value"):
            # A value printed with its own unit keeps it ("6.1 %" under "Result (mg/dL)").
            cells["value"], unit = with_unit(cells["value"], None, header_unit)
            cells["unit"] = unit or header_unit
        if not any(cells.values()):
            continue
        rows += 1
        if rows > MAX_RESULTS_PER_REPORT:
            raise UnusableInputError(
                [{"row": row_number, "field": "file", "msg": f"more than {MAX_RESULTS_PER_REPORT} rows"}]
            )
        for field in ("name", "value"):
            if not cells.get(field):
                errors.append({"row": row_number, "field": field, "msg": f"{field} is empty"})
        if raw_date := cells.get("collected_at"):
            try:
                dates.add(parse_report_date(raw_date, field="collected_at"))
            except ValueError as exc:
                errors.append({"row": row_number, "field": "collected_at", "msg": str(exc)})
        if not cells.get("name") or not cells.get("value"):
            continue
        try:
            results.append(
                LabResultCreate.model_validate({k: cells.get(k) or None for k in _CSV_FIELDS}, strict=False)
            )
        except ValidationError as exc:
            errors.extend(_row_errors(row_number, exc))
    if len(dates) > 1:
        errors.append(
            {"row": None, "field": "collected_at", "msg": "rows differ; upload one report per date"}
        )
    if not results and not errors:
        errors.append({"row": None, "field": "file", "msg": "no result rows"})
    if errors:
        raise UnusableInputError(errors[:50])
    return LabReportCreate(
        collected_at=collected_at or next(iter(dates), None) or utcnow(),
        lab_name=lab_name,
        results=results,
    )


def pdf_text(data: bytes, limits: UploadLimits, clock: ParseClock | None = None) -> str:
    """The PDF's text layer; refuses, before reading any page, a PDF with more pages than allowed."""
    # pypdf (~0.1 s to import) loads with the first PDF, not at start-up.
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        # Lab portals often encrypt with an empty user password (AES, through ``cryptography``): such a
        # file opens for anyone, so it opens here too. A real password is the user's to remove.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise UnusableInputError(
                "the PDF is password-protected: save a copy without the password and upload that"
            )
        pages = len(reader.pages)
        if pages > limits.max_pdf_pages:
            raise UnusableInputError(f"the PDF has {pages} pages; at most {limits.max_pdf_pages} are read")
        parts: list[str] = []
        length = 0
        for page in reader.pages:
            if clock is not None:
                clock.check()
            part = page.extract_text() or ""
            parts.append(part)
            length += len(part) + 1
            if length > limits.max_text_chars:
                raise UnusableInputError(
                    f"the document has more than {limits.max_text_chars} characters of text"
                )
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise UnusableInputError("file is not a readable PDF") from exc
    text = "\n".join(parts)
    if not text.strip():
        raise UnusableInputError("the PDF has no text layer (scanned images are not supported)")
    return text


def document_text(
    kind: UploadKind, data: bytes, limits: UploadLimits, clock: ParseClock | None = None
) -> str:
    """The text of a text or PDF upload, within the character limit."""
    text = pdf_text(data, limits, clock) if kind == "pdf" else decode_text(data)
    if not text.strip():
        raise UnusableInputError("the file is empty")
    if len(text) > limits.max_text_chars:
        raise UnusableInputError(f"the document has more than {limits.max_text_chars} characters of text")
    return text
