"""The folded view of a text: what a letter typed without diacritics shares with one typed with them."""

from __future__ import annotations

import unicodedata


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    if unicodedata.combining(ch):
        return ""
    base = unicodedata.normalize("NFD", ch)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x80, 0x2000)} | {
    code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)
}
_FOLD_TABLE.update({code: _fold_char(chr(code)) for code in range(0x1E00, 0x1F00)})


def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d); one character per character of normalised text."""
    return text.translate(_FOLD_TABLE)
