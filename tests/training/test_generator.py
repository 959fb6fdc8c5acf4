"""The training-corpus generator: deterministic, varied, and right by SPEC.md's rules.

Most checks run on one 1,200-letter corpus generated once for the module (a few seconds); the comparison with
the committed corpus is marked slow.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from training.generate_corpus import DEFAULT_COUNT, DEFAULT_SEED, main
from training.generator import FIELDS, FORMS, LABELS, STYLES, generate_corpus
from training.generator.bodies import LEVEL_RANK
from training.generator.gazetteer import random_locality
from training.generator.grammar import PatternError, expand
from training.generator.matter import Setting
from training.generator.scenarios import SCENARIOS, scenario_named
from training.generator.stats import sentence_shares, title_misleads
from training.generator.styles import new_tone_marks, strip_diacritics

SPEC_FIELDS = {
    "id",
    "label",
    "title",
    "addressees",
    "addressee_level",
    "competent_level",
    "prior_resolution",
    "overreaching",
    "dup_group",
    "near_miss",
    "petitioner",
    "anonymous",
    "collective",
    "field",
    "date",
    "style",
    "text",
    "form",
}
LEVELS = {"commune", "district", "province", "central"}
REFORM = "2025-07-01"
COMMITTED = Path(__file__).resolve().parents[2] / "training" / "corpus" / "generated.jsonl"


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return generate_corpus(7, 1200)


def share(records: list[dict[str, Any]], predicate: Any) -> float:
    return sum(1 for rec in records if predicate(rec)) / len(records)


def bag(text: str) -> set[str]:
    return set(re.findall(r"\w+", strip_diacritics(text.lower())))


def jaccard(a: str, b: str) -> float:
    left, right = bag(a), bag(b)
    return len(left & right) / len(left | right)


# --- determinism and format -------------------------------------------------------------------------------


def test_same_seed_same_corpus_and_another_seed_another() -> None:
    first = generate_corpus(11, 150)
    assert first == generate_corpus(11, 150)
    other = generate_corpus(12, 150)
    assert [r["text"] for r in first] != [r["text"] for r in other]


def test_every_record_has_exactly_the_spec_fields_in_nfc(corpus: list[dict[str, Any]]) -> None:
    ids = [rec["id"] for rec in corpus]
    assert len(set(ids)) == len(ids)
    for rec in corpus:
        assert set(rec) == SPEC_FIELDS, rec["id"]
        assert rec["id"].startswith("gen-")
        assert rec["label"] in LABELS and rec["field"] in FIELDS
        assert rec["style"] in STYLES and rec["form"] in FORMS
        assert rec["addressee_level"] in LEVELS | {"none"} and rec["competent_level"] in LEVELS
        assert unicodedata.normalize("NFC", rec["text"]) == rec["text"]
        assert rec["text"].strip()
        if rec["date"] is not None:
            assert "2019-01-01" <= rec["date"] <= "2026-12-31"
            date.fromisoformat(rec["date"])
        assert rec["anonymous"] == (rec["petitioner"] is None)


def test_labels_follow_the_briefs_proportions(corpus: list[dict[str, Any]]) -> None:
    counts = Counter(rec["label"] for rec in corpus)
    targets = {"complaint": 0.35, "denunciation": 0.20, "recommendation": 0.30, "other": 0.15}
    for label, target in targets.items():
        assert abs(counts[label] / len(corpus) - target) < 0.01, counts


def test_every_field_style_form_and_level_occurs_in_both_eras(corpus: list[dict[str, Any]]) -> None:
    assert {rec["field"] for rec in corpus} == set(FIELDS)
    assert {rec["style"] for rec in corpus} == set(STYLES)
    assert {rec["form"] for rec in corpus} == set(FORMS)
    before = [rec for rec in corpus if rec["date"] and rec["date"] < REFORM]
    after = [rec for rec in corpus if rec["date"] and rec["date"] >= REFORM]
    assert {rec["competent_level"] for rec in before} == LEVELS
    assert {rec["addressee_level"] for rec in before} == LEVELS | {"none"}
    assert {rec["competent_level"] for rec in after} == LEVELS - {"district"}
    assert {rec["addressee_level"] for rec in after} == LEVELS - {"district"} | {"none"}
    for label in LABELS:
        fields = {rec["field"] for rec in corpus if rec["label"] == label}
        assert len(fields) >= 8, (label, fields)


def test_shares_of_noise_titles_groups_and_forms(corpus: list[dict[str, Any]]) -> None:
    assert 0.08 <= share(corpus, lambda r: r["style"] == "no_diacritics") <= 0.16
    assert 0.07 <= share(corpus, lambda r: r["form"] == "ocr") <= 0.14
    assert 0.14 <= share(corpus, title_misleads) <= 0.26
    assert 0.14 <= share(corpus, lambda r: not r["title"]) <= 0.26
    assert 0.09 <= share(corpus, lambda r: r["dup_group"]) <= 0.12
    assert 0.04 <= share(corpus, lambda r: r["near_miss"]) <= 0.07
    forms = Counter(rec["form"] for rec in corpus)
    assert min(forms.values()) / len(corpus) >= 0.04, forms


# --- gold fields ------------------------------------------------------------------------------------------


def test_overreaching_is_addressee_above_competent_without_prior_resolution(
    corpus: list[dict[str, Any]],
) -> None:
    for rec in corpus:
        addressee, competent = rec["addressee_level"], rec["competent_level"]
        above = addressee != "none" and LEVEL_RANK[addressee] > LEVEL_RANK[competent]
        assert rec["overreaching"] == (above and not rec["prior_resolution"]), rec["id"]
        if not rec["addressees"]:
            assert addressee == "none"
    assert any(rec["overreaching"] for rec in corpus)
    second_stage = [
        r
        for r in corpus
        if r["prior_resolution"]
        and r["addressee_level"] != "none"
        and LEVEL_RANK[r["addressee_level"]] > LEVEL_RANK[r["competent_level"]]
    ]
    assert second_stage, "no letter goes one level up after the lower level decided"
    assert not any(rec["overreaching"] for rec in corpus if rec["label"] == "other")


def test_gold_strings_are_written_in_the_letter(corpus: list[dict[str, Any]]) -> None:
    for rec in corpus:
        if rec["form"] == "ocr":
            continue  # the scanner garbles them; gold keeps what the writer wrote
        text = rec["text"]
        if rec["title"]:
            assert rec["title"] in text, rec["id"]
        for name in rec["addressees"]:
            assert name in text, rec["id"]
        if rec["petitioner"]:
            assert rec["petitioner"] in text, rec["id"]
        if rec["date"]:
            assert rec["date"][:4] in text, rec["id"]


def test_after_the_reform_no_district_is_named(corpus: list[dict[str, Any]]) -> None:
    district = re.compile(r"(?<!\w)(huyện|quận|thị xã|Huyện|Quận|Thị xã)(?!\w)")
    readable = [r for r in corpus if r["style"] != "no_diacritics" and r["form"] != "ocr"]
    after = [r for r in readable if r["date"] and r["date"] >= REFORM]
    before = [r for r in readable if r["date"] and r["date"] < REFORM]
    assert after and not [r["id"] for r in after if district.search(r["text"])]
    assert share(before, lambda r: district.search(r["text"])) > 0.5


def test_cue_words_never_decide_the_label(corpus: list[dict[str, Any]]) -> None:
    """Each type word shows up in letters of other labels, and is missing from some letters of its own."""
    cues = {"complaint": "khieu nai", "denunciation": "to cao", "recommendation": "kien nghi"}
    bare = {rec["id"]: strip_diacritics(rec["text"].lower()) for rec in corpus}
    for label, cue in cues.items():
        own = [rec for rec in corpus if rec["label"] == label]
        others = [rec for rec in corpus if rec["label"] != label]
        assert share(own, lambda r, c=cue: c not in bare[r["id"]]) > 0.05, label
        assert share(others, lambda r, c=cue: c in bare[r["id"]]) > 0.1, label


def test_duplicate_groups_are_one_matter_from_the_same_writers(corpus: list[dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in corpus:
        if rec["dup_group"]:
            groups[rec["dup_group"]].append(rec)
    assert groups
    changed_date = changed_addressee = 0
    for members in groups.values():
        assert len(members) >= 2
        assert len({(m["label"], m["field"], m["competent_level"]) for m in members}) == 1
        assert all(m["near_miss"] is None for m in members)
        if not members[0]["collective"]:
            assert len({m["petitioner"] for m in members if m["petitioner"]}) <= 1
        for other in members[1:]:
            assert jaccard(members[0]["text"], other["text"]) >= 0.5
        changed_date += len({m["date"] for m in members}) > 1
        changed_addressee += len({tuple(m["addressees"]) for m in members}) > 1
    assert changed_date and changed_addressee


def test_near_misses_are_different_writers_with_a_shared_subject(corpus: list[dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in corpus:
        if rec["near_miss"]:
            groups[rec["near_miss"]].append(rec)
    assert groups
    for members in groups.values():
        assert len(members) >= 2
        assert all(m["dup_group"] is None for m in members)
        named = [m["petitioner"] for m in members if m["petitioner"]]
        assert len(set(named)) == len(named)
        for other in members[1:]:
            assert jaccard(members[0]["text"], other["text"]) < 0.85


# --- variety ----------------------------------------------------------------------------------------------


def test_no_sentence_is_in_more_than_a_small_share_of_a_labels_letters(corpus: list[dict[str, Any]]) -> None:
    """The cap on phrase reuse: the national motto is the only sentence allowed to be everywhere."""
    for label, (value, sentence, _) in sentence_shares(corpus).items():
        assert value <= 0.08, (label, sentence, value)
    for label, (value, sentence, _) in sentence_shares(corpus, min_words=10).items():
        assert value <= 0.04, (label, sentence, value)


def test_letters_range_from_a_few_sentences_to_two_pages(corpus: list[dict[str, Any]]) -> None:
    lengths = sorted(len(rec["text"]) for rec in corpus)
    assert lengths[0] < 400
    assert lengths[-1] > 3300
    assert 800 < lengths[len(lengths) // 2] < 2500


# --- building blocks --------------------------------------------------------------------------------------


def test_patterns_expand_choices_options_and_slots() -> None:
    rng = random.Random(3)
    seen = {expand("{a|b|c}[ x] <s>.", rng, {"s": ["y", "z"]}) for _ in range(200)}
    assert {"A y.", "A x y.", "B z.", "C x z."} <= seen
    with pytest.raises(PatternError):
        expand("<missing>", rng, {})
    with pytest.raises(PatternError):
        expand("{open", rng, {})


def test_style_transforms() -> None:
    assert strip_diacritics("Đơn khiếu nại của Ủy ban") == "Don khieu nai cua Uy ban"
    assert new_tone_marks("hòa thủy khỏe hoàng quý") == "hoà thuỷ khoẻ hoàng quý"


def _setting(two_tier: bool, *, prior: bool = False, seed: int = 5) -> Setting:
    rng = random.Random(seed)
    on = date(2025, 10, 1) if two_tier else date(2023, 4, 1)
    return Setting(on, random_locality(rng, two_tier=two_tier), "single", prior, rng)


@pytest.mark.parametrize("two_tier", [False, True])
def test_denouncing_a_commune_leader_goes_one_level_up(two_tier: bool) -> None:
    scenario = scenario_named("denunciation", "chairman_land")
    for seed in range(10):
        matter = scenario.build(_setting(two_tier, seed=seed))
        assert matter.competent.level == ("province" if two_tier else "district")


@pytest.mark.parametrize("two_tier", [False, True])
def test_land_recovery_is_decided_where_the_powers_sit_on_the_letter_date(two_tier: bool) -> None:
    matter = scenario_named("complaint", "land_recovery").build(_setting(two_tier, prior=True))
    assert matter.competent.level == ("commune" if two_tier else "district")
    assert matter.superior.level == "province"
    assert matter.prior_resolution and matter.prior


def test_every_scenario_builds_in_both_eras() -> None:
    for label, scenarios in SCENARIOS.items():
        for scenario in scenarios:
            for two_tier in (False, True):
                matter = scenario.build(_setting(two_tier))
                assert matter.label == label and matter.field in FIELDS
                assert matter.competent.level in LEVELS
                if two_tier:
                    assert matter.competent.level != "district", scenario.name


def test_cli_writes_the_corpus(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert main(["--seed", "3", "--count", "30", "--out", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 30
    assert [json.loads(line) for line in lines] == generate_corpus(3, 30)


@pytest.mark.slow
def test_committed_corpus_is_what_the_generator_writes() -> None:
    committed = [json.loads(line) for line in COMMITTED.read_text("utf-8").splitlines()]
    assert committed == generate_corpus(DEFAULT_SEED, DEFAULT_COUNT)
    assert COMMITTED.stat().st_size < 12_000_000
