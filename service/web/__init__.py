"""The review web UI: server-rendered pages (Jinja2, HTMX for partial loads), no front-end build step.

`install_web(app)` adds the pages, the static files and the HTML error pages to the FastAPI app.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from service.web import (
    admin_routes,
    auth_routes,
    letter_routes,
    model_routes,
    queue_routes,
    upload_routes,
)
from service.web.pages import STATIC, WebError, error_page

router = APIRouter(include_in_schema=False)
for module in (auth_routes, upload_routes, queue_routes, letter_routes, admin_routes, model_routes):
    router.include_router(module.router)


async def _web_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, WebError)
    return error_page(request, error)


def install_web(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(WebError, _web_error)
