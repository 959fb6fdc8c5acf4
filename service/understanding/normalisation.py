"""From text as read (typed, text layer or Tesseract `vie`) to one canonical form, and its folded view.

`normalize` fixes only what has a single safe reading: Unicode composition, the tone-mark convention,
OCR confusions that leave a non-word behind, hyphenation and wrapped lines. It never guesses a missing
diacritic. `fold` is the view in which a letter typed without diacritics meets one typed with them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from service.understanding.folding import fold
from service.understanding.lines import join_wrapped_lines
from service.understanding.syllables import is_syllable, place_tone

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CHARACTER_FIXES = {
    ord("ð"): "đ",  # eth, the usual lookalike of đ in OCR output and old fonts
    ord("Ð"): "Đ",
    ord("Ɖ"): "Đ",
    ord("ɗ"): "đ",
    ord("\u00a0"): " ",
    ord("\u2007"): " ",
    ord("\u202f"): " ",
    ord("\u3000"): " ",
    ord("\t"): " ",
    ord("\f"): "\n",
    ord("\v"): "\n",
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
} | _INVISIBLE
# Combining marks that look like a Vietnamese tone mark but are other code points.
_MARK_FIXES = {
    ord("\u0340"): "\u0300",
    ord("\u0341"): "\u0301",
    ord("\u0342"): "\u0303",
    ord("\u0313"): "\u0309",  # comma above, read for the hook above
    ord("\u0343"): "\u0309",
    ord("\u0324"): "\u0323",  # diaeresis below, read for the dot below
}
_NEEDS_MARK_REPAIR = re.compile("[\u0300-\u036f\u02ca\u02cb\u02dc\u00b4\u01cd\u01ce\u011a\u011b\u01d1\u01d2]")
_VOWEL_CARON = re.compile("([aA])\u030c|([eEoO])\u030c")
# A spacing accent typed or read right after a vowel stands for the combining tone mark.
_SPACING_ACCENT = re.compile("([aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])([\u02cb\u02ca\u02dc\u00b4])")
_SPACING_TO_COMBINING = {"\u02cb": "\u0300", "\u02ca": "\u0301", "\u02dc": "\u0303", "\u00b4": "\u0301"}
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD_SPLIT = re.compile(r"((?:[^\W_]|\|)+)")
_HYPHENATED = re.compile(r"([^\W\d_]+)-[ ]*\n[ ]*([^\W\d_]+)")
_SPACES = re.compile(r"[ ]{2,}")
_LINE_END_HYPHEN = re.compile(r"-[ ]*\n")


def normalize(raw: str) -> str:
    """NFC, one tone convention, safe OCR repairs, hyphenation and wrapped lines joined."""
    text = repair_characters(raw)
    parts = _WORD_SPLIT.split(text)
    parts[1::2] = [repair_word(word) for word in parts[1::2]]
    text = "".join(parts)
    if _LINE_END_HYPHEN.search(text):
        text = _HYPHENATED.sub(_join_hyphenated, text)
    lines = [line.strip() for line in _SPACES.sub(" ", text).split("\n")]
    return join_wrapped_lines(lines).strip()


def repair_characters(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_CHARACTER_FIXES)
    if unicodedata.is_normalized("NFC", text) and _NEEDS_MARK_REPAIR.search(text) is None:
        return text  # most text: composed, with no stray or lookalike mark to repair
    text = unicodedata.normalize("NFD", text).translate(_MARK_FIXES)
    text = _VOWEL_CARON.sub(_caron_to_vowel_mark, text)
    text = _SPACING_ACCENT.sub(lambda m: m.group(1) + _SPACING_TO_COMBINING[m.group(2)], text)
    text = unicodedata.normalize("NFC", text)
    return _drop_orphan_marks(text)


def _caron_to_vowel_mark(match: re.Match[str]) -> str:
    # ǎ is Tesseract's reading of ă; ě / ǒ of ê / ô: the only Vietnamese vowels with a cup or hat.
    if match.group(1):
        return match.group(1) + "\u0306"
    return match.group(2) + "\u0302"


def _drop_orphan_marks(text: str) -> str:
    if _COMBINING.search(text) is None:
        return text
    kept: list[str] = []
    for ch in text:
        if unicodedata.combining(ch) and not (kept and kept[-1].isalpha()):
            continue
        kept.append(ch)
    return "".join(kept)


@lru_cache(maxsize=131072)
def repair_word(word: str) -> str:
    """Repair one run of letters and digits: stray bars, 0/O and 1/l mix-ups, "rn" for "m", tones."""
    if "|" in word:
        word = _repair_bars(word)
    has_digit = any(ch.isdigit() for ch in word)
    if has_digit and any(ch.isalpha() for ch in word):
        word = _repair_digit_letter_mix(word)
    if "rn" in word or "RN" in word:
        word = _repair_rn(word)
    if word.isalpha():
        return place_tone(word)
    return word


def _repair_bars(word: str) -> str:
    if not word.strip("|"):
        return word  # a table rule, not a letter
    letters = [ch for ch in word if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters)
    for replacement in ("I", "L") if capitals else ("l", "i"):
        candidate = word.replace("|", replacement)
        if is_syllable(candidate):
            return candidate
    if capitals and word[0] == "|" and len(letters) >= 2:
        return word.replace("|", "I")
    return word


def _repair_digit_letter_mix(word: str) -> str:
    letters = [ch for ch in word if ch.isalpha()]
    digits = [ch for ch in word if ch.isdigit()]
    if set(letters) <= set("OolI") and len(digits) >= len(letters):
        return word.translate(str.maketrans("OolI", "0011"))  # 2O24 -> 2024
    if len(letters) >= 2 and set(digits) == {"0"}:
        upper = sum(ch.isupper() for ch in letters) > len(letters) / 2
        candidate = word.replace("0", "O" if upper else "o")
        if is_syllable(candidate):
            return candidate
    if len(letters) >= 2 and set(digits) == {"1"}:
        candidate = word.replace("1", "l")
        if is_syllable(candidate):
            return candidate
    return word


def _repair_rn(word: str) -> str:
    # "rn" never occurs inside a Vietnamese syllable; Tesseract reads a worn "m" that way.
    if is_syllable(word):
        return word
    candidate = word.replace("rn", "m").replace("RN", "M")
    return candidate if is_syllable(candidate) else word


def _join_hyphenated(match: re.Match[str]) -> str:
    head, tail = match.group(1), match.group(2)
    joined = head + tail
    if is_syllable(joined) and not (is_syllable(head) and is_syllable(tail)):
        return joined  # a syllable cut in two: ng-\nười
    if is_syllable(head) and is_syllable(tail):
        return f"{head} {tail}"  # two syllables of one word broken at the line end
    if head.isupper() or tail[:1].isupper():
        return f"{head}-{tail}"  # a code such as QĐ-\nUBND keeps its hyphen
    return joined


__all__ = ["fold", "normalize", "repair_characters", "repair_word"]
