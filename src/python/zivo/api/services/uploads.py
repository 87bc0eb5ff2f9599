"""Reading an uploaded file into a report: CSV parsed here, plain text and PDF read here for the LLM.

Every limit is checked as soon as it can be and parsing stops at the first one reached: bytes while the
body is read (413), then rows, pages, characters and seconds (422). Parsing is CPU work: callers run it
off the event loop (see ``services/ingest.py``).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import time
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import PurePath
from typing import Any, Literal, Protocol

from pydantic import TypeAdapter, ValidationError

from zivo.api.services import csv_headers
from zivo.api.services.errors import UnsupportedUploadError, UnusableInputError, UploadTooLargeError
from zivo.api.settings import ApiSettings
from zivo.core.lab_values import lab_unit, read_flag, with_unit
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
_CSV_FIELDS = ("name", "value", "unit", "reference_range", "flag")
_UTC_DATETIME: TypeAdapter[datetime] = TypeAdapter(UTCDatetime)
_CHUNK = 64 * 1024
_TABLE_SNIFF_BYTES = 16 * 1024  # even: a UTF-16 text is not cut inside a code unit


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
    if kind == "text" and _is_table(data):
        return "csv"  # Excel's "Text (Tab delimited)" saves a table as .txt: read, not sent to the LLM
    return kind


def _is_table(data: bytes) -> bool:
    """A text whose first lines hold a header naming a name and a value column, as a CSV's would."""
    try:
        _find_header(_lines(decode_text(data[:_TABLE_SNIFF_BYTES])))
    except UnusableInputError:
        return False
    return True


# UTF-32's little-endian mark begins with UTF-16's: the longer marks are tried first.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """An uploaded text: UTF-8 (with or without Excel's byte order mark); UTF-16 or UTF-32 with a byte
    order mark, or UTF-16 without one (Excel's "Unicode Text", some lab systems' exports); otherwise
    Windows-1252, what Excel writes a CSV in on Western-European Windows."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnusableInputError(f"the file starts as {codec.upper()} text but is not") from exc
    if (utf16 := _utf16_without_mark(data)) is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: text in Latin script has a zero byte beside every letter."""
    sample = data[:512]
    if len(sample) < 4 or b"\x00" not in sample[:4]:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


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
    "%b %d %Y",
    "%B %d %Y",
)
# "2024年3月25日" (Chinese, Japanese), "2024년 3월 25일" and "2024. 3. 25." (Korean): year, month, day.
_YEAR_FIRST_DATE = re.compile(r"^(\d{4})\s*[年년.]\s*(\d{1,2})\s*[月월.]\s*(\d{1,2})\s*[日일.]?$")
_DATE_WORDS = re.compile(r"\d+|[^\W\d_]+")


@dataclass(frozen=True)
class _MonthNames:
    months: Mapping[str, int]  # a folded month name -> its number
    fillers: frozenset[str]


@cache
def _month_names() -> _MonthNames:
    """report_dates.toml: month names of the languages zivo reads, read once."""
    text = resources.files("zivo.api.services").joinpath("report_dates.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    months = {name: int(month) for month, names in data["months"].items() for name in names}
    return _MonthNames(months, frozenset(data["fillers"]))


def _named_month_day(text: str) -> datetime | None:
    """A date whose month is a word of another language ("25 mars 2024", "25. März 2024", "25 de marzo de
    2024", "25 марта 2024 г."), day before month or month before day, with a four-digit year."""
    names = _month_names()
    words = [word for word in _DATE_WORDS.findall(csv_headers.fold(text)) if word not in names.fillers]
    if len(words) != 3 or not words[2].isdigit() or len(words[2]) != 4:
        return None
    day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
    if not day.isdigit() or month not in names.months:
        return None
    return _day(int(words[2]), names.months[month], int(day))


def _day(year: int, month: int, day: int) -> datetime | None:
    """That day at midnight UTC; None when there is no such day (``31 février``)."""
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


_SLASHED_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")


# A time after the date, as portals print one: "08:30", "8:30:15", "8:30 AM", "08.30" is not one.
_TIME = re.compile(
    r"^(?P<date>.+?)[ T,]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?$"
)


def parse_report_date(raw: str, *, field: str) -> datetime:
    """A date in a CSV cell: ISO 8601, or a form lab portals export whose day and month cannot be
    mistaken (``2024/03/12``, ``12.03.2024``, ``12-Mar-2024``, ``Mar 12, 2024``; ``25/03/2024`` or
    ``03/25/2024``, where one part is over 12), with or without a time (``03/25/2024 8:30 AM``,
    ``25.03.2024 14:05``), read as UTC like ISO 8601 without an offset. ``03/04/2024`` is refused,
    saying why: April or March."""
    try:
        return parse_datetime(raw, field=field)
    except ValueError as error:
        not_a_date = error
    text = " ".join(raw.split())
    if (timed := _TIME.match(text)) is not None:
        day = _report_day(timed["date"], field=field)
        hour, minute, second = int(timed["hour"]), int(timed["minute"]), int(timed["second"] or 0)
        if timed["half"] is not None:
            if not 1 <= hour <= 12:
                raise not_a_date
            hour = hour % 12 + (12 if timed["half"] in "Pp" else 0)
        if day is None or hour > 23 or minute > 59 or second > 59:
            raise not_a_date
        return day.replace(hour=hour, minute=minute, second=second)
    day = _report_day(text, field=field)
    if day is None:
        raise not_a_date
    return day


def _report_day(text: str, *, field: str) -> datetime | None:
    """The day a report date names, at midnight UTC; None when it is no such date."""
    try:
        return parse_datetime(text, field=field)
    except ValueError:
        pass
    for form in _REPORT_DATE_FORMATS:
        try:
            return datetime.strptime(text, form).replace(tzinfo=UTC)
        except ValueError:
            continue
    if match := _YEAR_FIRST_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day)
    if (named := _named_month_day(text)) is not None:
        return named
    if match := _SLASHED_DATE.match(text):
        first, second, year = (int(part) for part in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(f"{field} {text!r} reads as two dates (day/month or month/day): use YYYY-MM-DD")
        day, month = (second, first) if second > 12 else (first, second)
        return _day(year, month, day)
    return None


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


# How far down the header may be: exports often begin with a few lines about the patient or the report.
_HEADER_SEARCH_LINES = 20
_SEPARATOR_HINT = re.compile(r"^sep=(.)$")  # Excel's first line naming the separator: "sep=;"


@dataclass(frozen=True)
class _Header:
    line: int  # 1-based, in the file
    cells: list[str]
    delimiter: str
    positions: dict[str, int]


def _lines(text: str) -> list[str]:
    """The file's lines, whatever ends them (``\\n``, ``\\r\\n``, an old Mac's ``\\r``); unlike
    ``str.splitlines`` no other character ends one, so a cell keeps what it holds."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _records(lines: list[str], header: _Header) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header, each with its number; what the csv module refuses (a cell longer than
    it allows) is a 422 naming the row."""
    reader = csv.reader(io.StringIO("\n".join(lines[header.line :])), delimiter=header.delimiter)
    try:
        yield from enumerate(reader, start=header.line + 1)
    except csv.Error as exc:
        line = header.line + reader.line_num
        raise UnusableInputError(
            [{"row": line, "field": "file", "msg": f"not readable as CSV: {exc}"}]
        ) from exc


def _find_header(lines: list[str]) -> _Header:
    """The first of the first lines that names a name and a value column; the lines before it (a title,
    the patient, the report's date) are not results."""
    hint = _SEPARATOR_HINT.match(lines[0].strip()) if lines else None
    first: _Header | None = None
    for index, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        if not line.strip() or (index == 0 and hint):
            continue
        delimiter = hint.group(1) if hint else _delimiter(line)
        cells = next(csv.reader([line], delimiter=delimiter), [])
        header = _Header(index + 1, cells, delimiter, csv_headers.columns(cells))
        if "name" in header.positions and "value" in header.positions:
            return header
        first = first or header
    missing = [field for field in ("name", "value") if first is None or field not in first.positions]
    raise UnusableInputError(
        [
            {
                "row": first.line if first else 1,
                "field": field,
                "msg": f"column missing from header (e.g. {_examples(field)})",
            }
            for field in missing
        ]
    )


def parse_csv(
    data: bytes, *, collected_at: datetime | None, lab_name: str | None, clock: ParseClock | None = None
) -> LabReportCreate:
    """Parse ``name,value,unit,reference_range[,collected_at]`` (or separated by ``;``, a tab or ``|``);
    rows count from 1 at the file's first line. The header may name the columns as lab portals export
    them (``Test Name,Result,Units,Reference Range``; csv_headers.toml lists what is read), in any
    order, and may follow a few lines about the patient or the report. A row with only a name (a
    section's title, ``HAEMATOLOGY``, or a closing line) is not a result and is passed over.

    Stops at the first row past ``MAX_RESULTS_PER_REPORT``: a huge file costs no more than a full one.
    """
    text = decode_text(data)
    if not text.strip():
        raise UnusableInputError([{"row": None, "field": "file", "msg": "the file is empty"}])
    lines = _lines(text)
    header = _find_header(lines)
    positions = header.positions
    # "Result (mg/dL)": a unit for every row that gives none of its own ("Value (SI)" is a note, not one).
    header_unit = csv_headers.note(header.cells[positions["value"]])
    if header_unit is not None and not lab_unit(header_unit):
        header_unit = None
    errors: list[dict[str, Any]] = []
    results: list[LabResultCreate] = []
    dates: set[datetime] = set()
    rows = 0
    for row_number, row in _records(lines, header):
        if clock is not None and row_number % 64 == 0:
            clock.check()
        cells = {field: row[at].strip() for field, at in positions.items() if at < len(row)}
        if cells.get("name") and not any(
            cell.strip() for at, cell in enumerate(row) if at != positions["name"]
        ):
            continue  # a section's title or a closing line: a name and nothing else
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
            elif "\n" in cells[field]:  # the rows after a quote left open, read as one cell
                errors.append(
                    {"row": row_number, "field": field, "msg": f"{field} spans lines (a quote left open?)"}
                )
                cells[field] = ""
        if raw_date := cells.get("collected_at"):
            try:
                dates.add(parse_report_date(raw_date, field="collected_at"))
            except ValueError as exc:
                errors.append({"row": row_number, "field": "collected_at", "msg": str(exc)})
        if not cells.get("name") or not cells.get("value"):
            continue
        # A flag column's "High", "(H)" or "↑" is the lab's H; "A" or "*" names no direction.
        fields = {k: cells.get(k) or None for k in _CSV_FIELDS} | {"flag": read_flag(cells.get("flag"))}
        try:
            results.append(LabResultCreate.model_validate(fields, strict=False))
        except ValidationError as exc:
            errors.extend(_row_errors(row_number, exc))
    # One report is one collection: rows may give its times (08:30, 08:45), not different days.
    if len({date.date() for date in dates}) > 1:
        errors.append(
            {"row": None, "field": "collected_at", "msg": "rows differ; upload one report per date"}
        )
    if not results and not errors:
        errors.append({"row": None, "field": "file", "msg": "no result rows"})
    if errors:
        raise UnusableInputError(errors[:50])
    return LabReportCreate(
        collected_at=collected_at or min(dates, default=None) or utcnow(),
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
