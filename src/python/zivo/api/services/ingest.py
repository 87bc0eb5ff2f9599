"""An uploaded file becomes a stored report: the one entry for ``POST /v1/lab-reports/upload``.

read (bytes limit) → detect the kind → parse off the event loop (CSV rows; text or PDF pages, characters,
seconds) → for text and PDF, the LLM's structured output → store and queue categorization. Reading and
extraction share one overall deadline; no database connection is held while the file is parsed or the
model answers: the report is stored, all or nothing, once it is complete.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from zivo.api.clients.openai_client import ChatModel, LLMNotConfiguredError
from zivo.api.clients.task_sender import TaskSender
from zivo.api.services.errors import UnusableInputError, UploadTimeoutError
from zivo.api.services.extraction import extract_report
from zivo.api.services.lab_reports import create_report
from zivo.api.services.uploads import (
    ParseClock,
    ReadableUpload,
    UploadKind,
    UploadLimits,
    detect_kind,
    document_text,
    parse_csv,
    parse_datetime,
    read_limited,
)
from zivo.api.settings import ApiSettings
from zivo.core.db.models import LabReport
from zivo.core.schemas.lab_reports import LabReportCreate
from zivo.core.utc import utcnow


class UploadedFile(ReadableUpload, Protocol):
    @property
    def filename(self) -> str | None: ...

    @property
    def content_type(self) -> str | None: ...


async def ingest_upload(
    file: UploadedFile,
    *,
    user_id: uuid.UUID,
    sessions: sessionmaker[Session],
    sender: TaskSender,
    llm: ChatModel | None,
    settings: ApiSettings,
    collected_at: str | None = None,
    lab_name: str | None = None,
) -> LabReport:
    """Store the report the file holds; the form's ``collected_at``/``lab_name`` win over the file's."""
    limits = UploadLimits.from_settings(settings)
    data = await read_limited(file, limits.max_bytes)
    kind = detect_kind(file.filename, file.content_type, data)
    if kind != "csv" and llm is None:
        raise LLMNotConfiguredError()  # at once: nothing parsed, nothing sent anywhere
    when = _form_date(collected_at)
    name = lab_name.strip() or None if lab_name else None
    try:
        async with asyncio.timeout(settings.upload_deadline_seconds):
            report_in = await _read_report(kind, data, llm, limits, collected_at=when, lab_name=name)
    except TimeoutError as exc:
        raise UploadTimeoutError(
            f"the upload was not read within {settings.upload_deadline_seconds:g}s; nothing was stored"
        ) from exc
    # Outside the deadline: a store that has begun must finish, or the client would be told 504 for a
    # report that exists.
    return await run_in_threadpool(_store, sessions, sender, user_id, report_in, kind)


def _store(
    sessions: sessionmaker[Session],
    sender: TaskSender,
    user_id: uuid.UUID,
    report_in: LabReportCreate,
    kind: UploadKind,
) -> LabReport:
    with sessions() as session:
        return create_report(session, sender, user_id, report_in, source=kind)


def _form_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return parse_datetime(raw, field="collected_at")
    except ValueError as exc:
        raise UnusableInputError(str(exc)) from exc


async def _read_report(
    kind: UploadKind,
    data: bytes,
    llm: ChatModel | None,
    limits: UploadLimits,
    *,
    collected_at: datetime | None,
    lab_name: str | None,
) -> LabReportCreate:
    clock = ParseClock(limits.parse_seconds)
    if kind == "csv":
        return await asyncio.to_thread(
            parse_csv, data, collected_at=collected_at, lab_name=lab_name, clock=clock
        )
    assert llm is not None  # checked by the caller, before any work
    text = await asyncio.to_thread(document_text, kind, data, limits, clock)
    extracted = await extract_report(llm, text)
    return LabReportCreate(
        collected_at=collected_at or extracted.collected_at or utcnow(),
        lab_name=lab_name or (extracted.lab_name.strip() or None if extracted.lab_name else None),
        results=extracted.results,
    )
