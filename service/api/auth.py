from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from service.accounts import authenticate, issue_token
from service.api.deps import SessionDep, SettingsDep

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/token")
def login_for_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep, settings: SettingsDep
) -> dict[str, str]:
    user = authenticate(session=session, name=form.username, password=form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    session.commit()  # a rehashed password is kept
    token = issue_token(user, key=settings.signing_key(), minutes=settings.token_minutes)
    return {"access_token": token, "token_type": "bearer"}
