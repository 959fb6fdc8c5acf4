"""Regression guard on the team's hand-written training letters (training/corpus/written_*.jsonl, labelled
in the format of data/SPEC.md), read by the real parse_letter. These letters were looked at while the
rules were written, so this guards against regressions; it does not measure generalisation (the lead's
dev-set evaluation does)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.flags import (
    DuplicateIndex,
    LetterFingerprint,
    assess_overreaching,
    evaluate_duplicates,
    evaluate_overreaching,
)
from service.understanding import parse_letter

CORPUS = Path(__file__).resolve().parents[2] / "training" / "corpus"


@pytest.fixture(scope="module")
def analysed():
    records = [
        json.loads(line) for name in ("written_a", "written_b") for line in (CORPUS / f"{name}.jsonl").open()
    ]
    index, links, overreaching = DuplicateIndex(), {}, {}
    for record in records:
        parsed = parse_letter(record["text"])
        fingerprint = LetterFingerprint.from_parsed(parsed)
        links[record["id"]] = index.query(fingerprint)
        index.add(record["id"], fingerprint)
        overreaching[record["id"]] = assess_overreaching(parsed, record["label"])
    return records, links, overreaching


def test_duplicates_on_hand_written_letters(analysed):
    records, links, _ = analysed
    report = evaluate_duplicates(records, links)
    assert report.direct.gold >= 10
    assert report.precision >= 0.95 and report.recall >= 0.9, report.to_text()
    assert report.near_miss_linked == [], report.to_text()


def test_overreaching_on_hand_written_letters(analysed):
    records, _, overreaching = analysed
    report = evaluate_overreaching(records, overreaching)
    assert report.true_positive + report.false_negative >= 20
    assert report.f1 >= 0.9 and report.competent_accuracy >= 0.9, report.to_text()
