"""Log-in, log-out, the home page and the language switch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from service.accounts import authenticate
from service.api.deps import SessionDep, SettingsDep
from service.review.access import Permission, can
from service.web import session as web_session
from service.web.i18n import LANGUAGE_COOKIE, LANGUAGES
from service.web.pages import Checked, SignedIn, render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only a path on this site, never another host (an open redirect would help phishing)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/")
def home(signed: SignedIn) -> Response:
    if can(signed.user, Permission.review):
        return RedirectResponse("/queue", status_code=303)
    return RedirectResponse("/upload", status_code=303)


@router.get("/login")
def login_page(request: Request, settings: SettingsDep, next: str | None = None) -> Response:
    response = Response()
    token = web_session.login_csrf(request, response, key=settings.signing_key())
    page = render(request, "login.html", {"login_csrf": token, "next": _safe_next(next), "failed": False})
    page.headers.append("set-cookie", response.headers["set-cookie"])
    return page


@router.post("/login")
def login_submit(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    key = settings.signing_key()
    valid_form = web_session.check_login_csrf(request, csrf, key=key)
    user = authenticate(session=session, name=username, password=password) if valid_form else None
    if user is None:
        response = Response()
        token = web_session.login_csrf(request, response, key=key)
        context = {"login_csrf": token, "next": _safe_next(next), "failed": True, "username": username}
        page = render(request, "login.html", context, status_code=401)
        page.headers.append("set-cookie", response.headers["set-cookie"])
        return page
    session.commit()  # a rehashed password is kept
    redirect = RedirectResponse(_safe_next(next), status_code=303)
    web_session.open_session(redirect, request, key=key, user_id=user.id, minutes=settings.token_minutes)
    redirect.delete_cookie(web_session.LOGIN_COOKIE, path="/login")
    return redirect


@router.post("/logout")
def logout(_signed: Checked) -> Response:
    response = RedirectResponse("/login", status_code=303)
    web_session.close_session(response)
    return response


@router.get("/lang/{code}")
def switch_language(code: str, next: str | None = None) -> Response:
    response = RedirectResponse(_safe_next(next), status_code=303)
    if code in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, samesite="lax", path="/")
    return response
