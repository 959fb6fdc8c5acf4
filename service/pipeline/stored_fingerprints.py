"""The stored fingerprints of letters, read by id: what a worker's in-memory duplicate index loads for the
few candidates of a query instead of keeping every letter's features in memory."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from service.db.models import Fingerprint
from service.db.session import session_factory
from service.flags.index import DuplicateIndex
from service.flags.memory_storage import Loader, MemoryStorage


def fingerprint_loader(database_url: str) -> Loader:
    """A loader for MemoryStorage reading the `fingerprints` table through its own short sessions."""
    factory = session_factory(database_url)

    def load(letter_ids: Sequence[str]) -> dict[str, bytes]:
        numbers = [int(letter_id) for letter_id in letter_ids if letter_id.isdigit()]
        if not numbers:
            return {}
        with factory() as session:
            rows = session.execute(
                select(Fingerprint.letter_id, Fingerprint.data).where(Fingerprint.letter_id.in_(numbers))
            )
            return {str(letter_id): bytes(data) for letter_id, data in rows}

    return load


def worker_index(database_url: str) -> DuplicateIndex:
    """A worker's duplicate index: compact in memory, the few candidates' fingerprints read from the
    database."""
    return DuplicateIndex(MemoryStorage(load=fingerprint_loader(database_url)))
