"""The queue page and the register export."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from service.api.deps import SessionDep
from service.review import export
from service.review.access import Permission
from service.review.decisions import handlers
from service.review.queue import known_flag_codes, parse_filter, queue_page
from service.review.state import LEVELS
from service.understanding.types import FIELDS
from service.web.pages import SignedIn, language, needs, render

router = APIRouter(include_in_schema=False)


@router.get("/queue")
def queue(
    request: Request,
    signed: SignedIn,
    session: SessionDep,
    after: str | None = None,
    before: str | None = None,
) -> Response:
    user = needs(signed, Permission.review)
    filters = parse_filter(dict(request.query_params))
    page = queue_page(session=session, user=user, filters=filters, after=after, before=before)
    session.commit()  # rows the queue caught up with are kept
    params = filters.as_params()
    context = {
        "page": page,
        "filters": filters,
        "params": params,
        "query": urlencode(params),
        "fields": FIELDS,
        "levels": LEVELS,
        "flag_codes": known_flag_codes(session),
        "handlers": {h.id: h.name for h in handlers(session)},
    }
    return render(request, "queue.html", context, signed=signed)


def _export(request: Request, signed: SignedIn, session: SessionDep, kind: str) -> Response:
    user = needs(signed, Permission.review)
    filters = parse_filter(dict(request.query_params))
    lang = language(request)
    rows = export.register_rows(session=session, user=user, filters=filters, channel="web")
    body = export.to_csv(rows, lang) if kind == "csv" else export.to_xlsx(rows, lang)
    session.commit()  # the audit entry of the export
    media = "text/csv; charset=utf-8" if kind == "csv" else export.XLSX_MEDIA_TYPE
    name = f"so-theo-doi-don-{dt.date.today().isoformat()}.{kind}"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/export.csv")
def export_csv(request: Request, signed: SignedIn, session: SessionDep) -> Response:
    return _export(request, signed, session, "csv")


@router.get("/export.xlsx")
def export_xlsx(request: Request, signed: SignedIn, session: SessionDep) -> Response:
    return _export(request, signed, session, "xlsx")
