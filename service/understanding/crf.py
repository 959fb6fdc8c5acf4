"""underthesea's word-segmentation CRF, read from its CRFsuite model file and run in numpy.

The model scores each syllable with 43 feature templates over a window of five syllables (the
syllables, their lower case, title case, digits, dictionary membership, and the pairs and triples of
the window). Feeding those as strings to the tagger costs more than the tagging; instead, each
template's weights are indexed by the value the template sees, the contributions of one syllable, one
pair and one triple are computed once per distinct n-gram, and the window sums are array slices.
Pairs and triples that appear in no table of the model (most of them) share one of four rows, set by
their dictionary and title flags; the dictionary's syllables are scored when the model loads.
The result is the same Viterbi path (a test checks it against `underthesea.word_tokenize`).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

BOS, EOS = "BOS", "EOS"
OFFSETS = (-2, -1, 0, 1, 2)
PAIR_STARTS = (-2, -1, 0, 1)  # T[-2,-1], T[-1,0], T[0,1], T[1,2]
TRIPLE_STARTS = (-2, -1, 0)  # T[-2,0], T[-1,1], T[0,2]
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_CACHE_LIMIT = 200_000
_ZERO = (0.0, 0.0)

Scores = npt.NDArray[np.float64]


class ModelFormatError(ValueError):
    """The model file is not the CRFsuite layout this reader knows."""


def _read_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CRFsuite CQDB chunk, in id order (read through its backward array)."""
    chunk, _, _, _, count, backward = _CHUNK.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ModelFormatError(f"expected a CQDB chunk, found {chunk!r}")
    strings: list[str] = []
    for index in range(count):
        (record,) = struct.unpack_from("<I", data, offset + backward + 4 * index)
        identifier, size = struct.unpack_from("<iI", data, offset + record)
        if identifier != index:
            raise ModelFormatError("string ids out of order")
        strings.append(data[offset + record + 8 : offset + record + 7 + size].decode("utf-8"))
    return strings


@dataclass
class CrfModel:
    labels: list[str]
    transitions: Scores  # [from, to]
    weights: dict[str, dict[str, tuple[float, float]]]  # template -> value -> (B-W, I-W) weight

    @classmethod
    def load(cls, path: Path) -> CrfModel:
        data = path.read_bytes()
        magic, _, kind, _, _, n_labels, _, off_features, off_labels, off_attrs, _, _ = _HEADER.unpack_from(
            data
        )
        if magic != b"lCRF" or kind != b"FOMC" or n_labels != 2:
            raise ModelFormatError("not a two-label CRFsuite model")
        labels = _read_strings(data, off_labels)
        attributes = _read_strings(data, off_attrs)
        chunk, _, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ModelFormatError("feature chunk missing")
        features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        transitions = np.zeros((n_labels, n_labels))
        state = np.zeros((len(attributes), n_labels))
        is_state = features["type"] == 0
        np.add.at(
            state,
            (features["src"][is_state].astype(np.int64), features["dst"][is_state].astype(np.int64)),
            features["weight"][is_state],
        )
        for feature in features[~is_state]:
            transitions[feature["src"], feature["dst"]] += feature["weight"]
        weights: dict[str, dict[str, tuple[float, float]]] = {}
        for index, attribute in enumerate(attributes):
            template, _, value = attribute.partition("=")
            weights.setdefault(template, {})[value] = (float(state[index, 0]), float(state[index, 1]))
        return cls(labels=labels, transitions=transitions, weights=weights)


class _Rows:
    """Score rows kept in one growing matrix, so that a letter's rows are gathered by one index."""

    def __init__(self, width: int, reserved: list[tuple[float, ...]]) -> None:
        self.index: dict[str, int] = {}
        self.matrix = np.zeros((4096, width))
        self.reserved = len(reserved)
        for row, values in enumerate(reserved):
            self.matrix[row] = values
        self.size = self.reserved

    def add(self, key: str | None, values: tuple[float, ...]) -> int:
        if self.size == len(self.matrix):
            self.matrix = np.vstack([self.matrix, np.zeros_like(self.matrix)])
        row = self.size
        self.matrix[row] = values
        self.size += 1
        if key is not None:
            self.index[key] = row
        return row

    def keep(self) -> None:
        """What is in the store now stays when it is cleared (rows computed when the model loads)."""
        self.reserved = self.size

    def clear(self) -> None:
        self.index = {key: row for key, row in self.index.items() if row < self.reserved}
        self.size = self.reserved


class WordSegmentationTagger:
    """Tags syllables B-W / I-W exactly as underthesea's CRF does, from its model and dictionary."""

    def __init__(self, model: CrfModel, dictionary: set[str]) -> None:
        self.model = model
        self.dictionary = dictionary
        w = model.weights

        def table(name: str) -> dict[str, tuple[float, float]]:
            return w.get(name, {})

        # Per offset: the tables of the raw, lower-case, title, dictionary and (for -1..1) digit templates.
        self._single_tables = [
            (
                table(f"T[{o}]"),
                table(f"T[{o}].lower"),
                table(f"T[{o}].istitle"),
                table(f"T[{o}].is_in_dict"),
                table(f"T[{o}].isdigit") if o in (-1, 0, 1) else {},
            )
            for o in OFFSETS
        ]
        self._pair_tables = [
            (table(f"T[{_pair(s)}]"), table(f"T[{_pair(s)}].lower"), table(f"T[{_pair(s)}].is_in_dict"))
            for s in PAIR_STARTS
        ]
        self._triple_tables = [
            (table(f"T[{_triple(s)}]"), table(f"T[{_triple(s)}].is_in_dict")) for s in TRIPLE_STARTS
        ]
        self._pair_title = table("T[0,1].istitle")
        self._triple_title = table("T[0,2].istitle")
        # Rows 0 and 1 of each store: the window markers, which replace every value a template would
        # read beyond either end of the letter (BOS before, EOS after).
        self._singles = _Rows(10, [self._single_from_values(m, m, m, m, m) for m in (BOS, EOS)])
        flag_pairs = [(known, title) for known in ("True", "False") for title in ("True", "False")]
        # Rows 2 to 5 of the pair store: a pair in no pair table, by its dictionary and title flags.
        self._pairs = _Rows(
            10,
            [self._pair_from_values(m, m, m, m) for m in (BOS, EOS)]
            + [self._pair_from_values("", "", known, title) for known, title in flag_pairs],
        )
        self._unknown_pair = {flags: 2 + i for i, flags in enumerate(flag_pairs)}
        self._known_pairs = frozenset(
            key for raw_t, lower_t, _ in self._pair_tables for key in (*raw_t, *lower_t)
        )
        # Most triples are in none of the triple tables: then only their dictionary and title flags
        # count, and those four combinations are rows 2 to 5, computed once.
        self._triples = _Rows(
            8,
            [self._triple_from_values(m, m, m) for m in (BOS, EOS)]
            + [self._triple_from_values("", known, title) for known, title in flag_pairs],
        )
        self._unknown_triple = {flags: 2 + i for i, flags in enumerate(flag_pairs)}
        self._known_triples = frozenset(k for raw_t, _ in self._triple_tables for k in raw_t)
        # Every syllable of the dictionary, as written in lower case and capitalised, is scored once
        # at load (a tenth of a second), so that a worker's first letters do not pay for them.
        for word in dictionary:
            if " " not in word:
                self._add_single(word)
                self._add_single(word.capitalize())
        self._singles.keep()

    def clear_caches(self) -> None:
        self._singles.clear()
        self._pairs.clear()
        self._triples.clear()

    def tag(self, syllables: list[str]) -> list[str]:
        if not syllables:
            return []
        path = _viterbi(self._state_scores(syllables), self.model.transitions)
        return [self.model.labels[label] for label in path]

    def _state_scores(self, syllables: list[str]) -> Scores:
        n = len(syllables)
        if len(self._singles.index) > 2 * _CACHE_LIMIT or len(self._pairs.index) > _CACHE_LIMIT:
            self.clear_caches()
        scores = np.zeros((n, 2))
        # Padded position p holds syllable p - 2; a window starting before 0 or ending after n - 1
        # reads the marker of that end (BOS wins when both apply, as in underthesea's featurizer).
        # Ids first: adding rows may grow (replace) a store's matrix.
        single_ids = [0, 0, *self._single_ids(syllables), 1, 1]
        single_rows = self._singles.matrix[single_ids]
        for index, offset in enumerate(OFFSETS):
            scores += single_rows[2 + offset : 2 + offset + n, 2 * index : 2 * index + 2]
        pair_ids = [0, 0, *self._pair_ids(syllables)]
        pair_rows = self._pairs.matrix[pair_ids + [1] * (n + 4 - len(pair_ids))]
        for index, start in enumerate(PAIR_STARTS):
            scores += pair_rows[2 + start : 2 + start + n, 2 * index : 2 * index + 2]
        scores += pair_rows[2 : 2 + n, 8:10]
        triple_ids = [0, 0, *self._triple_ids(syllables)]
        triple_rows = self._triples.matrix[triple_ids + [1] * (n + 4 - len(triple_ids))]
        for index, start in enumerate(TRIPLE_STARTS):
            scores += triple_rows[2 + start : 2 + start + n, 2 * index : 2 * index + 2]
        scores += triple_rows[2 : 2 + n, 6:8]
        return scores

    def _single_ids(self, syllables: list[str]) -> list[int]:
        get = self._singles.index.get
        ids = [get(s, -1) for s in syllables]
        if -1 in ids:
            ids = [row if row >= 0 else self._add_single(s) for row, s in zip(ids, syllables, strict=True)]
        return ids

    def _add_single(self, syllable: str) -> int:
        if syllable in self._singles.index:
            return self._singles.index[syllable]
        lower = syllable.lower()
        values = self._single_from_values(
            syllable,
            lower,
            "False" if syllable[:1].islower() else "True",
            "True" if parses_as_i32(syllable) else "False",
            "True" if lower in self.dictionary else "False",
        )
        return self._singles.add(syllable, values)

    def _pair_ids(self, syllables: list[str]) -> list[int]:
        keys = [f"{a} {b}" for a, b in zip(syllables, syllables[1:], strict=False)]
        get = self._pairs.index.get
        ids = [get(k, -1) for k in keys]
        if -1 in ids:
            ids = [
                row if row >= 0 else self._add_pair(key, syllables[i], syllables[i + 1])
                for i, (row, key) in enumerate(zip(ids, keys, strict=True))
            ]
        return ids

    def _add_pair(self, raw: str, first: str, second: str) -> int:
        if raw in self._pairs.index:
            return self._pairs.index[raw]
        lower = raw.lower()
        flags = (
            "True" if lower in self.dictionary else "False",
            "False" if first[:1].islower() or second[:1].islower() else "True",
        )
        if raw not in self._known_pairs and lower not in self._known_pairs:
            row = self._unknown_pair[flags]  # in no pair table: only the two flags count
        else:
            row = self._pairs.add(None, self._pair_from_values(raw, lower, *flags))
        self._pairs.index[raw] = row
        return row

    def _triple_ids(self, syllables: list[str]) -> list[int]:
        in_dictionary = self.dictionary
        known = self._known_triples
        unknown = self._unknown_triple
        ids: list[int] = []
        for a, b, c in zip(syllables, syllables[1:], syllables[2:], strict=False):
            raw = f"{a} {b} {c}"
            flags = (
                "True" if raw.lower() in in_dictionary else "False",
                "False" if a[:1].islower() or b[:1].islower() or c[:1].islower() else "True",
            )
            if raw in known:
                row = self._triples.index.get(raw)
                if row is None:
                    row = self._triples.add(raw, self._triple_from_values(raw, *flags))
                ids.append(row)
            else:
                ids.append(unknown[flags])
        return ids

    def _single_from_values(
        self, raw: str, lower: str, title: str, digit: str, known: str
    ) -> tuple[float, ...]:
        values: list[float] = []
        for raw_t, lower_t, title_t, known_t, digit_t in self._single_tables:
            b0, b1 = raw_t.get(raw, _ZERO)
            c0, c1 = lower_t.get(lower, _ZERO)
            d0, d1 = title_t.get(title, _ZERO)
            e0, e1 = known_t.get(known, _ZERO)
            f0, f1 = digit_t.get(digit, _ZERO)
            values.append(b0 + c0 + d0 + e0 + f0)
            values.append(b1 + c1 + d1 + e1 + f1)
        return tuple(values)

    def _pair_from_values(self, raw: str, lower: str, known: str, title: str) -> tuple[float, ...]:
        values: list[float] = []
        for raw_t, lower_t, known_t in self._pair_tables:
            b0, b1 = raw_t.get(raw, _ZERO)
            c0, c1 = lower_t.get(lower, _ZERO)
            d0, d1 = known_t.get(known, _ZERO)
            values.append(b0 + c0 + d0)
            values.append(b1 + c1 + d1)
        values.extend(self._pair_title.get(title, _ZERO))
        return tuple(values)

    def _triple_from_values(self, raw: str, known: str, title: str) -> tuple[float, ...]:
        values: list[float] = []
        for raw_t, known_t in self._triple_tables:
            b0, b1 = raw_t.get(raw, _ZERO)
            c0, c1 = known_t.get(known, _ZERO)
            values.append(b0 + c0)
            values.append(b1 + c1)
        values.extend(self._triple_title.get(title, _ZERO))
        return tuple(values)


def parses_as_i32(token: str) -> bool:
    """underthesea's "isdigit" feature: the token parses as a 32-bit integer (Rust's `parse::<i32>`).

    So "-1" and "+5" are digits, and a 12-digit ID number is not: the model was trained that way.
    """
    body = token[1:] if token[:1] in "+-" else token
    if not body or not body.isascii() or not body.isdigit():
        return False
    return -(2**31) <= int(token) < 2**31


def _pair(start: int) -> str:
    return f"{start},{start + 1}"


def _triple(start: int) -> str:
    return f"{start},{start + 2}"


def _viterbi(scores: Scores, transitions: Scores) -> list[int]:
    """Best label path for two labels; ties go to the lower label, as in CRFsuite."""
    rows: Iterable[list[float]] = scores.tolist()
    t00, t01 = float(transitions[0, 0]), float(transitions[0, 1])
    t10, t11 = float(transitions[1, 0]), float(transitions[1, 1])
    iterator = iter(rows)
    p0, p1 = next(iterator)
    back: list[tuple[int, int]] = []
    for s0, s1 in iterator:
        a, b = p0 + t00, p1 + t10
        from0 = 0 if a >= b else 1
        n0 = a if a >= b else b
        a, b = p0 + t01, p1 + t11
        from1 = 0 if a >= b else 1
        n1 = a if a >= b else b
        back.append((from0, from1))
        p0, p1 = n0 + s0, n1 + s1
    label = 0 if p0 >= p1 else 1
    path = [label]
    for step in reversed(back):
        label = step[label]
        path.append(label)
    path.reverse()
    return path
