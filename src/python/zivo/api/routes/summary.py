"""The per-category summary of the caller's categorized results, computed when read."""

from __future__ import annotations

from fastapi import APIRouter

from zivo.api.deps import CurrentUser, SessionDep
from zivo.api.services import lab_results
from zivo.core.schemas.summaries import CategorySummariesPublic

router = APIRouter(prefix="/v1/lab-summary", tags=["lab-summary"])


@router.get("")
def summary(user: CurrentUser, session: SessionDep) -> CategorySummariesPublic:
    return CategorySummariesPublic(items=lab_results.summaries(session, user.id))
