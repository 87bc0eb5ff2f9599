"""Lab reports: JSON create, file upload, list, read, delete."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Header, Query, UploadFile, status

from zivo.api.deps import (
    ChatMemoryDep,
    CurrentUser,
    OptionalLLMDep,
    SessionDep,
    SessionFactoryDep,
    SettingsDep,
    WaitingUser,
)
from zivo.api.params import Offset
from zivo.api.services import ingest, lab_reports, privacy
from zivo.api.services.idempotency import HEADER, MAX_KEY_LENGTH, IdempotentRequest
from zivo.core.schemas.lab_reports import LabReportCreate, LabReportPublic, LabReportsPublic
from zivo.core.schemas.text import SafeText

router = APIRouter(prefix="/v1/lab-reports", tags=["lab-reports"])


IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias=HEADER,
        max_length=MAX_KEY_LENGTH + 2,
        description="A retry with the same key gets the first response back and stores nothing twice.",
    ),
]


@router.post("", status_code=status.HTTP_201_CREATED)
def create_report(
    data: LabReportCreate,
    user: CurrentUser,
    session: SessionDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> LabReportPublic:
    idempotency = IdempotentRequest.from_header(idempotency_key, b"json", data.model_dump_json().encode())
    report = lab_reports.create_report(session, user.id, data, source="json", idempotency=idempotency)
    return LabReportPublic.model_validate(report)


@router.post("/upload", status_code=status.HTTP_201_CREATED)
async def upload_report(
    file: Annotated[UploadFile, File(description="CSV, plain text or PDF, up to settings.max_upload_bytes.")],
    user: WaitingUser,
    sessions: SessionFactoryDep,
    llm: OptionalLLMDep,
    settings: SettingsDep,
    collected_at: Annotated[SafeText | None, Form(max_length=64)] = None,
    lab_name: Annotated[SafeText | None, Form(max_length=200)] = None,
    idempotency_key: IdempotencyKeyHeader = None,
) -> LabReportPublic:
    report = await ingest.ingest_upload(
        file,
        user_id=user.id,
        sessions=sessions,
        llm=llm,
        settings=settings,
        collected_at=collected_at,
        lab_name=lab_name,
        idempotency_key=idempotency_key,
    )
    return LabReportPublic.model_validate(report)


@router.get("")
def list_reports(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> LabReportsPublic:
    reports, total = lab_reports.list_reports(session, user.id, limit=limit, offset=offset)
    return LabReportsPublic(items=[LabReportPublic.model_validate(r) for r in reports], total=total)


@router.get("/{report_id}")
def get_report(report_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> LabReportPublic:
    return LabReportPublic.model_validate(lab_reports.get_report(session, user.id, report_id))


@router.delete("/{report_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_report(
    report_id: uuid.UUID, user: WaitingUser, sessions: SessionFactoryDep, memory: ChatMemoryDep
) -> None:
    """Delete the report and its results; chat threads that quoted its results are deleted too."""
    await privacy.delete_report(sessions, memory, user.id, report_id)
