"""Understanding a letter: normalise its text, tokenise it, and read its structure.

`parse_letter` is what the rest of the service calls; `normalize`, `fold`, `tokenize` and
`extract_structure` are its steps, exported for the classifier's features and for tests.
"""

from __future__ import annotations

from service.understanding.folding import fold
from service.understanding.normalisation import normalize
from service.understanding.segmentation import tokenize
from service.understanding.structure import extract_structure
from service.understanding.types import ParsedLetter


def parse_letter(raw: str) -> ParsedLetter:
    """Normalise, fold, tokenise (once) and read the structure of one letter's text."""
    text = normalize(raw)
    return ParsedLetter(
        raw=raw,
        text=text,
        folded=fold(text),
        tokens=tokenize(text),
        structure=extract_structure(text),
    )


__all__ = ["ParsedLetter", "extract_structure", "fold", "normalize", "parse_letter", "tokenize"]
