"""Flags on a letter: duplicates (đơn trùng), overreaching (vượt cấp), and the other flags a clerk needs.

Duplicates: `LetterFingerprint.from_parsed(parsed)` signs a letter; a `DuplicateIndex` (in memory, or on
Redis with `DuplicateIndex.on_redis`) finds the earlier letters it duplicates. Overreaching:
`assess_overreaching(parsed, label)`. The others: `assess_flags(parsed, label)`. Evaluation against a
labelled file: `evaluate_duplicates`, `evaluate_overreaching`.
"""

from service.flags.competence import CompetenceRule, assess_overreaching
from service.flags.evaluation import (
    DuplicateReport,
    OverreachingReport,
    evaluate_duplicates,
    evaluate_overreaching,
)
from service.flags.fingerprint import LetterFingerprint
from service.flags.index import DuplicateIndex
from service.flags.letter_flags import assess_flags
from service.flags.types import DuplicateLink, Flag, Overreaching

__all__ = [
    "CompetenceRule",
    "DuplicateIndex",
    "DuplicateLink",
    "DuplicateReport",
    "Flag",
    "LetterFingerprint",
    "Overreaching",
    "OverreachingReport",
    "assess_flags",
    "assess_overreaching",
    "evaluate_duplicates",
    "evaluate_overreaching",
]
