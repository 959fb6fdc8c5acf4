"""The index of one process: a signature matrix and one sorted array of band keys, in numpy.

A province's letters, or a million in the benchmark, fit in memory this way (about 1 KB a letter) and a
worker rebuilds it from the stored fingerprints in seconds. New letters go to a small dictionary first and
are merged into the sorted arrays when it grows, so adding one letter stays cheap.

Not thread-safe: a worker serialises its calls (pipeline.analysis_stage holds a lock around them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from service.flags import minhash
from service.flags.lsh import DEFAULT_SHAPE, LshShape, Neighbour

_REBUILD_CHUNK = 100_000  # letters whose band keys are computed at once while rebuilding


class MemoryStorage:
    def __init__(self, shape: LshShape = DEFAULT_SHAPE, *, merge_at: int = 4096) -> None:
        self.shape = shape
        self._merge_at = merge_at  # recent letters held before a merge (or 1/8 of the index, if more)
        self._ids: list[str | None] = []
        self._row_of: dict[str, int] = {}
        self._features: list[bytes | None] = []
        self._signatures = np.empty((0, minhash.PERMUTATIONS), dtype=np.uint32)
        self._sorted_keys = np.empty(0, dtype=np.uint64)
        self._sorted_rows = np.empty(0, dtype=np.int32)
        self._recent: dict[int, list[int]] = {}
        self._recent_count = 0
        self._dead = 0

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, letter_id: object) -> bool:
        return letter_id in self._row_of

    def put(self, letter_id: str, signature: np.ndarray, features: bytes) -> None:
        self.delete(letter_id)
        row = self._append([letter_id], signature[None, :], [features])
        if signature[0] != minhash.EMPTY:
            for key in self.shape.keys(signature)[0].tolist():
                self._recent.setdefault(key, []).append(row)
            self._recent_count += 1
        if self._recent_count >= max(self._merge_at, len(self._row_of) // 8):
            self.merge()

    def put_many(self, items: Sequence[tuple[str, np.ndarray, bytes]]) -> None:
        """Add many letters and merge once: the path of a rebuild at start."""
        fresh: dict[str, int] = {}
        for position, (letter_id, _, _) in enumerate(items):
            self.delete(letter_id)
            fresh[letter_id] = position  # a letter listed twice keeps its last version
        chosen = sorted(fresh.values())
        if chosen:
            signatures = np.stack([items[i][1] for i in chosen]).astype(np.uint32, copy=False)
            self._append([items[i][0] for i in chosen], signatures, [items[i][2] for i in chosen])
        self.merge()

    def delete(self, letter_id: str) -> bool:
        row = self._row_of.pop(letter_id, None)
        if row is None:
            return False
        # The row stays in the key arrays until the next merge; an EMPTY signature never matches.
        self._ids[row] = None
        self._features[row] = None
        self._signatures[row] = minhash.EMPTY
        self._dead += 1
        return True

    def near(self, signature: np.ndarray, min_similarity: float) -> list[Neighbour]:
        rows = self._candidate_rows(signature)
        if rows.size == 0:
            return []
        scores = minhash.similarities(signature, self._signatures[rows])
        kept = np.flatnonzero(scores >= min_similarity)
        neighbours = []
        for position in kept.tolist():
            row = int(rows[position])
            letter_id, features = self._ids[row], self._features[row]
            if letter_id is not None and features is not None:
                neighbours.append(
                    Neighbour(letter_id, float(scores[position]), self._signatures[row].copy(), features)
                )
        return neighbours

    def merge(self) -> None:
        """Fold recent letters into the sorted key array, dropping deleted ones."""
        if self._dead > len(self._ids) // 10:
            self._renumber()
        live = np.flatnonzero(self._signatures[: len(self._ids), 0] != minhash.EMPTY)
        parts_keys, parts_rows = [], []
        for start in range(0, live.size, _REBUILD_CHUNK):
            rows = live[start : start + _REBUILD_CHUNK]
            keys = self.shape.keys(self._signatures[rows])
            parts_keys.append(keys.ravel())
            parts_rows.append(np.repeat(rows.astype(np.int32), self.shape.bands))
        keys = np.concatenate(parts_keys) if parts_keys else np.empty(0, dtype=np.uint64)
        rows_all = np.concatenate(parts_rows) if parts_rows else np.empty(0, dtype=np.int32)
        order = np.argsort(keys, kind="stable")
        self._sorted_keys = keys[order]
        self._sorted_rows = rows_all[order]
        self._recent.clear()
        self._recent_count = 0

    def memory_bytes(self) -> int:
        """The numpy part of the index (the features and ids add about 0.5 KB a letter)."""
        return int(self._signatures.nbytes + self._sorted_keys.nbytes + self._sorted_rows.nbytes)

    def _candidate_rows(self, signature: np.ndarray) -> np.ndarray:
        if signature[0] == minhash.EMPTY:
            return np.empty(0, dtype=np.int64)
        keys = self.shape.keys(signature)[0]
        low = np.searchsorted(self._sorted_keys, keys, side="left")
        high = np.searchsorted(self._sorted_keys, keys, side="right")
        parts = [self._sorted_rows[a:b] for a, b in zip(low.tolist(), high.tolist(), strict=True) if b > a]
        recent = [self._recent[k] for k in keys.tolist() if k in self._recent]
        if recent:
            parts.append(np.fromiter((r for rows in recent for r in rows), dtype=np.int32))
        return np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)

    def _append(self, ids: list[str], signatures: np.ndarray, features: list[bytes]) -> int:
        start = len(self._ids)
        needed = start + len(ids)
        if needed > len(self._signatures):
            capacity = max(needed, 2 * len(self._signatures), 1024)
            grown = np.full((capacity, minhash.PERMUTATIONS), minhash.EMPTY, dtype=np.uint32)
            grown[:start] = self._signatures[:start]
            self._signatures = grown
        self._signatures[start:needed] = signatures
        self._ids.extend(ids)
        self._features.extend(features)
        for offset, letter_id in enumerate(ids):
            self._row_of[letter_id] = start + offset
        return start

    def _renumber(self) -> None:
        keep = [row for row, letter_id in enumerate(self._ids) if letter_id is not None]
        self._signatures = self._signatures[keep].copy()
        self._ids = [self._ids[row] for row in keep]
        self._features = [self._features[row] for row in keep]
        self._row_of = {letter_id: row for row, letter_id in enumerate(self._ids) if letter_id is not None}
        self._dead = 0
