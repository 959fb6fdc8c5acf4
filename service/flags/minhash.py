"""MinHash signatures of word shingles and the band keys of locality-sensitive hashing, in numpy.

Written here rather than taken from datasketch because a worker rebuilds the index of every stored letter
at start and the benchmark signs a million letters: hashing all shingles of a letter in one vectorised step
is far faster than updating a MinHash object shingle by shingle. The hash functions
are fixed by seeds, so signatures stored years ago still compare with new ones; changing any constant here
means bumping FINGERPRINT_VERSION in fingerprint.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

PERMUTATIONS = 128
SHINGLE_SIZES = (3, 4)  # 5-word shingles lose too much to a typo every few lines
EMPTY = np.uint32(0xFFFFFFFF)  # every slot of the signature of a letter with no shingle

_rng = np.random.default_rng(20250701)
# Each permutation of the 32-bit shingle hashes is x -> mix(a*x + b) in uint32 arithmetic: every step (an odd
# multiplier, an xor-shift) is a bijection, and uint32 keeps the work in cache, ten times faster than the
# textbook (a*x + b) mod p over 64 bits while estimating Jaccard similarity as well.
_A = _rng.integers(0, 1 << 32, size=PERMUTATIONS, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
_B = _rng.integers(0, 1 << 32, size=PERMUTATIONS, dtype=np.uint64).astype(np.uint32)
_C = _rng.integers(0, 1 << 32, size=PERMUTATIONS, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
_STEP = np.uint64(0x100000001B3)  # FNV-64 prime, to chain word hashes into a shingle hash
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_LOW32 = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=1 << 20)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _mix(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads every input bit over the output."""
    values = values ^ (values >> np.uint64(33))
    values = values * _MIX1
    values = values ^ (values >> np.uint64(33))
    values = values * _MIX2
    return values ^ (values >> np.uint64(33))


def shingle_hashes(words: Sequence[str], sizes: Sequence[int] = SHINGLE_SIZES) -> np.ndarray:
    """The distinct 32-bit hashes (uint32) of every run of `sizes` consecutive words."""
    if not words:
        return np.empty(0, dtype=np.uint32)
    hashes = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    parts = []
    with np.errstate(over="ignore"):
        for size in sizes:
            if len(words) < size:
                continue
            count = len(words) - size + 1
            chained = hashes[:count].copy()
            for offset in range(1, size):
                chained = chained * _STEP + hashes[offset : offset + count]
            parts.append(_mix(chained + np.uint64(size)) & _LOW32)
    if not parts:  # a letter shorter than the smallest shingle still has its words
        parts.append(_mix(hashes) & _LOW32)
    return np.unique(np.concatenate(parts)).astype(np.uint32)


def _permuted(shingles: np.ndarray) -> np.ndarray:
    """Every shingle under every permutation (shingles x PERMUTATIONS, uint32)."""
    values = shingles.astype(np.uint32)[:, None] * _A[None, :] + _B[None, :]
    values ^= values >> np.uint32(15)
    values *= _C[None, :]
    values ^= values >> np.uint32(13)
    return values


def sketch(shingles: np.ndarray, size: int = 32) -> np.ndarray:
    """A short MinHash (the first `size` permutations) for a second, coarser comparison."""
    if shingles.size == 0:
        return np.full(size, EMPTY, dtype=np.uint32)
    return _permuted(shingles)[:, :size].min(axis=0)


def signature(shingles: np.ndarray) -> np.ndarray:
    """The MinHash signature (uint32[PERMUTATIONS]) of a set of shingle hashes."""
    if shingles.size == 0:
        return np.full(PERMUTATIONS, EMPTY, dtype=np.uint32)
    return _permuted(shingles).min(axis=0)


def signatures(shingle_sets: Sequence[np.ndarray], *, chunk: int = 1 << 16) -> np.ndarray:
    """Signatures of many letters at once (rows in input order); the bulk path of the benchmark."""
    out = np.full((len(shingle_sets), PERMUTATIONS), EMPTY, dtype=np.uint32)
    sizes = np.fromiter((s.size for s in shingle_sets), dtype=np.int64, count=len(shingle_sets))
    start = 0
    while start < len(shingle_sets):
        stop, total = start, 0
        while stop < len(shingle_sets) and (total == 0 or total + sizes[stop] <= chunk):
            total += int(sizes[stop])
            stop += 1
        rows = [r for r in range(start, stop) if sizes[r] > 0]
        if rows:
            flat = np.concatenate([shingle_sets[r] for r in rows])
            offsets = np.concatenate(([0], np.cumsum(sizes[rows])[:-1]))
            out[rows] = np.minimum.reduceat(_permuted(flat), offsets, axis=0)
        start = stop
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if a[0] == EMPTY or b[0] == EMPTY:
        return 0.0
    return float(np.count_nonzero(a == b)) / a.size


def similarities(query: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one signature with each row of a signature matrix."""
    if query[0] == EMPTY:
        return np.zeros(len(matrix), dtype=np.float32)
    result = np.count_nonzero(matrix == query[None, :], axis=1).astype(np.float32) / PERMUTATIONS
    result[matrix[:, 0] == EMPTY] = 0.0
    return result


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per band of each signature (shape: letters x bands); letters share a key when
    their signatures agree on every row of that band."""
    sigs = np.atleast_2d(sigs)
    if bands * rows > PERMUTATIONS:
        raise ValueError(f"{bands} bands of {rows} rows need more than {PERMUTATIONS} permutations")
    cut = sigs[:, : bands * rows].reshape(len(sigs), bands, rows)
    return keys_of_bands(cut, np.arange(bands))


def keys_of_bands(values: np.ndarray, bands: np.ndarray) -> np.ndarray:
    """The key of band `bands[...]` whose rows hold `values[..., :]` (any unsigned integer type): what
    band_keys computes for whole signatures, for any selection of (letter, band) pairs."""
    cut = values.astype(np.uint64)
    with np.errstate(over="ignore"):
        keys = np.broadcast_to(
            (np.asarray(bands, dtype=np.uint64) + np.uint64(1)) * _MIX2, cut.shape[:-1]
        ).copy()
        for row in range(cut.shape[-1]):
            keys = _mix(keys * _STEP + cut[..., row])
    return keys
