"""The figures of the learning-loop test (issue 6): held-out macro-F1 on a new kind of letter before and
after the reviewers' corrections, and the gate's reasons.

    uv run --frozen python bench/learning_loop.py

Runs tests/learning/loop.py's scenario in a temporary folder (tiny corpus, a shipped model trained on it,
60 letters of a new kind reviewed through the HTTP API, retraining, then 60 deliberately wrong labels),
prints a Markdown table and writes bench/results/learning_loop.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.learning.loop import make_world, run_loop  # noqa: E402
from tests.learning.test_loop import summary  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as root, ExitStack() as stack:
        figures = summary(run_loop(make_world(Path(root), stack)))
    rows = [
        (
            "new kind, 40 letters never uploaded: macro-F1",
            "new_kind_macro_f1_before",
            "new_kind_macro_f1_after",
        ),
        (
            "new kind, 40 letters never uploaded: accuracy",
            "new_kind_accuracy_before",
            "new_kind_accuracy_after",
        ),
    ]
    print("| figure | shipped model | after retraining |\n| --- | --- | --- |")
    for title, before, after in rows:
        print(f"| {title} | {figures[before]:.3f} | {figures[after]:.3f} |")
    reviewed, corpus = figures["holdout_reviewed"], figures["holdout_corpus"]
    print(
        f"| gate holdout, reviewed part ({reviewed['letters']} letters): macro-F1 | "
        f"{reviewed['before']:.3f} | {reviewed['after']:.3f} |"
    )
    print(f"| gate holdout, corpus part: macro-F1 | {corpus['before']:.3f} | {corpus['after']:.3f} |")
    print(f"\nPromoted: {figures['promoted']}\nWrong labels: {figures['refused']}")
    out = REPO / "bench" / "results" / "learning_loop.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
