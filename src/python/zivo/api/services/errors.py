"""Domain errors raised by services and mapped to HTTP responses once, in the app."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    status_code = 400

    def __init__(self, detail: Any) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFoundError(ServiceError):
    status_code = 404


class ConflictError(ServiceError):
    status_code = 409


class UnsupportedUploadError(ServiceError):
    status_code = 415


class UploadTooLargeError(ServiceError):
    status_code = 413


class UnusableInputError(ServiceError):
    """Nothing usable came out of the input; ``detail`` names what was wrong and where."""

    status_code = 422


class UploadTimeoutError(ServiceError):
    """The upload (reading, extraction) did not finish within its overall deadline."""

    status_code = 504
