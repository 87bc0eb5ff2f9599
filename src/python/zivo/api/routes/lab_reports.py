"""Lab reports: JSON create, file upload, list, read, delete."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile, status
from starlette.concurrency import run_in_threadpool

from zivo.api.deps import CurrentUser, LLMDep, SessionDep, SettingsDep, TaskSenderDep
from zivo.api.params import Offset
from zivo.api.services import lab_reports, uploads
from zivo.api.services.errors import UnusableInputError
from zivo.core.schemas.lab_reports import LabReportCreate, LabReportPublic, LabReportsPublic
from zivo.core.schemas.text import SafeText

router = APIRouter(prefix="/v1/lab-reports", tags=["lab-reports"])


@router.post("", status_code=status.HTTP_201_CREATED)
def create_report(
    data: LabReportCreate, user: CurrentUser, session: SessionDep, sender: TaskSenderDep
) -> LabReportPublic:
    report = lab_reports.create_report(session, sender, user.id, data, source="json")
    return LabReportPublic.model_validate(report)


@router.post("/upload", status_code=status.HTTP_201_CREATED)
async def upload_report(
    file: Annotated[UploadFile, File(description="CSV, plain text or PDF, up to settings.max_upload_bytes.")],
    user: CurrentUser,
    session: SessionDep,
    sender: TaskSenderDep,
    llm: LLMDep,
    settings: SettingsDep,
    collected_at: Annotated[SafeText | None, Form(max_length=64)] = None,
    lab_name: Annotated[SafeText | None, Form(max_length=200)] = None,
) -> LabReportPublic:
    data = await uploads.read_limited(file, settings.max_upload_bytes)
    kind = uploads.detect_kind(file.filename, file.content_type, data)
    try:
        when: datetime | None = (
            uploads.parse_datetime(collected_at, field="collected_at") if collected_at else None
        )
    except ValueError as exc:
        raise UnusableInputError(str(exc)) from exc
    report_in = await uploads.report_from_upload(
        llm, kind=kind, data=data, collected_at=when, lab_name=lab_name.strip() or None if lab_name else None
    )
    report = await run_in_threadpool(
        lab_reports.create_report, session, sender, user.id, report_in, source=kind
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
def delete_report(
    report_id: uuid.UUID, user: CurrentUser, session: SessionDep, sender: TaskSenderDep
) -> None:
    lab_reports.delete_report(session, sender, user.id, report_id)
