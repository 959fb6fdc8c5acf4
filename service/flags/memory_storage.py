"""The index of one process: a signature matrix and one sorted array of keys, in numpy.

Each letter has its LSH band keys and its lookup keys in one sorted uint64 array (the two kinds are hashed
apart and cannot meet). A province's letters, or a million in the benchmark, fit in memory this way and a
worker rebuilds it from the stored fingerprints in seconds. New letters go to a small dictionary first and
are merged into the sorted array when it grows, so adding one letter stays cheap.

Not thread-safe: a worker serialises its calls (pipeline.analysis_stage holds a lock around them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from service.flags import minhash
from service.flags.lsh import DEFAULT_SHAPE, Entry, LshShape, Neighbour

_REBUILD_CHUNK = 100_000  # letters whose band keys are computed at once while merging


class MemoryStorage:
    def __init__(self, shape: LshShape = DEFAULT_SHAPE, *, merge_at: int = 4096) -> None:
        self.shape = shape
        self._merge_at = merge_at  # recent letters held before a merge (or 1/8 of the index, if more)
        self._ids: list[str | None] = []
        self._row_of: dict[str, int] = {}
        self._features: list[bytes | None] = []
        self._lookup: list[tuple[int, ...]] = []  # lookup keys per row (band keys are recomputed)
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

    def put(self, entry: Entry) -> None:
        self.put_many([entry])

    def put_many(self, entries: Sequence[Entry]) -> None:
        """Add letters; a batch as large as the merge threshold (a rebuild at start) is merged into the
        sorted keys at once, a smaller one waits in the recent dictionary."""
        latest: dict[str, Entry] = {}
        for entry in entries:
            self.delete(entry.letter_id)
            latest[entry.letter_id] = entry  # a letter listed twice keeps its last version
        if not latest:
            return
        chosen = list(latest.values())
        signatures = np.stack([e.signature for e in chosen]).astype(np.uint32, copy=False)
        first = self._append(chosen, signatures)
        if len(chosen) + self._recent_count >= max(self._merge_at, len(self._row_of) // 8):
            self.merge()
            return
        for offset, band_keys in enumerate(self.shape.keys(signatures).tolist()):
            live = signatures[offset, 0] != minhash.EMPTY
            for key in (band_keys if live else []) + list(chosen[offset].keys):
                self._recent.setdefault(key, []).append(first + offset)
        self._recent_count += len(chosen)

    def delete(self, letter_id: str) -> bool:
        row = self._row_of.pop(letter_id, None)
        if row is None:
            return False
        # The row stays in the key array until the next merge; an EMPTY signature never matches by
        # wording and a dead row is skipped when found by a lookup key.
        self._ids[row] = None
        self._features[row] = None
        self._lookup[row] = ()
        self._signatures[row] = minhash.EMPTY
        self._dead += 1
        return True

    def near(self, signature: np.ndarray, min_similarity: float, keys: Sequence[int] = ()) -> list[Neighbour]:
        by_wording = self._rows_of(self.shape.keys(signature)[0]) if signature[0] != minhash.EMPTY else None
        by_key = self._rows_of(np.asarray(keys, dtype=np.uint64)) if len(keys) else None
        rows = np.unique(np.concatenate([r for r in (by_wording, by_key) if r is not None] or [_NO_ROWS]))
        if rows.size == 0:
            return []
        scores = minhash.similarities(signature, self._signatures[rows])
        keep = scores >= min_similarity
        if by_key is not None:
            keep |= np.isin(rows, by_key)
        neighbours = []
        for position in np.flatnonzero(keep).tolist():
            row = int(rows[position])
            letter_id, features = self._ids[row], self._features[row]
            if letter_id is not None and features is not None:
                signature_copy = self._signatures[row].copy()
                neighbours.append(Neighbour(letter_id, float(scores[position]), signature_copy, features))
        return neighbours

    def merge(self) -> None:
        """Fold recent letters into the sorted key array, dropping deleted ones."""
        if self._dead > len(self._ids) // 10:
            self._renumber()
        count = len(self._ids)
        live = np.flatnonzero(self._signatures[:count, 0] != minhash.EMPTY)
        parts_keys, parts_rows = [], []
        for start in range(0, live.size, _REBUILD_CHUNK):
            rows = live[start : start + _REBUILD_CHUNK]
            parts_keys.append(self.shape.keys(self._signatures[rows]).ravel())
            parts_rows.append(np.repeat(rows.astype(np.int32), self.shape.bands))
        lookup_rows = [row for row in range(count) for _ in self._lookup[row]]
        parts_keys.append(np.fromiter((k for keys in self._lookup for k in keys), dtype=np.uint64))
        parts_rows.append(np.asarray(lookup_rows, dtype=np.int32))
        keys = np.concatenate(parts_keys)
        rows_all = np.concatenate(parts_rows)
        order = np.argsort(keys, kind="stable")
        self._sorted_keys = keys[order]
        self._sorted_rows = rows_all[order]
        self._recent.clear()
        self._recent_count = 0

    def memory_bytes(self) -> int:
        """The numpy part of the index (the features and ids add about 1 KB a letter)."""
        return int(self._signatures.nbytes + self._sorted_keys.nbytes + self._sorted_rows.nbytes)

    def _rows_of(self, keys: np.ndarray) -> np.ndarray:
        low = np.searchsorted(self._sorted_keys, keys, side="left")
        high = np.searchsorted(self._sorted_keys, keys, side="right")
        parts = [self._sorted_rows[a:b] for a, b in zip(low.tolist(), high.tolist(), strict=True) if b > a]
        recent = [self._recent[k] for k in keys.tolist() if k in self._recent]
        if recent:
            parts.append(np.fromiter((r for rows in recent for r in rows), dtype=np.int32))
        return np.concatenate(parts) if parts else _NO_ROWS

    def _append(self, entries: list[Entry], signatures: np.ndarray) -> int:
        start = len(self._ids)
        needed = start + len(entries)
        if needed > len(self._signatures):
            capacity = max(needed, 2 * len(self._signatures), 1024)
            grown = np.full((capacity, minhash.PERMUTATIONS), minhash.EMPTY, dtype=np.uint32)
            grown[:start] = self._signatures[:start]
            self._signatures = grown
        self._signatures[start:needed] = signatures
        for offset, entry in enumerate(entries):
            self._ids.append(entry.letter_id)
            self._features.append(entry.features)
            self._lookup.append(tuple(entry.keys))
            self._row_of[entry.letter_id] = start + offset
        return start

    def _renumber(self) -> None:
        keep = [row for row, letter_id in enumerate(self._ids) if letter_id is not None]
        self._signatures = self._signatures[keep].copy()
        self._ids = [self._ids[row] for row in keep]
        self._features = [self._features[row] for row in keep]
        self._lookup = [self._lookup[row] for row in keep]
        self._row_of = {letter_id: row for row, letter_id in enumerate(self._ids) if letter_id is not None}
        self._dead = 0


_NO_ROWS = np.empty(0, dtype=np.int32)
