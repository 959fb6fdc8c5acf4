"""The in-memory DuplicateIndex: adding, replacing, removing, bulk loading, merging."""

from __future__ import annotations

import numpy as np

from service.flags import DuplicateIndex, LetterFingerprint
from service.flags.memory_storage import MemoryStorage
from tests.flags import letters
from tests.flags.corpus import corpus


def fingerprint(letter) -> LetterFingerprint:
    return LetterFingerprint.from_parsed(letter)


def test_add_query_replace_remove():
    index = DuplicateIndex()
    assert len(index) == 0 and index.query(fingerprint(letters.original())) == []
    index.add("a", fingerprint(letters.original()))
    assert "a" in index and len(index) == 1
    assert [link.id for link in index.query(fingerprint(letters.resent()))] == ["a"]
    index.add("a", fingerprint(letters.other_matter()))  # replaced: no longer the original letter
    assert len(index) == 1 and index.query(fingerprint(letters.resent())) == []
    index.add("a", fingerprint(letters.original()))
    assert index.remove("a") and not index.remove("a")
    assert "a" not in index and index.query(fingerprint(letters.resent())) == []


def test_bulk_load_from_stored_bytes_equals_one_by_one():
    letters_ = corpus(3, families=30, singles=30)
    prints = {letter.id: fingerprint(letter.parsed()) for letter in letters_}
    one_by_one = DuplicateIndex(MemoryStorage(merge_at=16))  # merges many times on the way
    for letter_id, fp in prints.items():
        one_by_one.add(letter_id, fp)
    bulk = DuplicateIndex()
    assert bulk.add_many((letter_id, fp.to_bytes()) for letter_id, fp in prints.items()) == len(prints)
    assert len(bulk) == len(one_by_one) == len(prints)
    for letter_id, fp in prints.items():
        a = [(link.id, link.reason) for link in one_by_one.query(fp, exclude=letter_id)]
        b = [(link.id, link.reason) for link in bulk.query(fp, exclude=letter_id)]
        assert a == b


def test_removed_letters_disappear_across_merges():
    storage = MemoryStorage(merge_at=8)
    index = DuplicateIndex(storage)
    prints = {letter.id: fingerprint(letter.parsed()) for letter in corpus(4, families=20, singles=10)}
    for letter_id, fp in prints.items():
        index.add(letter_id, fp)
    removed = sorted(prints)[::2]
    for letter_id in removed:
        index.remove(letter_id)
    storage.merge()
    assert len(index) == len(prints) - len(removed)
    for letter_id, fp in prints.items():
        found = {n.letter_id for n in index.neighbours(fp)}
        assert not found & set(removed)
        assert (letter_id in found) == (letter_id not in removed)


def test_every_letter_finds_itself():
    index = DuplicateIndex()
    prints = {letter.id: fingerprint(letter.parsed()) for letter in corpus(5, families=20, singles=20)}
    index.add_many(prints.items())
    for letter_id, fp in prints.items():
        neighbours = {n.letter_id: n.similarity for n in index.neighbours(fp)}
        assert neighbours[letter_id] == 1.0
    assert isinstance(index.storage, MemoryStorage) and index.storage.memory_bytes() > 0
    assert np.all(index.storage._lookup_keys[:-1] <= index.storage._lookup_keys[1:])
