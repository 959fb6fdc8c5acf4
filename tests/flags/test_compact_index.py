"""The compact in-memory index: a byte per MinHash value to screen with, bucket tables instead of stored
band keys, and the full fingerprints of the few candidates read from a loader (the fingerprints table)."""

from __future__ import annotations

import numpy as np

from service.flags import DuplicateIndex, LetterFingerprint, minhash
from service.flags.memory_storage import MemoryStorage, bucket_bits, screening
from service.flags.resemblance import MIN_SIMILARITY
from tests.flags.corpus import corpus

# What a letter may cost in memory beside its id: 128 bytes of screening signature, a state byte, 4 bytes
# in each of the 42 band tables, 12 bytes per lookup key, and the bucket starts. The 2 KB of a stored
# fingerprint must not be in it.
COMPACT_BYTES_PER_LETTER = 400


def stored_prints(seed: int = 21, families: int = 40, singles: int = 60) -> dict[str, LetterFingerprint]:
    return {
        letter.id: LetterFingerprint.from_parsed(letter.parsed())
        for letter in corpus(seed, families=families, singles=singles)
    }


class CountingLoader:
    """A fingerprints table in a dictionary, which remembers what was asked of it."""

    def __init__(self, prints: dict[str, LetterFingerprint]) -> None:
        self.data = {letter_id: fp.to_bytes() for letter_id, fp in prints.items()}
        self.asked: list[str] = []

    def __call__(self, letter_ids):
        self.asked.extend(letter_ids)
        return {letter_id: self.data[letter_id] for letter_id in letter_ids if letter_id in self.data}


def test_screening_bytes_never_rate_a_pair_below_its_signatures():
    rng = np.random.default_rng(3)
    for _ in range(200):
        a = rng.integers(0, 1 << 32, size=minhash.PERMUTATIONS, dtype=np.uint64).astype(np.uint32)
        b = a.copy()
        changed = rng.random(minhash.PERMUTATIONS) < rng.random()
        b[changed] = rng.integers(0, 1 << 32, size=int(changed.sum()), dtype=np.uint64).astype(np.uint32)
        exact = minhash.similarity(a, b)
        screened = np.count_nonzero(screening(a) == screening(b)) / minhash.PERMUTATIONS
        assert screened >= exact


def test_neighbours_have_exact_similarities_and_miss_no_close_letter():
    prints = stored_prints()
    index = DuplicateIndex()
    index.add_many(prints.items())
    ids = list(prints)
    matrix = np.stack([prints[i].signature for i in ids])
    for letter_id, fp in list(prints.items())[::3]:
        found = {n.letter_id: n.similarity for n in index.neighbours(fp)}
        exact = minhash.similarities(fp.signature, matrix)
        for other, similarity in found.items():
            assert similarity == minhash.similarity(fp.signature, prints[other].signature)
        # At 0.6 the 42 bands of 3 rows miss a pair with probability 4e-5: none may be missing here.
        close = {ids[row] for row in np.flatnonzero(exact >= 0.6)}
        assert close <= set(found), letter_id
        assert all(s >= MIN_SIMILARITY or other in found for other, s in found.items())


def test_loaded_from_a_table_the_index_keeps_no_features_and_gives_the_same_links():
    prints = stored_prints()
    loader = CountingLoader(prints)
    lazy = DuplicateIndex(MemoryStorage(load=loader, merge_at=32))
    kept = DuplicateIndex()
    lazy.add_many((letter_id, fp.to_bytes()) for letter_id, fp in prints.items())
    kept.add_many(prints.items())
    storage = lazy.storage
    assert isinstance(storage, MemoryStorage) and storage._blobs == []
    assert loader.asked == []  # building reads nothing back
    for letter_id, fp in prints.items():
        assert lazy.query(fp, exclude=letter_id) == kept.query(fp, exclude=letter_id)
    # Only candidates are read: about as many as the neighbours found, not the whole index.
    neighbours = sum(len(lazy.neighbours(fp)) for fp in prints.values())
    assert len(loader.asked) <= 2.5 * neighbours


def test_memory_per_letter_stays_compact():
    prints = stored_prints(seed=22, families=150, singles=300)
    index = DuplicateIndex(MemoryStorage(load=CountingLoader(prints)))
    index.add_many((letter_id, fp.to_bytes()) for letter_id, fp in prints.items())
    storage = index.storage
    assert isinstance(storage, MemoryStorage)
    storage.merge()
    assert storage.memory_bytes() / len(prints) <= COMPACT_BYTES_PER_LETTER
    assert storage._band_rows.dtype == np.int32 and storage._screen.dtype == np.uint8


def test_a_letter_gone_from_the_table_is_skipped():
    prints = stored_prints(seed=23, families=10, singles=5)
    loader = CountingLoader(prints)
    index = DuplicateIndex(MemoryStorage(load=loader))
    index.add_many(prints.items())
    letter_id, fp = next(iter(prints.items()))
    del loader.data[letter_id]
    assert letter_id not in {n.letter_id for n in index.neighbours(fp)}


def test_bulk_loads_merged_at_the_first_query_match_letters_added_one_by_one():
    prints = stored_prints(seed=24, families=30, singles=30)
    bulk = DuplicateIndex(MemoryStorage(merge_at=16))
    one_by_one = DuplicateIndex(MemoryStorage(merge_at=16))
    items = list(prints.items())
    bulk.add_many(items)  # batches past merge_at: merged when first queried
    assert bulk.storage._stale  # type: ignore[attr-defined]
    for letter_id, fp in items:
        one_by_one.add(letter_id, fp)
    removed = [letter_id for letter_id, _ in items[::4]]
    for letter_id in removed:  # more than a tenth: the next merge renumbers the rows
        bulk.remove(letter_id)
        one_by_one.remove(letter_id)
    bulk.add_many(items[:3])  # a small batch after a bulk one waits for the same merge
    for letter_id, fp in items:
        a = [(link.id, link.reason) for link in bulk.query(fp, exclude=letter_id)]
        b = [(link.id, link.reason) for link in one_by_one.query(fp, exclude=letter_id)]
        assert a == b
    assert not bulk.storage._stale  # type: ignore[attr-defined]
    assert len(bulk) == len(prints) - len(removed) + sum(1 for i, _ in items[:3] if i in removed)


def test_bucket_tables_grow_with_the_index():
    assert bucket_bits(0) == bucket_bits(8) == 1
    assert bucket_bits(100_000) == 14 and bucket_bits(1_000_000) == 17
    assert bucket_bits(10**9) == 22
