"""Stage two: from a letter's text to its analysis (label, structure, flags, duplicates)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from service.analysis import analysis_line, analyze_text
from service.classification import Classifier, load_active
from service.config import Settings
from service.db.models import Fingerprint, Letter, LetterStatus, utcnow
from service.flags import DuplicateIndex, LetterFingerprint
from service.intake.status import change_status
from service.review.models import LetterReview
from service.review.queue import refresh_review

log = logging.getLogger(__name__)


@dataclass
class Analyzer:
    """What a worker process keeps between letters: the model and its view of earlier letters."""

    classifier: Classifier
    index: DuplicateIndex
    last_seq: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def catch_up(self, session: Session) -> None:
        """Add the fingerprints other workers stored since this one last looked."""
        rows = session.execute(
            select(Fingerprint.seq, Fingerprint.letter_id, Fingerprint.data).where(
                Fingerprint.seq > self.last_seq
            )
        )
        for seq, letter_id, data in rows:
            self.index.remove(str(letter_id))
            self.index.add(str(letter_id), LetterFingerprint.from_bytes(data))
            self.last_seq = max(self.last_seq, seq)


_analyzers: dict[str, Analyzer] = {}


def analyzer_for(settings: Settings) -> Analyzer:
    key = settings.effective_database_url
    if key not in _analyzers:
        _analyzers[key] = Analyzer(classifier=load_active(settings.models_dir), index=DuplicateIndex())
    return _analyzers[key]


def analyze_stored_letter(session: Session, letter_id: int, *, settings: Settings, actor: str) -> str:
    letter = session.get(Letter, letter_id)
    if letter is None or letter.status != LetterStatus.processing or letter.text is None:
        return "skipped"  # already analysed (a redelivered message), failed, or not read yet
    analyzer = analyzer_for(settings)
    with analyzer.lock:
        analyzer.catch_up(session)
        analysis = analyze_text(letter.text, classifier=analyzer.classifier, index=analyzer.index)
        analysis.duplicates = [link for link in analysis.duplicates if link.id != str(letter.id)]
        letter.analysis = analysis_line(letter.id, analysis)
        letter.normalized_text = analysis.parsed.text
        letter.model_version = analyzer.classifier.version
        letter.analyzed_at = utcnow()
        session.execute(delete(Fingerprint).where(Fingerprint.letter_id == letter.id))
        session.add(Fingerprint(letter_id=letter.id, data=analysis.fingerprint.to_bytes()))
        change_status(session, letter, LetterStatus.analyzed, actor=actor)
        # The letter enters the review queue in the same transaction that stores its analysis.
        session.flush()
        refresh_review(session, letter, session.get(LetterReview, letter.id))
    return "analyzed"
