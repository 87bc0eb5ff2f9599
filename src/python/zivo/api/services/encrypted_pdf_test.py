"""Encrypted PDFs: an empty user password (what lab portals send) opens; a real password is a clear 422."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from zivo.api.services.errors import UnusableInputError
from zivo.api.services.uploads import UploadLimits, pdf_text
from zivo.api.testing.pdf import text_pdf

LIMITS = UploadLimits(max_bytes=1024 * 1024, max_pdf_pages=5, max_text_chars=10_000, parse_seconds=10)


def _encrypted(user_password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Glucose 105 mg/dL 70-99"]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_pdf_with_empty_user_password_opens(algorithm: str) -> None:
    assert "Glucose 105" in pdf_text(_encrypted("", algorithm), LIMITS)


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_password_protected_pdf_is_a_clear_422(algorithm: str) -> None:
    with pytest.raises(UnusableInputError) as refused:
        pdf_text(_encrypted("patient-password", algorithm), LIMITS)
    assert "password-protected" in str(refused.value.detail)
