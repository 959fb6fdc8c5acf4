"""Synthetic petition letters (đơn thư) for training the classifier, with gold fields by SPEC.md's rules.

`generate_corpus(seed, count)` returns the records; `training/generate_corpus.py` writes them as JSONL.
"""

from training.generator.corpus import generate_corpus, plan_corpus, record
from training.generator.matter import FIELDS, LABELS
from training.generator.plan import FORMS, STYLES

__all__ = ["FIELDS", "FORMS", "LABELS", "STYLES", "generate_corpus", "plan_corpus", "record"]
