"""Signing in through the real log-in form, as a browser would."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.review.fixtures import PASSWORD

CSRF = re.compile(r'name="csrf" value="([^"]*)"')


def form_token(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the page has a form with a CSRF token"
    return match.group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in and return the session's CSRF token."""
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": name, "password": password, "csrf": form_token(page.text), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return session_token(client)


def session_token(client: TestClient) -> str:
    page = client.get("/queue")
    if page.status_code != 200:
        page = client.get("/upload")
    if page.status_code != 200:
        page = client.get("/admin/users")
    return form_token(page.text)


def bearer(client: TestClient, name: str, password: str = PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", data={"username": name, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
