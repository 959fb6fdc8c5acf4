"""Scores of duplicate search and overreaching against a labelled file (data/SPEC.md), for
`petitions evaluate`. Reports list the letters behind every error so a reviewer can look at them."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from service.flags.types import DuplicateLink, Overreaching

Pair = tuple[str, str]
_SHOWN = 10  # error examples listed by to_text


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class PairScores:
    predicted: int
    correct: int
    gold: int

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.correct, self.gold)


@dataclass
class DuplicateReport:
    letters: int
    direct: PairScores  # the links as given
    closed: PairScores  # after joining linked letters into groups (A~B, B~C gives A~C)
    near_miss_pairs: int
    near_miss_linked: list[Pair] = field(default_factory=list)
    false_links: list[Pair] = field(default_factory=list)
    missed: list[Pair] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.direct.precision

    @property
    def recall(self) -> float:
        return self.direct.recall

    def to_dict(self) -> dict[str, Any]:
        return {
            "letters": self.letters,
            "gold_pairs": self.direct.gold,
            "predicted_pairs": self.direct.predicted,
            "precision": round(self.direct.precision, 4),
            "recall": round(self.direct.recall, 4),
            "f1": round(_f1(self.direct.precision, self.direct.recall), 4),
            "grouped_precision": round(self.closed.precision, 4),
            "grouped_recall": round(self.closed.recall, 4),
            "near_miss_pairs": self.near_miss_pairs,
            "near_miss_linked": [list(p) for p in self.near_miss_linked],
            "false_links": [list(p) for p in self.false_links],
            "missed": [list(p) for p in self.missed],
        }

    def to_text(self) -> str:
        d = self.direct
        lines = [
            f"Duplicates: {self.letters} letters, {d.gold} gold pairs, {d.predicted} linked pairs",
            f"  pairwise precision {d.precision:.3f}  recall {d.recall:.3f}"
            f"  F1 {_f1(d.precision, d.recall):.3f}",
            f"  grouped  precision {self.closed.precision:.3f}  recall {self.closed.recall:.3f}",
            f"  near-miss pairs linked: {len(self.near_miss_linked)} of {self.near_miss_pairs}",
        ]
        for title, pairs in (
            ("near-miss linked", self.near_miss_linked),
            ("false link", self.false_links),
            ("missed", self.missed),
        ):
            lines += [f"  {title}: {a} ~ {b}" for a, b in pairs[:_SHOWN]]
        return "\n".join(lines)


def evaluate_duplicates(records: Iterable[Mapping[str, Any]], links: Any) -> DuplicateReport:
    """`links`: {letter id: [linked ids, DuplicateLinks or {"id": ...} dicts]} (the `duplicates` of
    `petitions analyze`), or an iterable of id pairs. Links to letters outside `records` are ignored."""
    records = list(records)
    ids = {str(r["id"]) for r in records}
    gold = _group_pairs(records, "dup_group")
    near = _group_pairs(records, "near_miss") - gold
    predicted = {p for p in _link_pairs(links) if p[0] in ids and p[1] in ids and p[0] != p[1]}
    closed = _closure(predicted)
    return DuplicateReport(
        letters=len(ids),
        direct=PairScores(len(predicted), len(predicted & gold), len(gold)),
        closed=PairScores(len(closed), len(closed & gold), len(gold)),
        near_miss_pairs=len(near),
        near_miss_linked=sorted(predicted & near),
        false_links=sorted(predicted - gold),
        missed=sorted(gold - predicted),
    )


def _group_pairs(records: list[Mapping[str, Any]], key: str) -> set[Pair]:
    groups: dict[str, list[str]] = defaultdict(list)
    for record in records:
        if record.get(key):
            groups[str(record[key])].append(str(record["id"]))
    return {_pair(a, b) for members in groups.values() for a, b in itertools.combinations(members, 2)}


def _link_pairs(links: Any) -> set[Pair]:
    pairs: set[Pair] = set()
    if isinstance(links, Mapping):
        for letter_id, linked in links.items():
            for item in linked or ():
                pairs.add(_pair(str(letter_id), _linked_id(item)))
    else:
        pairs.update(_pair(str(a), str(b)) for a, b in links)
    return pairs


def _linked_id(item: Any) -> str:
    if isinstance(item, DuplicateLink):
        return item.id
    if isinstance(item, Mapping):
        return str(item["id"])
    return str(item)


def _closure(pairs: set[Pair]) -> set[Pair]:
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[root(x)].append(x)
    return {_pair(a, b) for members in groups.values() for a, b in itertools.combinations(members, 2)}


@dataclass
class OverreachingReport:
    letters: int
    true_positive: int
    false_positive: int
    false_negative: int
    addressee_correct: int
    addressee_total: int
    competent_correct: int
    competent_total: int
    errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # (id, what, gold, predicted)

    @property
    def precision(self) -> float:
        return _ratio(self.true_positive, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positive, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def addressee_accuracy(self) -> float:
        return _ratio(self.addressee_correct, self.addressee_total)

    @property
    def competent_accuracy(self) -> float:
        return _ratio(self.competent_correct, self.competent_total)

    def to_dict(self) -> dict[str, Any]:
        return {
            "letters": self.letters,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positive": self.true_positive,
            "false_positive": self.false_positive,
            "false_negative": self.false_negative,
            "addressee_level_accuracy": round(self.addressee_accuracy, 4),
            "competent_level_accuracy": round(self.competent_accuracy, 4),
            "errors": [list(e) for e in self.errors],
        }

    def to_text(self) -> str:
        lines = [
            f"Overreaching (vượt cấp): {self.letters} letters, "
            f"{self.true_positive + self.false_negative} overreaching in gold",
            f"  flag precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  (TP {self.true_positive}, FP {self.false_positive}, FN {self.false_negative})",
            f"  addressee level accuracy {self.addressee_accuracy:.3f}"
            f" ({self.addressee_correct}/{self.addressee_total})",
            f"  competent level accuracy {self.competent_accuracy:.3f}"
            f" ({self.competent_correct}/{self.competent_total})",
        ]
        lines += [f"  {i}: {what} gold={g} predicted={p}" for i, what, g, p in self.errors[: 3 * _SHOWN]]
        return "\n".join(lines)


def evaluate_overreaching(
    records: Iterable[Mapping[str, Any]], results: Mapping[str, Any]
) -> OverreachingReport:
    """`results`: {letter id: Overreaching or the `overreaching` dict of `petitions analyze`}. A letter
    without a result counts as not flagged, with unknown levels."""
    report = OverreachingReport(0, 0, 0, 0, 0, 0, 0, 0)
    for record in records:
        letter_id = str(record["id"])
        flag, addressee, competent = _result_fields(results.get(letter_id))
        gold_flag = bool(record.get("overreaching"))
        report.letters += 1
        report.true_positive += gold_flag and flag
        report.false_positive += flag and not gold_flag
        report.false_negative += gold_flag and not flag
        if gold_flag != flag:
            report.errors.append((letter_id, "flag", gold_flag, flag))
        for what, gold, predicted in (
            ("addressee_level", record.get("addressee_level"), addressee),
            ("competent_level", record.get("competent_level"), competent),
        ):
            if gold is None:
                continue
            correct = gold == predicted
            if what == "addressee_level":
                report.addressee_total += 1
                report.addressee_correct += correct
            else:
                report.competent_total += 1
                report.competent_correct += correct
            if not correct:
                report.errors.append((letter_id, what, gold, predicted))
    return report


def _result_fields(result: Any) -> tuple[bool, str | None, str | None]:
    if result is None:
        return False, None, None
    if isinstance(result, Overreaching):
        return result.flag, result.addressee_level, result.competent_level
    return bool(result.get("flag")), result.get("addressee_level"), result.get("competent_level")
