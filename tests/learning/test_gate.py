from __future__ import annotations

from service.classification import LABELS
from service.learning.gate import GateMargins, compare
from service.learning.retrain import plan_run

MARGINS = GateMargins(max_macro_f1_drop=0.01, max_recall_drop=0.05)


def _report(macro_f1: float, recalls: dict[str, float]) -> dict:
    return {
        "macro_f1": macro_f1,
        "per_label": {label: {"recall": recalls.get(label, 1.0), "support": 10.0} for label in LABELS},
    }


def _views(macro_f1: float, **recalls: float) -> dict:
    return {"holdout": _report(macro_f1, recalls), "holdout_corpus": _report(macro_f1, recalls)}


def test_a_version_as_good_within_the_margins_is_promoted() -> None:
    decision = compare(_views(0.905, complaint=0.96), _views(0.91), MARGINS, active_version="v1")
    assert decision.promote and decision.reason.startswith("promoted:")
    assert all(check.passed for check in decision.checks)


def test_a_macro_f1_fall_beyond_the_margin_is_refused_with_the_figures() -> None:
    decision = compare(_views(0.88), _views(0.91), MARGINS, active_version="v1")
    assert not decision.promote
    assert "macro-F1 on holdout fell 0.030 (0.910 → 0.880)" in decision.reason


def test_one_label_losing_recall_is_refused_even_when_macro_f1_rises() -> None:
    candidate = _views(0.95, denunciation=0.9)
    decision = compare(candidate, _views(0.91), MARGINS, active_version="v1")
    assert not decision.promote and "recall of denunciation" in decision.reason


def test_the_corpus_holdout_is_checked_on_its_own() -> None:
    candidate = {"holdout": _report(0.97, {}), "holdout_corpus": _report(0.80, {"other": 0.7})}
    decision = compare(candidate, _views(0.91), MARGINS, active_version="v1")
    assert (
        not decision.promote and "holdout_corpus" in decision.reason and "recall of other" in decision.reason
    )


def test_without_an_active_version_the_first_one_goes_through() -> None:
    assert compare(_views(0.5), None, MARGINS, active_version=None).promote


def test_the_plan_skips_unchanged_labels_and_too_few_new_ones() -> None:
    assert plan_run(fingerprint="a", last_fingerprint="a", new_labels=50, min_new_labels=20, force=False)[
        0
    ] == ("skipped_unchanged")
    assert plan_run(fingerprint="b", last_fingerprint="a", new_labels=5, min_new_labels=20, force=False)[
        0
    ] == ("skipped_few")
    assert plan_run(fingerprint="b", last_fingerprint="a", new_labels=20, min_new_labels=20, force=False)[
        0
    ] == ("train")
    assert (
        plan_run(fingerprint="a", last_fingerprint="a", new_labels=0, min_new_labels=20, force=True)[0]
        == "train"
    )
