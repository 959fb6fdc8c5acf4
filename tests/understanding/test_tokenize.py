"""tokenize: the same words as underthesea's word_tokenize, joined by "_", computed once per letter."""

from __future__ import annotations

import random

import pytest

import service.understanding as understanding
from service.understanding import normalize, parse_letter, tokenize
from service.understanding.crf import parses_as_i32
from service.understanding.segmentation import clear_caches, reference_tokenize
from tests.understanding.letters import ALL_LETTERS


@pytest.mark.parametrize("name", sorted(ALL_LETTERS))
def test_same_words_as_word_tokenize_on_every_letter(name: str) -> None:
    text = normalize(ALL_LETTERS[name])
    assert tokenize(text) == reference_tokenize(text)


def test_same_words_on_raw_and_odd_text() -> None:
    odd = [
        "",
        "   ",
        "a",
        "Tôi",
        ". .",
        "UBND.\n",
        "UBND.",
        "ABC. ",
        "Xin :D",
        "TP.HCM.",
        "email a@b.com, http://x.vn 3x4 v.v... 12/3/2024 1.250.000,5 ==> :)) 43H-0530",
        "CCCD số 079175009876, số 2147483647 và 2147483648, -1 và +5 hộ",
        "hoà thuý ðơn",
    ] + list(ALL_LETTERS.values())
    for text in odd:
        assert tokenize(text) == reference_tokenize(text), text


def test_same_words_on_shuffled_sentences() -> None:
    rng = random.Random(11)
    words = " ".join(normalize(text) for text in ALL_LETTERS.values()).split()
    for _ in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        assert tokenize(text) == reference_tokenize(text), text


def test_same_words_from_a_cold_start() -> None:
    text = normalize(ALL_LETTERS["lawyer_complaint"])
    clear_caches()
    assert tokenize(text) == reference_tokenize(text)


def test_multi_syllable_words_are_joined_by_underscore() -> None:
    tokens = tokenize("Ủy ban nhân dân xã giải quyết khiếu nại của công dân")
    assert "khiếu_nại" in tokens
    assert "giải_quyết" in tokens
    assert all(" " not in token for token in tokens)


def test_digit_feature_follows_the_model() -> None:
    # The model's "isdigit" is "parses as a 32-bit integer": a 12-digit ID number is not a digit.
    assert parses_as_i32("1968") and parses_as_i32("-1") and parses_as_i32("+5")
    assert not parses_as_i32("079175009876")
    assert not parses_as_i32("2147483648")
    assert not parses_as_i32("1,5") and not parses_as_i32("+") and not parses_as_i32("١٢")


def test_parse_letter_tokenises_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str) -> list[str]:
        calls.append(text)
        return tokenize(text)

    monkeypatch.setattr(understanding, "tokenize", counting)
    parsed = understanding.parse_letter(ALL_LETTERS["formal_complaint"])
    assert calls == [parsed.text]
    assert parsed.tokens == reference_tokenize(parsed.text)


def test_parsed_letter_carries_its_views() -> None:
    raw = ALL_LETTERS["ocr_noisy_complaint"]
    parsed = parse_letter(raw)
    assert parsed.raw == raw
    assert parsed.text == normalize(raw)
    assert parsed.folded == understanding.fold(parsed.text)
    assert parsed.tokens[0] == "CỘNG_HÒA"
