"""Labelled letters: the training corpus files and the labels reviewers confirmed.

Corpus files are JSON lines in the format of `data/SPEC.md` plus `form`. The file a letter comes from is
its `source` ("generated", "written_a", ...): hand-written letters (`written_*`) are the realistic ones and
half of them are held out for good.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from service.classification.labels import LABELS

HANDWRITTEN_PREFIX = "written"
REVIEWED_SOURCE = "reviewed"


class CorpusError(ValueError):
    """A corpus file that cannot be trained on, with the file and line at fault."""


@dataclass(frozen=True)
class LabelledLetter:
    id: str
    text: str
    label: str
    style: str = "unknown"
    form: str = "unknown"
    source: str = REVIEWED_SOURCE
    dup_group: str | None = None

    @property
    def handwritten(self) -> bool:
        return self.source.startswith(HANDWRITTEN_PREFIX)


def letter_from_record(record: dict[str, object], *, source: str) -> LabelledLetter:
    label = record.get("label")
    if label not in LABELS:
        raise CorpusError(f"unknown label {label!r}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError("empty text")
    dup_group = record.get("dup_group")
    return LabelledLetter(
        id=str(record.get("id")),
        text=text,
        label=str(label),
        style=str(record.get("style") or "unknown"),
        form=str(record.get("form") or "unknown"),
        source=source,
        dup_group=str(dup_group) if dup_group else None,
    )


def read_jsonl(path: Path, *, source: str | None = None) -> list[LabelledLetter]:
    letters = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                letters.append(letter_from_record(record, source=source or Path(path).stem))
            except (json.JSONDecodeError, CorpusError, AttributeError) as error:
                raise CorpusError(f"{path}:{number}: {error}") from None
    return letters


def read_corpus(corpus_dir: Path) -> list[LabelledLetter]:
    """Every `*.jsonl` of the corpus folder, in file-name order; ids must be unique."""
    letters: list[LabelledLetter] = []
    for path in sorted(Path(corpus_dir).glob("*.jsonl")):
        letters.extend(read_jsonl(path))
    check_unique_ids(letters)
    return letters


def check_unique_ids(letters: Iterable[LabelledLetter]) -> None:
    seen: set[str] = set()
    for letter in letters:
        if letter.id in seen:
            raise CorpusError(f"letter id {letter.id!r} appears twice")
        seen.add(letter.id)


def corpus_fingerprint(letters: Sequence[LabelledLetter]) -> str:
    """Changes when any letter, label or source changes: retraining on the same data is skipped."""
    digest = hashlib.sha256()
    for letter in sorted(letters, key=lambda item: item.id):
        for part in (letter.id, letter.label, letter.source, letter.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
    return digest.hexdigest()
