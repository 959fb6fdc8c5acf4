from __future__ import annotations

import datetime as dt

from service.db import migrate, session_scope
from service.db.models import Letter, LetterStatus, Original, utcnow
from service.pipeline.sweep import find_stuck_letters
from tests.conftest import make_settings


def _letter(session, n, status, age_seconds, text=None):
    original = Original(sha256=f"{n:064d}", media_type="image/png", size=1, storage_key=f"k{n}")
    changed = utcnow() - dt.timedelta(seconds=age_seconds)
    letter = Letter(original=original, status=status, status_changed_at=changed, text=text)
    session.add(letter)
    session.flush()
    return letter.id


def _fill(url):
    migrate(url)
    with session_scope(url) as session:
        return {
            "fresh": _letter(session, 1, LetterStatus.received, 5),
            "stuck_received": _letter(session, 2, LetterStatus.received, 600),
            "stuck_reading": _letter(session, 3, LetterStatus.processing, 4000),
            "stuck_analysis": _letter(session, 4, LetterStatus.processing, 4000, text="Kính gửi"),
            "busy": _letter(session, 5, LetterStatus.processing, 30),
            "done": _letter(session, 6, LetterStatus.analyzed, 9000),
            "failed": _letter(session, 7, LetterStatus.failed, 9000),
        }


def test_embedded_broker_sweeps_received_and_processing_letters_once(settings):
    ids = _fill(settings.effective_database_url)
    with session_scope(settings.effective_database_url) as session:
        stuck = find_stuck_letters(session, settings=settings)
    assert sorted(stuck) == sorted(
        [(ids["stuck_received"], "read"), (ids["stuck_reading"], "read"), (ids["stuck_analysis"], "analyze")]
    )
    with session_scope(settings.effective_database_url) as session:
        assert find_stuck_letters(session, settings=settings) == [], "a letter is re-sent once per time-out"
    later = utcnow() + dt.timedelta(seconds=settings.stuck_processing_seconds + 1)
    with session_scope(settings.effective_database_url) as session:
        assert len(find_stuck_letters(session, settings=settings, now=later)) == 5  # all but done and failed


def test_redis_broker_leaves_processing_letters_to_redelivery(tmp_path):
    settings = make_settings(tmp_path / "data", broker_url="redis://127.0.0.1:6379/7")
    settings.ensure_dirs()
    ids = _fill(settings.effective_database_url)
    with session_scope(settings.effective_database_url) as session:
        assert find_stuck_letters(session, settings=settings) == [(ids["stuck_received"], "read")]
