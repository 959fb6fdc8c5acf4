from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.db.models import User
from tests.web.client import form_token, sign_in


@pytest.fixture
def client(install):
    with TestClient(create_app(install.settings)) as test_client:
        yield test_client


def test_login_sets_an_httponly_session_cookie_and_logout_clears_it(client):
    sign_in(client, "reviewer")
    login = client.get("/login")
    response = client.post(
        "/login",
        data={"username": "reviewer", "password": "a-long-password-1", "csrf": form_token(login.text)},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert "petitions_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert client.get("/queue").status_code == 200
    token = form_token(client.get("/queue").text)
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert client.get("/queue", follow_redirects=False).headers["location"].startswith("/login")


def test_wrong_password_and_missing_login_token_are_refused(client):
    page = client.get("/login")
    wrong = client.post(
        "/login", data={"username": "reviewer", "password": "nope-nope-nope", "csrf": form_token(page.text)}
    )
    assert wrong.status_code == 401 and "Sai tên đăng nhập" in wrong.text
    forged = client.post(
        "/login", data={"username": "reviewer", "password": "a-long-password-1", "csrf": "x"}
    )
    assert forged.status_code == 401


def test_state_changes_need_the_sessions_csrf_token(client, install):
    token = sign_in(client, "admin")
    data = {"name": "newcomer", "password": "another-password", "role": "clerk"}
    assert client.post("/admin/users", data=data, follow_redirects=False).status_code == 403
    assert (
        client.post("/admin/users", data={**data, "csrf": "forged"}, follow_redirects=False).status_code
        == 403
    )
    assert (
        client.post("/admin/users", data={**data, "csrf": token}, follow_redirects=False).status_code == 303
    )
    header = client.post(
        "/admin/users",
        data={**data, "name": "second"},
        headers={"X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert header.status_code == 303


def test_a_forged_cookie_is_not_a_session(client):
    client.cookies.set("petitions_session", "eyJ1aWQiOjF9.forged.signature")
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_deactivating_an_account_ends_its_sessions(client, install):
    sign_in(client, "reviewer")
    with install.session() as session:
        session.get(User, install.users["reviewer"]).active = False
        session.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(client, target):
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": "reviewer",
            "password": "a-long-password-1",
            "csrf": form_token(page.text),
            "next": target,
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_language_switch(client):
    sign_in(client, "reviewer")
    assert "Hàng chờ duyệt" in client.get("/queue").text
    client.get("/lang/en?next=/queue")
    page = client.get("/queue").text
    assert "Review queue" in page and "Hàng chờ duyệt" not in page
