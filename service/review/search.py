"""Accent-insensitive full-text search over the letters' text, on SQLite (FTS5) and PostgreSQL.

Clerks type with or without tone marks ("dat dai" must find "đất đai"), so the text and the query are
both folded to bare Latin letters before they meet the index. Folding is length-preserving, character
by character, which lets the masking code find names in folded text at the same offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from sqlalchemy import ColumnElement, Integer, column, text
from sqlalchemy.orm import Session

from service.review.models import LetterReview

_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    return base.lower() if len(base.lower()) == 1 else char


def fold(value: str) -> str:
    """Lower case without tone marks or diacritics, one character for one character."""
    return "".join(_fold_char(char) for char in unicodedata.normalize("NFC", value))


def query_words(query: str) -> list[str]:
    return _WORD.findall(fold(query))[:20]


def index_letter(session: Session, letter_id: int, body: str) -> None:
    """(Re)index one letter's text."""
    folded = fold(body)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "INSERT INTO letter_search (letter_id, document) "
                "VALUES (:id, to_tsvector('simple', :body)) "
                "ON CONFLICT (letter_id) DO UPDATE SET document = excluded.document"
            ),
            {"id": letter_id, "body": folded},
        )
    else:
        session.execute(text("DELETE FROM letter_search WHERE rowid = :id"), {"id": letter_id})
        session.execute(
            text("INSERT INTO letter_search (rowid, body) VALUES (:id, :body)"),
            {"id": letter_id, "body": folded},
        )


def matches(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on `LetterReview.letter_id` keeping the letters whose text has every word of the
    query (the last one as a prefix, so results come while typing); None for an empty query."""
    words = query_words(query)
    if not words:
        return None
    if session.get_bind().dialect.name == "postgresql":
        tsquery = " & ".join(words[:-1] + [words[-1] + ":*"])
        sub = text(
            "SELECT letter_id FROM letter_search WHERE document @@ to_tsquery('simple', :tsq)"
        ).bindparams(tsq=tsquery)
    else:
        fts = " ".join(f'"{word}"' for word in words[:-1]) + f' "{words[-1]}"*'
        sub = text("SELECT rowid FROM letter_search WHERE letter_search MATCH :fts").bindparams(
            fts=fts.strip()
        )
    return LetterReview.letter_id.in_(sub.columns(column("id", Integer)))
