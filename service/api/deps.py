"""Dependencies shared by the routes, defined once as `Annotated` aliases."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from service.accounts import user_from_token
from service.config import Settings
from service.db.models import Role, User
from service.db.session import session_factory
from service.intake.originals import OriginalStore

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_settings_from_app(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(get_settings_from_app)]


def get_session(settings: SettingsDep) -> Iterator[Session]:
    session = session_factory(settings.effective_database_url)()
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]


def get_store(settings: SettingsDep) -> OriginalStore:
    return OriginalStore(settings.originals_dir)


StoreDep = Annotated[OriginalStore, Depends(get_store)]


def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> User:
    user = user_from_token(session=session, token=token, key=settings.signing_key()) if token else None
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Chưa đăng nhập hoặc phiên đã hết hạn / Not authenticated or the session expired",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def require_role(*roles: Role):  # type: ignore[no-untyped-def]
    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Không có quyền / Forbidden")
        return user

    return Depends(check)
