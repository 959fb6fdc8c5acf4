"""The precise check: identity keys, the quick test on a stored letter's sender, reasons."""

from __future__ import annotations

import itertools

from service.flags import LetterFingerprint
from service.flags.fingerprint import Sender
from service.flags.identity import document_key, name_key, names_match, phone_key
from service.flags.minhash import similarity
from service.flags.resemblance import judge, other_sender
from tests.flags.corpus import corpus


def test_names_match_typos_but_not_other_families_or_given_names():
    assert names_match(name_key("Nguyễn Văn Hùng"), name_key("ông NGUYEN VAN HUNG"))
    assert names_match(name_key("Nguyễn Văn Hùng"), name_key("Nguyễn Vn Hùng"))
    assert not names_match(name_key("Nguyễn Văn An"), name_key("Trần Văn An"))
    assert not names_match(name_key("Nguyễn Văn Hùng"), name_key("Nguyễn Văn Dũng"))
    assert not names_match(name_key(None), name_key("Nguyễn Văn Hùng"))


def test_phones_and_document_numbers_are_normalised():
    assert phone_key("+84 912 345 678") == phone_key("0912.345.678") is not None
    assert phone_key("12345") is None
    assert document_key("Quyết định số 1234/QĐ-UBND") == document_key("1234 / qd - ubnd") == "1234/qd-ubnd"


def test_the_quick_sender_test_never_turns_down_a_pair_the_full_check_links():
    prints = [
        LetterFingerprint.from_parsed(letter.parsed()) for letter in corpus(21, families=40, singles=10)
    ]
    turned_down = 0
    for a, b in itertools.permutations(prints[:120], 2):
        if other_sender(a, Sender.of(b.features())):
            turned_down += 1
            assert judge("b", a, b, max(similarity(a.signature, b.signature), 0.99)) is None
    assert turned_down > 1000
