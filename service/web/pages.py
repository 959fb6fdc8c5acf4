"""What every page needs: the signed-in user, CSRF checks, the language and the template renderer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from service.api.deps import SessionDep, SettingsDep
from service.db.models import User
from service.review.access import Permission, can
from service.review.calendar import VIETNAM
from service.review.state import LABELS
from service.web import session as web_session
from service.web.i18n import LANGUAGE_COOKIE, language_of, translator

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
templates = Jinja2Templates(directory=str(TEMPLATES))


def _local_time(moment: dt.datetime, pattern: str = "%d/%m/%Y %H:%M") -> str:
    """Times are stored in UTC and shown in Vietnam's time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).strftime(pattern)


templates.env.filters["local"] = _local_time


class WebError(Exception):
    """An error answered with an HTML page (or a redirect to the log-in page for 401)."""

    def __init__(self, status: int, key: str, signed: Signed | None = None) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.signed = signed  # so the error page still shows the user's menu


class Signed:
    """The signed-in user of a page request and their session's CSRF token."""

    def __init__(self, user: User, csrf: str) -> None:
        self.user = user
        self.csrf = csrf


def signed_in(request: Request, session: SessionDep, settings: SettingsDep) -> Signed:
    found = web_session.read_session(request, key=settings.signing_key(), minutes=settings.token_minutes)
    user = session.get(User, found.user_id) if found is not None else None
    if found is None or user is None or not user.active:
        raise WebError(401, "error.login_required")
    return Signed(user, found.csrf)


SignedIn = Annotated[Signed, Depends(signed_in)]


async def checked(request: Request, signed: SignedIn) -> Signed:
    """A signed-in user whose state-changing request carries the session's CSRF token."""
    submitted = request.headers.get(web_session.CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(web_session.CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    if not web_session.csrf_matches(web_session.WebSession(signed.user.id, signed.csrf), submitted):
        raise WebError(403, "error.csrf")
    return signed


Checked = Annotated[Signed, Depends(checked)]


def needs(signed: Signed, permission: Permission) -> User:
    if not can(signed.user, permission):
        raise WebError(403, "error.forbidden", signed)
    return signed.user


def language(request: Request) -> str:
    return language_of(request.cookies.get(LANGUAGE_COOKIE))


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    signed: Signed | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    lang = language(request)
    user = signed.user if signed else None
    base = {
        "t": translator(lang),
        "lang": lang,
        "user": user,
        "csrf": signed.csrf if signed else "",
        "can_review": can(user, Permission.review),
        "can_upload": can(user, Permission.upload),
        "is_admin": can(user, Permission.manage_users),
        "labels": LABELS,
        "current_path": quote(request.url.path + ("?" + request.url.query if request.url.query else "")),
    }
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def error_page(request: Request, error: WebError) -> Response:
    if error.status == 401:
        from fastapi.responses import RedirectResponse

        target = request.url.path + ("?" + request.url.query if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    return render(
        request, "error.html", {"message_key": error.key}, signed=error.signed, status_code=error.status
    )
