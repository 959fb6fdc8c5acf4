"""DuplicateIndex: finds the earlier letters a new letter duplicates (đơn trùng).

LSH over the MinHash signatures gives candidates in constant time; the precise check (resemblance.judge)
then decides, on identity and particulars, which of them are the same matter from the same petitioner(s).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from service.flags.fingerprint import LetterFingerprint, Sender, lookup_keys_of, split_serialised
from service.flags.lsh import Entry, IndexStorage, Neighbour
from service.flags.memory_storage import MemoryStorage
from service.flags.resemblance import MIN_SIMILARITY, judge, other_sender
from service.flags.types import DuplicateLink

DEFAULT_LIMIT = 10
_SHARED_BATCH = 1000  # letters per Redis transaction when loading many
_MEMORY_BATCH = 20_000  # letters appended at once in memory (merged at the next query)


class DuplicateIndex:
    def __init__(
        self, storage: IndexStorage | None = None, *, min_similarity: float = MIN_SIMILARITY
    ) -> None:
        self.storage: IndexStorage = storage if storage is not None else MemoryStorage()
        self.min_similarity = min_similarity

    @classmethod
    def on_redis(cls, client_or_url: Any, *, prefix: str = "petitions:duplicates") -> DuplicateIndex:
        """An index shared through Redis by every worker that uses the same prefix."""
        from service.flags.redis_storage import RedisStorage

        if isinstance(client_or_url, str):
            return cls(RedisStorage.from_url(client_or_url, prefix=prefix))
        return cls(RedisStorage(client_or_url, prefix=prefix))

    def __len__(self) -> int:
        return len(self.storage)

    def __contains__(self, letter_id: object) -> bool:
        return letter_id in self.storage

    def add(self, letter_id: str, fingerprint: LetterFingerprint) -> None:
        """Index a letter; adding an id again replaces its fingerprint."""
        self.storage.put(_entry(letter_id, fingerprint))

    def add_many(self, items: Iterable[tuple[str, LetterFingerprint | bytes]]) -> int:
        """Index many letters at once, from fingerprints or their stored bytes (read without decoding
        their JSON: rebuilding the index of 100,000 letters at a worker's start takes a few seconds).
        Returns the count added."""
        size = _MEMORY_BATCH if isinstance(self.storage, MemoryStorage) else _SHARED_BATCH
        count = 0
        batch: list[Entry] = []
        for letter_id, item in items:
            batch.append(_entry(letter_id, item))
            if len(batch) >= size:
                self.storage.put_many(batch)
                count, batch = count + len(batch), []
        self.storage.put_many(batch)
        return count + len(batch)

    def remove(self, letter_id: str) -> bool:
        return self.storage.delete(letter_id)

    def query(
        self, fingerprint: LetterFingerprint, *, limit: int = DEFAULT_LIMIT, exclude: str | None = None
    ) -> list[DuplicateLink]:
        """The indexed letters that `fingerprint` duplicates, most similar first."""
        links = []
        for neighbour in self.neighbours(fingerprint):
            if neighbour.letter_id == exclude or other_sender(fingerprint, Sender.of(neighbour.features)):
                continue
            stored = LetterFingerprint.from_features(neighbour.signature, neighbour.features)
            link = judge(neighbour.letter_id, fingerprint, stored, neighbour.similarity)
            if link is not None:
                links.append(link)
        links.sort(key=lambda link: (-link.similarity, link.id))
        return links[:limit]

    def neighbours(self, fingerprint: LetterFingerprint) -> list[Neighbour]:
        """The LSH candidates similar enough for the precise check (also what the benchmark measures)."""
        return self.storage.near(fingerprint.signature, self.min_similarity, fingerprint.lookup_keys())


def _entry(letter_id: str, item: LetterFingerprint | bytes) -> Entry:
    if isinstance(item, LetterFingerprint):
        return Entry(letter_id, item.signature, item.features(), tuple(item.lookup_keys()))
    signature, features = split_serialised(item)
    return Entry(letter_id, signature, features, tuple(lookup_keys_of(features)))
