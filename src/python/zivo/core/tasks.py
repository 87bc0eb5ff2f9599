"""The contract between the API (sender) and the ML worker (consumer).

The API sends tasks by name with Celery's ``send_task`` and never imports ``zivo.ml``; the worker
registers its tasks under these same names. Payloads are pydantic models, sent as JSON dicts.
"""

from __future__ import annotations

import uuid
from typing import Final

from pydantic import BaseModel, ConfigDict

CATEGORIZE_TASK: Final = "zivo.ml.categorize_report"
SWEEP_PENDING_TASK: Final = "zivo.ml.sweep_pending"

CATEGORIZE_QUEUE: Final = "zivo.categorize"

TASK_QUEUES: Final[dict[str, str]] = {
    CATEGORIZE_TASK: CATEGORIZE_QUEUE,
    SWEEP_PENDING_TASK: CATEGORIZE_QUEUE,
}


class CategorizeReport(BaseModel):
    """Categorize the pending results of one lab report."""

    model_config = ConfigDict(frozen=True)

    report_id: uuid.UUID
    user_id: uuid.UUID
