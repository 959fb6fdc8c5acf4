"""Stage two: from a letter's text to its analysis (label, structure, flags, duplicates)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from service.analysis import analysis_line, analyze_text
from service.classification import Classifier
from service.config import Settings
from service.db.models import Fingerprint, Letter, LetterStatus, utcnow
from service.flags import DuplicateIndex
from service.intake.status import change_status
from service.learning.registry import ModelPlaces, active_marker, load_active_classifier
from service.pipeline.stored_fingerprints import worker_index
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
    # Which version ACTIVE named when the classifier was loaded; checked before every letter.
    model_marker: str = ""

    def catch_up(self, session: Session) -> None:
        """Add the fingerprints other workers stored since this one last looked."""
        rows = session.execute(
            select(Fingerprint.seq, Fingerprint.letter_id, Fingerprint.data)
            .where(Fingerprint.seq > self.last_seq)
            .order_by(Fingerprint.seq)
            .execution_options(yield_per=10_000)
        )
        for batch in rows.partitions():  # adding a letter again replaces it
            self.index.add_many((str(letter_id), data) for _, letter_id, data in batch)
            self.last_seq = max(self.last_seq, batch[-1].seq)


_analyzers: dict[str, Analyzer] = {}


def analyzer_for(settings: Settings) -> Analyzer:
    key = settings.effective_database_url
    places = ModelPlaces.of(settings)
    marker = active_marker(places)
    analyzer = _analyzers.get(key)
    if analyzer is None:
        analyzer = Analyzer(classifier=load_active_classifier(places), index=worker_index(key))
        analyzer.model_marker = marker
        _analyzers[key] = analyzer
    elif analyzer.model_marker != marker:
        _reload_model(analyzer, places, marker)
    return analyzer


def _reload_model(analyzer: Analyzer, places: ModelPlaces, marker: str) -> None:
    """A version was promoted or rolled back: the next letter uses it, without a restart."""
    try:
        classifier = load_active_classifier(places)
    except Exception:  # noqa: BLE001 - a broken version must not stop the analysis: keep the loaded one
        log.exception(
            "could not load the newly active model (%s); keeping %s", marker, analyzer.classifier.version
        )
    else:
        log.info("model %s replaces %s", classifier.version, analyzer.classifier.version)
        analyzer.classifier = classifier
    analyzer.model_marker = marker


def _store_analysis(session: Session, letter: Letter, analyzer: Analyzer) -> None:
    analyzer.catch_up(session)
    analysis = analyze_text(letter.text or "", classifier=analyzer.classifier, index=analyzer.index)
    analysis.duplicates = [link for link in analysis.duplicates if link.id != str(letter.id)]
    letter.analysis = analysis_line(letter.id, analysis)
    letter.normalized_text = analysis.parsed.text
    letter.model_version = analyzer.classifier.version
    letter.analyzed_at = utcnow()
    session.execute(delete(Fingerprint).where(Fingerprint.letter_id == letter.id))
    session.add(Fingerprint(letter_id=letter.id, data=analysis.fingerprint.to_bytes()))


def analyze_stored_letter(session: Session, letter_id: int, *, settings: Settings, actor: str) -> str:
    letter = session.get(Letter, letter_id)
    if letter is None or letter.status != LetterStatus.processing or letter.text is None:
        return "skipped"  # already analysed (a redelivered message), failed, or not read yet
    analyzer = analyzer_for(settings)
    with analyzer.lock:
        _store_analysis(session, letter, analyzer)
        change_status(session, letter, LetterStatus.analyzed, actor=actor)
        # The letter enters the review queue in the same transaction that stores its analysis.
        session.flush()
        refresh_review(session, letter, session.get(LetterReview, letter.id))
    return "analyzed"


def reanalyze_stored_letter(session: Session, letter_id: int, *, settings: Settings, actor: str) -> str:
    """Analyse an unreviewed letter again with the active model; it stays in the queue meanwhile and
    keeps the decisions already taken on it. Skipped once reviewed or already analysed by that model."""
    letter = session.get(Letter, letter_id)
    if letter is None or letter.status != LetterStatus.analyzed or letter.text is None:
        return "skipped"
    analyzer = analyzer_for(settings)
    previous = letter.model_version
    if previous == analyzer.classifier.version:
        return "skipped"
    with analyzer.lock:
        _store_analysis(session, letter, analyzer)
        note = f"re-analysed: model {previous} -> {analyzer.classifier.version}"
        change_status(session, letter, LetterStatus.analyzed, actor=actor, note=note)
        session.flush()
        refresh_review(session, letter, session.get(LetterReview, letter.id))
    return "reanalyzed"
