"""A letter seen twice: its normalised text and the folded view, aligned character for character.

Patterns run on the folded view, so "Kính gửi", "Kinh gui" and "KÍNH GỬI" are one pattern; every match
maps back to the same offsets in the normalised text, which is what a `Span` points into.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.understanding.folding import fold
from service.understanding.types import Span

_STRIP = " \t\n,;:.-–—+•*·"
_DIACRITIC_SHARE_OF_PLAIN_TEXT = 0.02


@dataclass(frozen=True)
class LetterView:
    text: str
    folded: str
    plain: bool  # typed without diacritics: bare words then carry no evidence against a reading

    @classmethod
    def of(cls, text: str) -> LetterView:
        folded = fold(text)
        if len(folded) != len(text):  # only text that `normalize` did not produce: keep alignment
            folded = "".join(fold(ch)[:1] or " " for ch in text)
        return cls(text=text, folded=folded, plain=_is_plain(text))

    def span(self, start: int, end: int, *, strip: str = _STRIP) -> Span:
        """The span of text[start:end] without the punctuation and spaces around it."""
        while start < end and self.text[start] in strip:
            start += 1
        while end > start and self.text[end - 1] in strip:
            end -= 1
        return Span(start, end, self.text[start:end])

    def line_bounds(self, position: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, position) + 1
        end = self.text.find("\n", position)
        return start, len(self.text) if end < 0 else end

    def lines(self) -> list[tuple[int, int]]:
        bounds: list[tuple[int, int]] = []
        start = 0
        for match in re.finditer("\n", self.text):
            bounds.append((start, match.start()))
            start = match.end()
        bounds.append((start, len(self.text)))
        return bounds


def _is_plain(text: str) -> bool:
    # Every Vietnamese letter with a diacritic is outside ASCII; counted at C speed by the encoder.
    visible = len(text) - text.count(" ") - text.count("\n")
    if visible == 0:
        return True
    marked = len(text) - len(text.encode("ascii", "ignore"))
    return marked / visible < _DIACRITIC_SHARE_OF_PLAIN_TEXT


def is_bare(word: str) -> bool:
    """The word carries no diacritic at all."""
    return fold(word) == word.lower()
