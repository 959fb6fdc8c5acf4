from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.accounts import create_user
from service.api.app import create_app
from service.db import migrate, session_scope


@pytest.fixture
def client(settings):
    migrate(settings.effective_database_url)
    with session_scope(settings.effective_database_url) as session:
        create_user(session=session, name="clerk1", password="clerk-password", role="clerk")
        create_user(session=session, name="clerk2", password="clerk-password", role="clerk")
        create_user(session=session, name="rev", password="reviewer-password", role="reviewer")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def login(client, name, password):
    response = client.post("/api/v1/auth/token", data={"username": name, "password": password})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    return {"Authorization": f"Bearer {body['access_token']}"}


def test_health_needs_no_login(client):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_openapi_docs_are_served(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/petitions" in paths and "/api/v1/auth/token" in paths


def test_wrong_password_is_refused(client):
    response = client.post("/api/v1/auth/token", data={"username": "clerk1", "password": "nope-nope"})
    assert response.status_code == 401
    assert (
        client.post("/api/v1/auth/token", data={"username": "ghost", "password": "x" * 9}).status_code == 401
    )


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/petitions"),
        ("get", "/api/v1/petitions/1"),
        ("get", "/api/v1/petitions/1/original"),
        ("get", "/api/v1/petitions/1/pages/1/image"),
        ("post", "/api/v1/petitions/1/retry"),
    ],
)
def test_every_route_but_health_needs_a_login(client, method, path):
    assert getattr(client, method)(path).status_code == 401
    assert (
        getattr(client, method)(path, headers={"Authorization": "Bearer forged.token.value"}).status_code
        == 401
    )


def test_upload_is_accepted_then_deduplicated(client):
    headers = login(client, "clerk1", "clerk-password")
    first = client.post(
        "/api/v1/petitions", headers=headers, files={"file": ("a.jpg", b"%PDF-1.4 x", "image/jpeg")}
    )
    assert first.status_code == 202 and first.json()["status"] == "received"
    again = client.post("/api/v1/petitions", headers=headers, files={"file": ("b.pdf", b"%PDF-1.4 x")})
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    letter = client.get(f"/api/v1/petitions/{first.json()['id']}", headers=headers).json()
    assert letter["original"]["media_type"] == "application/pdf"
    assert set(letter) >= {"id", "status", "error", "pages", "text", "analysis", "review"}
    original = client.get(f"/api/v1/petitions/{letter['id']}/original", headers=headers)
    assert original.content == b"%PDF-1.4 x"


def test_empty_and_oversized_uploads_are_refused_with_reasons(client, settings):
    headers = login(client, "clerk1", "clerk-password")
    empty = client.post("/api/v1/petitions", headers=headers, files={"file": ("e.pdf", b"")})
    assert empty.status_code == 400 and empty.json()["detail"]["code"] == "empty"
    assert "rỗng" in empty.json()["detail"]["message_vi"]
    settings.limits.max_upload_bytes = 100
    big = client.post("/api/v1/petitions", headers=headers, files={"file": ("big.pdf", b"%PDF" + b"0" * 500)})
    assert big.status_code == 413 and big.json()["detail"]["code"] == "too_large"


def test_a_clerk_sees_only_their_own_letters(client):
    mine = login(client, "clerk1", "clerk-password")
    other = login(client, "clerk2", "clerk-password")
    reviewer = login(client, "rev", "reviewer-password")
    letter_id = client.post(
        "/api/v1/petitions", headers=mine, files={"file": ("a.png", b"\x89PNG\r\n\x1a\nA")}
    ).json()["id"]
    assert client.get(f"/api/v1/petitions/{letter_id}", headers=other).status_code == 404
    assert client.get(f"/api/v1/petitions/{letter_id}/original", headers=other).status_code == 404
    assert client.get("/api/v1/petitions", headers=other).json()["items"] == []
    assert client.get(f"/api/v1/petitions/{letter_id}", headers=reviewer).status_code == 200
    assert [item["id"] for item in client.get("/api/v1/petitions", headers=mine).json()["items"]] == [
        letter_id
    ]


def test_only_failed_letters_can_be_retried(client):
    headers = login(client, "clerk1", "clerk-password")
    letter_id = client.post(
        "/api/v1/petitions", headers=headers, files={"file": ("a.png", b"\x89PNG\r\n\x1a\nB")}
    ).json()["id"]
    assert client.post(f"/api/v1/petitions/{letter_id}/retry", headers=headers).status_code == 409
