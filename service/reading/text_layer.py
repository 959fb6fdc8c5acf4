"""A PDF page's own text: used instead of OCR when it is long enough and really is Vietnamese or Latin text.

A text layer can lie. Letters typed in the legacy TCVN3 or VNI fonts come out as Latin-1 soup
("Céng hßa x· héi", "Coäng hoøa xaõ hoäi"); fonts without a Unicode map come out as "(cid:71)"; and a
scanner's own OCR layer, made by an engine that does not know Vietnamese, has lost every tone mark. Such
pages are OCR'd like scans.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from service.reading.types import Word

_BASE_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
VIETNAMESE_MARKED = frozenset(
    unicodedata.normalize("NFC", letter + mark)
    for vowel in _BASE_VOWELS
    for letter in (vowel, vowel.upper())
    for mark in _TONE_MARKS
    if (letter + mark) not in "aeiouyAEIOUY"
) | frozenset("đĐ")
LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
VALID_LETTERS = LATIN | VIETNAMESE_MARKED
MIN_VALID_SHARE = 0.95  # legacy-font soup has 10-20 % foreign letters; real text has almost none
MIN_MARKED_SHARE_UNDER_SCAN = (
    0.03  # Vietnamese has 20-35 % marked letters; an OCR layer without any lost them
)


@dataclass(frozen=True)
class TextQuality:
    letters: int
    valid_share: float
    marked_share: float


def quality(text: str) -> TextQuality:
    text = unicodedata.normalize("NFC", text)
    letters = [char for char in text if char.isalpha()]
    # Glyphs that had no Unicode value at all: pdfminer's "(cid:N)", the replacement character, private use.
    unmapped = text.count("(cid:") + sum(1 for c in text if c == "\ufffd" or unicodedata.category(c) == "Co")
    valid = sum(1 for char in letters if char in VALID_LETTERS)
    marked = sum(1 for char in letters if char in VIETNAMESE_MARKED)
    total = len(letters) + unmapped
    return TextQuality(
        letters=len(letters),
        valid_share=valid / total if total else 0.0,
        marked_share=marked / len(letters) if letters else 0.0,
    )


def trustworthy(text: str, *, min_letters: int, over_scan: bool) -> bool:
    """Whether a page's text layer can stand in for reading the page.

    `over_scan`: the text lies over an image covering most of the page, i.e. someone else's OCR.
    """
    found = quality(text)
    if found.letters < max(min_letters, 1) or found.valid_share < MIN_VALID_SHARE:
        return False
    return not (over_scan and found.marked_share < MIN_MARKED_SHARE_UNDER_SCAN)


def words_in_pixels(
    words: list[dict], *, origin: tuple[float, float], scale: tuple[float, float], size: tuple[int, int]
) -> list[Word]:
    """pdfplumber's words (points from the page's top-left) as boxes in the rendered page's pixels."""
    width, height = size
    boxes = []
    for word in words:
        text = unicodedata.normalize("NFC", str(word["text"])).strip()
        if not text:
            continue
        left = min(max(0, int((float(word["x0"]) - origin[0]) * scale[0])), width - 1)
        top = min(max(0, int((float(word["top"]) - origin[1]) * scale[1])), height - 1)
        right = min(width, max(left + 1, round((float(word["x1"]) - origin[0]) * scale[0])))
        bottom = min(height, max(top + 1, round((float(word["bottom"]) - origin[1]) * scale[1])))
        boxes.append(Word(text, left, top, right - left, bottom - top, 100.0))
    return boxes
