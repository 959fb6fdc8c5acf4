"""ParsedLetter objects written by hand for the flag tests: the structure a perfect reader would extract,
so the flags are tested apart from extraction quality. Spans are found by searching the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from service.understanding.folding import fold
from service.understanding.types import (
    Addressee,
    CitedDocument,
    LetterStructure,
    Level,
    ParsedLetter,
    Petitioner,
    Span,
    Target,
)


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def parsed(
    text: str,
    *,
    addressees: Sequence[tuple[str, Level]] = (),
    petitioners: Sequence[Petitioner] = (),
    targets: Sequence[Target] = (),
    documents: Sequence[CitedDocument] = (),
    date: dt.date | None = None,
    prior: Sequence[str] = (),
    contents: Sequence[str] = (),
    anonymous: bool = False,
    signer_count: int | None = None,
    evidence: dict[str, Sequence[str]] | None = None,
) -> ParsedLetter:
    """`prior`, `contents` and `evidence` are phrases of `text`; addressees are listed primary first."""
    structure = LetterStructure(
        addressees=[
            Addressee(name, level, primary=i == 0, span=span(text, name) if name in text else None)
            for i, (name, level) in enumerate(addressees)
        ],
        petitioners=list(petitioners),
        anonymous=anonymous,
        collective=(signer_count or len(petitioners)) > 1,
        signer_count=signer_count or max(1, len(petitioners)),
        date=date,
        cited_documents=[_located(text, d) for d in documents],
        targets=[_located_target(text, t) for t in targets],
        prior_resolution=[span(text, p) for p in prior],
        contents=[span(text, c) for c in contents],
        evidence={key: [span(text, p) for p in phrases] for key, phrases in (evidence or {}).items()},
    )
    return ParsedLetter(raw=text, text=text, folded=fold(text), tokens=text.split(), structure=structure)


def document(
    number: str, issuer: str, level: Level, date: dt.date | None = None, kind: str = "QĐ"
) -> CitedDocument:
    return CitedDocument(number=number, kind=kind, date=date, issuer=issuer, issuer_level=level)


def person(name: str, level: Level, role: str, *, head: bool = False, office: bool = False) -> Target:
    return Target(name=name, level=level, kind="person", role=role, is_head=head, heads_office=office)


def body(name: str, level: Level) -> Target:
    return Target(name=name, level=level, kind="body")


def _located(text: str, d: CitedDocument) -> CitedDocument:
    if d.span is None and d.number in text:
        d.span = span(text, d.number)
    return d


def _located_target(text: str, t: Target) -> Target:
    if t.span is None and t.name in text:
        t.span = span(text, t.name)
    return t
