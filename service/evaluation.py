"""`petitions evaluate`: the whole analysis of a labelled file scored against its gold fields."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.analysis import analyze_text
from service.classification import Classifier
from service.flags import (
    DuplicateIndex,
    DuplicateReport,
    OverreachingReport,
    evaluate_duplicates,
    evaluate_overreaching,
)
from service.learning.evaluate import LabelReport, evaluate_labels


@dataclass
class EvaluationReport:
    path: Path
    labels: LabelReport
    overreaching: OverreachingReport
    duplicates: DuplicateReport

    def to_text(self) -> str:
        return "\n\n".join(
            [
                f"# {self.path.name}: {self.labels.n} letters",
                "## Labels\n" + self.labels.to_text(),
                "## Overreaching (vượt cấp)\n" + self.overreaching.to_text(),
                "## Duplicates\n" + self.duplicates.to_text(),
            ]
        )


def read_records(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
    return records


def evaluate_records(path: Path, *, classifier: Classifier) -> EvaluationReport:
    """Analyse every letter in file order (duplicates against the earlier ones) and score it."""
    records = read_records(path)
    index = DuplicateIndex()
    predictions, overreaching, links = [], {}, {}
    for record in records:
        letter_id = str(record["id"])
        analysis = analyze_text(record["text"], classifier=classifier, index=index)
        index.add(letter_id, analysis.fingerprint)
        predictions.append(analysis.prediction)
        overreaching[letter_id] = analysis.overreaching
        links[letter_id] = analysis.duplicates
    forms = [record.get("form") for record in records]
    return EvaluationReport(
        path=path,
        labels=evaluate_labels(
            [record["label"] for record in records],
            predictions,
            [record.get("style", "unknown") for record in records],
            forms=[form or "unknown" for form in forms] if any(forms) else None,
        ),
        overreaching=evaluate_overreaching(records, overreaching),
        duplicates=evaluate_duplicates(records, links),
    )
