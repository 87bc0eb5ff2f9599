"""The per-category summary the ML worker maintains."""

from __future__ import annotations

from fastapi import APIRouter

from zivo.api.deps import CurrentUser, SessionDep
from zivo.api.services import lab_results
from zivo.core.schemas.summaries import CategorySummariesPublic, CategorySummaryPublic

router = APIRouter(prefix="/v1/lab-summary", tags=["lab-summary"])


@router.get("")
def summary(user: CurrentUser, session: SessionDep) -> CategorySummariesPublic:
    rows = lab_results.summaries(session, user.id)
    return CategorySummariesPublic(items=[CategorySummaryPublic.model_validate(row) for row in rows])
