"""Lab results: filtered listing and one test's trend."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from zivo.api.deps import CurrentUser, SessionDep
from zivo.api.params import Offset
from zivo.api.services import lab_results
from zivo.core.schemas.lab_results import LabResultsPublic, LabTrendPublic, TrendPointPublic
from zivo.core.schemas.text import SafeText
from zivo.core.utc import UTCDatetime

router = APIRouter(prefix="/v1/lab-results", tags=["lab-results"])


@router.get("", response_model=LabResultsPublic)
def list_results(
    user: CurrentUser,
    session: SessionDep,
    category: Annotated[SafeText | None, Query(max_length=32)] = None,
    name: Annotated[SafeText | None, Query(max_length=200)] = None,
    since: UTCDatetime | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Offset = 0,
) -> Response:
    rows, total = lab_results.list_results(
        session, user.id, category=category, name=name, since=since, limit=limit, offset=offset
    )
    # Serialized once, by the service: FastAPI would validate the page a second time to send it.
    return Response(lab_results.page_json(rows, total), media_type="application/json")


@router.get("/trends")
def trend(
    user: CurrentUser, session: SessionDep, name: Annotated[SafeText, Query(min_length=1, max_length=200)]
) -> LabTrendPublic:
    """One test over time: `name` is a canonical test id, a LOINC code or any of the test's names."""
    series = lab_results.trend(session, user.id, name)
    test = series.test
    return LabTrendPublic(
        normalized_name=series.normalized_name,
        test_id=test.id if test else None,
        loinc=test.loinc if test else None,
        category=test.category if test else None,
        unit=test.unit if test else None,
        points=[
            TrendPointPublic.model_validate(row).model_copy(update={"value": value})
            for row, value in series.points
        ],
    )
