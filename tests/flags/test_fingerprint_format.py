"""Fingerprints already stored in databases keep reading: the bytes written by version 1 are fixed here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from service.flags import DuplicateIndex, LetterFingerprint
from service.flags.fingerprint import FINGERPRINT_VERSION, lookup_keys_of, split_serialised
from service.flags.redis_storage import Record
from tests.flags import letters

DATA = Path(__file__).parent / "data"
STORED = sorted(DATA.glob("fingerprint_v1_*.bin"))


def test_the_stored_examples_are_there():
    assert [path.stem for path in STORED] == ["fingerprint_v1_collective", "fingerprint_v1_original"]


@pytest.mark.parametrize("path", STORED, ids=lambda path: path.stem)
def test_version_1_bytes_decode_and_encode_to_the_same_bytes(path):
    data = path.read_bytes()
    fp = LetterFingerprint.from_bytes(data)
    assert fp.to_bytes() == data
    signature, features = split_serialised(data)
    assert np.array_equal(signature, fp.signature) and lookup_keys_of(features) == fp.lookup_keys()


def test_version_1_bytes_still_match_what_is_signed_today():
    stored = LetterFingerprint.from_bytes((DATA / "fingerprint_v1_original.bin").read_bytes())
    assert FINGERPRINT_VERSION == 1
    index = DuplicateIndex()
    index.add_many([("stored", (DATA / "fingerprint_v1_original.bin").read_bytes())])
    links = index.query(LetterFingerprint.from_parsed(letters.resent()))
    assert [link.id for link in links] == ["stored"]
    assert stored.persons == LetterFingerprint.from_parsed(letters.original()).persons


def test_index_records_pack_and_refuse_corruption():
    fp = LetterFingerprint.from_bytes((DATA / "fingerprint_v1_collective.bin").read_bytes())
    record = Record("letter-7", tuple(fp.lookup_keys()), fp.signature, fp.features())
    copy = Record.unpack(record.pack())
    assert (copy.letter_id, copy.keys, copy.features) == (record.letter_id, record.keys, record.features)
    assert np.array_equal(copy.signature, record.signature)
    for bad in (b"", record.pack()[:5], record.pack()[:40], b"\xff\xff" + record.pack()[2:]):
        with pytest.raises(ValueError):
            Record.unpack(bad)
