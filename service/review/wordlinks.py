"""Linking the words of a letter's text to the word boxes OCR found on its page images.

The normalised text and the OCR words differ (tone-mark convention, fixed confusions, joined lines), so
words are matched folded and in order, looking a few words ahead past anything that does not match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from service.review.search import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)
LOOKAHEAD = 8


@dataclass(frozen=True)
class WordLink:
    start: int  # offsets of the word in the text
    end: int
    page: int  # page number
    index: int  # index in that page's word list


def link_words(text: str, pages: Sequence[tuple[int, list[list[Any]]]]) -> list[WordLink]:
    """`pages` are (page number, words) with words as [text, left, top, width, height, ...]."""
    boxes: list[tuple[str, int, int]] = []
    for number, words in pages:
        for index, word in enumerate(words):
            token = "".join(_TOKEN.findall(fold(str(word[0]))))
            if token:
                boxes.append((token, number, index))
    links: list[WordLink] = []
    cursor = 0
    for match in _TOKEN.finditer(text):
        token = fold(match.group())
        for candidate in range(cursor, min(cursor + LOOKAHEAD, len(boxes))):
            if boxes[candidate][0] == token:
                links.append(WordLink(match.start(), match.end(), boxes[candidate][1], boxes[candidate][2]))
                cursor = candidate + 1
                break
    return links
