"""The assistant's threads, as their owner manages them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from zivo.api.deps import CurrentUser, SessionDep
from zivo.api.services import personal_data

router = APIRouter(prefix="/v1/chat/threads", tags=["chat"])


@router.delete("/{thread_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_thread(thread_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    """Delete a thread and every message in it."""
    personal_data.delete_thread(session, user.id, thread_id)
