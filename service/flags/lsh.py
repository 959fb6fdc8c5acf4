"""How signatures are cut into bands for locality-sensitive hashing, and the storage an index needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from service.flags import minhash


@dataclass(frozen=True)
class LshShape:
    """`bands` bands of `rows` signature rows: two letters become candidates when they agree on every row
    of at least one band, which happens with probability 1 - (1 - s**rows)**bands at similarity s.
    42 x 3 finds 94 % of pairs at s = 0.4 and 99.6 % at 0.5, and only 0.5 % of letters at s = 0.05,
    the similarity of unrelated letters after the template is stripped."""

    bands: int = 42
    rows: int = 3

    def keys(self, signatures: np.ndarray) -> np.ndarray:
        return minhash.band_keys(signatures, self.bands, self.rows)

    def candidate_probability(self, similarity: float) -> float:
        return 1.0 - (1.0 - similarity**self.rows) ** self.bands


DEFAULT_SHAPE = LshShape()


@dataclass(frozen=True)
class Entry:
    """One letter as an index stores it."""

    letter_id: str
    signature: np.ndarray  # uint32[PERMUTATIONS]
    features: bytes  # LetterFingerprint.features()
    keys: tuple[int, ...] = ()  # LetterFingerprint.lookup_keys(): who wrote it about which document


@dataclass(frozen=True)
class Neighbour:
    letter_id: str
    similarity: float
    signature: np.ndarray
    features: bytes  # LetterFingerprint.features()


class IndexStorage(Protocol):
    """Where a DuplicateIndex keeps its letters: in this process, or in Redis shared by every worker.

    Two ways lead from a query to a stored letter: a shared LSH band key (similar wording), or a shared
    lookup key (the same ID number, phone, or name with the same decision: the same person about the same
    matter, however differently the letter is worded this time)."""

    shape: LshShape

    def put(self, entry: Entry) -> None: ...

    def put_many(self, entries: Sequence[Entry]) -> None: ...

    def delete(self, letter_id: str) -> bool: ...

    def near(self, signature: np.ndarray, min_similarity: float, keys: Sequence[int] = ()) -> list[Neighbour]:
        """The LSH candidates whose estimated similarity reaches `min_similarity`, and every letter
        sharing one of `keys` whatever its similarity."""
        ...

    def __len__(self) -> int: ...

    def __contains__(self, letter_id: object) -> bool: ...
