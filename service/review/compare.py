"""Two letters side by side with their differences marked, to judge a duplicate candidate."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from service.review.search import fold

_PIECES = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Piece:
    text: str
    changed: bool


def _pieces(text: str) -> list[str]:
    return _PIECES.findall(text)


def side_by_side(left: str, right: str) -> tuple[list[Piece], list[Piece]]:
    """Both texts cut into words and spaces, each word marked when the other text lacks it there.
    Words are compared accent- and case-folded, so a retyped copy without tone marks is not all red."""
    a, b = _pieces(left), _pieces(right)
    matcher = difflib.SequenceMatcher(a=[fold(x) for x in a], b=[fold(x) for x in b], autojunk=False)
    marked_a = [Piece(x, True) for x in a]
    marked_b = [Piece(x, True) for x in b]
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            marked_a[block.a + offset] = Piece(a[block.a + offset], False)
            marked_b[block.b + offset] = Piece(b[block.b + offset], False)
    # Whitespace is never a difference worth a colour.
    return (
        [Piece(p.text, p.changed and not p.text.isspace()) for p in marked_a],
        [Piece(p.text, p.changed and not p.text.isspace()) for p in marked_b],
    )


def similarity(left: str, right: str) -> float:
    a = [fold(x) for x in _pieces(left) if not x.isspace()]
    b = [fold(x) for x in _pieces(right) if not x.isspace()]
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() if a or b else 1.0
