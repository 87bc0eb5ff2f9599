"""Accounts and tokens."""

from __future__ import annotations

import re
import uuid

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

PASSWORD_RULE = "at least 8 characters (at most 128), with at least one letter and one digit"


class UserCreate(BaseModel):
    email: EmailStr
    password: str = Field(description=f"Password: {PASSWORD_RULE}.")

    @field_validator("email")
    @classmethod
    def _lowercase_email(cls, value: str) -> str:
        # One account per mailbox, whatever the capitalization.
        return value.lower()

    @field_validator("password")
    @classmethod
    def _strong_enough(cls, value: str) -> str:
        if not (8 <= len(value) <= 128) or not re.search(r"[^\W\d_]", value) or not re.search(r"\d", value):
            raise ValueError(f"password must have {PASSWORD_RULE}")
        return value


REGISTRATION_ACCEPTED = (
    "If this email can be registered, the account now exists with this password; sign in to continue."
)


class RegistrationPublic(BaseModel):
    """The one answer to every well-formed registration: it never says whether the email was taken."""

    email: str
    detail: str


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
