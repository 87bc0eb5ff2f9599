"""Pydantic v2 schemas shared by the API and the worker (``XCreate`` / ``XPublic`` / ``XsPublic``)."""
