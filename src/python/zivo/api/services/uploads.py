"""Turning an uploaded file into a report: CSV parsed here, plain text and PDF through the LLM.

Limits: ``settings.max_upload_bytes`` (413 above it); CSV, plain text and PDF only (415 otherwise).
The collection date comes from the ``collected_at`` form field, else the file (CSV column or what the
LLM read), else the upload time.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from zivo.api.clients.openai_client import ChatModel
from zivo.api.services.errors import UnsupportedUploadError, UnusableInputError, UploadTooLargeError
from zivo.api.services.extraction import extract_report
from zivo.core.schemas.lab_reports import MAX_RESULTS_PER_REPORT, LabReportCreate
from zivo.core.schemas.lab_results import LabResultCreate
from zivo.core.schemas.timestamps import parse_utc_datetime

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
_CHUNK = 64 * 1024


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


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_datetime(raw: str, *, field: str) -> datetime:
    return parse_utc_datetime(raw, field=field)


def _row_errors(row: int, exc: ValidationError) -> list[dict[str, Any]]:
    return [
        {"row": row, "field": str(error["loc"][0]) if error["loc"] else "row", "msg": error["msg"]}
        for error in exc.errors()
    ]


def parse_csv(data: bytes, *, collected_at: datetime | None, lab_name: str | None) -> LabReportCreate:
    """Parse ``name,value,unit,reference_range[,collected_at]``; rows count from 1 at the header."""
    reader = csv.DictReader(io.StringIO(_decode(data)))
    header = [(column or "").strip().lower() for column in reader.fieldnames or []]
    missing = [column for column in ("name", "value") if column not in header]
    if missing:
        raise UnusableInputError(
            [{"row": 1, "field": column, "msg": "column missing from header"} for column in missing]
        )
    reader.fieldnames = header
    errors: list[dict[str, Any]] = []
    results: list[LabResultCreate] = []
    dates: set[datetime] = set()
    for row_number, row in enumerate(reader, start=2):
        cells = {key: (value or "").strip() for key, value in row.items() if isinstance(key, str)}
        if not any(cells.values()):
            continue
        for field in ("name", "value"):
            if not cells.get(field):
                errors.append({"row": row_number, "field": field, "msg": f"{field} is empty"})
        if raw_date := cells.get("collected_at"):
            try:
                dates.add(parse_datetime(raw_date, field="collected_at"))
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
    if len(results) > MAX_RESULTS_PER_REPORT:
        errors.append({"row": None, "field": "file", "msg": f"more than {MAX_RESULTS_PER_REPORT} rows"})
    if errors:
        raise UnusableInputError(errors[:50])
    return LabReportCreate(
        collected_at=collected_at or next(iter(dates), None) or datetime.now(UTC),
        lab_name=lab_name,
        results=results,
    )


def pdf_text(data: bytes) -> str:
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
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise UnusableInputError("file is not a readable PDF") from exc
    if not text.strip():
        raise UnusableInputError("the PDF has no text layer (scanned images are not supported)")
    return text


async def report_from_upload(
    llm: ChatModel, *, kind: UploadKind, data: bytes, collected_at: datetime | None, lab_name: str | None
) -> LabReportCreate:
    if kind == "csv":
        return parse_csv(data, collected_at=collected_at, lab_name=lab_name)
    text = pdf_text(data) if kind == "pdf" else _decode(data)
    if not text.strip():
        raise UnusableInputError("the file is empty")
    extracted = await extract_report(llm, text)
    return LabReportCreate(
        collected_at=collected_at or extracted.collected_at or datetime.now(UTC),
        lab_name=lab_name or extracted.lab_name,
        results=extracted.results,
    )
