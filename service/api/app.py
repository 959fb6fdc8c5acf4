"""The FastAPI application: API routes, health, and (later) the review UI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text

from service.api import auth, petitions
from service.api import models as models_api
from service.api import review as review_api
from service.config import Settings, get_settings
from service.db import migrate
from service.db.session import engine_for
from service.web import install_web


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        settings.ensure_dirs()
        migrate(settings.effective_database_url)
        settings.signing_key()
        yield

    app = FastAPI(
        title="Petitions",
        summary="Reads, labels and flags citizens' petition letters for human review",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.include_router(auth.router)
    app.include_router(petitions.router)
    app.include_router(review_api.router)
    app.include_router(models_api.router)
    install_web(app)

    @app.get("/healthz", tags=["health"])
    def healthz() -> Any:
        try:
            with engine_for(settings.effective_database_url).connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:  # noqa: BLE001 - health reports any database failure
            return JSONResponse({"status": "error", "database": str(error)[:200]}, status_code=503)
        return {"status": "ok", "database": "ok"}

    return app
