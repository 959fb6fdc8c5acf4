"""Word lists written as blocks of text, the way such lists read best."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())
