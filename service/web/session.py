"""Log-in sessions for the web UI: a signed, HttpOnly cookie, and a CSRF token bound to it.

The cookie holds the user id, a random CSRF token and the time of log-in, signed with the installation's
key; the account is re-read on every request, so deactivating it ends its sessions. Every state-changing
request must echo the CSRF token (a form field or the X-CSRF-Token header that HTMX sends).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "petitions_session"
LOGIN_COOKIE = "petitions_login"  # carries the CSRF token of the log-in form itself
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SALT = "web-session"
LOGIN_SALT = "web-login"


@dataclass(frozen=True)
class WebSession:
    user_id: int
    csrf: str


def _serializer(key: str, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(key, salt=salt)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def open_session(response: Response, request: Request, *, key: str, user_id: int, minutes: int) -> None:
    token = _serializer(key, SALT).dumps({"uid": user_id, "csrf": secrets.token_urlsafe(24)})
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=minutes * 60,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )


def read_session(request: Request, *, key: str, minutes: int) -> WebSession | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        data = _serializer(key, SALT).loads(token, max_age=minutes * 60)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("uid"), int):
        return None
    return WebSession(user_id=data["uid"], csrf=str(data.get("csrf", "")))


def close_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def login_csrf(request: Request, response: Response, *, key: str) -> str:
    """The token of the log-in form, kept in a short-lived signed cookie (there is no session yet)."""
    token = secrets.token_urlsafe(24)
    response.set_cookie(
        LOGIN_COOKIE,
        _serializer(key, LOGIN_SALT).dumps(token),
        max_age=3600,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/login",
    )
    return token


def check_login_csrf(request: Request, submitted: str | None, *, key: str) -> bool:
    cookie = request.cookies.get(LOGIN_COOKIE)
    if not cookie or not submitted:
        return False
    try:
        expected = _serializer(key, LOGIN_SALT).loads(cookie, max_age=3600)
    except BadSignature:
        return False
    return hmac.compare_digest(str(expected), submitted)


def csrf_matches(session: WebSession, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf, str(submitted))
