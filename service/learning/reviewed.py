"""Letters reviewers labelled, as training data: the reviewer's label, never the model's.

Only letters whose review is confirmed (status `reviewed`) count, with the label decided last: a letter
corrected again after its confirmation teaches the newest label. A letter confirmed without a change of
label teaches the label the reviewer accepted. Letters a reviewer linked as duplicates share a group, so
the copies of one grievance never sit on both sides of the holdout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus
from service.learning.corpus import REVIEWED_SOURCE, LabelledLetter
from service.review.models import LetterReview, ReviewDecision
from service.review.state import LABELS, current_label

ID_PREFIX = "letter-"
# Decisions that give a letter its reviewed label.
LABEL_DECISIONS = ("label", "confirm")


def reviewed_letters(session: Session) -> list[LabelledLetter]:
    """Every confirmed letter with the label its reviewers decided last, in letter order."""
    rows = session.execute(
        select(Letter.id, Letter.text, Letter.analysis, LetterReview.decided)
        .join(LetterReview, LetterReview.letter_id == Letter.id)
        .where(Letter.status == LetterStatus.reviewed, LetterReview.status == LetterStatus.reviewed)
        .where(Letter.text.is_not(None))
        .order_by(Letter.id)
    ).all()
    links = {
        letter_id: _linked(decided) for letter_id, _text, _analysis, decided in rows if decided is not None
    }
    groups = duplicate_groups(links)
    letters = []
    for letter_id, text, analysis, decided in rows:
        label = current_label(analysis or {}, decided or {})
        if label not in LABELS or not (text or "").strip():
            continue
        letters.append(
            LabelledLetter(
                id=f"{ID_PREFIX}{letter_id}",
                text=text,
                label=label,
                source=REVIEWED_SOURCE,
                dup_group=groups.get(letter_id),
            )
        )
    return letters


def _linked(decided: dict[str, object]) -> list[int]:
    states = decided.get("duplicates") or {}
    assert isinstance(states, dict)
    return [int(other) for other, state in states.items() if state == "linked" and str(other).isdigit()]


def duplicate_groups(links: Mapping[int, Iterable[int]]) -> dict[int, str]:
    """Letters joined by confirmed duplicate links, each named after its smallest letter id."""
    parent: dict[int, int] = {}

    def root(item: int) -> int:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for letter_id, others in links.items():
        for other in others:
            a, b = root(letter_id), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = {}
    for item in list(parent):
        members.setdefault(root(item), []).append(item)
    return {
        item: f"reviewed-dup-{group_root}"
        for group_root, items in members.items()
        if len(items) > 1
        for item in items
    }


def labels_fingerprint(letters: Sequence[LabelledLetter]) -> str:
    """Changes when a reviewed letter is added or its label changes; retraining on the same pairs is
    pointless."""
    digest = hashlib.sha256()
    for letter in sorted(letters, key=lambda item: item.id):
        digest.update(f"{letter.id}\x00{letter.label}\x01".encode())
    return digest.hexdigest()


def labels_decided_since(session: Session, since: dt.datetime | None) -> int:
    """Confirmed letters whose label was decided (set or confirmed) after `since`."""
    query = (
        select(func.count(func.distinct(ReviewDecision.letter_id)))
        .join(Letter, Letter.id == ReviewDecision.letter_id)
        .where(ReviewDecision.kind.in_(LABEL_DECISIONS), Letter.status == LetterStatus.reviewed)
    )
    if since is not None:
        query = query.where(ReviewDecision.at > since)
    return int(session.scalar(query) or 0)
