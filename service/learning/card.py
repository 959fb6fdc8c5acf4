"""The model card: what a version was trained on, how it scored, and why its threshold is what it is."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from service.classification import LABELS
from service.learning.corpus import LabelledLetter

_LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "underthesea")


def code_version(repo_dir: Path) -> dict[str, Any]:
    """The git commit of the code that trained the model, and whether the checkout had local changes."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(repo_dir), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(repo_dir), "status", "--porcelain", "--", "service"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit, "dirty": bool(status.strip())}


def library_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in _LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def data_counts(letters: Sequence[LabelledLetter]) -> dict[str, Any]:
    return {
        "letters": len(letters),
        "label": dict(sorted(Counter(letter.label for letter in letters).items())),
        "style": dict(sorted(Counter(letter.style for letter in letters).items())),
        "form": dict(sorted(Counter(letter.form for letter in letters).items())),
        "source": dict(sorted(Counter(letter.source for letter in letters).items())),
    }


def render_card(card: dict[str, Any]) -> str:
    """card.md: the same facts as card.json, laid out for a person deciding whether to promote."""
    review = card["review"]
    code = card.get("code", {})
    lines = [
        f"# Model card: {card['version']}",
        "",
        f"- trained: {card.get('trained_at')}; seed {card.get('seed')}; "
        f"format version {card['format_version']}",
        f"- code: commit {code.get('commit')} (local changes: {code.get('dirty')})",
        f"- model.skops sha256: `{card['model_sha256']}`",
        f"- libraries: {', '.join(f'{k} {v}' for k, v in card.get('libraries', {}).items())}",
        f"- corpus fingerprint: `{card.get('corpus', {}).get('fingerprint')}`",
        "",
        "## Review threshold",
        "",
        f"A petition label with top probability below **{review['min_confidence']:.2f}** goes to review; "
        "a letter predicted `other` always does.",
        f"Reason: {review.get('reason')}.",
        f"On validation: {review.get('petition_review_share', 0):.1%} of petition letters sent to review, "
        f"{review.get('other_routed_share', 0):.1%} of `other` letters routed to other/review.",
        "",
        "## Data",
        "",
    ]
    reviewed = card.get("reviewed")
    if reviewed:
        lines += [
            f"Reviewed letters (reviewers' labels): {reviewed['letters']}; "
            f"labels fingerprint `{reviewed['labels_fingerprint'][:16]}`",
            "",
        ]
    for split, counts in card.get("data", {}).items():
        lines.append(f"**{split}** ({counts['letters']} letters)")
        for key in ("label", "source", "style", "form"):
            lines.append(f"- {key}: " + ", ".join(f"{k} {v}" for k, v in counts.get(key, {}).items()))
        lines.append("")
    calibration = card.get("calibration")
    if calibration:
        lines += [
            "## Calibration (validation, top label)",
            "",
            f"Expected calibration error: {calibration['expected_calibration_error']:.3f}",
            "",
            "| confidence bin | n | mean confidence | accuracy |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {b['lower']:.1f}–{b['upper']:.1f} | {b['n']} | {b['confidence']:.3f} | {b['accuracy']:.3f} |"
            for b in calibration["bins"]
        ]
        lines.append("")
    lines += _gate_lines(card)
    for name, report in card.get("metrics", {}).items():
        lines += [f"## Metrics: {name}", ""] + _report_lines(report) + [""]
    baseline = card.get("baseline")
    if baseline:
        for name, report in baseline.get("metrics", {}).items():
            lines += [f"## Active version {baseline['version']} on the same {name}", ""]
            lines += _report_lines(report) + [""]
    return "\n".join(lines)


def _gate_lines(card: dict[str, Any]) -> list[str]:
    gate = card.get("gate")
    if not gate:
        return []
    lines = [
        "## Promotion gate",
        "",
        f"Compared with {gate.get('active_version')}: **{'passed' if gate['promote'] else 'refused'}**.",
        f"Reason: {gate['reason']}.",
        "",
    ]
    if gate.get("checks"):
        lines += ["| view | figure | active | this version | drop | allowed | ok |", "| --- " * 7 + "|"]
        for c in gate["checks"]:
            lines.append(
                f"| {c['view']} | {c['figure']} | {c['active']:.3f} | {c['candidate']:.3f} | "
                f"{c['drop']:.3f} | {c['allowed_drop']:.3f} | {'yes' if c['passed'] else 'NO'} |"
            )
        lines.append("")
    return lines


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _report_lines(report: dict[str, Any]) -> list[str]:
    lines = [
        f"- letters {report['n']}; macro-F1 (petition labels) {_fmt(report['macro_f1'])}; "
        f"accuracy {_fmt(report['accuracy'])}",
        f"- petition letters sent to review {_fmt(report['petition_review_share'])}; "
        f"`other` routed to other/review {_fmt(report['other_routed_share'])}",
        "",
        "| label | precision | recall | F1 | n |",
        "| --- | --- | --- | --- | --- |",
    ]
    for label in LABELS:
        row = report["per_label"][label]
        scores = " | ".join(f"{row[key]:.3f}" for key in ("precision", "recall", "f1"))
        lines.append(f"| {label} | {scores} | {int(row['support'])} |")
    lines += ["", "| gold \\ predicted | " + " | ".join(LABELS) + " |", "| --- " * (len(LABELS) + 1) + "|"]
    for label, row in zip(LABELS, report["confusion"], strict=True):
        lines.append(f"| {label} | " + " | ".join(str(count) for count in row) + " |")
    for title in ("per_style", "per_form"):
        groups = report.get(title) or {}
        if not groups:
            continue
        lines += [
            "",
            f"| {title[4:]} | n | accuracy | macro-F1 | review | other routed |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for name, g in sorted(groups.items()):
            lines.append(
                f"| {name} | {g['n']} | {g['accuracy']:.3f} | {_fmt(g['macro_f1'])} | "
                f"{_fmt(g['petition_review_share'])} | {_fmt(g['other_routed_share'])} |"
            )
    return lines
