"""One error shape, documented on every route that can answer it."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from zivo.api.problems import install_error_handlers
from zivo.api.services.errors import UnusableInputError


def _responses(client: TestClient, method: str, path: str) -> set[int]:
    spec = client.app.openapi()  # type: ignore[attr-defined]
    return {int(code) for code in spec["paths"][path][method]["responses"]}


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/v1/auth/register", {202, 413, 422, 429, 503}),
        ("post", "/v1/auth/token", {200, 400, 413, 422, 429, 503}),
        ("get", "/v1/users/me", {200, 401, 503}),
        ("post", "/v1/lab-reports/upload", {201, 400, 401, 413, 415, 422, 502, 503, 504}),
        ("get", "/v1/lab-reports/{report_id}", {200, 401, 404, 422, 503}),
        ("post", "/v1/chat", {200, 401, 413, 422, 502, 503, 504}),
    ],
)
def test_error_statuses_are_documented(
    client: TestClient, method: str, path: str, expected: set[int]
) -> None:
    assert expected <= _responses(client, method, path)


def test_every_documented_error_uses_one_of_two_models(client: TestClient) -> None:
    spec = client.app.openapi()  # type: ignore[attr-defined]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if int(code) < 400 or path == "/readyz":
                    continue
                ref = response["content"]["application/json"]["schema"]["$ref"]
                expected = "HTTPValidationError" if code == "422" else "ErrorPublic"
                assert ref.endswith(expected), (method, path, code)


def test_errors_from_services_and_crashes_keep_the_shape() -> None:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/sentence")
    def sentence() -> None:
        raise UnusableInputError("the file is empty")

    @app.get("/rows")
    def rows() -> None:
        raise UnusableInputError(
            [
                {"row": 3, "field": "name", "msg": "name is empty"},
                {"row": None, "field": "file", "msg": "no rows"},
            ]
        )

    @app.get("/crash")
    def crash() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/sentence").json() == {
            "detail": [{"loc": ["body"], "msg": "the file is empty", "type": "value_error"}]
        }
        assert client.get("/rows").json()["detail"] == [
            {"loc": ["body", "file", 3, "name"], "msg": "name is empty", "type": "value_error"},
            {"loc": ["body", "file", "file"], "msg": "no rows", "type": "value_error"},
        ]
        crashed = client.get("/crash")
        assert crashed.status_code == 500
        assert crashed.json() == {"detail": "internal server error"}
        missing = client.get("/nowhere")
        assert missing.json() == {"detail": "Not Found"}
