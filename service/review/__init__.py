"""The review: the queue of analysed letters, decisions on them, the denouncer's protection, the
audit log and the register export. Routes in service.api.review and service.web call these functions;
every function checks the user's role itself."""

from service.review.access import Forbidden, Permission, can, require
from service.review.decisions import (
    NotReviewable,
    ReviewChange,
    ReviewError,
    apply_review,
    history,
    may_see_identity,
)
from service.review.documents import LetterView, api_document, letter_view, page_image
from service.review.export import register_rows, to_csv, to_xlsx
from service.review.queue import QueueFilter, QueuePage, parse_filter, queue_page, sync_reviews

__all__ = [
    "Forbidden",
    "LetterView",
    "NotReviewable",
    "Permission",
    "QueueFilter",
    "QueuePage",
    "ReviewChange",
    "ReviewError",
    "api_document",
    "apply_review",
    "can",
    "history",
    "letter_view",
    "may_see_identity",
    "page_image",
    "parse_filter",
    "queue_page",
    "register_rows",
    "require",
    "sync_reviews",
    "to_csv",
    "to_xlsx",
]
