"""The Vietnamese syllable: onset, vowel nucleus, coda and the one tone mark it carries.

Tone marks are placed in the "new" convention (hòa, thúy, khỏe, ủy), the one the state's own documents
("CỘNG HÒA") and underthesea's token normaliser use, so our text and the tokenizer's dictionary agree.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from service.understanding.words import word_set

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Marks that change the vowel itself (circumflex, breve, horn); they stay on their letter.
SHAPE_MARKS = frozenset("\u0302\u0306\u031b")

# The empty onset comes last: longer onsets are tried first ("ngh" before "ng" before "n").
ONSETS = (
    *sorted(
        word_set("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"), key=len, reverse=True
    ),
    "",
)
CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
# Nuclei without tone, as written after the onset (after "qu" and "gi" the u / i belong to the onset).
NUCLEI = word_set(
    """
    a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy
    ưa ưi ươ ưu yê oai oay oeo uây uôi uya uyê uyu ươi ươu iêu yêu
    """
)
# Nuclei that cannot be followed by a coda (they already end in a glide or are open-only).
OPEN_ONLY = word_set(
    """
    ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu oai oay oeo uây uôi ươi ươu iêu yêu uya uyu
    """
)
# Nuclei that need a coda (iê, yê, uô, ươ, uyê are never written open; ă, â neither).
CLOSED_ONLY = word_set("ă â iê yê uô ươ uyê oă uâ")
VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")


@dataclass(frozen=True)
class Syllable:
    onset: str
    nucleus: str
    coda: str


def split_syllable(bare: str) -> Syllable | None:
    """Split a lower-case, tone-less syllable; None when it is not a well-formed Vietnamese syllable."""
    for onset in ONSETS:
        if not bare.startswith(onset):
            continue
        rest = bare[len(onset) :]
        for coda in CODAS:
            if coda and not rest.endswith(coda):
                continue
            nucleus = rest[: len(rest) - len(coda)]
            if nucleus not in NUCLEI:
                continue
            if coda and nucleus in OPEN_ONLY:
                continue
            if not coda and nucleus in CLOSED_ONLY:
                continue
            if onset in ("gh", "ngh", "k") and nucleus[0] not in "eêiy":
                continue
            if onset in ("qu",) and nucleus[0] in "uư":
                continue
            return Syllable(onset, nucleus, coda)
    return None


def tone_position(syllable: Syllable) -> int:
    """Index, within the nucleus, of the vowel that carries the tone (new convention)."""
    nucleus = syllable.nucleus
    marked = [i for i, ch in enumerate(nucleus) if ch in MARKED_VOWELS]
    if marked:
        return marked[-1]  # ươ -> ơ, uyê -> ê, ưu -> ư
    if syllable.coda:
        return len(nucleus) - 1  # hoàng, huỳnh, hoạch
    if len(nucleus) == 3:
        return 1  # hoài, xoáy, khuỷu
    return 0  # hòa, khỏe, thúy, mái, mùa


def _decompose(word: str) -> tuple[str, list[str]]:
    """Split a word into its tone-less form and the tone marks it carried."""
    tones: list[str] = []
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            tones.append(ch)
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tones


@lru_cache(maxsize=65536)
def place_tone(word: str) -> str:
    """Move the tone mark of one syllable to the vowel the convention puts it on.

    Words that are not a single well-formed Vietnamese syllable (names in other languages,
    abbreviations, OCR debris) and words with two tone marks are returned unchanged: there is no
    safe reading for them.
    """
    bare, tones = _decompose(word)
    if len(tones) != 1:
        return word
    lower = bare.lower()
    syllable = split_syllable(lower)
    if syllable is None:
        return word
    index = len(syllable.onset) + tone_position(syllable)
    chars = list(bare)
    chars[index] = unicodedata.normalize("NFC", chars[index] + tones[0])
    return "".join(chars)


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether a word reads as one Vietnamese syllable (with or without its tone)."""
    bare, tones = _decompose(word)
    return len(tones) <= 1 and split_syllable(bare.lower()) is not None
