"""`extract_structure`: the fields of a letter read from its normalised text.

Each reader takes the letter's two aligned views (normalised and folded) and returns its fields with the
spans behind them. They run in an order where later readers use earlier results: the date sets the map
of units in force; the recipients and the petitioner's particulars are excluded from the search for the
letter's targets.
"""

from __future__ import annotations

import datetime as dt
import re

from service.understanding.addressees import find_addressees
from service.understanding.dates import find_letter_date
from service.understanding.documents import find_documents
from service.understanding.gazetteer import city_level
from service.understanding.levels import LevelContext
from service.understanding.petitioners import find_petitioners
from service.understanding.prior import find_prior_resolution
from service.understanding.subject import find_subject
from service.understanding.targets import find_mentions, find_targets
from service.understanding.title import find_title
from service.understanding.types import LetterStructure, Span, Target
from service.understanding.view import LetterView


def extract_structure(text: str) -> LetterStructure:
    """Read title, recipients, petitioner(s), date, cited documents, targets, prior resolution, area."""
    view = LetterView.of(text)
    structure = LetterStructure()
    evidence: dict[str, list[Span]] = {}

    letter_date = find_letter_date(view)
    structure.date, structure.place = letter_date.date, letter_date.place
    if letter_date.span is not None:
        evidence["date"] = [letter_date.span]
    context = _level_context(view, letter_date.date)

    title = find_title(view)
    structure.title, structure.subject = title.title, title.subject
    evidence["title"] = [s for s in (title.title_span, title.subject_span) if s is not None]

    structure.addressees = find_addressees(view, context)
    recipient_spans = [a.span for a in structure.addressees if a.span is not None]
    evidence["addressees"] = recipient_spans

    petitioners = find_petitioners(view, exclude=recipient_spans)
    structure.petitioners = petitioners.petitioners
    structure.representative = petitioners.representative
    structure.anonymous = petitioners.anonymous
    structure.collective = petitioners.collective
    structure.signer_count = petitioners.signer_count
    evidence.update(petitioners.evidence)

    documents = find_documents(view, context)
    structure.cited_documents = documents.documents
    evidence["cited_documents"] = [d.span for d in documents.documents if d.span is not None]
    if documents.legal_bases:
        evidence["legal_basis"] = documents.legal_bases

    not_the_matter = recipient_spans + evidence.get("petitioner", []) + evidence.get("representative", [])
    structure.targets = find_targets(view, context, exclude=not_the_matter, documents=documents.documents)
    evidence["targets"] = [t.span for t in structure.targets if t.span is not None]

    structure.prior_resolution = find_prior_resolution(view)
    evidence["prior_resolution"] = structure.prior_resolution

    body_start = max((s.end for s in recipient_spans + evidence["title"]), default=0)
    subject = find_subject(view, body_start=body_start)
    structure.field = subject.field
    structure.contents = subject.contents
    evidence["field"] = subject.evidence
    evidence["contents"] = subject.contents

    structure.evidence = {name: spans for name, spans in evidence.items() if spans}
    return structure


def officials_named(text: str, structure: LetterStructure) -> list[Target]:
    """Officials a letter names by role in sentences that accuse no one, outside the recipients and the
    petitioner's particulars: whom a denunciation is about when the reader found no target. Read on
    demand (most letters never need it) from the text and structure `extract_structure` gave."""
    view = LetterView.of(text)
    evidence = structure.evidence
    not_the_matter = [
        span for name in ("addressees", "petitioner", "representative") for span in evidence.get(name, [])
    ]
    return find_mentions(view, _level_context(view, structure.date), exclude=not_the_matter)


# "Huế" alone also spells the flower huệ (Nguyễn Huệ): only "thành phố Huế" counts.
_CENTRAL_CITY_NAMES = re.compile(
    r"(?<![\w])(?:ha noi|ho chi minh|tp\.? ?hcm|tphcm|hai phong|da nang|can tho|(?:thanh pho|tp\.?) hue)\b"
)


def _level_context(view: LetterView, on: dt.date | None) -> LevelContext:
    """A letter from a centrally-run city calls that city "Thành phố" without its name."""
    match = _CENTRAL_CITY_NAMES.search(view.folded)
    central = match is not None and (
        not match.group().endswith("hue") or city_level("hue", on=on) == "province"
    )
    return LevelContext(on=on, city_default="province" if central else "district")
