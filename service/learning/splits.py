"""Train / validation / holdout, fixed by a stable hash so every model version meets the same holdout.

The holdout is never trained on: half of the hand-written letters and a tenth of the generated ones. A
letter's hash key is its duplicate group when it has one, so copies of one grievance never sit on both
sides of a split (a re-sent letter in training would make the holdout look easier than it is).
Validation (for calibration checks and the review threshold) is a further fixed fifth of the rest.
Letters reviewers labelled join the same way: a fixed share of them, chosen by the hash of the letter's
id, is held out for good, so the holdout grows with the kinds of letter clerks actually receive while a
letter once held out is never trained on by any later version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Final, Literal

from service.learning.corpus import REVIEWED_SOURCE, LabelledLetter

Split = Literal["train", "validation", "holdout"]

HANDWRITTEN_HOLDOUT_SHARE: Final = 0.5
GENERATED_HOLDOUT_SHARE: Final = 0.1
REVIEWED_HOLDOUT_SHARE: Final = 0.2
VALIDATION_SHARE: Final = 0.2


def stable_fraction(key: str) -> float:
    """A number in [0, 1) that depends on the key only (not on Python's per-process hash seed)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16) / 16**12


def group_key(letter: LabelledLetter) -> str:
    return f"{letter.source}:{letter.dup_group or letter.id}"


def assign_split(letter: LabelledLetter) -> Split:
    key = group_key(letter)
    if stable_fraction("holdout:" + key) < holdout_share(letter):
        return "holdout"
    return "validation" if stable_fraction("validation:" + key) < VALIDATION_SHARE else "train"


def holdout_share(letter: LabelledLetter) -> float:
    if letter.source == REVIEWED_SOURCE:
        return REVIEWED_HOLDOUT_SHARE
    return HANDWRITTEN_HOLDOUT_SHARE if letter.handwritten else GENERATED_HOLDOUT_SHARE


def split_letters(letters: Sequence[LabelledLetter]) -> dict[Split, list[LabelledLetter]]:
    """Each split in id order, so training does not depend on the order of the files."""
    splits: dict[Split, list[LabelledLetter]] = {"train": [], "validation": [], "holdout": []}
    for letter in sorted(letters, key=lambda item: item.id):
        splits[assign_split(letter)].append(letter)
    return splits
