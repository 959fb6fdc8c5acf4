"""The loop itself (issue 6, item 7): corrections of a new kind of letter make the next model better on
that kind and it is promoted and used for the next letter; wrong labels are refused by the gate."""

from __future__ import annotations

import json
import os
from contextlib import ExitStack
from pathlib import Path

import pytest

from service.learning import records
from tests.learning.loop import make_world, run_loop

pytestmark = pytest.mark.slow


def test_reviewed_letters_teach_the_next_model_and_wrong_labels_are_refused(tmp_path: Path) -> None:
    with ExitStack() as stack:
        world = make_world(tmp_path, stack)
        figures = run_loop(world)

    before, after = figures["new_kind_before"], figures["new_kind_after"]
    # The shipped model is poor on the new kind; the version trained on reviewers' labels is not.
    assert before.macro_f1 is not None and before.macro_f1 < 0.6
    assert after.macro_f1 is not None and after.macro_f1 >= before.macro_f1 + 0.3
    assert figures["learnt"].outcome == records.PROMOTED, figures["learnt"].reason
    assert figures["promoted_version"] == figures["learnt"].version != figures["shipped_version"]
    # The gate saw the same improvement on the reviewed part of its holdout, and nothing lost elsewhere.
    assert figures["holdout_reviewed"]["after"] > figures["holdout_reviewed"]["before"]
    assert figures["holdout_corpus"]["after"] >= figures["holdout_corpus"]["before"] - 0.01
    # The worker's analyzer, loaded with the shipped model, used the promoted one for the next letter.
    assert figures["next_letter_model"] == figures["promoted_version"]

    refused = figures["refused"]
    assert refused.outcome == records.CANDIDATE and refused.reason.startswith("refused:")
    assert "holdout_corpus" in refused.reason
    assert figures["active_after_refusal"] == figures["promoted_version"]

    out = os.environ.get("PETITIONS_LOOP_FIGURES_OUT")
    if out:
        Path(out).write_text(json.dumps(summary(figures), indent=2) + "\n", encoding="utf-8")


def summary(figures: dict) -> dict:
    return {
        "new_kind_macro_f1_before": figures["new_kind_before"].macro_f1,
        "new_kind_macro_f1_after": figures["new_kind_after"].macro_f1,
        "new_kind_accuracy_before": figures["new_kind_before"].accuracy,
        "new_kind_accuracy_after": figures["new_kind_after"].accuracy,
        "new_kind_letters": figures["new_kind_before"].n,
        "holdout_reviewed": figures["holdout_reviewed"],
        "holdout_corpus": figures["holdout_corpus"],
        "promoted": figures["learnt"].reason,
        "refused": figures["refused"].reason,
    }
