"""The index of one process, compact enough to hold a million letters in a few hundred megabytes.

What it keeps per letter:

- a screening signature: the low byte of each MinHash value (uint8[PERMUTATIONS], 128 bytes). Equal values
  have equal low bytes, so the share of equal bytes never falls below the similarity of the full
  signatures: screening candidates with it loses none, and the rare extra one is dropped by the exact
  similarity computed from the full signature of the few letters that pass;
- its place in each band's bucket table (int32, 4 bytes a band): the rows of a band ordered by the top
  bits of their band key, with the position where each bucket starts. No key is stored: a query reads the
  rows of its buckets and recomputes their keys from the screening signatures, a few hundred at most;
- its lookup keys, in one sorted uint64 array beside their rows;
- its id.

The full signature and the features, which the precise check reads for the few letters that pass the
screening, come from `load` (in a worker, the `fingerprints` table) or, without one, from the bytes kept
here (`petitions analyze`, the evaluation, tests: small indexes).

New letters go to a small dictionary and are merged into the tables when it grows; a bulk load is merged
once, at the first query after it. Not thread-safe: a worker serialises its calls (pipeline.analysis_stage
holds a lock around them).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from service.flags import minhash
from service.flags.fingerprint import join_serialised, split_serialised
from service.flags.lsh import DEFAULT_SHAPE, Entry, LshShape, Neighbour

# Letter ids -> their stored fingerprints (LetterFingerprint.to_bytes); ids it does not know are left out.
Loader = Callable[[Sequence[str]], Mapping[str, bytes]]

_ALIVE = 1
_WORDED = 2  # the letter has a body to compare (its signature is not EMPTY)
_ROWS_PER_BUCKET = 8  # the bucket tables are sized for about this many rows per bucket
_MAX_BUCKET_BITS = 22


class MemoryStorage:
    def __init__(self, shape: LshShape = DEFAULT_SHAPE, *, merge_at: int = 4096, load: Loader | None = None):
        self.shape = shape
        self._merge_at = merge_at  # letters held in the recent dictionary before a merge (or 1/8 of all)
        self._load = load
        self._ids: list[str | None] = []
        self._row_of: dict[str, int] = {}
        self._blobs: list[bytes | None] = []  # signature and features, when there is nothing to load them
        self._screen = np.empty((0, minhash.PERMUTATIONS), dtype=np.uint8)
        self._state = np.empty(0, dtype=np.uint8)
        self._bucket_bits = 1
        self._band_rows = np.empty((shape.bands, 0), dtype=np.int32)
        self._band_starts = np.zeros((shape.bands, 3), dtype=np.int32)
        self._lookup_keys = np.empty(0, dtype=np.uint64)
        self._lookup_rows = np.empty(0, dtype=np.int32)
        self._pending_keys = array("Q")  # lookup keys added since the last merge, and their rows
        self._pending_rows = array("i")
        self._recent: dict[int, list[int]] = {}
        self._recent_count = 0
        self._stale = False  # a bulk load arrived: merge before the next query
        self._dead = 0

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, letter_id: object) -> bool:
        return letter_id in self._row_of

    def put(self, entry: Entry) -> None:
        self.put_many([entry])

    def put_many(self, entries: Sequence[Entry]) -> None:
        """Add letters; a batch as large as the merge threshold (a bulk load) is merged at the next query,
        a smaller one waits in the recent dictionary."""
        latest = {entry.letter_id: entry for entry in entries}  # a letter listed twice keeps its last version
        for letter_id in latest:
            self.delete(letter_id)
        chosen = list(latest.values())
        if not chosen:
            return
        signatures = np.stack([e.signature for e in chosen]).astype(np.uint32, copy=False)
        first = self._append(chosen, signatures)
        for offset, entry in enumerate(chosen):
            self._pending_keys.extend(entry.keys)
            self._pending_rows.extend([first + offset] * len(entry.keys))
        if len(chosen) >= self._merge_at:
            self._stale = True
        if self._stale:
            return  # the merge rebuilds from every row
        band_keys = self.shape.keys(self._screen[first : first + len(chosen)]).tolist()
        for offset, (entry, keys) in enumerate(zip(chosen, band_keys, strict=True)):
            worded = bool(self._state[first + offset] & _WORDED)
            for key in (keys if worded else []) + list(entry.keys):
                self._recent.setdefault(key, []).append(first + offset)
        self._recent_count += len(chosen)
        if self._recent_count >= max(self._merge_at, len(self._row_of) // 8):
            self.merge()

    def delete(self, letter_id: str) -> bool:
        row = self._row_of.pop(letter_id, None)
        if row is None:
            return False
        # The row stays in the tables until the next merge; a query skips it.
        self._ids[row] = None
        if self._load is None:
            self._blobs[row] = None
        self._state[row] = 0
        self._dead += 1
        return True

    def near(self, signature: np.ndarray, min_similarity: float, keys: Sequence[int] = ()) -> list[Neighbour]:
        if self._stale:
            self.merge()
        worded = signature[0] != minhash.EMPTY
        screen = screening(signature)
        by_wording = self._rows_by_wording(screen) if worded else _NO_ROWS
        by_key = self._rows_by_key(np.asarray(keys, dtype=np.uint64)) if len(keys) else _NO_ROWS
        rows = np.unique(np.concatenate([by_wording, by_key]))
        rows = rows[self._state[rows] != 0]
        if rows.size == 0:
            return []
        found_by_key = np.isin(rows, by_key)
        keep = found_by_key.copy()
        if worded:
            alike = np.count_nonzero(self._screen[rows] == screen, axis=1) / minhash.PERMUTATIONS
            keep |= (alike >= min_similarity) & (self._state[rows] & _WORDED != 0)
        chosen = rows[keep].tolist()
        neighbours = []
        for row, by_key_only, stored in zip(
            chosen, found_by_key[keep].tolist(), self._stored(chosen), strict=True
        ):
            letter_id = self._ids[row]
            if stored is None or letter_id is None:
                continue
            full, features = stored
            similarity = minhash.similarity(signature, full)
            if similarity >= min_similarity or by_key_only:
                neighbours.append(Neighbour(letter_id, similarity, full, features))
        return neighbours

    def merge(self) -> None:
        """Rebuild the bucket tables and the lookup keys from every live row, dropping deleted ones."""
        if self._dead > len(self._ids) // 10:
            self._renumber()
        count = len(self._ids)
        worded = np.flatnonzero(self._state[:count] == _ALIVE | _WORDED).astype(np.int32)
        self._bucket_bits = bucket_bits(worded.size)
        self._band_rows, self._band_starts = self._bucket_tables(worded)
        keys = np.concatenate([self._lookup_keys, np.asarray(self._pending_keys, dtype=np.uint64)])
        rows = np.concatenate([self._lookup_rows, np.asarray(self._pending_rows, dtype=np.int32)])
        live = self._state[rows] != 0
        keys, rows = keys[live], rows[live]
        order = np.argsort(keys, kind="stable")
        self._lookup_keys, self._lookup_rows = keys[order], rows[order]
        self._pending_keys, self._pending_rows = array("Q"), array("i")
        self._recent.clear()
        self._recent_count = 0
        self._stale = False

    def memory_bytes(self) -> int:
        """What the index holds in numpy arrays and kept fingerprints (the ids add about 130 bytes a
        letter)."""
        count = len(self._ids)
        arrays = (self._band_rows, self._band_starts, self._lookup_keys, self._lookup_rows)
        kept = sum(len(blob) for blob in self._blobs if blob is not None)
        return int(
            self._screen[:count].nbytes + self._state[:count].nbytes + sum(a.nbytes for a in arrays) + kept
        )

    def _bucket_tables(self, worded: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per band, the rows ordered by the top bits of their band key, and where each bucket starts."""
        bands, width = self.shape.bands, self.shape.rows
        buckets = 1 << self._bucket_bits
        shift = np.uint64(64 - self._bucket_bits)
        band_rows = np.empty((bands, worded.size), dtype=np.int32)
        starts = np.zeros((bands, buckets + 1), dtype=np.int32)
        for band in range(bands):
            values = self._screen[worded, band * width : (band + 1) * width]
            bucket = (minhash.keys_of_bands(values, np.full(worded.size, band)) >> shift).astype(np.int32)
            band_rows[band] = worded[np.argsort(bucket, kind="stable")]
            np.cumsum(np.bincount(bucket, minlength=buckets), out=starts[band, 1:])
        return band_rows, starts

    def _rows_by_wording(self, screen: np.ndarray) -> np.ndarray:
        """The rows sharing a band key with the screening signature `screen`."""
        keys = self.shape.keys(screen)[0]
        parts = [self._bucket_matches(keys)]
        recent = [self._recent[k] for k in keys.tolist() if k in self._recent]
        if recent:
            parts.append(np.fromiter((r for rows in recent for r in rows), dtype=np.int32))
        return np.concatenate(parts)

    def _bucket_matches(self, keys: np.ndarray) -> np.ndarray:
        if self._band_rows.shape[1] == 0:
            return _NO_ROWS
        bands = np.arange(self.shape.bands)
        bucket = (keys >> np.uint64(64 - self._bucket_bits)).astype(np.int64)
        low, high = self._band_starts[bands, bucket], self._band_starts[bands, bucket + 1]
        lengths = (high - low).astype(np.int64)
        if not lengths.any():
            return _NO_ROWS
        band_of = np.repeat(bands, lengths)
        position = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths - low, lengths)
        rows = self._band_rows[band_of, position]
        columns = band_of[:, None] * self.shape.rows + np.arange(self.shape.rows)
        found = minhash.keys_of_bands(self._screen[rows[:, None], columns], band_of)
        return rows[found == keys[band_of]]

    def _rows_by_key(self, keys: np.ndarray) -> np.ndarray:
        low = np.searchsorted(self._lookup_keys, keys, side="left")
        high = np.searchsorted(self._lookup_keys, keys, side="right")
        parts = [self._lookup_rows[a:b] for a, b in zip(low.tolist(), high.tolist(), strict=True) if b > a]
        recent = [self._recent[k] for k in keys.tolist() if k in self._recent]
        if recent:
            parts.append(np.fromiter((r for rows in recent for r in rows), dtype=np.int32))
        return np.concatenate(parts) if parts else _NO_ROWS

    def _stored(self, rows: list[int]) -> list[tuple[np.ndarray, bytes] | None]:
        """The full signature and the features of each row, from memory or from the loader."""
        if self._load is None:
            blobs = [self._blobs[row] for row in rows]
        else:
            ids = [letter_id for letter_id in (self._ids[row] for row in rows) if letter_id is not None]
            found = self._load(ids) if ids else {}
            blobs = [found.get(self._ids[row] or "") for row in rows]
        return [split_serialised(blob) if blob else None for blob in blobs]

    def _append(self, entries: list[Entry], signatures: np.ndarray) -> int:
        start = len(self._ids)
        needed = start + len(entries)
        if needed > len(self._state):
            capacity = max(needed, 2 * len(self._state), 1024)
            self._screen = _grown(self._screen, capacity, start)
            self._state = _grown(self._state, capacity, start)
        self._screen[start:needed] = screening(signatures)
        self._state[start:needed] = np.where(signatures[:, 0] != minhash.EMPTY, _ALIVE | _WORDED, _ALIVE)
        for offset, entry in enumerate(entries):
            self._ids.append(entry.letter_id)
            self._row_of[entry.letter_id] = start + offset
            if self._load is None:
                self._blobs.append(join_serialised(signatures[offset], entry.features))
        return start

    def _renumber(self) -> None:
        count = len(self._ids)
        keep = np.flatnonzero(self._state[:count] != 0)
        new_row = np.full(count, -1, dtype=np.int32)
        new_row[keep] = np.arange(keep.size, dtype=np.int32)
        keys = np.concatenate([self._lookup_keys, np.asarray(self._pending_keys, dtype=np.uint64)])
        rows = new_row[np.concatenate([self._lookup_rows, np.asarray(self._pending_rows, dtype=np.int32)])]
        self._lookup_keys, self._lookup_rows = keys[rows >= 0], rows[rows >= 0]
        self._pending_keys, self._pending_rows = array("Q"), array("i")
        self._screen = self._screen[keep]
        self._state = self._state[keep]
        self._ids = [self._ids[row] for row in keep.tolist()]
        if self._load is None:
            self._blobs = [self._blobs[row] for row in keep.tolist()]
        self._row_of = {letter_id: row for row, letter_id in enumerate(self._ids) if letter_id is not None}
        self._dead = 0


def screening(signatures: np.ndarray) -> np.ndarray:
    """The low byte of each MinHash value: what the index keeps to screen candidates."""
    return (signatures & np.uint32(0xFF)).astype(np.uint8)


def bucket_bits(rows: int) -> int:
    """Bits of a band key that pick its bucket: about _ROWS_PER_BUCKET rows a bucket."""
    wanted = int(np.ceil(np.log2(max(rows, 1) / _ROWS_PER_BUCKET))) if rows > _ROWS_PER_BUCKET else 1
    return min(max(wanted, 1), _MAX_BUCKET_BITS)


def _grown(values: np.ndarray, capacity: int, used: int) -> np.ndarray:
    grown = np.zeros((capacity, *values.shape[1:]), dtype=values.dtype)
    grown[:used] = values[:used]
    return grown


_NO_ROWS = np.empty(0, dtype=np.int32)
