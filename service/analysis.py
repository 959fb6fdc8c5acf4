"""Understanding, classification and flags composed into one analysis of a letter's text.

The dictionary built here is the `petitions analyze` line of MISSION.md, and is stored with each letter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from service.classification import Classifier, Prediction
from service.flags import (
    DuplicateIndex,
    DuplicateLink,
    Flag,
    LetterFingerprint,
    Overreaching,
    assess_flags,
    assess_overreaching,
)
from service.understanding import parse_letter
from service.understanding.types import ParsedLetter, Span


@dataclass
class LetterAnalysis:
    parsed: ParsedLetter
    prediction: Prediction
    overreaching: Overreaching
    flags: list[Flag]
    fingerprint: LetterFingerprint
    duplicates: list[DuplicateLink]


def analyze_text(text: str, *, classifier: Classifier, index: DuplicateIndex | None = None) -> LetterAnalysis:
    """Analyse one letter; with an index, also find the earlier letters it duplicates (not added here)."""
    parsed = parse_letter(text)
    prediction = classifier.predict(parsed)
    fingerprint = LetterFingerprint.from_parsed(parsed)
    return LetterAnalysis(
        parsed=parsed,
        prediction=prediction,
        overreaching=assess_overreaching(parsed, prediction.label),
        flags=assess_flags(parsed, prediction.label),
        fingerprint=fingerprint,
        duplicates=index.query(fingerprint) if index is not None else [],
    )


def analyze_records(
    records: Iterable[dict[str, Any]], *, classifier: Classifier, index: DuplicateIndex
) -> Iterator[dict[str, Any]]:
    """`petitions analyze`: one line per record, in order; duplicates among earlier records of the input."""
    for position, record in enumerate(records):
        letter_id = record.get("id")
        analysis = analyze_text(str(record.get("text") or ""), classifier=classifier, index=index)
        index.add(str(letter_id) if letter_id is not None else f"#{position}", analysis.fingerprint)
        yield analysis_line(letter_id, analysis)


def analysis_line(letter_id: Any, analysis: LetterAnalysis) -> dict[str, Any]:
    structure = analysis.parsed.structure
    prediction = analysis.prediction
    petitioner = structure.petitioner
    over = analysis.overreaching
    return {
        "id": letter_id,
        "label": prediction.label,
        "confidence": round(prediction.confidence, 4),
        "probabilities": {label: round(p, 4) for label, p in prediction.probabilities.items()},
        "needs_review": prediction.needs_review,
        "review_reason": prediction.review_reason,
        "title": structure.title,
        "addressees": [
            {"name": a.name, "level": a.level, "primary": a.primary} for a in structure.addressees
        ],
        "petitioner": {
            "name": petitioner.name,
            "id_number": petitioner.id_number,
            "address": petitioner.address,
            "phone": petitioner.phone,
            "birth_year": petitioner.birth_year,
        },
        "petitioners": [dataclasses.asdict(p) for p in structure.petitioners],
        "anonymous": structure.anonymous,
        "collective": structure.collective,
        "signer_count": structure.signer_count,
        "field": structure.field,
        "date": structure.date.isoformat() if structure.date else None,
        "place": structure.place,
        "cited_documents": [_jsonable(dataclasses.asdict(d)) for d in structure.cited_documents],
        "targets": [_jsonable(dataclasses.asdict(t)) for t in structure.targets],
        "overreaching": {
            "flag": over.flag,
            "addressee_level": over.addressee_level,
            "competent_level": over.competent_level,
            "reason": over.reason,
            "evidence": [_span(s) for s in over.evidence],
        },
        "flags": [
            {"code": f.code, "reason": f.reason_vi, "evidence": [_span(s) for s in f.evidence]}
            for f in analysis.flags
        ],
        "duplicates": [
            {"id": link.id, "similarity": round(link.similarity, 4), "reason": link.reason}
            for link in analysis.duplicates
        ],
    }


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
