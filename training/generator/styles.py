"""How the hand that writes changes the text: no diacritics, the newer tone-mark placement, and the spelling
and run-on sentences of a writer with little schooling.
"""

from __future__ import annotations

import random
import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_LETTER_AFTER = r"(?![a-zA-Zđ\u0300-\u036f])"
_OA_OE = re.compile(rf"([oO])([{_TONES}])([aAeE]){_LETTER_AFTER}")
_UY = re.compile(rf"([uU])([{_TONES}])([yY]){_LETTER_AFTER}")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))


def new_tone_marks(text: str) -> str:
    """Move the tone mark as typed text often does: "hòa, khỏe, thủy" → "hoà, khoẻ, thuỷ"."""
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _OA_OE.sub(r"\1\3\2", decomposed)
    decomposed = _UY.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


# --- semi-literate writing ----------------------------------------------------------------------------------

_SHORTHAND = {
    "không": ("ko", "k", "khong", "hông"),
    "được": ("đc", "dc", "đựơc"),
    "người": ("ng", "ngừoi"),
    "tôi": ("tui", "tôi"),
    "với": ("vs", "vói"),
    "vậy": ("vầy", "zậy"),
    "gì": ("j", "gi"),
    "rồi": ("rùi", "dồi"),
    "những": ("nhửng", "nhưng"),
    "đã": ("đả", "đã"),
    "nghĩ": ("nghỉ",),
    "sẽ": ("sẻ",),
    "cũng": ("củng",),
    "giải quyết": ("dải quyết", "giãi quyết", "giải quiết"),
    "xử lý": ("sử lý", "xử lí"),
    "chính quyền": ("chính quiền", "chín quyền"),
    "trách nhiệm": ("chách nhiệm", "trách nhiêm"),
    "sản xuất": ("sản suất", "sảng xuất"),
    "xin": ("sin",),
    "trình bày": ("chình bày", "trình bầy"),
    "quyết định": ("quiết định", "quyết địng"),
    "năm": ("lăm",),
    "làm": ("nàm",),
    "lên": ("nên",),
}
_ONSETS = (
    ("tr", "ch"),
    ("ch", "tr"),
    ("s", "x"),
    ("x", "s"),
    ("gi", "d"),
    ("d", "gi"),
    ("r", "d"),
    ("l", "n"),
    ("n", "l"),
)
_ASIDES = (
    "thưa các bác lãnh đạo",
    "mong các cấp thương tình",
    "dân chúng tôi khổ lắm",
    "tôi nói thật lòng",
    "xin các ông bà lãnh đạo xem giúp",
    "nói ra thì ngại nhưng không nói không được",
)
_JOINERS = (", ", ", ", " rồi ", " thì ", " mà ", ", mà ", " nên ")


def _swap_tone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    if "\u0309" in decomposed:
        decomposed = decomposed.replace("\u0309", "\u0303", 1)
    elif "\u0303" in decomposed:
        decomposed = decomposed.replace("\u0303", "\u0309", 1)
    return unicodedata.normalize("NFC", decomposed)


def _misspell(word: str, rng: random.Random) -> str:
    lower = word.lower()
    roll = rng.random()
    if roll < 0.35:
        return _swap_tone(word)
    if roll < 0.65:
        for old, new in _ONSETS:
            if lower.startswith(old) and not lower.startswith(old + "h") and rng.random() < 0.5:
                return (new.capitalize() if word[0].isupper() else new) + word[len(old) :]
        return word
    if roll < 0.8:
        return strip_diacritics(word)
    if lower.endswith("ng") and rng.random() < 0.5:
        return word[:-1]
    if lower.endswith("t") and len(word) > 2:
        return word[:-1] + "c"
    return word


def _sentence_split(paragraph: str) -> list[str]:
    # "1. Đề nghị..." is a list item, not the end of a sentence
    return [part for part in re.split(r"(?<=[^\d\s][.!?])\s+", paragraph) if part]


def _run_on(paragraph: str, rng: random.Random) -> str:
    """Sentences joined by commas, "thì" and "mà": a paragraph written in one breath."""
    sentences = _sentence_split(paragraph)
    out: list[str] = []
    for sentence in sentences:
        if out and rng.random() < 0.55:
            previous = out[-1].rstrip(".!? ")
            body = (
                sentence[0].lower() + sentence[1:]
                if sentence[:1].isupper() and not sentence[:2].isupper()
                else sentence
            )
            out[-1] = previous + rng.choice(_JOINERS) + body
        else:
            out.append(sentence)
    text = " ".join(out)
    if rng.random() < 0.4:
        text = text.rstrip(".")
    return text


def semi_literate(paragraph: str, rng: random.Random, rate: float) -> str:
    """Spelling slips (tones, onsets, finals, shorthand), run-on sentences and a spoken aside now and then."""
    text = _run_on(paragraph, rng)
    for phrase, variants in _SHORTHAND.items():
        if phrase in text and rng.random() < rate * 2.5:
            text = text.replace(phrase, rng.choice(variants), 1 if rng.random() < 0.6 else -1)
    words = text.split(" ")
    for index, word in enumerate(words):
        if any(ch.isdigit() for ch in word) or len(word) < 2 or not word[0].isalpha():
            continue
        if rng.random() < rate:
            words[index] = _misspell(word, rng)
    text = " ".join(words)
    if rng.random() < 0.3:
        cut = text.find(", ")
        if cut > 0:
            text = text[:cut] + f", {rng.choice(_ASIDES)}" + text[cut:]
    return text
