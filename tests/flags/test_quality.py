"""Duplicate search on generated letter families (tests/flags/corpus.py): pairwise precision ≥ 0.95 and
recall ≥ 0.90 with no near-miss linked, with perfect extraction and with a reader that misses things."""

from __future__ import annotations

import dataclasses
import random

import pytest

from service.flags import DuplicateIndex, LetterFingerprint, evaluate_duplicates
from tests.flags.corpus import GeneratedLetter, corpus


def careless_reader(letter: GeneratedLetter, rng: random.Random):
    """What an imperfect extraction gives: ID numbers, phones, names and documents sometimes missed."""
    parsed = letter.parsed()
    s = parsed.structure
    s.petitioners = (
        [
            dataclasses.replace(
                p,
                id_number=None if rng.random() < 0.2 else p.id_number,
                phone=None if rng.random() < 0.2 else p.phone,
                address=None if rng.random() < 0.1 else p.address,
                name=None if rng.random() < 0.08 else p.name,
            )
            for p in s.petitioners
        ]
        if rng.random() > 0.05
        else []
    )
    if rng.random() < 0.1:
        s.cited_documents = []
    return parsed


def run(letters: list[GeneratedLetter], reader):
    index = DuplicateIndex()
    links = {}
    for letter in letters:
        fp = LetterFingerprint.from_parsed(reader(letter))
        links[letter.id] = index.query(fp)
        index.add(letter.id, fp)
    return evaluate_duplicates([letter.record() for letter in letters], links)


@pytest.mark.parametrize("seed", [101, 202])
def test_perfect_reader(seed):
    report = run(corpus(seed, families=150, singles=150), lambda letter: letter.parsed())
    assert report.direct.gold > 300 and report.near_miss_pairs > 150
    assert report.precision >= 0.95 and report.recall >= 0.95, report.to_text()
    assert report.near_miss_linked == [], report.to_text()


@pytest.mark.parametrize("seed", [303, 404])
def test_careless_reader(seed):
    rng = random.Random(seed)
    report = run(corpus(seed, families=150, singles=150), lambda letter: careless_reader(letter, rng))
    assert report.precision >= 0.95 and report.recall >= 0.90, report.to_text()
    assert report.near_miss_linked == [], report.to_text()
