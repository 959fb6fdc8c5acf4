"""Administration: accounts and the audit log of personal data."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from service.accounts import AccountError
from service.api.deps import SessionDep
from service.review import audit, users
from service.review.access import Permission
from service.web.pages import Checked, SignedIn, needs, render

router = APIRouter(include_in_schema=False)


@router.get("/admin/users")
def users_page(request: Request, signed: SignedIn, session: SessionDep, error: str | None = None) -> Response:
    user = needs(signed, Permission.manage_users)
    accounts = users.list_users(session=session, user=user)
    return render(request, "users.html", {"accounts": accounts, "error": error}, signed=signed)


@router.post("/admin/users")
def create_account(
    signed: Checked,
    session: SessionDep,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()],
) -> Response:
    user = needs(signed, Permission.manage_users)
    try:
        users.add_user(session=session, user=user, name=name, password=password, role=role)
    except AccountError as error:
        session.rollback()
        from urllib.parse import quote

        return RedirectResponse(f"/admin/users?error={quote(str(error))}", status_code=303)
    session.commit()
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/active")
def set_active(
    user_id: int, signed: Checked, session: SessionDep, active: Annotated[str, Form()] = "0"
) -> Response:
    user = needs(signed, Permission.manage_users)
    try:
        users.set_active(session=session, user=user, user_id=user_id, active=active == "1")
    except (LookupError, ValueError):
        session.rollback()
        return RedirectResponse("/admin/users?error=refused", status_code=303)
    session.commit()
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/admin/audit")
def audit_page(
    request: Request, signed: SignedIn, session: SessionDep, letter: int | None = None
) -> Response:
    user = needs(signed, Permission.read_audit)
    entries = audit.recent_entries(session=session, user=user, letter_id=letter)
    return render(request, "audit.html", {"entries": entries, "letter": letter}, signed=signed)
